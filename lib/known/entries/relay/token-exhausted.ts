import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "relay.token-exhausted",
  category: "billing.quota_exceeded",
  match: [/该令牌额度已用尽|該令牌額度已用盡|令牌可用额度已用尽/, /令牌 (?<token>[^\n（(]{1,60})[（(]#\d{1,10}[）)]额度已用尽/, /\bTokenStatusExhausted\b/, /\bThis token quota is exhausted\b/, /\bToken amount has been exhausted\b/, /!token\.UnlimitedQuota && token\.RemainQuota = \d{1,12}/, /\btoken\.RemainQuota = 0\b/],
  title: (c) => (c.g.token ? t(`中转站令牌 ${ic(c.g.token)} 的额度已用尽`, `Relay token ${ic(c.g.token)} has used up its quota`) : t("中转站令牌的额度已用尽", "The relay token has used up its quota")),
  summary: t(
    "这是令牌自己的额度上限用完了，不一定是账户没钱：new-api / one-api 里令牌额度只是给这个令牌设的最大用量，账户余额另算。令牌剩余额度 ≤ 0 且不是无限额度时，请求被拒绝。",
    "The token's own quota cap is used up, which is not necessarily the account's balance: in new-api / one-api a token's quota is just the maximum that token may spend, separate from the user's balance. When its remaining quota is ≤ 0 and it is not unlimited, requests are refused.",
  ),
  causes: [
    t("令牌创建时设置了额度上限，已经花完", "the token was created with a quota cap that has now been spent"),
    t("令牌额度曾经是 0，之后改过额度但没有重新启用，状态仍是「已耗尽」", "the token once had zero quota; its quota was raised later but it was not re-enabled, so its status is still exhausted"),
  ],
  solutions: [
    {
      title: t("在控制台给令牌加额度或设为无限额度，然后重新启用", "Raise the token's quota (or make it unlimited) and re-enable it"),
      steps: [
        t("在「令牌管理」页面编辑该令牌，调高剩余额度或勾选无限额度，保存后把状态改回启用。令牌额度只是上限，真正扣的是账户余额，所以还要确认账户余额充足。", "On the Tokens page, edit the token, raise its remaining quota or tick unlimited quota, save, and set its status back to enabled. The token quota is only a cap; the spend comes from the account balance, so check that too."),
      ],
    },
    {
      title: t("或者换一个还有额度的令牌", "Or use another token that still has quota"),
      steps: [t("令牌由中转站运营方发放时，请对方加额度或换新令牌。", "If the relay's operator issued the token, ask them to top it up or issue a new one.")],
    },
  ],
  docs: ["https://github.com/songquanpeng/one-api/blob/main/model/token.go", "https://github.com/QuantumNous/new-api/blob/main/i18n/locales/zh-CN.yaml", "https://github.com/songquanpeng/one-api/issues/103", "https://github.com/QuantumNous/new-api/blob/main/model/token.go"],
  samples: [
    { text: '{"error":{"message":"该令牌额度已用尽 TokenStatusExhausted[sk-abc***xyz] (request id: 2025030112000012345678abcdEFGH)","type":"new_api_error"}}', source: "https://github.com/QuantumNous/new-api/blob/main/i18n/locales/zh-CN.yaml" },
    { text: '401 {"error":{"message":"令牌 default（#12）额度已用尽","type":"one_api_error"}}', source: "https://github.com/songquanpeng/one-api/blob/main/model/token.go" },
  ],
});
