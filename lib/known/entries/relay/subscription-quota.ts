import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "relay.subscription-quota",
  category: "billing.quota_exceeded",
  priority: 1,
  match: [/订阅额度不足或未配置订阅[:：]\s*(?<why>no active subscription|subscription quota insufficient)?/],
  title: (c) => (c.g.why === "no active subscription" ? t("没有生效中的订阅套餐", "No active subscription plan") : t("订阅套餐的额度不足", "The subscription plan's quota is insufficient")),
  summary: t(
    "new-api 的这次请求按订阅套餐计费：账户没有生效中的订阅，或套餐在当前周期内的额度已经用完，于是拒绝请求（403 insufficient_user_quota）。只允许用订阅计费时，不会自动改用钱包余额。",
    "new-api billed this request against a subscription plan: the account has no active subscription, or the plan's quota for the current period is used up, so the request is refused (403 insufficient_user_quota). When billing is subscription-only it does not fall back to the wallet balance.",
  ),
  causes: [
    t("订阅已过期或从未购买", "the subscription expired or was never bought"),
    t("套餐在本周期的额度已用完，要等下个重置周期", "the plan's quota for this period is spent until the next reset"),
  ],
  solutions: [
    {
      title: t("续订或升级套餐", "Renew or upgrade the plan"),
      steps: [t("在站点的套餐/订阅页面购买或续费；额度按套餐的重置周期恢复。", "Buy or renew on the site's plans/subscription page; the quota comes back on the plan's reset cycle.")],
    },
    {
      title: t("或改用钱包余额计费", "Or bill against the wallet balance"),
      steps: [t("如果站点允许，在账户的计费偏好里选择使用钱包余额，并确保余额充足；具体选项由站点配置决定。", "If the site allows it, choose wallet billing in the account's billing preference and make sure the balance suffices; the options depend on the site's configuration.")],
    },
  ],
  docs: ["https://github.com/QuantumNous/new-api/blob/main/service/billing_session.go", "https://github.com/QuantumNous/new-api/blob/main/types/error.go"],
  samples: [{ text: '403 {"error":{"message":"订阅额度不足或未配置订阅: no active subscription (request id: 2025030112000012345678abcdEFGH)","type":"new_api_error","code":"insufficient_user_quota"}}', source: "https://github.com/QuantumNous/new-api/blob/main/service/billing_session.go" }],
});
