import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "litellm.budget-exceeded",
  category: "billing.quota_exceeded",
  priority: 1,
  match: [/\bBudgetExceededError\b/, /Budget has been exceeded!?[^\n]{0,40}Current cost:\s*(?<cost>[\d.]{1,20})[^\n]{0,20}Max budget:\s*(?<max>[\d.]{1,20})/, /"type"\s*:\s*"budget_exceeded"/],
  title: (c) => (c.g.max ? t(`LiteLLM 预算已用完（已花 ${c.g.cost ?? "?"}，上限 ${c.g.max}）`, `LiteLLM budget exhausted (spent ${c.g.cost ?? "?"} of ${c.g.max})`) : t("LiteLLM 预算已用完", "LiteLLM budget exhausted")),
  summary: t(
    "这是 LiteLLM 自己的花费上限（SDK 的 max_budget，或代理上 key / 用户 / 团队的 budget），不是上游服务商的额度：达到上限后请求在发往服务商之前就被拒绝，重试没有用，直到预算重置或被调高。",
    "This is LiteLLM's own spending cap (max_budget in the SDK, or a key / user / team budget on the proxy), not the upstream provider's quota: once reached, requests are refused before they reach the provider, and retrying does not help until the budget resets or is raised.",
  ),
  causes: [
    t("代理上给这个 key、用户或团队设置的预算花完了", "the budget set on the proxy for this key, user or team is spent"),
    t("SDK 里设置了 litellm.max_budget，本进程累计花费超过了它", "litellm.max_budget is set in the SDK and this process's total spend passed it"),
  ],
  solutions: [
    {
      title: t("请预算的管理者调高预算，或等预算周期重置", "Ask the budget's owner to raise it, or wait for the budget period to reset"),
      steps: [t("错误信息里写明了是哪一级预算；管理员可以在 LiteLLM 代理的管理界面或接口里调整，或设置 budget_duration 让它周期重置。", "The message names the scope that ran out; the admin can change it in the LiteLLM proxy's admin UI or API, or set a budget_duration so it resets periodically.")],
    },
    {
      title: t("在客户端区分预算拒绝和服务商错误", "Tell budget refusals apart from provider errors in the client"),
      steps: [t("预算拒绝不会因重试而成功；客户端应停止重试、显示错误信息，并提示联系预算负责人。", "A budget refusal will not succeed on retry; the client should stop retrying, show the message and point to whoever owns the budget.")],
    },
  ],
  docs: ["https://docs.litellm.ai/docs/proxy/budget_exceeded_errors", "https://docs.litellm.ai/docs/exception_mapping"],
  samples: [{ text: "litellm.exceptions.BudgetExceededError: Budget has been exceeded! Current cost: 25.31, Max budget: 25.0", source: "https://docs.litellm.ai/docs/proxy/budget_exceeded_errors" }],
});
