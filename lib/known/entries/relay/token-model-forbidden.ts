import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "relay.token-model-forbidden",
  category: "auth.forbidden",
  match: [/该令牌无权(?:使用|访问)模型[:：]?\s*(?<model>[^\s(（"']{1,120})/, /該令牌無權存取模型\s*(?<model>[^\s(（"']{1,120})/, /This token has no access to model (?<model>[^\s("']{1,120})/],
  title: (c) => t(`令牌的可用模型列表里没有 ${ic(c.g.model ?? "?")}`, `The token's allowed models do not include ${ic(c.g.model ?? "?")}`),
  summary: t(
    "令牌设置了「模型限制」：只能调用列表里的模型。请求的模型不在列表里，中转站在选渠道之前就返回了 403。",
    "The token has a model restriction: it may only call the models on its list. The requested model is not on it, so the relay answered 403 before choosing any channel.",
  ),
  causes: [
    t("创建令牌时勾选了模型限制，后来要用的新模型没有加进去", "the token was created with a model restriction and the model now needed was never added"),
    t("请求里的模型名和限制列表里的写法不一致", "the requested model name is spelled differently from the one on the restriction list"),
  ],
  solutions: [
    {
      title: t("在令牌设置里加上这个模型，或取消模型限制", "Add the model to the token's list, or lift the restriction"),
      steps: [(c) => t(`在「令牌管理」页面编辑该令牌，把 ${ic(c.g.model ?? "这个模型")} 加进可用模型，或关闭模型限制。`, `On the token management page, edit the token and add ${ic(c.g.model ?? "the model")} to its allowed models, or turn the restriction off.`)],
    },
    {
      title: t("或者改用令牌允许的模型", "Or call a model the token allows"),
      steps: [t("令牌由他人发放时，请对方开放该模型。", "If someone else issued the token, ask them to allow the model.")],
    },
  ],
  docs: ["https://github.com/songquanpeng/one-api/blob/main/middleware/auth.go", "https://github.com/QuantumNous/new-api/blob/main/middleware/distributor.go", "https://github.com/QuantumNous/new-api/blob/main/i18n/locales/zh-CN.yaml"],
  samples: [
    { text: '403 {"error":{"message":"该令牌无权使用模型：gpt-4o","type":"one_api_error"}}', source: "https://github.com/songquanpeng/one-api/blob/main/middleware/auth.go" },
    { text: '{"error":{"message":"This token has no access to model claude-opus-4","type":"new_api_error"}}', source: "https://github.com/QuantumNous/new-api/blob/main/i18n/locales/en.yaml" },
  ],
});
