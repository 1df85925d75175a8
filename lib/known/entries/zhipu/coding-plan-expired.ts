import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "zhipu.coding-plan-expired",
  category: "billing.quota_exceeded",
  match: ["GLM Coding Plan 套餐已到期"],
  title: t("GLM Coding Plan 套餐已到期（1309）", "GLM Coding Plan subscription expired (1309)"),
  summary: t("业务码 1309：账户的 GLM Coding Plan 订阅已到期，编程套餐额度不可用，续订后即可恢复。", "Business code 1309: the account's GLM Coding Plan subscription has expired, so the coding-plan allowance is unavailable until it is renewed."),
  causes: [t("GLM Coding Plan 订阅到期未续费", "the GLM Coding Plan subscription expired and was not renewed")],
  solutions: [{ title: t("续订套餐", "Renew the plan"), steps: [t("按消息中的链接（https://bigmodel.cn/claude-code）续订；或者改用按量计费的通用 API Key 和地址。", "Renew through the link in the message (https://bigmodel.cn/claude-code), or use a pay-as-you-go API key and endpoint instead.")] },
    { title: t("或改用按量计费的 API", "Or use the pay-as-you-go API"), steps: [t("续订之前可以用开放平台的普通 API Key 和 https://open.bigmodel.cn/api/paas/v4 继续按量调用。", "Until renewal, continue pay-as-you-go with a regular platform API key and https://open.bigmodel.cn/api/paas/v4.")] },
  ],
  docs: ["https://docs.bigmodel.cn/cn/api/api-code"],
  samples: [{ text: "{\"error\":{\"code\":\"1309\",\"message\":\"您的 GLM Coding Plan 套餐已到期，暂无法使用，前往官方续订后即可恢复 https://bigmodel.cn/claude-code\"}}", source: "https://docs.bigmodel.cn/cn/api/api-code" }],
});
