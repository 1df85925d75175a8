import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "ai-sdk.unsupported-functionality",
  category: "request.invalid",
  match: [/'(?<what>[^'\n]{1,120})' functionality not supported/, /\bAI_UnsupportedFunctionalityError\b/],
  title: (c) => (c.g.what ? t(`当前 provider 不支持 ${ic(c.g.what)}`, `The provider does not support ${ic(c.g.what)}`) : t("当前 provider 不支持这个功能", "The provider does not support this functionality")),
  summary: t(
    "AI SDK 的 provider 在把请求翻译成服务商的格式时，发现用到的功能（某种消息内容、工具、参数或输出模式）在这个服务商或模型上没有实现，于是抛出 AI_UnsupportedFunctionalityError。",
    "While translating the call into the provider's format, the AI SDK provider found a feature (a content type, tool, setting or output mode) that this provider or model does not implement, and threw AI_UnsupportedFunctionalityError.",
  ),
  causes: [
    t("给不支持的模型传了图片/文件等内容，或用了它不支持的工具类型", "images/files were sent to a model without that input, or an unsupported tool type was used"),
    t("provider 包版本较旧，还没实现该功能", "the provider package is old and does not implement the feature yet"),
  ],
  solutions: [
    {
      title: t("换一个支持该功能的模型或 provider", "Use a model or provider that supports the feature"),
      steps: [t("对照 AI SDK 文档里该 provider 的能力表选择模型。", "Check the provider's capability table in the AI SDK docs.")],
    },
    {
      title: t("升级 ai 和 @ai-sdk/* 到匹配的最新版本", "Upgrade ai and @ai-sdk/* to matching current versions"),
      steps: [t("新版本的 provider 常常补上之前不支持的功能。", "Newer provider versions often add previously missing features.")],
    },
  ],
  docs: ["https://github.com/vercel/ai/blob/main/content/docs/07-reference/05-ai-sdk-errors/ai-unsupported-functionality-error.mdx", "https://github.com/vercel/ai/blob/main/packages/provider/src/errors/unsupported-functionality-error.ts"],
  samples: [{ text: "AI_UnsupportedFunctionalityError: 'image-part' functionality not supported.\n    at convertToChatMessages (file:///app/node_modules/@ai-sdk/openai-compatible/dist/index.mjs:98:19)", source: "https://github.com/vercel/ai/blob/main/packages/provider/src/errors/unsupported-functionality-error.ts" }],
});
