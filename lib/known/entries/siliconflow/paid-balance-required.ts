import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "siliconflow.paid-balance-required",
  category: "billing.quota_exceeded",
  match: ["The selected model requires paid balance"],
  title: t("硅基流动：该模型只能用充值余额支付", "SiliconFlow: this model can only be paid from topped-up balance"),
  summary: t(
    "硅基流动的部分模型（例如 Pro/ 前缀的模型）只能用充值余额支付，赠送的免费额度不能用于它们；充值余额不足时返回 403（code 30011），即使账户总余额看起来充足。",
    "Some SiliconFlow models (such as the Pro/ ones) can only be paid from topped-up balance, not from granted free credit; when the paid balance is short they return 403 (code 30011), even if the total balance looks sufficient.",
  ),
  causes: [t("账户只有赠送额度，没有充值余额", "the account only has granted credit, no topped-up balance"), t("调用了 Pro/ 等只接受充值余额的模型", "the model called (a Pro/ model, say) accepts only topped-up balance")],
  solutions: [
    { title: t("充值余额", "Top up the paid balance"), steps: [t("在硅基流动控制台充值后重试。", "Top up in the SiliconFlow console and retry.")] },
    { title: t("或改用可以用赠送额度的模型", "Or use a model that accepts granted credit"), steps: [t("去掉 Pro/ 前缀改用同名的普通版本，通常可以用赠送额度调用。", "Drop the Pro/ prefix and use the regular variant of the same model, which granted credit can usually pay for.")] },
  ],
  docs: ["https://github.com/songquanpeng/one-api/issues/2063", "https://docs.siliconflow.cn/en/faqs/error-code"],
  samples: [{ text: "错误：http status code: 403, error message: The selected model requires paid balance. Your paid balance is insufficient. Please top up and try again.", source: "https://github.com/songquanpeng/one-api/issues/2063" }],
});
