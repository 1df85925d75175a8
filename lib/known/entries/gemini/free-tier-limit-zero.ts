import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "gemini.free-tier-limit-zero",
  category: "billing.quota_exceeded",
  // Beats gemini.quota-exceeded: a free-tier quota of 0 never resets, so waiting cannot help.
  priority: 1,
  match: [/Quota exceeded for metric: [\w./-]{0,120}free_tier[\w-]{0,60}, limit: 0\b(?:, model: (?<model>[\w.-]{1,80}))?/, /\b(?:429 )?(?<model>Gemini [\w. -]{1,40}?) doesn't have a free quota tier/, "doesn't have a free quota tier"],
  title: (c) => t(`${c.g.model ? ic(c.g.model) : "这个模型"}没有免费层额度（limit: 0）`, `${c.g.model ? ic(c.g.model) : "This model"} has no free-tier quota (limit: 0)`),
  summary: (c) =>
    t(
      `配额上限是 0，说明这个项目在免费层根本不能调用${c.g.model ? ` ${ic(c.g.model)}` : "该模型"}：有些模型不提供免费层。这不是调用太快，等待不会恢复；需要给项目开启计费，或换一个有免费额度的模型。`,
      `A limit of 0 means this project may not call ${c.g.model ? ic(c.g.model) : "the model"} on the free tier at all: some models are not offered on it. It is not a rate problem and waiting will not help; enable billing for the project or use a model with free quota.`,
    ),
  causes: [t("该模型不在免费层提供（例如部分 preview / Pro 模型）", "the model is not offered on the free tier (some preview and Pro models)"), t("项目没有开启计费，仍在免费层", "the project has no billing and is still on the free tier")],
  solutions: [
    {
      title: t("在 Google AI Studio 为项目开启计费", "Set up billing for the project in Google AI Studio"),
      steps: [t("在 https://aistudio.google.com/app/apikey 中对这个 Key 所在的项目点击 Set up billing，从免费层切换到付费层。", "At https://aistudio.google.com/app/apikey, use Set up billing on the key's project to move it from the free tier to a paid tier.")],
    },
    { title: t("或者换用有免费额度的模型", "Or use a model that has free quota"), steps: [t("在 AI Studio 的 rate limit 页面查看各模型在免费层的配额，换成配额不为 0 的模型。", "Check each model's free-tier quota on AI Studio's rate-limit page and pick one whose limit is not 0.")] },
  ],
  docs: ["https://github.com/google-gemini/computer-use-preview/issues/56", "https://ai.google.dev/gemini-api/docs/rate-limits"],
  samples: [
    { text: "[429 Too Many Requests] You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits. \n* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_input_token_count, limit: 0, model: gemini-2.0-flash-exp", source: "https://github.com/akshayaggarwal99/nodenest/issues/1" },
  ],
});
