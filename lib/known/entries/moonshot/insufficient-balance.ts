import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "moonshot.insufficient-balance",
  category: "billing.quota_exceeded",
  match: [/\bexceeded_current_quota_error\b/, "is suspended due to insufficient balance"],
  title: t("Kimi（Moonshot）账户余额不足", "Kimi (Moonshot) account out of balance"),
  summary: t(
    "exceeded_current_quota_error 表示 Kimi 开放平台账户余额不足（或从未充值），账户被停用；它可能以 403 返回，也可能以 429 返回，但都不是限流，重试不会成功。",
    "exceeded_current_quota_error means the Kimi platform account has no balance (or was never topped up) and is suspended; it may come back as a 403 or as a 429, but it is not a rate limit and retries will not succeed.",
  ),
  causes: [t("账户余额为 0 或为负", "the account balance is zero or negative"), t("Key 属于另一个没有余额的账户或项目", "the key belongs to another account or project without balance")],
  solutions: [
    {
      title: t("在控制台充值", "Top up in the console"),
      steps: [t("在 Kimi 开放平台控制台充值，充值即时到账；可以用余额查询接口确认。", "Top up in the Kimi platform console; funds are available immediately. Confirm with the balance endpoint.")],
      code: (c) => ({ language: "bash", content: `curl -sS "${c.f.host && /moonshot\.cn$/.test(c.f.host) ? "https://api.moonshot.cn" : "https://api.moonshot.ai"}/v1/users/me/balance" -H "Authorization: Bearer $MOONSHOT_API_KEY"` }),
    },
    { title: t("客户端不要把它当作限流重试", "Do not retry it as a rate limit"), steps: [t("按 error.type 区分：exceeded_current_quota_error 应直接失败并提示充值。", "Branch on error.type: exceeded_current_quota_error should fail fast and ask for a top-up.")] },
  ],
  docs: ["https://www.kimi.com/help/kimi-api/api-troubleshooting", "https://github.com/MoonshotAI/kimi-code/pull/1857"],
  samples: [{ text: "HTTP/2 429\n{\"error\":{\"message\":\"Your account org-… <ak-…> is suspended due to insufficient balance, please recharge your account or check your plan and billing details\",\"type\":\"exceeded_current_quota_error\"}}", source: "https://github.com/MoonshotAI/kimi-code/pull/1857" }],
});
