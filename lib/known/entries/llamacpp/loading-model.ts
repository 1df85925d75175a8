import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "llamacpp.loading-model",
  category: "upstream.unavailable",
  match: [/"message"\s*:\s*"Loading model"[^\n]{0,80}unavailable_error/, /'message'\s*:\s*'Loading model'[^\n]{0,80}unavailable_error/],
  title: t("llama-server 还在加载模型", "llama-server is still loading the model"),
  summary: t(
    "llama.cpp 服务端在模型加载完成前，对请求（包括 /health）返回 503「Loading model」。大模型从磁盘加载可能需要几十秒到几分钟。",
    "Until the model is loaded, llama.cpp server answers requests (including /health) with 503 \"Loading model\". Large models can take from tens of seconds to minutes to load from disk.",
  ),
  causes: [t("服务刚启动（或刚切换模型），客户端在模型加载完成前就发了请求", "the server just started (or switched models) and the client sent a request before loading finished")],
  solutions: [
    {
      title: t("等 /health 返回 200 再发请求", "Wait for /health to return 200 before sending requests"),
      steps: [t("在启动脚本或客户端里轮询 /health，返回 {\"status\": \"ok\"} 后再开始调用。", "Poll /health in the start script or the client and begin calling once it returns {\"status\": \"ok\"}.")],
      code: () => block("bash", ['LLAMA_URL="${LLAMA_SERVER_URL:-http://127.0.0.1:8080}"', 'until curl -sf "$LLAMA_URL/health"; do sleep 2; done', 'echo "llama-server is ready"']),
    },
    {
      title: t("在客户端对 503 做退避重试", "Retry 503s with backoff in the client"),
      steps: [t("加载期间的 503 是暂时的；客户端遇到 Loading model 时等待几秒再试，而不是直接失败。", "The 503 during loading is temporary; on Loading model the client should wait a few seconds and try again instead of failing.")],
    },
  ],
  docs: ["https://github.com/ggml-org/llama.cpp/blob/master/tools/server/README.md"],
  samples: [{ text: 'openai.InternalServerError: Error code: 503 - {\'error\': {\'code\': 503, \'message\': \'Loading model\', \'type\': \'unavailable_error\'}}', source: "https://github.com/ggml-org/llama.cpp/blob/master/tools/server/README.md" }],
});
