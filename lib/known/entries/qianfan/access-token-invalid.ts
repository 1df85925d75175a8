import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "qianfan.access-token-invalid",
  category: "auth.invalid_credentials",
  match: [/Access token (?<state>invalid or no longer valid|expired)/],
  title: (c) => t(`千帆 access_token ${c.g.state === "expired" ? "已过期" : "无效"}（error_code ${c.g.state === "expired" ? "111" : "110"}）`, `Qianfan access_token ${c.g.state === "expired" ? "expired" : "invalid"} (error_code ${c.g.state === "expired" ? "111" : "110"})`),
  summary: t(
    "千帆旧版接口用 API Key / Secret Key 换取的 access_token 鉴权；这个 token 无效或已过期（它有有效期），需要重新获取。",
    "Qianfan's older API authenticates with an access_token obtained from the API Key / Secret Key; this token is invalid or has expired (tokens have a lifetime), so a new one is needed.",
  ),
  causes: [t("缓存的 access_token 超过有效期", "a cached access_token outlived its lifetime"), t("换取 token 用的 API Key / Secret Key 不正确，或应用已删除", "the API Key / Secret Key used to obtain it are wrong, or the application was deleted")],
  solutions: [
    { title: t("重新获取 access_token", "Obtain a fresh access_token"), steps: [t("用应用的 API Key 和 Secret Key 重新请求 access_token，并在过期前刷新；不要把 token 长期写死在配置里。", "Request a new access_token with the application's API Key and Secret Key and refresh it before it expires; never hard-code a token for long.")] },
    { title: t("核对应用的 API Key 和 Secret Key", "Check the application's API Key and Secret Key"), steps: [t("在千帆控制台的应用接入页面确认 API Key / Secret Key 是当前应用的，重新获取 token 时使用它们。", "On the Qianfan console's application page confirm the API Key / Secret Key belong to the current application and use them to fetch the token.")] },
  ],
  docs: ["https://ai.baidu.com/ai-doc/WENXINWORKSHOP/tlmyncueh"],
  samples: [{ text: "{\n\"error_code\": 110,\n\"error_msg\": \"Access token invalid or no longer valid\"\n}", source: "https://ai.baidu.com/ai-doc/WENXINWORKSHOP/tlmyncueh" }],
});
