import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "openai-sdk.missing-api-key",
  category: "auth.invalid_credentials",
  match: [
    /The api_key client option must be set either by passing api_key to the client or by setting the OPENAI_API_KEY environment variable/,
    /The OPENAI_API_KEY environment variable is missing or empty; either provide it, or instantiate the OpenAI client with an apiKey option/,
    /Missing credentials\. Please pass an `(?:api_key|apiKey)`/,
  ],
  title: t("OpenAI SDK 没拿到 API Key（OPENAI_API_KEY 为空）", "The OpenAI SDK got no API key (OPENAI_API_KEY is empty)"),
  summary: t(
    "OpenAI 官方 SDK 在创建客户端时就检查 Key：没有传 api_key/apiKey，环境变量 OPENAI_API_KEY 也为空，就直接报错，请求根本没有发出。连接本地的 OpenAI 兼容服务（Ollama、vLLM、LM Studio）时同样需要一个非空的值。",
    "The official OpenAI SDK checks for a key when the client is created: with no api_key/apiKey argument and an empty OPENAI_API_KEY, it fails before any request is sent. Local OpenAI-compatible servers (Ollama, vLLM, LM Studio) need a non-empty value too.",
  ),
  causes: [
    t("环境变量没有在运行程序的地方设置：.env 文件没有被加载、IDE/服务/容器里没有这个变量", "the variable is not set where the program runs: the .env file is not loaded, or the IDE/service/container lacks it"),
    t("用的是本地服务或第三方兼容接口，以为不需要 Key 就没设置（SDK 仍要求非空）", "a local server or third-party compatible API is used and no key was set because none seemed needed (the SDK still requires a non-empty one)"),
    t("客户端在模块导入时就创建了，早于设置环境变量的代码", "the client is created at import time, before the code that sets the variable runs"),
  ],
  solutions: [
    {
      title: t("在运行程序的环境里设置 OPENAI_API_KEY", "Set OPENAI_API_KEY where the program runs"),
      steps: [t("在同一个 shell / 服务配置 / 容器环境里导出变量，或在代码里显式传 api_key。使用 python-dotenv 时要在创建客户端之前调用 load_dotenv()。", "Export the variable in the same shell / service config / container environment, or pass api_key explicitly. With python-dotenv, call load_dotenv() before the client is created.")],
      code: () => block("bash", ['test -n "$OPENAI_API_KEY" && echo "OPENAI_API_KEY is set" || echo "OPENAI_API_KEY is empty in this shell"']),
    },
    {
      title: t("本地 OpenAI 兼容服务：给一个任意的非空 Key", "Local OpenAI-compatible server: give any non-empty key"),
      steps: [t("例如 Ollama 的文档写明 api_key 必填但会被忽略；同时用 base_url 指向本地地址。vLLM 只有用 --api-key 启动时才校验它。", "Ollama's docs, for example, say the api_key is required but ignored; point base_url at the local address as well. vLLM checks it only when started with --api-key.")],
    },
  ],
  docs: ["https://github.com/openai/openai-python/blob/main/src/openai/_client.py", "https://github.com/openai/openai-node/blob/main/src/client.ts", "https://github.com/ollama/ollama/blob/main/docs/api/openai-compatibility.mdx"],
  samples: [
    { text: 'openai.OpenAIError: The api_key client option must be set either by passing api_key to the client or by setting the OPENAI_API_KEY environment variable', source: "https://github.com/openai/openai-python/blob/main/src/openai/_client.py" },
    { text: "OpenAIError: The OPENAI_API_KEY environment variable is missing or empty; either provide it, or instantiate the OpenAI client with an apiKey option, like new OpenAI({ apiKey: 'My API Key' }).\n    at new OpenAI (file:///app/node_modules/openai/index.mjs:71:19)", source: "https://github.com/openai/openai-node/blob/main/src/client.ts" },
  ],
});
