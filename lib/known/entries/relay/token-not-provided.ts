import { block, defineKnownError, shq, t, type KnownContext } from "../../define";

const baseLine = (c: KnownContext): string =>
  c.f.api.base.kind === "literal" && c.f.api.isFromPaste ? `BASE_URL=${shq(c.f.api.base.url)}` : 'BASE_URL="${OPENAI_BASE_URL:?set OPENAI_BASE_URL to the relay /v1 address}"';

export default defineKnownError({
  id: "relay.token-not-provided",
  category: "auth.invalid_credentials",
  match: [/未提供令牌/, /\bToken not provided\b[^\n]{0,120}\b(?:new_api_error|one_api_error)\b/, /"message"\s*:\s*"Token not provided/],
  title: t("请求没有带上中转站令牌（未提供令牌）", "The request carries no relay token (Token not provided)"),
  summary: t(
    "new-api / one-api 从 Authorization 请求头读取令牌；这个头为空时直接返回 401「未提供令牌」，请求根本没到模型。",
    "new-api / one-api reads the token from the Authorization header; when that header is empty it answers 401 \"Token not provided\" and the request never reaches a model.",
  ),
  causes: [
    t("环境变量（如 OPENAI_API_KEY）在运行程序的 shell、容器或服务里没有设置，客户端发出了空的 Key", "the key variable (e.g. OPENAI_API_KEY) is not set in the shell, container or service that runs the program, so the client sent an empty key"),
    t("客户端把 Key 放在了别的请求头里：new-api 只在 /v1/messages 和 /v1/models 上接受 x-api-key，在 Gemini 路径上接受 key= 参数或 x-goog-api-key，其余路径只认 Authorization: Bearer", "the client puts the key in another header: new-api accepts x-api-key only on /v1/messages and /v1/models, and key= or x-goog-api-key only on Gemini paths; everywhere else it reads Authorization: Bearer"),
  ],
  solutions: [
    {
      title: t("带上 Authorization: Bearer 令牌再请求", "Send the token as Authorization: Bearer"),
      steps: [t("确认运行程序的环境里令牌变量非空，然后用它请求 /v1/models 验证。", "Make sure the token variable is non-empty where the program runs, then check it against /v1/models.")],
      code: (c) => c.f.api.auth === "bearer" && (c.f.isRelay || !c.f.provider) ? block("bash", [baseLine(c), ': "${OPENAI_API_KEY:?OPENAI_API_KEY is empty in this shell}"', 'curl -sS "$BASE_URL/models" -H "Authorization: Bearer $OPENAI_API_KEY"']) : null,
    },
    {
      title: t("检查客户端的 Key 配置项", "Check the client's key setting"),
      steps: [t("应用里填 Key 的地方不能为空，要填中转站「令牌管理」页面复制出的完整令牌。", "The application's key field must not be empty; paste the full token copied from the relay's token management page.")],
    },
  ],
  docs: ["https://github.com/QuantumNous/new-api/blob/main/middleware/auth.go", "https://github.com/songquanpeng/one-api/blob/main/model/token.go"],
  samples: [{ text: '{"error":{"message":"未提供令牌 (request id: 20250301120000123456789abcdEFG)","type":"new_api_error"}}', source: "https://github.com/QuantumNous/new-api/blob/main/i18n/locales/zh-CN.yaml" }],
});
