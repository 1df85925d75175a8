import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "openrouter.requires-more-credits",
  category: "billing.quota_exceeded",
  match: [/This request requires more credits, or fewer max_tokens\. You requested up to (?<req>\d{1,9}) tokens,\s{1,4}but\s{1,4}can only afford (?<afford>\d{1,9})/],
  title: (c) => t(`OpenRouter 余额不够这次的 max_tokens（请求 ${c.g.req ?? "?"}，只够 ${c.g.afford ?? "?"}）`, `OpenRouter credits do not cover this max_tokens (asked ${c.g.req ?? "?"}, can afford ${c.g.afford ?? "?"})`),
  summary: (c) =>
    t(
      `OpenRouter 在请求前按 max_tokens 预估最多花费；账户（或这个 Key 的额度上限）剩余的 credits 只够 ${c.g.afford ?? "更少的"} 个 token，而请求要预留 ${c.g.req ?? "更多"} 个，于是返回 402。${c.g.afford === "0" ? "只够 0 个说明余额或 Key 的额度已经用完。" : "调小 max_tokens 就能通过。"}`,
      `OpenRouter checks the most a request can cost from max_tokens before running it; the account's remaining credits (or this key's limit) cover only ${c.g.afford ?? "fewer"} tokens while the request reserves ${c.g.req ?? "more"}, so it returns 402. ${c.g.afford === "0" ? "Affording 0 means the balance or the key's limit is used up." : "Lowering max_tokens lets it through."}`,
    ),
  causes: [
    t("客户端把 max_tokens 设得很大（很多编码工具默认 32000 或 64000）", "the client sets a very large max_tokens (many coding tools default to 32000 or 64000)"),
    t("账户余额不足，或这个 Key 设置了较低的额度上限", "the account balance is low, or this key has a low credit limit"),
  ],
  solutions: [
    { title: t("调小 max_tokens", "Lower max_tokens"), steps: [t("把 max_tokens 设到余额能覆盖的范围内（不超过报错里 can only afford 的数字）。", "Set max_tokens within what the balance covers (no more than the can only afford number).")] },
    { title: t("充值或提高 Key 的额度上限", "Add credits or raise the key's limit"), steps: [t("在 https://openrouter.ai/settings/credits 充值；如果是 Key 的额度上限太低，在 https://openrouter.ai/settings/keys 调高。", "Add credits at https://openrouter.ai/settings/credits; if the key's limit is too low, raise it at https://openrouter.ai/settings/keys.")] },
  ],
  docs: ["https://openrouter.ai/docs/api/reference/errors-and-debugging", "https://github.com/anomalyco/opencode/issues/12219"],
  samples: [{ text: "litellm.APIError: APIError: OpenrouterException - {\"error\":{\"message\":\"This request requires more credits, or fewer max_tokens. You requested up to 64000 tokens, but\ncan only afford 2666. To increase, visit https://openrouter.ai/settings/credits and upgrade to a paid \naccount\",\"code\":402}}", source: "https://github.com/astrio-labs/forall/issues/76" }],
});
