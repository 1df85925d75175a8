import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "siliconflow.rate-limit-reached",
  category: "rate_limit",
  match: [/Request was rejected due to rate limiting\. Details: (?<metric>RPM|RPH|RPD|TPM|TPD|IPM|IPD) limit reached/, "Request was rejected due to rate limiting"],
  title: (c) => (c.g.metric ? t(`硅基流动：达到 ${ic(c.g.metric)} 速率限制（429）`, `SiliconFlow: ${ic(c.g.metric)} rate limit reached (429)`) : t("硅基流动：达到速率限制（429）", "SiliconFlow: rate limit reached (429)")),
  summary: (c) =>
    t(
      `硅基流动按账户、按模型限制每分钟/小时/天的请求数（RPM/RPH/RPD）和 token 数（TPM/TPD），哪一项先到顶就返回 429。${c.g.metric ? `这次触发的是 ${ic(c.g.metric)}。` : ""}这是频率限制，不是余额不足；付费模型的上限随账户用量等级提高。`,
      `SiliconFlow limits requests (RPM/RPH/RPD) and tokens (TPM/TPD) per account and per model, and answers 429 as soon as any one of them is reached.${c.g.metric ? ` This time it was ${ic(c.g.metric)}.` : ""} It is a rate limit, not a balance problem; paid models get higher limits as the account's usage tier rises.`,
    ),
  causes: [
    t("并发或频率太高：同一账户的多个进程/密钥共享同一份限额（限额按账户，不按 API key）", "too many requests at once: every process and key of the account shares one limit (limits are per account, not per API key)"),
    t("长提示词或大输出让每分钟 token 数（TPM）先到顶，请求数并不多", "long prompts or large outputs exhaust tokens per minute (TPM) first, even with few requests"),
    t("免费模型的限额是固定的较低值", "free models have fixed, lower limits"),
  ],
  solutions: [
    {
      title: t("降低并发并按退避重试", "Lower concurrency and retry with backoff"),
      steps: [t("限制同时在途的请求数，收到 429 后等待并指数退避重试；批量任务把提示词切小、控制 max_tokens。", "Cap in-flight requests, wait and retry with exponential backoff on 429; for batch jobs, shorten prompts and bound max_tokens.")],
    },
    {
      title: t("查看并提升该模型的限额", "Check and raise the model's limits"),
      steps: [t("在模型广场查看该模型在你等级下的 RPM/TPM；付费模型的限额随用量等级提升，或换用限额更高的模型（限额按模型分别计算）。", "Look up the model's RPM/TPM for your tier in the model square; paid models' limits rise with the usage tier, or switch to another model (each model has its own limit).")],
    },
  ],
  docs: ["https://docs.siliconflow.cn/cn/userguide/rate-limits/rate-limit-and-upgradation", "https://docs.siliconflow.com/en/userguide/rate-limits/rate-limit-and-upgradation"],
  samples: [
    { text: 'System.ClientModel.ClientResultException: Request failed with status code 429: {"message":"Request was rejected due to rate limiting. Details: TPM limit reached.","data":null}', source: "https://github.com/AIDotNet/OpenDeepWiki/issues/269" },
    { text: '服务回复状态错误[429],返回数据为:{"message":"Request was rejected due to rate limiting. Details: RPH limit reached.","data":null}', source: "https://github.com/jxq1997216/AITranslator/issues/32" },
  ],
});
