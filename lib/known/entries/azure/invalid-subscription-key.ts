import { defineKnownError, t } from "../../define";
import { azureClient, azureCurl } from "../../llm";

export default defineKnownError({
  id: "azure.invalid-subscription-key",
  category: "auth.invalid_credentials",
  match: ["Access denied due to invalid subscription key or wrong API endpoint"],
  title: t("Azure：Key 无效或 Endpoint 不对（401）", "Azure: invalid key or wrong endpoint (401)"),
  summary: t(
    "Azure AI 服务的 Key 属于某一个资源（及其所在地域）；这次请求的 Key 与请求的 Endpoint 不是同一个资源，或者 Key 本身无效。Key 和 Endpoint 必须来自同一个资源的“密钥和终结点”页面。",
    "An Azure AI services key belongs to one resource (and its region); the key sent does not belong to the endpoint that was called, or is not valid at all. Key and endpoint must come from the same resource's Keys and Endpoint page.",
  ),
  causes: [
    t("Key 和 Endpoint 来自不同的资源（或不同地域的资源）", "the key and the endpoint come from different resources (or resources in different regions)"),
    t("把 Azure 订阅 ID、部署名或模型名误当成了 Key", "the Azure subscription ID, a deployment name or a model name was passed as the key"),
    t("Key 已重新生成，旧 Key 失效", "the key was regenerated and the old one no longer works"),
  ],
  solutions: [
    {
      title: t("从同一个资源复制 Key 和 Endpoint 再验证", "Copy key and endpoint from the same resource and verify"),
      steps: [t("在 Azure 门户（portal.azure.com）打开资源的“密钥和终结点”，把 Key 设为 AZURE_OPENAI_API_KEY、终结点设为 AZURE_OPENAI_ENDPOINT，然后运行下面的请求。", "In the Azure portal (portal.azure.com) open the resource's Keys and Endpoint page, set the key as AZURE_OPENAI_API_KEY and the endpoint as AZURE_OPENAI_ENDPOINT, then run the request below.")],
      code: (c) => azureCurl(c),
    },
    { title: t("检查代码里参数是否放错位置", "Check that the code does not mix up parameters"), steps: [t("确认 api_key 传的是 Key，model 传的是部署名，两者没有互换。", "Make sure api_key gets the key and model gets the deployment name, not the other way round.")], code: (c) => azureClient(c) },
  ],
  docs: ["https://github.com/microsoft/semantic-kernel/issues/10337", "https://github.com/microsoft/Cognitive-Face-Windows/issues/31", "https://github.com/microsoft/PubSec-Info-Assistant/issues/439"],
  samples: [{ text: "Response: {\"error\":{\"code\":\"401\",\"message\":\"Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.\"}}\nStatus Code: Unauthorized", source: "https://github.com/microsoft/semantic-kernel/issues/10337" }],
});
