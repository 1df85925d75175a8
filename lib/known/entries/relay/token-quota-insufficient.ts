import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "relay.token-quota-insufficient",
  category: "billing.quota_exceeded",
  match: [/令牌额度不足/, /token quota is not enough, token remain quota:?\s*(?<remain>[^\s,]{1,30})?,?\s*need quota:?\s*(?<need>[^\s,)]{1,30})?/],
  title: t("令牌剩余额度不够这次请求的预扣费", "The token's remaining quota is below this request's pre-charge"),
  summary: t(
    "中转站在转发前先按「提示词 tokens + max_tokens」预扣一笔额度；令牌剩余额度比这笔少时，返回 403（pre_consume_token_quota_failed）。令牌还有额度，只是不够这一次的预扣。",
    "Before forwarding, the relay pre-charges a quota based on prompt tokens plus max_tokens; when the token's remaining quota is smaller, it answers 403 (pre_consume_token_quota_failed). The token still has quota, just not enough for this request's pre-charge.",
  ),
  causes: [
    t("令牌设置了额度上限，剩余部分已经不多", "the token has a quota cap and little of it is left"),
    t("请求里的 max_tokens 很大：预扣额度按 max_tokens 计算，即使实际输出很短", "the request sets a large max_tokens: the pre-charge counts max_tokens even if the real output is short"),
  ],
  solutions: [
    {
      title: t("给令牌加额度或设为无限额度", "Raise the token's quota or make it unlimited"),
      steps: [t("在「令牌管理」页面编辑该令牌；令牌额度只是上限，实际扣的是账户余额。", "Edit the token on the Tokens page; the token quota is only a cap, the spend comes from the account balance.")],
    },
    {
      title: t("或者调小 max_tokens", "Or lower max_tokens"),
      steps: [t("预扣费包含 max_tokens，把它调到实际需要的大小能减少预扣。", "The pre-charge includes max_tokens; setting it to what you actually need lowers the pre-charge.")],
    },
  ],
  docs: ["https://github.com/songquanpeng/one-api/blob/main/relay/controller/helper.go", "https://github.com/songquanpeng/one-api/blob/main/model/token.go", "https://github.com/QuantumNous/new-api/blob/main/types/error.go"],
  samples: [
    { text: '403 {"error":{"message":"令牌额度不足","type":"one_api_error","code":"pre_consume_token_quota_failed"}}', source: "https://github.com/songquanpeng/one-api/blob/main/model/token.go" },
    { text: '{"error":{"message":"token quota is not enough, token remain quota: ＄0.012000, need quota: ＄0.030000","type":"new_api_error","code":"pre_consume_token_quota_failed"}}', source: "https://github.com/QuantumNous/new-api/blob/main/types/error.go" },
  ],
});
