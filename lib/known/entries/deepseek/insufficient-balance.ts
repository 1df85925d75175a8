import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "deepseek.insufficient-balance",
  category: "billing.quota_exceeded",
  match: ["Insufficient Balance"],
  guard: { provider: ["deepseek"] },
  title: t("DeepSeek 账户余额不足（402）", "DeepSeek account balance used up (402)"),
  summary: t(
    "DeepSeek API 按量从账户余额扣费；402 Insufficient Balance 表示余额（含赠送额度）已经用完，充值之前所有请求都会失败。这个错误来自 DeepSeek，不是你使用的客户端或插件。",
    "The DeepSeek API charges usage against the account balance; 402 Insufficient Balance means the balance (granted credit included) is gone and every request fails until you top up. It comes from DeepSeek, not from your client or plugin.",
  ),
  causes: [t("账户余额或赠送额度已用完", "the account balance or granted credit is used up"), t("使用的 Key 属于另一个没有余额的账户", "the key belongs to another account that has no balance")],
  solutions: [
    {
      title: t("在 DeepSeek 开放平台充值", "Top up on the DeepSeek platform"),
      steps: [t("在 https://platform.deepseek.com/top_up 查看余额并充值；充值后同一个 Key 即可继续使用。", "Check the balance and add funds at https://platform.deepseek.com/top_up; the same key works again afterwards.")],
    },
    {
      title: t("用余额接口确认是哪个账户", "Check which account it is with the balance endpoint"),
      steps: [t("调用 /user/balance 查看这个 Key 对应账户的余额，确认没有用错 Key。", "Call /user/balance to see the balance of the account behind this key and make sure it is the right key.")],
      code: () => ({ language: "bash", content: 'curl -sS https://api.deepseek.com/user/balance -H "Authorization: Bearer "' }),
    },
  ],
  docs: ["https://api-docs.deepseek.com/quick_start/error_codes", "https://github.com/continuedev/continue/issues/9473"],
  samples: [{ text: "Model: DeepSeek Coder\nProvider: deepseek\nStatus Code: 402\n\n402 Insufficient Balance", source: "https://github.com/continuedev/continue/issues/10121" }],
});
