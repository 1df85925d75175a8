import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "openai-sdk.azure-api-version-missing",
  category: "code.value",
  match: [/Must provide either the `api_version` argument or the `OPENAI_API_VERSION` environment variable/, /The OPENAI_API_VERSION environment variable is missing or empty; either provide it, or instantiate the AzureOpenAI client with an apiVersion option/],
  title: t("AzureOpenAI 客户端缺少 api_version", "The AzureOpenAI client has no api_version"),
  summary: t(
    "Azure OpenAI 的每个请求都要带 api-version；AzureOpenAI 客户端创建时既没有传 api_version / apiVersion，环境变量 OPENAI_API_VERSION 也为空，于是直接报错。",
    "Every Azure OpenAI request carries an api-version; the AzureOpenAI client got no api_version / apiVersion argument and OPENAI_API_VERSION is empty, so it fails at creation.",
  ),
  causes: [t("OPENAI_API_VERSION 没有在运行环境里设置，代码里也没传 api_version", "OPENAI_API_VERSION is not set where the program runs and the code passes no api_version")],
  solutions: [
    {
      title: t("传入 api_version 或设置 OPENAI_API_VERSION", "Pass api_version or set OPENAI_API_VERSION"),
      steps: [t("使用 Azure OpenAI 文档列出的受支持 API 版本字符串（形如 2024-10-21）。", "Use a supported API version string from the Azure OpenAI docs (of the form 2024-10-21).")],
    },
    {
      title: t("不是 Azure 时改用 OpenAI 客户端", "If this is not Azure, use the OpenAI client"),
      steps: [t("调用 OpenAI 或兼容接口不需要 api_version，用 OpenAI(base_url=...) 即可。", "OpenAI and compatible APIs need no api_version; use OpenAI(base_url=...).")],
    },
  ],
  docs: ["https://github.com/openai/openai-python/blob/main/src/openai/lib/azure.py", "https://github.com/openai/openai-node/blob/main/src/azure.ts"],
  samples: [{ text: "openai.OpenAIError: Must provide either the `api_version` argument or the `OPENAI_API_VERSION` environment variable", source: "https://github.com/openai/openai-python/blob/main/src/openai/lib/azure.py" }],
});
