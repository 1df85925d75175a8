import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "anthropic.max-tokens-over-model-limit",
  category: "request.context_length",
  match: [/max_tokens: (?<req>\d{1,9}) > (?<max>\d{1,9}), which is the maximum allowed number of\s{1,8}output tokens for (?<model>[\w.:-]{1,80})/],
  title: (c) => t(`max_tokens ${c.g.req ?? ""} 超过了 ${c.g.model ? ic(c.g.model) : "该模型"} 的输出上限 ${c.g.max ?? ""}`, `max_tokens ${c.g.req ?? ""} is above ${c.g.model ? ic(c.g.model) : "the model"}'s output limit of ${c.g.max ?? ""}`),
  summary: (c) =>
    t(
      `每个 Claude 模型有自己的最大输出 token 数；请求把 max_tokens 设成了 ${c.g.req ?? "更大的值"}，而 ${c.g.model ? ic(c.g.model) : "该模型"} 最多允许 ${c.g.max ?? "更少"}。这和输入长度无关，把 max_tokens 调到上限以内即可。`,
      `Each Claude model has its own maximum output tokens; the request set max_tokens to ${c.g.req ?? "a larger value"} while ${c.g.model ? ic(c.g.model) : "the model"} allows at most ${c.g.max ?? "less"}. It has nothing to do with input length: set max_tokens within the limit.`,
    ),
  causes: [
    t("客户端或框架给所有模型用同一个 max_tokens（常见于换了输出上限更小的模型之后）", "the client or framework uses one max_tokens for every model (common after switching to a model with a smaller output limit)"),
    t("配置的模型名和实际请求的模型不一致（例如网关回退到了另一个模型）", "the configured model differs from the one actually requested (a gateway falling back to another model, say)"),
  ],
  solutions: [
    { title: (c) => t(`把 max_tokens 设为不超过 ${c.g.max ?? "模型上限"}`, `Set max_tokens to at most ${c.g.max ?? "the model's limit"}`), steps: [t("在客户端的模型设置里按模型分别设置最大输出；错误信息中 > 右边的数字就是该模型的上限。", "Set the maximum output per model in the client's settings; the number to the right of > in the message is the model's limit.")] },
    { title: t("升级客户端", "Upgrade the client"), steps: [t("许多客户端已按模型内置输出上限，升级后通常会自动使用正确的值。", "Many clients now ship per-model output limits; upgrading usually applies the right value.")] },
  ],
  docs: ["https://docs.claude.com/en/api/errors", "https://github.com/chathub-dev/chathub/issues/1222"],
  samples: [
    { text: "API Error: 400 {\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"max_tokens: 128001 > 64000, which is the maximum allowed number of\n    output tokens for claude-opus-4-5-20251101\"},\"request_id\":\"req_011CXxg3eqF8ZMvqtkKHNjKQ\"}", source: "https://github.com/anthropics/claude-code/issues/24451" },
    { text: "[Bug]: AnthropicError: max_tokens: 1000000 > 64000, which is the maximum allowed number of output tokens for claude-sonnet-4-20250514", source: "https://github.com/OpenHands/OpenHands/issues/11090" },
  ],
});
