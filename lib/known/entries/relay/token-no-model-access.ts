import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "relay.token-no-model-access",
  category: "auth.forbidden",
  match: [/该令牌无权访问任何模型/, /This token has no access to any models/],
  title: t("令牌开启了模型限制，但列表是空的", "The token's model restriction is on with an empty list"),
  summary: t(
    "new-api 里令牌开启了「模型限制」却没有选任何模型，等于什么模型都不能用，所有请求都会返回 403。",
    "In new-api the token has its model restriction turned on but no model selected, which allows no model at all: every request gets 403.",
  ),
  causes: [t("编辑令牌时打开了模型限制，但没有选模型（或选的模型后来被清空）", "the model restriction was switched on without picking any models (or the list was later emptied)")],
  solutions: [
    {
      title: t("给令牌选上要用的模型，或关闭模型限制", "Pick the models the token may use, or turn the restriction off"),
      steps: [t("在「令牌管理」页面编辑该令牌即可，不需要重新创建。", "Edit the token on the token management page; there is no need to recreate it.")],
    },
    {
      title: t("或者新建一个不限模型的令牌", "Or create a token without a model restriction"),
      steps: [t("新建令牌时不开启模型限制。", "Create a token with the model restriction turned off.")],
    },
  ],
  docs: ["https://github.com/QuantumNous/new-api/blob/main/middleware/distributor.go", "https://github.com/QuantumNous/new-api/blob/main/i18n/locales/zh-CN.yaml"],
  samples: [{ text: '403 {"error":{"message":"该令牌无权访问任何模型","type":"new_api_error"}}', source: "https://github.com/QuantumNous/new-api/blob/main/i18n/locales/zh-CN.yaml" }],
});
