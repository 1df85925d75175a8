import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "ollama.cloud-unauthorized",
  category: "auth.invalid_credentials",
  match: [/"error"\s*:\s*"unauthorized"\s*,\s*"signin_url"\s*:/, /\bunauthorized\b[^\n]{0,200}https:\/\/ollama\.com\/connect\?/],
  title: t("使用 Ollama 云模型需要先登录 ollama.com", "Ollama cloud models need an ollama.com sign-in"),
  summary: t(
    "本地访问 Ollama 不需要认证，但运行云模型（名字带 -cloud 的模型）、发布模型或下载私有模型要访问 ollama.com；本机还没有登录时，Ollama 返回 401 和一个 signin_url。",
    "Local Ollama needs no authentication, but running cloud models (names ending in -cloud), publishing or downloading private models goes through ollama.com; when this machine is not signed in, Ollama answers 401 with a signin_url.",
  ),
  causes: [
    t("运行了云模型，但本机 Ollama 还没有登录 ollama.com 账户", "a cloud model was run while this Ollama installation is not signed in to ollama.com"),
    t("直接调用 ollama.com 的 API 却没有带 API Key", "ollama.com's API was called directly without an API key"),
  ],
  solutions: [
    {
      title: t("在运行 Ollama 的机器上执行 ollama signin", "Run ollama signin on the machine that runs Ollama"),
      steps: [t("登录后本地请求会自动带上认证；也可以打开错误里的 signin_url 完成绑定。", "Once signed in, local requests are authenticated automatically; opening the signin_url from the error links the machine too.")],
      code: () => block("bash", ["ollama signin"]),
    },
    {
      title: t("不想用云端时，改用本地模型", "To stay local, use a local model instead"),
      steps: [t("去掉 -cloud 后缀，拉取并运行本地版本（需要足够的内存/显存）。", "Drop the -cloud suffix and pull and run a local variant (it needs enough memory).")],
    },
  ],
  docs: ["https://github.com/ollama/ollama/blob/main/docs/api/authentication.mdx", "https://github.com/ollama/ollama/blob/main/docs/cloud.mdx", "https://github.com/ollama/ollama/blob/main/docs/api/errors.mdx"],
  samples: [{ text: '401 {"error":"unauthorized","signin_url":"https://ollama.com/connect?name=devbox&key=c3NoLWVkMjU1MTk"}', source: "https://github.com/ollama/ollama/blob/main/docs/api/errors.mdx" }],
});
