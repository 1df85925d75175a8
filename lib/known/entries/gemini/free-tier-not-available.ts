import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "gemini.free-tier-not-available",
  category: "auth.forbidden",
  match: ["free tier is not available in your country"],
  title: t("所在地区没有 Gemini API 免费层：需要开启计费", "No Gemini API free tier in this country: billing must be enabled"),
  summary: t(
    "在不提供免费层的地区，Gemini API 要求项目开启计费（付费层）；项目没有绑定计费时返回 400 FAILED_PRECONDITION。",
    "Where the free tier is not offered, the Gemini API requires a paid (billing-enabled) project; without billing it returns 400 FAILED_PRECONDITION.",
  ),
  causes: [t("请求来自不提供免费层的地区，而项目没有开启计费", "the request comes from a region without a free tier and the project has no billing")],
  solutions: [
    {
      title: t("在 Google AI Studio 为项目开启计费", "Enable billing for the project in Google AI Studio"),
      steps: [t("在 AI Studio 的 API keys / Billing 页面为这个 Key 所在的项目设置付费方案，之后同一个 Key 即可调用。", "On AI Studio's API keys / Billing page, set up a paid plan for the project that owns this key; the same key then works.")],
    },
    { title: t("或从提供免费层的地区调用", "Or call from a region with a free tier"), steps: [t("这个错误只在不提供免费层的地区出现；在提供免费层的地区调用无需计费。", "This error only occurs in regions without a free tier; calls from a region that has one need no billing.")] },
  ],
  docs: ["https://ai.google.dev/gemini-api/docs/troubleshooting?authuser=6&hl=de"],
  samples: [{ text: "400 FAILED_PRECONDITION: Gemini API free tier is not available in your country. Please enable billing on your project in Google AI Studio.", source: "https://docs.rs/gemini-rs/latest/gemini_rs/types/enum.Status.html" }],
});
