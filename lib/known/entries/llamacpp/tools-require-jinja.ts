import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "llamacpp.tools-require-jinja",
  category: "request.invalid",
  match: [/tools param requires --jinja flag/],
  title: t("llama-server 没开 --jinja，不能用工具调用", "llama-server runs without --jinja, so tool calling is off"),
  summary: t(
    "llama.cpp 服务端只有用 --jinja 启动、按模型的 Jinja 聊天模板渲染时，才支持 OpenAI 格式的 tools / tool_choice；否则带 tools 的请求会被拒绝。",
    "llama.cpp server supports OpenAI-style tools / tool_choice only when started with --jinja, which renders the model's Jinja chat template; otherwise requests with tools are refused.",
  ),
  causes: [t("llama-server 启动时没有加 --jinja，而客户端（Agent、IDE 插件）发送了 tools", "llama-server was started without --jinja while the client (an agent, an IDE plugin) sends tools")],
  solutions: [
    {
      title: t("加 --jinja 重启 llama-server", "Restart llama-server with --jinja"),
      steps: [t("例如 llama-server -m 模型.gguf --jinja；模型自带的模板不支持工具时，再用 --chat-template-file 指定一个支持工具的模板。", "For example llama-server -m model.gguf --jinja; if the model's own template lacks tool support, give one that has it with --chat-template-file.")],
    },
    {
      title: t("或者让客户端不发送 tools", "Or stop the client from sending tools"),
      steps: [t("不需要工具调用时，在客户端关闭工具/函数调用功能，llama-server 就能在非 Jinja 模式下正常回答。", "If tool calling is not needed, turn tools/function calling off in the client and llama-server answers normally without Jinja.")],
    },
  ],
  docs: ["https://github.com/ggml-org/llama.cpp/blob/master/docs/function-calling.md", "https://github.com/ggml-org/llama.cpp/blob/master/tools/server/README.md"],
  samples: [{ text: '{"error":{"code":500,"message":"tools param requires --jinja flag","type":"server_error"}}', source: "https://github.com/ggml-org/llama.cpp/blob/master/docs/function-calling.md" }],
});
