import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "ai-sdk.no-such-model",
  category: "model.not_found",
  match: [/No such (?<type>languageModel|embeddingModel|textEmbeddingModel|imageModel|transcriptionModel|speechModel|rerankingModel): (?<model>[^\s\n]{1,120})/, /\bAI_NoSuchModelError\b/],
  title: (c) => t(`AI SDK 找不到模型 ${ic(c.g.model ?? "?")}`, `The AI SDK cannot find model ${ic(c.g.model ?? "?")}`),
  summary: t(
    "通过 provider registry、customProvider 或 gateway 按 ID 取模型时，这个 ID 没有对应的模型（或类型不对，例如把嵌入模型当语言模型取），AI SDK 在发请求前就抛出 AI_NoSuchModelError。",
    "When a model is looked up by ID through a provider registry, customProvider or gateway, no model matches that ID (or the type is wrong, e.g. an embedding model requested as a language model), so the AI SDK throws AI_NoSuchModelError before any request.",
  ),
  causes: [
    t("模型 ID 拼写错误，或 registry 里的前缀（provider 名）不对", "the model ID is misspelled, or its registry prefix (the provider name) is wrong"),
    t("customProvider 里没有登记这个别名，且没有设置 fallbackProvider", "the alias is not registered in customProvider and no fallbackProvider is set"),
    t("按语言模型去取一个只提供嵌入/图像等能力的 ID", "a language model was requested for an ID that only provides embeddings/images"),
  ],
  solutions: [
    {
      title: t("核对 registry 前缀和模型 ID", "Check the registry prefix and model ID"),
      steps: [t("registry 的 ID 形如 <provider 名>:<模型 ID>，provider 名必须与 createProviderRegistry 里登记的键一致。", "Registry IDs look like <provider>:<model-id>, and the provider part must match a key registered in createProviderRegistry.")],
    },
    {
      title: t("在 customProvider 里补上别名或设置 fallbackProvider", "Register the alias in customProvider or set a fallbackProvider"),
      steps: [t("别名要登记在对应类型的表里（语言模型登记在 languageModels，其他类型在各自的表里）才会生效。", "An alias only works once it is registered in the table for its type (languageModels for language models, the matching table for other types).")],
    },
  ],
  docs: ["https://github.com/vercel/ai/blob/main/content/docs/07-reference/05-ai-sdk-errors/ai-no-such-model-error.mdx", "https://github.com/vercel/ai/blob/main/packages/provider/src/errors/no-such-model-error.ts"],
  samples: [{ text: "AI_NoSuchModelError: No such languageModel: openai:gpt-4o-mni\n    at DefaultProviderRegistry.languageModel (file:///app/node_modules/ai/dist/index.mjs:5021:13)", source: "https://github.com/vercel/ai/blob/main/packages/provider/src/errors/no-such-model-error.ts" }],
});
