import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "openai.responses-only-model",
  category: "endpoint.not_found",
  match: ["This model is only supported in v1/responses and not in v1/chat/completions", /The chatCompletion operation does not work with the specified model, (?<model>[\w.-]{1,100})/],
  title: (c) => t(`模型${c.g.model ? ` ${c.g.model} ` : ""}只能通过 Responses API 调用`, `The model${c.g.model ? ` ${c.g.model}` : ""} is only served by the Responses API`),
  summary: t(
    "有些 OpenAI 模型（如 gpt-5-codex 系列、o1-pro、o3-pro、codex-mini-latest）只开放 Responses API（POST /v1/responses），不能用 Chat Completions（/v1/chat/completions）调用；Azure OpenAI 对同样的情况回答 OperationNotSupported。请求走的是 chat/completions，于是被拒绝。",
    "Some OpenAI models (the gpt-5-codex family, o1-pro, o3-pro, codex-mini-latest) are served only by the Responses API (POST /v1/responses), not by Chat Completions (/v1/chat/completions); Azure OpenAI answers the same case with OperationNotSupported. The request went to chat/completions, so it was refused.",
  ),
  causes: [
    t("客户端或框架只实现了 Chat Completions，却选了只支持 Responses 的模型", "the client or framework implements only Chat Completions but a Responses-only model was chosen"),
    t("中转站把这个模型映射到了只支持 Responses 的上游", "a relay maps this model to an upstream that only serves Responses"),
  ],
  solutions: [
    {
      title: t("改用 Responses API 调用这个模型", "Call this model through the Responses API"),
      steps: [
        t("用 client.responses.create(model=…, input=…)；Responses API 里 messages 改名为 input，系统提示可放在 instructions。", "Use client.responses.create(model=…, input=…); in the Responses API messages become input, and a system prompt can go in instructions."),
        t("在客户端设置里找“Responses / wire API”一类的选项并切换过去；客户端不支持时只能换模型。", "Look for a Responses / wire-API option in the client's settings and switch to it; if the client has none, choose another model."),
      ],
    },
    {
      title: t("继续用 Chat Completions：换一个支持它的模型", "Stay on Chat Completions: pick a model that supports it"),
      steps: [t("在模型页面查看该模型支持的端点；通用对话模型（如 gpt-4o、gpt-4.1、gpt-5）同时支持两个接口。", "Check the model's supported endpoints on its model page; the general chat models (gpt-4o, gpt-4.1, gpt-5) support both APIs.")],
    },
  ],
  docs: ["https://cookbook.openai.com/examples/gpt-5-codex_prompting_guide", "https://platform.openai.com/docs/guides/migrate-to-responses", "https://github.com/aaif-goose/goose/issues/2564"],
  samples: [
    { text: "Request failed: This model is only supported in v1/responses and not in v1/chat/completions. (type: invalid_request_error) (status 404)", source: "https://github.com/aaif-goose/goose/issues/2564" },
    { text: "Error code: 400 - {'error': {'code': 'OperationNotSupported', 'message': 'The chatCompletion operation does not work with the specified model, gpt-5.1-codex. Please choose a different model and try again. You can learn more about which models can be used with each operation here: https://go.microsoft.com/fwlink/?linkid=2197993 .'}}", source: "https://github.com/langgenius/dify-plugin-sdks/issues/264" },
  ],
});
