import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "openai-sdk.azure-endpoint-missing",
  category: "code.value",
  match: [/Must provide one of the `base_url` or `azure_endpoint` arguments, or the `AZURE_OPENAI_ENDPOINT` environment variable/],
  title: t("AzureOpenAI 客户端缺少资源地址（AZURE_OPENAI_ENDPOINT）", "The AzureOpenAI client has no resource address (AZURE_OPENAI_ENDPOINT)"),
  summary: t(
    "AzureOpenAI 客户端要知道你的 Azure 资源地址（https://<资源名>.openai.azure.com）；参数 azure_endpoint / base_url 都没传，环境变量 AZURE_OPENAI_ENDPOINT 也没设置，于是创建客户端就失败。",
    "The AzureOpenAI client needs your Azure resource address (https://<resource>.openai.azure.com); neither azure_endpoint nor base_url was passed and AZURE_OPENAI_ENDPOINT is unset, so creating the client fails.",
  ),
  causes: [t("AZURE_OPENAI_ENDPOINT 没有在运行环境里设置，代码里也没有传 azure_endpoint", "AZURE_OPENAI_ENDPOINT is not set where the program runs and the code passes no azure_endpoint")],
  solutions: [
    {
      title: t("设置 AZURE_OPENAI_ENDPOINT 或传 azure_endpoint", "Set AZURE_OPENAI_ENDPOINT or pass azure_endpoint"),
      steps: [t("值是 Azure 门户里资源「密钥和终结点」页面上的终结点；同时需要 api_version 和 Key（AZURE_OPENAI_API_KEY）或 Entra ID 令牌。", "Use the endpoint shown on the resource's Keys and Endpoint page in the Azure portal; api_version and a key (AZURE_OPENAI_API_KEY) or an Entra ID token are needed as well.")],
    },
    {
      title: t("不是 Azure 时改用 OpenAI 客户端", "If this is not Azure, use the OpenAI client"),
      steps: [t("只有调用 Azure OpenAI 资源时才需要 AzureOpenAI；调用 OpenAI 或兼容接口请用 OpenAI(base_url=...)。", "AzureOpenAI is only for Azure OpenAI resources; for OpenAI or a compatible API use OpenAI(base_url=...).")],
    },
  ],
  docs: ["https://github.com/openai/openai-python/blob/main/src/openai/lib/azure.py"],
  samples: [{ text: "ValueError: Must provide one of the `base_url` or `azure_endpoint` arguments, or the `AZURE_OPENAI_ENDPOINT` environment variable", source: "https://github.com/openai/openai-python/blob/main/src/openai/lib/azure.py" }],
});
