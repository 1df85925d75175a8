import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "dashscope.rate-quota",
  category: "rate_limit",
  // "Free allocated quota exceeded" (also Throttling.AllocationQuota) is a used-up free quota, not a rate: left to the billing rules.
  match: [/\bThrottling\.(?<kind>RateQuota)\b/, /(?<kind>Allocated) quota exceeded, please increase/, "Request rate increased too quickly"],
  title: (c) => t(`百炼（DashScope）限流：${c.g.kind === "Allocated" ? "每分钟 token 数（TPM）" : c.g.kind === "RateQuota" ? "每分钟请求数（RPM）" : "请求突增"}超限`, `Model Studio (DashScope) rate limit: ${c.g.kind === "Allocated" ? "tokens per minute (TPM)" : c.g.kind === "RateQuota" ? "requests per minute (RPM)" : "a sudden burst"}`),
  summary: t(
    "百炼按阿里云主账号计算限流：主账号下所有 RAM 用户、业务空间和 API Key 的调用量累加，每个模型的额度独立。超限的请求被拒绝，通常一分钟内自动恢复；请求量短时间内陡增也会触发保护，即使没到 RPM/TPM 上限。",
    "Model Studio rate-limits per Alibaba Cloud main account: calls from every RAM user, workspace and API key under it add up, with a separate quota per model. Over-limit requests are refused and usually recover within a minute; a sharp burst also trips the protection even below the RPM/TPM limits.",
  ),
  causes: [
    t("同一主账号下多个程序或 Key 同时调用，合计超过了该模型的 RPM 或 TPM", "several programs or keys under the same main account together exceed the model's RPM or TPM"),
    t("请求量在短时间内突然增大", "the request rate jumped sharply in a short time"),
  ],
  solutions: [
    { title: t("降低速率并退避重试", "Slow down and retry with backoff"), steps: [t("限制并发，失败后等待数秒再重试（间隔逐次加倍）；流量逐步爬升，避免突发。", "Limit concurrency, wait a few seconds before retrying (doubling each time), and ramp traffic up gradually instead of in bursts.")] },
    { title: t("分摊到其他模型或申请更高额度", "Spread across models or ask for more"), steps: [t("不同模型的额度相互独立，可以把部分流量分到同类的其他模型；长期不够时在控制台查看该模型的限流额度并申请提升。", "Each model has its own quota, so some traffic can go to a similar model; if it is regularly too low, check the model's limits in the console and request an increase.")] },
  ],
  docs: ["https://www.alibabacloud.com/help/es/model-studio/rate-limit", "https://help.aliyun.com/en/model-studio/error-code-start"],
  samples: [{ text: "429 {\"code\":\"Throttling.RateQuota\",\"message\":\"Requests rate limit exceeded\"}", source: "https://www.alibabacloud.com/help/es/model-studio/rate-limit" }],
});
