import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "moonshot.content-filter",
  category: "request.content_filtered",
  match: ["The request was rejected because it was considered high risk"],
  title: t("Kimi 内容审查拒绝（high risk）", "Rejected by Kimi's content moderation (high risk)"),
  summary: t("Kimi 的内容审查判定输入或生成内容可能不安全或敏感，返回 400 content_filter。相同内容重试仍会被拒绝。", "Kimi's moderation judged the input or generated content possibly unsafe or sensitive and returned 400 content_filter. The same content is refused again on retry."),
  causes: [t("提示词、上下文或上传文件中含有敏感内容", "the prompt, context or uploaded files contain sensitive content")],
  solutions: [{ title: t("改写或拆分触发审查的内容", "Rephrase or split the triggering content"), steps: [t("避免易产生敏感内容的提示语；批量处理时拆小输入定位触发项，并把该错误作为不可重试处理。", "Avoid prompts likely to produce sensitive content; in batches, split the input to find the trigger and treat the error as non-retryable.")] },
    { title: t("代码里把它当作不可重试错误", "Treat it as non-retryable in code"), steps: [t("相同内容重试仍会被拒；捕获 content_filter 后提示用户或跳过该条。", "The same content is refused again; catch content_filter and inform the user or skip the item.")] },
  ],
  docs: ["https://platform.kimi.ai/docs/api/errors"],
  samples: [{ text: "{\n\"error\": {\n\"type\": \"content_filter\",\n\"message\": \"The request was rejected because it was considered high risk\"\n}\n}", source: "https://platform.kimi.ai/docs/api/errors" }],
});
