import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "relay.management-access-token",
  category: "auth.invalid_credentials",
  match: [/无权进行此操作，(?:未登录且未提供 access token|access token 无效)/, /Unauthorized, (?:not logged in and no access token provided|invalid access token)/],
  title: t("调用中转站管理接口需要系统访问令牌，而不是 API 令牌", "The relay's management API needs a system access token, not an API token"),
  summary: t(
    "one-api / new-api 的 /api/… 管理接口（用户、令牌、渠道、余额查询等）只认登录会话或「系统访问令牌」；sk- 开头的 API 令牌只用于 /v1/… 模型接口。没带或带错时返回「无权进行此操作」。",
    "one-api / new-api management endpoints under /api/… (users, tokens, channels, balance …) accept only a login session or a system access token; sk- API tokens are for the /v1/… model endpoints. Without a valid one they answer \"no permission for this operation\".",
  ),
  causes: [
    t("用 sk- 开头的模型 API 令牌去调用 /api/ 管理接口", "an sk- model API token was used on an /api/ management endpoint"),
    t("没有在个人设置里生成系统访问令牌，或令牌已重新生成而旧值失效", "no system access token was generated in personal settings, or it was regenerated and the old value is void"),
  ],
  solutions: [
    {
      title: t("在个人设置里生成系统访问令牌，放在 Authorization 头里", "Generate a system access token in personal settings and send it in Authorization"),
      steps: [t("在控制台「个人设置」里生成访问令牌，放进 Authorization 请求头；令牌重新生成后旧值立即失效。", "Generate the access token under personal settings in the console and send it in the Authorization header; regenerating it voids the old value.")],
    },
    {
      title: t("只是调用模型时，改用 /v1 接口", "If you only want to call models, use the /v1 endpoints"),
      steps: [t("模型调用走 /v1/chat/completions 等接口，用 sk- 令牌即可。", "Model calls go to /v1/chat/completions and friends with the sk- token.")],
    },
  ],
  docs: ["https://github.com/songquanpeng/one-api/blob/main/middleware/auth.go", "https://github.com/QuantumNous/new-api/blob/main/middleware/auth.go"],
  samples: [{ text: '{"success":false,"message":"无权进行此操作，未登录且未提供 access token"}', source: "https://github.com/songquanpeng/one-api/blob/main/middleware/auth.go" }],
});
