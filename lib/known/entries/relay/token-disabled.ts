import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "relay.token-disabled",
  category: "auth.invalid_credentials",
  match: [/该令牌状态不可用|令牌状态不可用|該令牌狀態不可用/, /\bThis token status is unavailable\b/],
  title: t("中转站令牌已被禁用（该令牌状态不可用）", "The relay token is disabled (token status unavailable)"),
  summary: t(
    "令牌存在，但它的状态既不是启用也不是已过期/已耗尽——通常是在控制台里被手动禁用了。new-api / one-api 只放行状态为启用的令牌。",
    "The token exists but its status is not enabled (nor expired or exhausted): usually it was switched off in the console. new-api / one-api only lets enabled tokens through.",
  ),
  causes: [t("令牌在「令牌管理」页面被禁用（你自己、管理员或运营方操作的）", "the token was disabled on the Tokens page (by you, an admin or the relay's operator)")],
  solutions: [
    {
      title: t("在控制台重新启用令牌", "Re-enable the token in the console"),
      steps: [t("在「令牌管理」页面找到该令牌，把状态改为启用；如果不是你的站点，请运营方启用或换一个令牌。", "Find the token on the Tokens page and set it to enabled; if the relay is not yours, ask its operator to enable it or give you another token.")],
    },
    {
      title: t("或者换一个启用中的令牌", "Or use another enabled token"),
      steps: [t("在「令牌管理」页面新建一个令牌，更新客户端配置。", "Create a new token on the token management page and update the client configuration.")],
    },
  ],
  docs: ["https://github.com/songquanpeng/one-api/blob/main/model/token.go", "https://github.com/QuantumNous/new-api/blob/main/middleware/auth.go"],
  samples: [{ text: '{"error":{"message":"该令牌状态不可用 (request id: 2025030112000012345678abcdEFGH)","type":"new_api_error"}}', source: "https://github.com/QuantumNous/new-api/blob/main/i18n/locales/zh-CN.yaml" }],
});
