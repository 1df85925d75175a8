import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "openai.insufficient-quota",
  category: "billing.quota_exceeded",
  match: ["insufficient_quota", /\[429:insufficient_quota\]/],
  title: t("OpenAI 账户额度用完（insufficient_quota）", "OpenAI account out of credit (insufficient_quota)"),
  summary: t(
    "这个 429 不是限流：OpenAI 返回 insufficient_quota，表示这个 Key 所属的组织或项目已经没有可用额度（预付费余额用完），或者达到了设置的每月消费上限。等待和重试都不会好转。",
    "This 429 is not a rate limit: OpenAI returns insufficient_quota when the organization or project behind the key has run out of credits (prepaid balance used up) or hit its monthly spend limit. Waiting and retrying will not help.",
  ),
  causes: [
    t("账户的预付费余额（credits）已用完，或者从来没有充值过：API 按量计费，与 ChatGPT Plus 订阅是两套账单", "the prepaid credit balance is used up, or was never bought: the API is billed separately from a ChatGPT Plus subscription"),
    t("组织或项目设置的每月消费上限（usage limit）已经达到", "the organization's or project's monthly usage limit has been reached"),
    t("用的是另一个组织或项目的 Key，那个组织没有额度", "the key belongs to another organization or project, one that has no credit"),
  ],
  solutions: [
    {
      title: t("在 Billing 页面充值或提高消费上限", "Buy credits or raise the usage limit on the Billing page"),
      steps: [
        t("打开 platform.openai.com 的 Settings → Billing，查看余额；余额为 0 时购买 credits。", "Open Settings → Billing on platform.openai.com and check the balance; buy credits if it is zero."),
        t("在 Limits 页面检查组织和项目的月度上限，必要时调高。", "Check the organization and project monthly limits on the Limits page and raise them if needed."),
      ],
    },
    {
      title: t("确认 Key 属于有额度的组织或项目", "Check that the key belongs to the funded organization or project"),
      steps: [t("在 API keys 页面确认这个 Key 的项目；若刚换过组织，重新生成 Key 并替换环境变量 OPENAI_API_KEY。", "On the API keys page, check which project the key is in; if you changed organizations, create a new key there and replace OPENAI_API_KEY.")],
    },
    {
      title: t("不要把它当作限流重试", "Do not retry it as a rate limit"),
      steps: [t("很多客户端把所有 429 当作限流自动重试；对 insufficient_quota 重试只会拖慢失败。按 error.code 区分处理。", "Many clients retry every 429 as a rate limit; retrying insufficient_quota only delays the failure. Branch on error.code.")],
    },
  ],
  docs: ["https://developers.openai.com/docs/guides/error-codes", "https://github.com/langchain-ai/langchainjs/issues/1929", "https://github.com/TheR1D/shell_gpt/issues/201"],
  samples: [
    { text: "Error: [429:insufficient_quota] You exceeded your current quota, please check your plan and billing details.", source: "https://github.com/sozercan/kubectl-ai/issues/58" },
    {
      text: "openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}",
      source: "https://github.com/hitsz-ids/airda/issues/19",
    },
  ],
});
