import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "relay.pre-consume-failed",
  category: "billing.quota_exceeded",
  priority: 1,
  match: [
    /预扣费额度失败[,，]\s*用户剩余额度[:：]\s*(?<remain>[^\s,，]{1,30})[,，]\s*需要预扣费额度[:：]\s*(?<need>[^\s,，(（]{1,30})/,
    /pre-consumed quota failed, user quota:\s*(?<remain>[^\s,]{1,30}),\s*need quota:\s*(?<need>[^\s,)]{1,30})/,
  ],
  title: (c) => t(`余额 ${ic(c.g.remain ?? "?")} 不够预扣 ${ic(c.g.need ?? "?")}`, `Balance ${ic(c.g.remain ?? "?")} is below the pre-charge ${ic(c.g.need ?? "?")}`),
  summary: t(
    "账户还有余额，但不够这次请求的预扣：中转站在转发前先按「提示词 tokens + max_tokens」乘以模型和分组倍率预扣一笔，余额比这笔少就直接拒绝（403）。",
    "The account still has a balance, but less than this request's pre-charge: before forwarding, the relay reserves (prompt tokens + max_tokens) × the model and group ratios, and refuses the request (403) when the balance is smaller.",
  ),
  causes: [
    t("账户余额快用完了", "the account balance is nearly spent"),
    t("max_tokens 设得很大，或者提示词很长，使预扣额度高于余额", "a large max_tokens or a long prompt makes the pre-charge larger than the balance"),
    t("用的是倍率很高的模型或分组", "the model or group has a high price ratio"),
  ],
  solutions: [
    {
      title: t("充值，或请管理员给该用户加额度", "Top up, or have the admin add quota to the user"),
      steps: [t("余额高于「需要预扣费额度」后请求就能通过；多出的预扣会在请求结束后按实际用量退回。", "Once the balance exceeds the pre-charge the request goes through; the unused part of the pre-charge is settled against actual usage afterwards.")],
    },
    {
      title: t("或者调小 max_tokens / 缩短提示词", "Or lower max_tokens / shorten the prompt"),
      steps: [t("预扣额度随 max_tokens 和提示词长度增长，调小它们能让余额够用。", "The pre-charge grows with max_tokens and prompt length; reducing them can bring it under the balance.")],
    },
  ],
  docs: ["https://github.com/songquanpeng/one-api/blob/main/relay/controller/helper.go", "https://github.com/QuantumNous/new-api/blob/main/types/error.go"],
  samples: [
    { text: '403 {"error":{"message":"预扣费额度失败, 用户剩余额度: ＄0.020000, 需要预扣费额度: ＄0.064000 (request id: 2025030112000012345678abcdEFGH)","type":"new_api_error","code":"insufficient_user_quota"}}', source: "https://github.com/QuantumNous/new-api/blob/main/types/error.go" },
  ],
});
