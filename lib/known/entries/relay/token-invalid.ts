import { block, defineKnownError, shq, t, type KnownContext } from "../../define";

/** The relay's base URL as bash: from the paste when it shows it, else from OPENAI_BASE_URL. */
const baseLine = (c: KnownContext): string =>
  c.f.api.base.kind === "literal" && c.f.api.isFromPaste ? `BASE_URL=${shq(c.f.api.base.url)}` : 'BASE_URL="${OPENAI_BASE_URL:?set OPENAI_BASE_URL to the relay /v1 address}"';

export default defineKnownError({
  id: "relay.token-invalid",
  category: "auth.invalid_credentials",
  match: [/[无無]效的令牌/, /"message"\s*:\s*"Invalid token[^"\n]{0,80}"[^\n]{0,80}new_api_error/i, /\bInvalid token\b[^\n]{0,120}\b(?:new_api_error|one_api_error)\b/],
  title: t("认证失败：令牌无效——中转站里没有这个令牌", "Invalid credentials: the relay does not know this token"),
  summary: t(
    "new-api / one-api 在自己的数据库里按令牌查找，找不到就返回 401「无效的令牌」。它只认本站控制台里创建的令牌（sk- 开头），不认 OpenAI 等上游厂商的 Key。",
    "new-api / one-api looks the token up in its own database and returns 401 \"Invalid token\" when it is not there. It only accepts tokens created in that relay's console (starting with sk-), never an upstream provider's key such as an OpenAI key.",
  ),
  causes: [
    t("用的是上游厂商（OpenAI、DeepSeek 等）的 Key，或另一个中转站的令牌，而不是本站「令牌管理」页面创建的令牌", "the key is an upstream provider's key (OpenAI, DeepSeek …) or another relay's token, not one created on this relay's Tokens page"),
    t("令牌复制不完整、多了空格或引号，或者被删除后重新生成过", "the token was copied incompletely, with a space or quotes, or it was deleted and regenerated"),
    t("Base URL 指向了另一个中转站：令牌只在创建它的那个站点有效", "the base URL points at a different relay: a token only works on the site that issued it"),
    t("令牌没有放在 Authorization: Bearer 请求头里（中转站会去掉 Bearer 和 sk- 前缀再查找）", "the token is not sent as Authorization: Bearer (the relay strips Bearer and the sk- prefix before the lookup)"),
  ],
  solutions: [
    {
      title: t("用本站令牌直接请求 /models 验证", "Check the token against the relay's /models"),
      steps: [
        t("在中转站控制台的「令牌管理」页面复制完整令牌，放进 OPENAI_API_KEY，再请求 /v1/models：返回模型列表说明令牌有效，仍是 401 则令牌确实不在这个站点。", "Copy the full token from the relay console's Tokens page into OPENAI_API_KEY and call /v1/models: a model list means the token is valid; a 401 means the token is not on this site."),
      ],
      code: (c) => c.f.api.auth === "bearer" && (c.f.isRelay || !c.f.provider) ? block("bash", [baseLine(c), 'curl -sS "$BASE_URL/models" -H "Authorization: Bearer $OPENAI_API_KEY"']) : null,
    },
    {
      title: t("确认 Base URL 和令牌属于同一个站点", "Make sure the base URL and the token belong to the same site"),
      steps: [t("客户端里的 Base URL 必须是发令牌的中转站地址（通常以 /v1 结尾），令牌不能跨站使用。", "The client's base URL must be the address of the relay that issued the token (usually ending in /v1); tokens do not work across sites.")],
    },
  ],
  prevention: [
    t("把中转站地址和令牌放在同一处配置（如 .env 里的 OPENAI_BASE_URL 和 OPENAI_API_KEY），换站点时一起换", "Keep the relay address and its token together in one place (e.g. OPENAI_BASE_URL and OPENAI_API_KEY in .env) and change them together"),
    t("每个应用用单独命名的令牌；删除或重建令牌后，同步更新所有用到它的地方", "Give each application its own named token; after deleting or regenerating one, update every place that uses it"),
  ],
  tools: [
    t("中转站控制台的「令牌管理」页面：看令牌是否存在、状态、额度和过期时间", "The relay console's token management page: whether the token exists, its status, quota and expiry"),
    t("curl 请求 /v1/models：绕过客户端库，直接验证令牌", "curl against /v1/models: checks the token without the client library in between"),
  ],
  docs: ["https://github.com/songquanpeng/one-api/blob/main/model/token.go", "https://github.com/QuantumNous/new-api/blob/main/middleware/auth.go", "https://github.com/QuantumNous/new-api/blob/main/i18n/locales/zh-CN.yaml"],
  samples: [
    { text: '{"error":{"message":"无效的令牌 (request id: 2025030112000012345678abcdEFGH)","type":"new_api_error","param":"","code":null}}', source: "https://github.com/QuantumNous/new-api/blob/main/i18n/locales/zh-CN.yaml" },
    { text: '401 {"error":{"message":"无效的令牌","type":"one_api_error"}}', source: "https://github.com/songquanpeng/one-api/blob/main/model/token.go" },
  ],
});
