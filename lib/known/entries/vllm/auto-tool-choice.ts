import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "vllm.auto-tool-choice",
  category: "request.invalid",
  match: [/"auto" tool choice requires --enable-auto-tool-choice and --tool-call-parser to be set/],
  title: t("vLLM 没开启自动工具调用（--enable-auto-tool-choice）", "vLLM was started without auto tool choice (--enable-auto-tool-choice)"),
  summary: t(
    "请求带了 tools（tool_choice 为 auto），而 vLLM 只有在启动时同时指定 --enable-auto-tool-choice 和与模型匹配的 --tool-call-parser，才会让模型自行决定是否调用工具并解析出 tool_calls。",
    "The request carries tools (tool_choice auto), and vLLM only lets the model decide on tool calls and parses tool_calls when it was started with both --enable-auto-tool-choice and a --tool-call-parser that fits the model.",
  ),
  causes: [t("vLLM 启动参数里没有 --enable-auto-tool-choice / --tool-call-parser，而客户端（Agent、IDE 插件、OpenWebUI 等）发送了 tools", "vLLM was started without --enable-auto-tool-choice / --tool-call-parser while the client (an agent, IDE plugin, OpenWebUI …) sends tools")],
  solutions: [
    {
      title: t("加上两个参数重启 vLLM", "Restart vLLM with both flags"),
      steps: [t("vllm serve <模型> --enable-auto-tool-choice --tool-call-parser <解析器>；解析器按模型家族选择（如 hermes、llama3_json、mistral），见 vLLM 工具调用文档的对照表。", "vllm serve <model> --enable-auto-tool-choice --tool-call-parser <parser>; pick the parser for the model family (hermes, llama3_json, mistral …) from the table in vLLM's tool calling docs.")],
    },
    {
      title: t("或者让客户端不发送 tools", "Or stop the client from sending tools"),
      steps: [t("不需要工具调用时，在客户端关闭函数/工具调用。", "If tool calling is not needed, turn function/tool calling off in the client.")],
    },
  ],
  docs: ["https://github.com/vllm-project/vllm/blob/main/docs/features/tool_calling.md"],
  samples: [{ text: "openai.BadRequestError: Error code: 400 - {'object': 'error', 'message': '\"auto\" tool choice requires --enable-auto-tool-choice and --tool-call-parser to be set', 'type': 'BadRequestError', 'param': None, 'code': 400}", source: "https://github.com/vllm-project/vllm/blob/main/docs/features/tool_calling.md" }],
});
