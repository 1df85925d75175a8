import { defineKnownError, t } from "../../define";
import { listModels } from "../../llm";

export default defineKnownError({
  id: "siliconflow.model-does-not-exist",
  category: "model.not_found",
  match: ["Model does not exist. Please check it carefully"],
  title: t("硅基流动：模型不存在（20012）", "SiliconFlow: model does not exist (20012)"),
  summary: t(
    "硅基流动的模型 ID 带有组织前缀（例如 deepseek-ai/…、Qwen/…，部分还有 Pro/ 前缀）；请求里的名称不是它的准确 ID，所以返回 400 code 20012。",
    "SiliconFlow model IDs carry an organization prefix (deepseek-ai/…, Qwen/…, some with a Pro/ prefix too); the name in the request is not an exact ID, so it returns 400 code 20012.",
  ),
  causes: [t("用了其他平台的模型名（如 deepseek-chat、gpt-4o），而不是硅基流动的模型 ID", "another platform's model name (deepseek-chat, gpt-4o …) instead of a SiliconFlow model ID"), t("大小写或前缀写错", "wrong case or prefix")],
  solutions: [
    {
      title: t("从模型列表复制准确的模型 ID", "Copy the exact model ID from the model list"),
      steps: [t("调用 /v1/models 或在模型广场复制完整 ID（包括组织前缀）。", "Call /v1/models or copy the full ID (organization prefix included) from the model square.")],
      code: (c) => listModels(c, "https://api.siliconflow.cn/v1", "SILICONFLOW_API_KEY"),
    },
    { title: t("确认请求发往硅基流动", "Make sure the request goes to SiliconFlow"), steps: [t("模型 ID 只在对应平台有效；base URL 应为 https://api.siliconflow.cn/v1，Key 也要是硅基流动的 Key。", "Model IDs are only valid on their own platform; the base URL should be https://api.siliconflow.cn/v1 with a SiliconFlow key.")] },
  ],
  docs: ["https://docs.siliconflow.cn/en/faqs/error-code"],
  samples: [{ text: "HTTP/1.1 400 Bad Request\n\n{\"code\":20012,\"message\":\"Model does not exist. Please check it carefully.\",\"data\":null}", source: "https://docs.siliconflow.cn/en/faqs/error-code" }],
});
