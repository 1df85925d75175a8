import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "ark.authentication-error",
  category: "auth.invalid_credentials",
  match: ["The API key or AK/SK in the request is missing or invalid"],
  title: t("火山方舟 API Key 或 AK/SK 无效", "Volcengine Ark API key or AK/SK invalid"),
  summary: t("方舟的数据面接口用 API Key（Authorization: Bearer）鉴权；请求里没有带 Key，或 Key / AK/SK 校验失败。", "Ark's inference API authenticates with an API key (Authorization: Bearer); the request carried none, or the key / AK/SK failed validation."),
  causes: [t("没有传 Key，或环境变量 ARK_API_KEY 未设置", "no key was sent, or ARK_API_KEY is not set"), t("用了火山引擎账号的 AK/SK 或其他平台的 Key 代替方舟 API Key", "the Volcengine account's AK/SK or another platform's key was used instead of an Ark API key"), t("Key 已删除或属于其他地域 / 项目", "the key was deleted or belongs to another region / project")],
  solutions: [
    {
      title: t("在方舟控制台获取 API Key 并验证", "Get an API key from the Ark console and verify it"),
      steps: [t("在方舟控制台的 API Key 管理中创建 Key，设置到 ARK_API_KEY，然后用下面的请求验证。", "Create a key under API Key management in the Ark console, put it in ARK_API_KEY and verify it with the request below.")],
      code: (c) => ({ language: "bash", content: `curl -sS "${c.f.host && /volces\.com$/.test(c.f.host) ? `https://${c.f.host}` : "https://ark.cn-beijing.volces.com"}/api/v3/models" -H "Authorization: Bearer $ARK_API_KEY" -w '\\nHTTP %{http_code}\\n'` }),
    },
    { title: t("不要用 AK/SK 代替 API Key", "Do not use AK/SK as the API key"), steps: [t("OpenAI 兼容的 /api/v3 接口在 Authorization: Bearer 中使用方舟 API Key；账号的 AK/SK 用于签名鉴权，不能直接放进 Bearer。", "The OpenAI-compatible /api/v3 API takes an Ark API key in Authorization: Bearer; the account AK/SK is for signed requests and does not go in Bearer.")] },
  ],
  docs: ["https://volcengine.com/docs/82379/1299023"],
  samples: [{ text: "401 The API key or AK/SK in the request is missing or invalid. requestId: 0217376826112645e448f49077d22100a9a368df148da66a04e7d", source: "https://github.com/cline/cline/issues/1426" }],
});
