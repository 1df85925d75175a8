import { defineKnownError, ic, t } from "../../define";
import { listModels, openaiBase } from "../../llm";

export default defineKnownError({
  id: "openai.model-not-found",
  category: "model.not_found",
  // The same sentence comes from gateways and other providers, whose model lists differ.
  guard: { provider: ["openai", ""] },
  match: [/The model:? [`'"](?<model>[^`'"\s]{1,100})[`'"] does not exist(?: or you do not have access to it)?/],
  title: (c) => t(`模型 ${ic(c.g.model ?? "")} 不存在或这个 Key 无权使用`, `Model ${ic(c.g.model ?? "")} does not exist or this key cannot use it`),
  summary: (c) =>
    t(
      `OpenAI 对“模型名写错”和“这个 Key 所在的组织/项目没有该模型的权限”返回同一个 model_not_found，所以要两头查：${ic(c.g.model ?? "")} 是否是准确的模型 ID，以及这个 Key 能否调用它。`,
      `OpenAI returns the same model_not_found for a misspelled model name and for a model the key's organization or project may not use, so check both: whether ${ic(c.g.model ?? "")} is an exact model ID, and whether this key can call it.`,
    ),
  causes: [
    t("模型名拼写错误或大小写、连字符不对（例如 gtp-4、gpt4o）", "the model name is misspelled (gtp-4, gpt4o …)"),
    t("这个 Key 所在的组织或项目没有该模型的访问权限：OpenAI 对存在但无权使用的模型返回同样的错误", "the key's organization or project has no access to the model: OpenAI answers the same way for a model that exists but is not available to you"),
    t("请求发给了 OpenAI，但模型名是另一个平台的（例如中转站或其他厂商的模型 ID）", "the request went to OpenAI with another platform's model name (a gateway's or another vendor's model ID)"),
  ],
  solutions: [
    {
      title: t("列出这个 Key 能用的模型", "List the models this key can use"),
      steps: [t("/v1/models 只返回这个 Key 有权使用的模型；从中复制准确的 ID 填回配置。", "/v1/models returns only the models this key may use; copy the exact ID from it into your configuration.")],
      code: (c) => listModels(c, openaiBase(c), "OPENAI_API_KEY"),
    },
    {
      title: t("换成有权限的模型，或提升权限", "Switch to a model you have, or gain access"),
      steps: [t("列表里没有时，换成列表中的模型；确实需要该模型时，在 platform.openai.com 的 Limits 页面查看组织可用的模型。", "If it is not listed, use a listed model; if you need this one, check which models your organization may use on the Limits page at platform.openai.com.")],
    },
  ],
  docs: ["https://developers.openai.com/docs/guides/error-codes", "https://github.com/WolframResearch/Chatbook/issues/188"],
  samples: [
    {
      text: "org.springframework.ai.retry.NonTransientAiException: 404 - {\n    \"error\": {\n        \"message\": \"The model `gpt-4o` does not exist or you do not have access to it.\",\n        \"type\": \"invalid_request_error\",\n        \"param\": null,\n        \"code\": \"model_not_found\"\n    }\n}",
      source: "https://github.com/rd-1-2022/ai-openai-helloworld/issues/9",
    },
  ],
});
