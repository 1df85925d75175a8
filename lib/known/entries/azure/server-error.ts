import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "azure.server-error",
  category: "upstream.unavailable",
  // Azure OpenAI's 500 bodies point to an Azure support request; OpenAI's own say the same without it.
  match: [/(?:An error occurred|The server had an error) while processing your request\.?[^\n]{0,120}contact us through an Azure support request/],
  title: t("Azure OpenAI 服务端出错（500 server_error）", "Azure OpenAI server error (500 server_error)"),
  summary: t(
    "Azure OpenAI 在处理请求时自己出错，返回 500 server_error；这不是 Key、部署名或参数的问题。消息本身建议重试，持续出现时带上 request ID 提交 Azure 支持请求。",
    "Azure OpenAI failed while processing the request and returned 500 server_error; this is not about the key, the deployment name or the parameters. The message itself advises retrying, and opening an Azure support request with the request ID if it persists.",
  ),
  causes: [
    t("服务端的临时故障或部署所在区域负载过高", "a transient fault on the service, or high load in the deployment's region"),
    t("同一请求反复 500：可能是这个请求触发了服务端缺陷（例如某些工具调用或大请求），换一个最小请求对比", "the same request failing every time may hit a service-side defect (certain tool calls or very large requests); compare with a minimal request"),
  ],
  solutions: [
    {
      title: t("带退避重试", "Retry with backoff"),
      steps: [t("官方 SDK 会对 5xx 自动重试（默认 2 次）；把 max_retries 调大并使用指数退避。", "The official SDKs retry 5xx automatically (twice by default); raise max_retries and use exponential backoff.")],
    },
    {
      title: t("持续出现时提交支持请求", "If it persists, open a support request"),
      steps: [t("记录消息里的 request ID、部署名、区域和时间，通过 Azure 门户提交支持请求；也可在门户的资源运行状况里查看该区域是否有事件。", "Note the request ID from the message, the deployment, region and time, and open a support request in the Azure portal; the resource health view shows incidents in the region.")],
    },
  ],
  docs: ["https://github.com/Azure-Samples/azure-search-openai-demo/issues/1390", "https://github.com/earendil-works/pi/issues/4232", "https://www.mintlify.com/openai/openai-python/concepts/retries"],
  samples: [
    { text: "Error: The server had an error while processing your request. Sorry about that! You can retry your request, or contact us through an Azure support request at: https://go.microsoft.com/fwlink/?linkid=2213926 if the error persists. (Please include the request ID 6d6321f8-e4aa-4a77-9aa0-67868802d7ca in your message.)", source: "https://github.com/Azure-Samples/azure-search-openai-demo/issues/1390" },
  ],
});
