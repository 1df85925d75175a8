import { defineKnownError, t } from "../../define";
import { geminiProbe } from "../../llm";

export default defineKnownError({
  id: "gemini.api-key-invalid",
  category: "auth.invalid_credentials",
  match: ["API_KEY_INVALID", "API key not valid. Please pass a valid API key", "API Key not found. Please pass a valid API key"],
  title: t("Gemini API Key 无效（API_KEY_INVALID）", "Gemini API key not valid (API_KEY_INVALID)"),
  summary: t(
    "Gemini API（generativelanguage.googleapis.com）不认这个 Key：它不存在、已删除、写错，或者根本不是 Google AI Studio / Google Cloud 为这个 API 签发的 Key。注意它以 400 INVALID_ARGUMENT 返回，而不是 401。",
    "The Gemini API (generativelanguage.googleapis.com) does not accept this key: it does not exist, was deleted, is mistyped, or was never issued for this API by Google AI Studio / Google Cloud. Note it comes back as 400 INVALID_ARGUMENT, not 401.",
  ),
  causes: [
    t("Key 复制不完整、带了空格或引号，或程序读到的是另一个环境变量里的旧 Key", "the key was copied incompletely or with spaces/quotes, or the program reads an old key from another variable"),
    t("Key 已在 AI Studio 或 Cloud Console 中删除或被重新生成", "the key was deleted or regenerated in AI Studio or the Cloud Console"),
    t("Key 设置了 API 限制，不允许调用 Generative Language API", "the key has API restrictions that exclude the Generative Language API"),
  ],
  solutions: [
    {
      title: t("在 AI Studio 确认或新建 Key，并用 curl 验证", "Check or create the key in AI Studio and verify it with curl"),
      steps: [t("在 https://aistudio.google.com/app/apikey 确认 Key 存在（或新建一个），设置到 GEMINI_API_KEY，然后运行下面的请求：200 表示 Key 可用。", "At https://aistudio.google.com/app/apikey check the key exists (or create one), put it in GEMINI_API_KEY and run the request below: 200 means the key works.")],
      code: (c) => geminiProbe(c),
    },
    {
      title: t("检查 Key 的 API 限制", "Check the key's API restrictions"),
      steps: [t("在 Google Cloud Console 的 Credentials 页面打开这个 Key，如果设置了 API restrictions，确保包含 Generative Language API。", "Open the key on the Google Cloud Console Credentials page; if API restrictions are set, make sure they include the Generative Language API.")],
    },
  ],
  docs: ["https://ai.google.dev/gemini-api/docs/troubleshooting?authuser=6&hl=de", "https://www.developersdigest.tech/errors/api/gemini-api"],
  samples: [
    { text: "Invalid Gemini API key: [GoogleGenerativeAI Error]: Error fetching from https://generativelanguage.googleapis.com/v1/models/gemini-2.0-flash:generateContent: [400 Bad Request] API key not valid. Please pass a valid API key. [{\"@type\":\"type.googleapis.com/google.rpc.ErrorInfo\",\"reason\":\"API_KEY_INVALID\",\"domain\":\"googleapis.com\"}]", source: "https://github.com/itcon-pty-au/stremio-ai-search/issues/59" },
  ],
});
