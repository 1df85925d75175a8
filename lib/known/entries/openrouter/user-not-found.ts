import { defineKnownError, t } from "../../define";
import { categorySolutions } from "../../template";

export default defineKnownError({
  id: "openrouter.user-not-found",
  category: "auth.invalid_credentials",
  // OpenRouter's 401 body; the bare phrase is too common elsewhere, so it must come with a 401.
  guard: { status: [401] },
  match: [/\bUser not found\./],
  title: t("API Key 没有对应的账户（401 User not found）", "The API key maps to no account (401 User not found)"),
  summary: t(
    "服务端按请求里的 Key 找不到对应的用户，于是返回 401。OpenRouter 就是这样回答的：Key 已被删除、停用或过期，Key 没有被正确读入（引号、空白、环境变量名不对），或者把别家的 Key 发给了 OpenRouter。",
    "The server found no user for the key in the request and answered 401. This is OpenRouter's answer when the key was deleted, disabled or expired, when the key was not read correctly (quotes, whitespace, the wrong variable name), or when another provider's key was sent to OpenRouter.",
  ),
  causes: [
    t("Key 已在控制台删除、停用或过期", "the key was deleted, disabled or expired in the dashboard"),
    t(".env 里的值带了引号或空白，或程序读的环境变量名与设置的不同", "the .env value carries quotes or whitespace, or the program reads a different variable name than the one set"),
    t("Key 与 base URL 不配套：OpenRouter 的 Key（sk-or-…）要发到 https://openrouter.ai/api/v1", "the key and base URL do not belong together: an OpenRouter key (sk-or-…) goes to https://openrouter.ai/api/v1"),
  ],
  solutions: [
    {
      title: t("重新生成 Key，去掉引号后再试", "Create a new key and set it without quotes"),
      steps: [
        t("在 OpenRouter 的 Keys 页面新建一个 Key，写进 .env 时不加引号（OPENROUTER_API_KEY=sk-or-…）。", "Create a new key on OpenRouter's Keys page and write it into .env without quotes (OPENROUTER_API_KEY=sk-or-…)."),
        t("确认 base URL 是 https://openrouter.ai/api/v1，而不是本地地址或别家的地址。", "Check that the base URL is https://openrouter.ai/api/v1, not a local address or another provider's."),
      ],
    },
    ...categorySolutions("auth.invalid_credentials"),
  ],
  docs: ["https://github.com/apurvsinghgautam/robin/issues/103", "https://github.com/Fosowl/agenticSeek/issues/407", "https://openrouter.ai/docs/api/reference/errors-and-debugging"],
  samples: [
    { text: "❌ Error: Error code: 401 - {'error': {'message': 'User not found.', 'code': 401}}", source: "https://github.com/apurvsinghgautam/robin/issues/103" },
    { text: "Chat request failed with status 401: User not found.", source: "https://github.com/agent0ai/space-agent/issues/54" },
  ],
});
