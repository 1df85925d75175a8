import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "tgi.empty-inputs",
  category: "request.invalid",
  match: [/Input validation error: `inputs` cannot be empty/],
  title: t("发给 TGI 的 inputs 是空的", "The inputs sent to TGI are empty"),
  summary: t(
    "TGI 的 /generate 接口要求 inputs 是非空字符串；请求里的提示词为空时直接 422。",
    "TGI's /generate endpoint requires a non-empty inputs string; an empty prompt gets 422 straight away.",
  ),
  causes: [
    t("拼接提示词的模板变量为空（检索没有结果、用户输入为空）", "the template variables that build the prompt are empty (no retrieval results, empty user input)"),
    t("客户端把消息放在了别的字段里，inputs 没有填", "the client put the messages in another field and left inputs empty"),
  ],
  solutions: [
    {
      title: t("发送前检查提示词是否为空", "Check the prompt before sending"),
      steps: [t("在调用前打印最终的 inputs；为空时跳过请求或给出默认内容。", "Print the final inputs before the call; skip the request or use a default when it is empty.")],
    },
    {
      title: t("聊天场景改用 /v1/chat/completions", "For chat, use /v1/chat/completions"),
      steps: [t("TGI 提供 OpenAI 兼容的 Messages API，直接传 messages 即可。", "TGI offers an OpenAI-compatible Messages API that takes messages directly.")],
    },
  ],
  docs: ["https://github.com/huggingface/text-generation-inference/blob/main/router/src/validation.rs"],
  samples: [{ text: '422 {"error":"Input validation error: `inputs` cannot be empty","error_type":"validation"}', source: "https://github.com/huggingface/text-generation-inference/blob/main/router/src/validation.rs" }],
});
