import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "openai.json-mode-word-json",
  category: "request.invalid",
  priority: 1,
  match: [/must contain the word 'json' in some form,? to use '(?:response_format|text\.format)' of type 'json_object'/i],
  title: t("JSON 模式要求消息里出现 “json” 一词", "JSON mode needs the word \"json\" in the messages"),
  summary: t(
    "请求设置了 response_format: {type: \"json_object\"}（JSON 模式），但 messages 里没有任何一处提到 JSON。接口要求你在 system 或 user 消息里明确让模型输出 JSON，否则模型可能一直输出空白直到 max_tokens，所以直接拒绝了请求。",
    "The request sets response_format: {type: \"json_object\"} (JSON mode) but no message mentions JSON. The API requires you to tell the model to produce JSON in a system or user message; without it the model may emit whitespace until it hits max_tokens, so the request is refused up front.",
  ),
  causes: [
    t("开启了 JSON 模式，但 system/user 消息里没写“以 JSON 输出”", "JSON mode is on but no system/user message asks for JSON output"),
    t("框架（LangChain、Agent 框架等）替你加了 response_format，而你的提示词没提 JSON", "a framework (LangChain, an agent framework) added response_format for you while your prompt never mentions JSON"),
  ],
  solutions: [
    {
      title: t("在 system 消息里要求输出 JSON", "Ask for JSON in the system message"),
      steps: [t("在 system（或 user）消息里写明输出 JSON，最好同时说明字段，例如“You are a helpful assistant designed to output JSON.”。", "State in the system (or user) message that the output must be JSON, ideally naming the fields, for example \"You are a helpful assistant designed to output JSON.\".")],
    },
    {
      title: t("或者改用 Structured Outputs（json_schema）", "Or use Structured Outputs (json_schema)"),
      steps: [t("支持的模型上，用 response_format: {type: \"json_schema\", json_schema: {...}, strict: true} 约束到具体的 schema，比 JSON 模式更可靠。", "On models that support it, response_format: {type: \"json_schema\", json_schema: {...}, strict: true} constrains the output to your schema, which is more reliable than JSON mode.")],
    },
  ],
  docs: ["https://learn.microsoft.com/en-us/azure/ai-foundry/openai/how-to/json-mode", "https://ibm.github.io/watsonx-ai-node-sdk/enums/1_7_x.WatsonXAI.TextChatResponseFormat.Constants.Type.html", "https://github.com/langchain-ai/langchainjs/pull/3175/files"],
  samples: [
    {
      text: "AIHelper: ChatGPT API Error: {\n\"error\": {\n\"message\": \"'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.\",\n\"type\": \"invalid_request_error\",\n\"param\": \"messages\",\n\"code\": null\n}\n}",
      source: "https://github.com/ultimatejimmy/xray.koplugin/issues/33",
    },
  ],
});
