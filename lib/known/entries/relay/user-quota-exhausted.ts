import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "relay.user-quota-exhausted",
  category: "billing.quota_exceeded",
  match: [/用户额度不足(?:[,，]\s*剩余额度[:：]\s*(?<remain>[^\s(（]{1,30}))?/, /\buser quota is not enough\b/],
  title: (c) => (c.g.remain ? t(`中转站账户余额已用完（剩余 ${ic(c.g.remain)}）`, `The relay account's balance is used up (remaining ${ic(c.g.remain)})`) : t("中转站账户余额不足", "The relay account's balance is insufficient")),
  summary: t(
    "这是账户（用户）本身的余额用完了，不是令牌：new-api / one-api 的令牌可以是无限额度，但每次请求扣的是令牌所属用户的余额。余额 ≤ 0 或不够预扣时返回 403 insufficient_user_quota。",
    "The account's (user's) own balance is used up, not the token's: a new-api / one-api token may be unlimited, but every request is charged to the balance of the user who owns the token. When that balance is ≤ 0 or below the pre-charge, the relay answers 403 insufficient_user_quota.",
  ),
  causes: [
    t("账户余额已经花完（可能已是负数：扣费在请求结束后结算）", "the account balance has been spent (it may even be negative: the final charge is settled after a request finishes)"),
    t("令牌设成了无限额度，但账户余额并不是无限的", "the token is set to unlimited, but the account balance is not"),
  ],
  solutions: [
    {
      title: t("给账户充值或请管理员加额度", "Top up the account or ask the admin to add quota"),
      steps: [
        t("在中转站的钱包/充值页面充值或用兑换码；自建站点由管理员在「用户管理」里给该用户加额度。", "Top up on the relay's wallet page or redeem a code; on your own relay the admin adds quota to that user in User Management."),
      ],
    },
    {
      title: t("暂时降低消耗", "Reduce spending meanwhile"),
      steps: [t("预扣费包含 max_tokens，调小 max_tokens 或换更便宜的模型可以让剩余余额多撑几次请求。", "The pre-charge includes max_tokens; a smaller max_tokens or a cheaper model stretches the remaining balance.")],
    },
  ],
  docs: ["https://github.com/songquanpeng/one-api/blob/main/relay/controller/helper.go", "https://github.com/QuantumNous/new-api/blob/main/types/error.go", "https://github.com/songquanpeng/one-api/issues/103"],
  samples: [
    { text: '403 {"error":{"message":"用户额度不足, 剩余额度: ＄0.000000 (request id: 2025030112000012345678abcdEFGH)","type":"new_api_error","code":"insufficient_user_quota"}}', source: "https://github.com/QuantumNous/new-api/blob/main/types/error.go" },
    { text: '{"error":{"message":"user quota is not enough","type":"one_api_error","code":"insufficient_user_quota"}}', source: "https://github.com/songquanpeng/one-api/blob/main/relay/controller/helper.go" },
  ],
});
