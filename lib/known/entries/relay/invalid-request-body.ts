import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "relay.invalid-request-body",
  category: "request.invalid",
  match: [/无效的请求[，,]\s*(?<detail>[^\n"]{1,200})/, /Invalid request: (?<detail>invalid JSON request body|field (?:model|group) must be a string)/],
  title: t("中转站无法解析请求体", "The relay cannot parse the request body"),
  summary: (c) =>
    t(
      `new-api 在选渠道前要从请求体里读出 model，读不出来就返回 400「无效的请求」${c.g.detail ? `（${ic(c.g.detail)}）` : ""}。常见的是 JSON 本身不合法，或 model 不是字符串。`,
      `new-api reads the model from the body before choosing a channel; when it cannot, it answers 400 "Invalid request"${c.g.detail ? ` (${ic(c.g.detail)})` : ""}. Usually the JSON itself is malformed, or model is not a string.`,
    ),
  causes: [
    t("请求体不是合法 JSON（手写的 JSON、拼接字符串、多余的逗号或引号）", "the body is not valid JSON (hand-written JSON, string concatenation, a stray comma or quote)"),
    t("model 或 group 字段不是字符串（例如传了数组或对象）", "the model or group field is not a string (an array or object was sent)"),
  ],
  solutions: [
    {
      title: t("用 JSON 库生成请求体", "Build the body with a JSON library"),
      steps: [t("不要手拼 JSON 字符串；用 json.dumps / JSON.stringify 生成，并带上 Content-Type: application/json。", "Do not concatenate JSON by hand; produce it with json.dumps / JSON.stringify and send Content-Type: application/json.")],
    },
    {
      title: t("先用 curl 发一个最小请求对比", "Compare with a minimal curl request"),
      steps: [t("用 curl -H 'Content-Type: application/json' -d '{\"model\": \"…\", \"messages\": [...]}' 发送最小请求，确认中转站能解析，再逐步加回你的参数。", "Send a minimal request with curl -H 'Content-Type: application/json' -d '{\"model\": \"…\", \"messages\": [...]}' to confirm the relay parses it, then add your parameters back step by step.")],
    },
  ],
  docs: ["https://github.com/QuantumNous/new-api/blob/main/middleware/distributor.go", "https://github.com/QuantumNous/new-api/blob/main/i18n/locales/zh-CN.yaml"],
  samples: [{ text: '400 {"error":{"message":"无效的请求，invalid JSON request body","type":"new_api_error"}}', source: "https://github.com/QuantumNous/new-api/blob/main/middleware/distributor.go" }],
});
