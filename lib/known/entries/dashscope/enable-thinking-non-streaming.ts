import { defineKnownError, t } from "../../define";
import { chatCall } from "../../llm";

export default defineKnownError({
  id: "dashscope.enable-thinking-non-streaming",
  category: "request.invalid",
  match: ["parameter.enable_thinking must be set to false for non-streaming calls", "parameter.enable_thinking only support stream call"],
  title: t("思考模式只支持流式调用：非流式请求要设 enable_thinking=false", "Thinking mode needs streaming: set enable_thinking=false for non-streaming calls"),
  summary: t(
    "用非流式方式调用了开启思考模式的千问模型。思考模式只支持流式输出，所以要么改成 stream=True，要么在请求里关闭 enable_thinking。",
    "A thinking-mode Qwen model was called without streaming. Thinking mode only supports streamed output, so either stream the call or turn enable_thinking off.",
  ),
  causes: [t("模型默认开启思考模式，而代码用的是非流式调用", "the model thinks by default and the code makes a non-streaming call")],
  solutions: [
    {
      title: t("非流式调用时关闭思考", "Turn thinking off for non-streaming calls"),
      steps: [t("在 OpenAI 兼容接口中通过 extra_body 传 enable_thinking: false；需要思考过程时改用 stream=True。", "With the OpenAI-compatible API send enable_thinking: false (via extra_body in the Python SDK); when you need the reasoning, use stream=True instead.")],
      code: (c) => chatCall(c, { base: "https://dashscope.aliyuncs.com/compatible-mode/v1", keyEnv: "DASHSCOPE_API_KEY", extraBody: { enable_thinking: false } }),
    },
    { title: t("需要思考过程时改用流式", "Stream the call when you need the reasoning"), steps: [t("保留思考模式时把请求改为 stream=True，按流式方式读取输出。", "To keep thinking mode, send the request with stream=True and read the streamed output.")] },
  ],
  docs: ["https://help.aliyun.com/en/model-studio/error-code"],
  samples: [{ text: "400-InvalidParameter: parameter.enable_thinking must be set to false for non-streaming calls", source: "https://help.aliyun.com/en/model-studio/error-code" }],
});
