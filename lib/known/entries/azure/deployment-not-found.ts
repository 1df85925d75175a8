import { defineKnownError, t } from "../../define";
import { azureClient, azureCurl } from "../../llm";

export default defineKnownError({
  id: "azure.deployment-not-found",
  category: "model.not_found",
  match: [/\bDeploymentNotFound\b/, "The API deployment for this resource does not exist"],
  title: t("Azure OpenAI 找不到这个部署（DeploymentNotFound）", "Azure OpenAI deployment not found (DeploymentNotFound)"),
  summary: t(
    "Azure OpenAI 的请求路径里是“部署名”（/openai/deployments/{部署名}/…），不是模型名，也不是资源名；这个资源下没有叫这个名字的部署。刚创建的部署要等几分钟才可用。",
    "Azure OpenAI requests name a deployment (/openai/deployments/{deployment}/…), not a model and not the resource; this resource has no deployment with that name. A deployment created minutes ago may not be ready yet.",
  ),
  causes: [
    t("把模型名（如 gpt-4o）或资源名当成了部署名：部署名是你在 Azure AI Foundry 创建部署时自己起的", "the model name (gpt-4o …) or the resource name was used as the deployment name: the deployment name is the one you chose when creating the deployment"),
    t("Endpoint 指向了另一个资源，那个资源下没有这个部署", "the endpoint points at another resource that does not have this deployment"),
    t("部署刚创建（5 分钟内），还没生效", "the deployment was created in the last few minutes and is not active yet"),
  ],
  solutions: [
    {
      title: t("用资源里真实存在的部署名", "Use a deployment name that exists on the resource"),
      steps: [t("在 Azure AI Foundry（或门户）的 Deployments 页面复制部署名，作为 SDK 的 model 参数（或 URL 中的部署段）；确认 Endpoint 是同一个资源。", "Copy the deployment name from the Deployments page in Azure AI Foundry (or the portal) and pass it as the SDK's model (or the URL's deployment segment); make sure the endpoint is the same resource.")],
      code: (c) => azureClient(c) ?? azureCurl(c),
    },
    { title: t("用 curl 直接验证部署", "Verify the deployment with curl"), steps: [t("返回 200 说明部署名和 Endpoint 正确，问题在程序配置。", "A 200 means the deployment name and endpoint are right and the program's configuration is at fault.")], code: (c) => azureCurl(c) },
  ],
  docs: ["https://github.com/Azure-Samples/azure-search-openai-demo/issues/391", "https://github.com/Azure-Samples/azure-search-openai-demo/issues/645"],
  samples: [
    { text: "Microsoft.SemanticKernel.HttpOperationException: 'The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.\nStatus: 404 (DeploymentNotFound)\nErrorCode: DeploymentNotFound", source: "https://github.com/Azure-Samples/azure-search-openai-demo-csharp/issues/379" },
    { text: "Error: The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.", source: "https://github.com/Azure/openai-at-scale/issues/48" },
  ],
});
