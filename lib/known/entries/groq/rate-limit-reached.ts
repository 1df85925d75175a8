import { defineKnownError, ic, t } from "../../define";
import { sdkRetries } from "../../llm";

export default defineKnownError({
  id: "groq.rate-limit-reached",
  category: "rate_limit",
  match: [/Rate limit reached for model `(?<model>[\w.\/-]{1,80})` in organization `(?<org>[\w-]{1,60})`(?: service tier `(?<tier>\w{1,30})`)? on (?<what>tokens per minute|tokens per day|requests per minute|requests per day|audio seconds per hour|audio seconds per day)/],
  title: (c) => t(`Groq 限流：${c.g.model ? ic(c.g.model) : "模型"}的${c.g.what === "tokens per day" ? "每日 token（TPD）" : c.g.what === "requests per day" ? "每日请求（RPD）" : c.g.what === "requests per minute" ? "每分钟请求（RPM）" : "每分钟 token（TPM）"}超限`, `Groq rate limit: ${c.g.what ?? "tokens per minute"} on ${c.g.model ? ic(c.g.model) : "the model"}`),
  summary: (c) => {
    const day = (c.g.what ?? "").includes("day");
    return t(
      `Groq 在组织级别按模型限制 RPM、RPD、TPM、TPD，先碰到哪个就返回 429${c.g.tier ? `；报错里的 service tier ${c.g.tier} 表示组织所在的方案` : ""}。${day ? "这是每日限额，消息里的 Please try again in … 就是剩余等待时间，短时间重试没有用。" : "每分钟限额过了窗口就恢复，按 retry-after 等待即可。"}`,
      `Groq limits each organization per model on RPM, RPD, TPM and TPD and returns 429 on whichever it hits first${c.g.tier ? `; service tier ${c.g.tier} in the message is the organization's plan` : ""}. ${day ? "This is a daily limit: the Please try again in … in the message is the wait left, and retrying soon will not help." : "A per-minute limit recovers once the window passes; wait for retry-after."}`,
    );
  },
  causes: [
    t("单个请求 token 很多（长提示、大段文档），少量请求就用完每分钟 token", "requests with many tokens (long prompts, documents) use up the per-minute tokens in a few calls"),
    t("多个程序或智能体共用同一组织并发调用", "several programs or agents share the organization and call concurrently"),
    t("组织在免费方案，限额较低", "the organization is on the free plan, whose limits are low"),
  ],
  solutions: [
    {
      title: t("按 retry-after 退避重试", "Back off per retry-after"),
      steps: [t("429 时响应头 retry-after 给出等待秒数，x-ratelimit-remaining / x-ratelimit-reset 显示剩余额度；官方 SDK 默认对 429 重试 2 次，可调大 max_retries。", "On 429 the retry-after header gives the seconds to wait and x-ratelimit-remaining / x-ratelimit-reset show what is left; the official SDKs retry 429 twice by default, raise max_retries.")],
      code: (c) => sdkRetries(c, "https://api.groq.com/openai/v1", "GROQ_API_KEY"),
    },
    { title: t("减少 token 或升级方案", "Use fewer tokens or upgrade the plan"), steps: [t("缩短提示（缓存命中的 token 不计入限额）；在 console.groq.com 的 Limits 页面查看各模型限额，需要更高限额时升级到 Developer 方案。", "Shorten prompts (cached tokens do not count toward the limits); see each model's limits on the Limits page at console.groq.com and upgrade to the Developer plan for more.")] },
  ],
  docs: ["https://console.groq.com/docs/rate-limits.md", "https://www.developersdigest.tech/errors/api/groq-api/429-too-many-requests"],
  samples: [
    { text: "Error: Error code: 429 - {'error': {'message': 'Rate limit reached for model `llama3-70b-8192` in organization `org_01hrsvc1b8ey0anvbgha0xckf2` on tokens per minute (TPM): Limit 7000, Used 0, Requested ~12903. Please try again in 50.597142857s. Visit https://console.groq.com/docs/rate-limits for more information.', 'type': 'tokens', 'code': 'rate_limit_exceeded'}}", source: "https://github.com/danielmiessler/Fabric/issues/364" },
    { text: "litellm.exceptions.RateLimitError: litellm.RateLimitError: RateLimitError: OpenAIException - Error code: 429 - {'error': {'message': 'Rate limit reached for model `llama-3.3-70b-versatile` in organization `org_01hs26sgxde6dva0eke39336sv` on tokens per minute (TPM): Limit 6000, Used 3513, Requested 3166. Please try again in 6.780999999s.', 'type': 'tokens', 'code': 'rate_limit_exceeded'}}", source: "https://github.com/openinterpreter/openinterpreter/issues/408" },
  ],
});
