import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "openai.request-too-large-for-tpm",
  category: "rate_limit",
  // One request larger than the whole per-minute budget never passes by waiting, so it outranks the plain rate-limit entry.
  priority: 1,
  match: [/Request too large for (?<model>[\w.:-]{1,80}) in organization (?<org>org-\w{1,60}) on tokens per min(?:ute)? \(TPM\): Limit (?<limit>\d{1,9}), Requested (?<req>\d{1,9})/],
  title: (c) => t(`单个请求（${c.g.req ?? "?"} token）超过了 ${c.g.model ?? "该模型"} 的每分钟 token 限额（${c.g.limit ?? "?"}）`, `One request (${c.g.req ?? "?"} tokens) exceeds ${c.g.model ?? "the model"}'s per-minute token limit (${c.g.limit ?? "?"})`),
  summary: (c) =>
    t(
      `这次请求本身需要 ${c.g.req ?? "更多"} 个 token，而组织在 ${c.g.model ?? "该模型"} 上每分钟只允许 ${c.g.limit ?? "更少"} 个（TPM）。和普通限流不同，等待不会让它通过：必须缩小输入或输出，或者提高用量等级。`,
      `This request alone needs ${c.g.req ?? "more"} tokens while the organization may use ${c.g.limit ?? "fewer"} per minute on ${c.g.model ?? "the model"} (TPM). Unlike an ordinary rate limit, waiting will not let it through: shrink the input or output, or move up a usage tier.`,
    ),
  causes: [t("一次请求里放入了大量上下文（长文档、整段历史、工具输出），或 max_tokens 设得很大", "one request carries a lot of context (long documents, whole history, tool output) or a large max_tokens"), t("组织处于较低的用量等级，TPM 上限低", "the organization is on a low usage tier with a low TPM")],
  solutions: [
    { title: t("把请求拆小", "Split the request"), steps: [t("分块处理长文档、截断历史、调小 max_tokens，使单次请求低于 TPM。", "Chunk long documents, trim history and lower max_tokens so each request stays under the TPM.")] },
    { title: t("提高用量等级", "Move up a usage tier"), steps: [t("在 Settings → Limits 查看该模型的 TPM；用量等级随累计付费自动提升，限额随之提高。", "Check the model's TPM under Settings → Limits; the usage tier and its limits rise automatically with cumulative spend.")] },
  ],
  docs: ["https://developers.openai.com/api/docs/guides/rate-limits", "https://github.com/vanderschaarlab/climb/issues/1"],
  samples: [{ text: "RateLimitError: Error code: 429 - {'error': {'message': 'Request too large for gpt-4o in organization org-VDAWofJASuLH0vVz8o9tiQZr on tokens per min (TPM): Limit 30000, Requested 30601. The input or output tokens must be reduced in order to run successfully. Visit https://platform.openai.com/account/rate-limits to learn more.', 'type': 'tokens', 'param': None, 'code': 'rate_limit_exceeded'}}", source: "https://github.com/vanderschaarlab/climb/issues/1" }],
});
