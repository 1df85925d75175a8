import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "zhipu.account-arrears",
  category: "billing.quota_exceeded",
  match: ["您的账户已欠费，请充值后重试", "您的账户已欠费,请充值后重试", "Insufficient balance or no resource package"],
  title: t("智谱账户欠费或没有资源包（1113）", "Zhipu account in arrears or without a resource package (1113)"),
  summary: t(
    "智谱开放平台返回业务码 1113（HTTP 429）：账户余额不足或没有可用的资源包。虽然是 429，但这不是限流，充值或购买资源包之前重试不会成功。",
    "Zhipu's platform returned business code 1113 (HTTP 429): the account has no balance or no usable resource package. Although it is a 429 it is not a rate limit; retrying will not work until you top up or buy a package.",
  ),
  causes: [
    t("账户余额用完，或赠送额度 / 资源包已耗尽或过期", "the balance is used up, or the granted credit / resource package is exhausted or expired"),
    t("购买的资源包不覆盖当前调用的模型，或 Key 属于另一个账户", "the package bought does not cover the model being called, or the key belongs to another account"),
  ],
  solutions: [
    { title: t("充值或购买对应模型的资源包", "Top up or buy a package for this model"), steps: [t("在 bigmodel.cn 控制台的财务总览中查看余额和资源包（包括适用的模型），充值后重试。", "Check the balance and resource packages (and which models they cover) in the bigmodel.cn console's finance overview, top up, then retry.")] },
    { title: t("确认资源包覆盖所调用的模型", "Check the package covers the model you call"), steps: [t("资源包可能只适用于部分模型；调用它不覆盖的模型时从余额扣费，余额为 0 时同样返回 1113。", "A resource package may cover only some models; calls to others are charged to the balance and also get 1113 when it is zero.")] },
  ],
  docs: ["https://docs.bigmodel.cn/cn/faq/api-code", "https://docs.bigmodel.cn/cn/faq"],
  samples: [{ text: "HTTP 429 {\"error\":{\"code\":\"1113\",\"message\":\"您的账户已欠费，请充值后重试\"}}", source: "https://docs.bigmodel.cn/cn/faq/api-code" }],
});
