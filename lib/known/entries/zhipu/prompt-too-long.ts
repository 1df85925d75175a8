import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "zhipu.prompt-too-long",
  category: "request.context_length",
  match: [/["']code["']\s*:\s*["']?1261["']?[^\n]{0,40}Prompt\s*超长/],
  title: t("智谱：Prompt 超长（1261）", "Zhipu: prompt too long (1261)"),
  summary: t("业务码 1261 表示输入超过了所调用模型的上下文长度上限。对话历史和附带的文档都计入输入。", "Business code 1261 means the input exceeds the called model's context limit. Chat history and attached documents all count as input."),
  causes: [t("多轮对话历史或检索内容累积过长", "accumulated chat history or retrieved content is too long"), t("所选模型的上下文窗口较小", "the chosen model has a small context window")],
  solutions: [
    { title: t("缩短输入或换长上下文模型", "Shorten the input or use a longer-context model"), steps: [t("只保留最近几轮对话、截断或摘要长文档；需要长输入时换用上下文更长的 GLM 模型。", "Keep only recent turns and truncate or summarise long documents; for long inputs switch to a GLM model with a longer context.")] },
    { title: t("换上下文更长的模型", "Use a longer-context model"), steps: [t("需要长输入时，在模型概览中选择上下文窗口更大的 GLM 模型。", "For long inputs, pick a GLM model with a larger context window from the model overview.")] },
  ],
  docs: ["https://docs.bigmodel.cn/cn/api/api-code"],
  samples: [{ text: "{\"error\":{\"code\":\"1261\",\"message\":\"Prompt 超长\"}}", source: "https://docs.bigmodel.cn/cn/api/api-code" }],
});
