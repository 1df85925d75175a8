import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "anthropic.credit-balance-too-low",
  category: "billing.quota_exceeded",
  match: ["Your credit balance is too low to access the Anthropic API"],
  title: t("Anthropic API 余额不足", "Anthropic API credit balance too low"),
  summary: t(
    "Anthropic API 采用预付费：这个 Key 所属组织的 credit 余额不足，请求被拒绝。虽然返回的是 400 invalid_request_error，但原因是账单，不是请求格式。",
    "The Anthropic API is prepaid: the organization behind this key has too little credit, so requests are refused. It comes back as a 400 invalid_request_error, but the cause is billing, not the request.",
  ),
  causes: [
    t("组织的预付 credit 用完或从未充值", "the organization's prepaid credit is used up or was never bought"),
    t("Key 属于另一个没有余额的组织（或 Workspace）", "the key belongs to another organization (or workspace) without credit"),
    t("工具用的是 API Key 计费，而不是你以为的 Claude Pro/Max 订阅：订阅额度不能用于 API Key", "the tool is billing an API key rather than the Claude Pro/Max subscription you expected: subscriptions do not fund API keys"),
  ],
  solutions: [
    {
      title: t("在 Plans & Billing 充值", "Buy credits under Plans & Billing"),
      steps: [t("在 Claude Console 的 Plans & Billing 页面查看余额并购买 credit，确认是 Key 所属的那个组织。", "In the Claude Console's Plans & Billing page, check the balance and buy credits for the organization that owns the key.")],
    },
    {
      title: t("确认 Key 所在的组织", "Check which organization the key is in"),
      steps: [t("在 Console 的 API Keys 页面确认 Key 的组织和 Workspace；有余额的组织里新建 Key 并替换 ANTHROPIC_API_KEY。", "On the Console's API Keys page, check the key's organization and workspace; create a key in the funded one and replace ANTHROPIC_API_KEY.")],
    },
  ],
  docs: ["https://docs.claude.com/en/api/errors", "https://github.com/anthropics/claude-code/issues/62013"],
  samples: [
    { text: "{'type': 'invalid_request_error', 'message': 'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.'}}", source: "https://github.com/anthropics/claude-quickstarts/issues/229" },
  ],
});
