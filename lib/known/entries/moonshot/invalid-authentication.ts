import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "moonshot.invalid-authentication",
  category: "auth.invalid_credentials",
  match: [/\binvalid_authentication_error\b/],
  title: t("Kimi（Moonshot）API Key 鉴权失败", "Kimi (Moonshot) API key authentication failed"),
  summary: t(
    "401 invalid_authentication_error：Kimi 开放平台不认这个 Key。常见原因是复制错误、Key 已删除，或者国际站（platform.kimi.ai / api.moonshot.ai）与中国站（platform.kimi.com / api.moonshot.cn）的 Key 和地址混用。",
    "401 invalid_authentication_error: the Kimi platform does not accept this key. Usually it was copied wrongly, was deleted, or a key from the international site (platform.kimi.ai / api.moonshot.ai) is used with the China site (platform.kimi.com / api.moonshot.cn), or the other way round.",
  ),
  causes: [
    t("国际站和中国站的 Key 与地址不匹配", "the key and the address are from different sites (international vs China)"),
    t("Key 复制时带了空格，或已被删除、禁用", "the key has stray spaces, or was deleted or disabled"),
    t("请求头格式不是 Authorization: Bearer <key>，或用了其他平台的 Key", "the header is not Authorization: Bearer <key>, or another platform's key is used"),
  ],
  solutions: [
    {
      title: t("让 Key 与平台地址一致并验证", "Match key and platform, then verify"),
      steps: [t("platform.kimi.ai 的 Key 用 https://api.moonshot.ai/v1，platform.kimi.com 的 Key 用 https://api.moonshot.cn/v1；在控制台确认 Key 未被删除。", "Keys from platform.kimi.ai go with https://api.moonshot.ai/v1, keys from platform.kimi.com with https://api.moonshot.cn/v1; check in the console that the key still exists.")],
      code: () => ({ language: "bash", content: 'curl -sS "https://api.moonshot.ai/v1/models" -H "Authorization: Bearer $MOONSHOT_API_KEY" -w \'\nHTTP %{http_code}\n\'\ncurl -sS "https://api.moonshot.cn/v1/models" -H "Authorization: Bearer $MOONSHOT_API_KEY" -w \'\nHTTP %{http_code}\n\'' }),
    },
    { title: t("检查请求头格式和 Key 前缀", "Check the header format and key prefix"), steps: [t("请求头必须是 Authorization: Bearer <key>；Kimi API Key 以 sk- 开头，注意不要带首尾空格。", "The header must be Authorization: Bearer <key>; Kimi API keys start with sk-, without leading or trailing spaces.")] },
  ],
  docs: ["https://platform.kimi.ai/docs/api/errors", "https://www.kimi.com/help/kimi-api/api-troubleshooting"],
  samples: [{ text: "{\"error\":{\"message\":\"Invalid Authentication\",\"type\":\"invalid_authentication_error\"}}", source: "https://platform.kimi.ai/docs/api/errors" }],
});
