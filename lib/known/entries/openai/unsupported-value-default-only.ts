import { defineKnownError, t } from "../../define";
import { chatCall, openaiBase } from "../../llm";

export default defineKnownError({
  id: "openai.unsupported-value-default-only",
  category: "request.invalid",
  match: [/Unsupported value: '(?<param>[\w.]{1,40})' does not support (?<value>[^\s]{1,20}) with this model\. Only the default \((?<def>[^)\s]{1,10})\) value is supported/],
  title: (c) => t(`这个模型的 ${c.g.param ?? "参数"} 只能取默认值 ${c.g.def ?? ""}`, `This model only accepts the default ${c.g.param ?? "value"} (${c.g.def ?? ""})`),
  summary: (c) =>
    t(
      `推理模型（o 系列、GPT-5 系列等）不支持调节 ${c.g.param ?? "采样参数"}：请求里传了 ${c.g.value ?? "非默认值"}，而它只接受默认值 ${c.g.def ?? ""}。temperature、top_p、presence_penalty 这类采样参数对推理模型不可调。`,
      `Reasoning models (the o-series, the GPT-5 family) do not let you tune ${c.g.param ?? "sampling"}: the request sent ${c.g.value ?? "a non-default value"}, and only the default ${c.g.def ?? ""} is accepted. Sampling parameters such as temperature, top_p and presence_penalty are fixed on reasoning models.`,
    ),
  causes: [
    (c) => t(`代码或框架给所有模型都设置了 ${c.g.param ?? "temperature"}（例如 temperature=0），换成推理模型后被拒绝`, `the code or framework sets ${c.g.param ?? "temperature"} for every model (e.g. temperature=0), which a reasoning model rejects`),
  ],
  solutions: [
    {
      title: (c) => t(`请求里不要传 ${c.g.param ?? "这个参数"}`, `Leave ${c.g.param ?? "the parameter"} out of the request`),
      steps: [
        (c) => t(`删除 ${c.g.param ?? "该参数"}（或只在非推理模型上设置它）；推理模型用 reasoning_effort 控制思考深度。`, `Drop ${c.g.param ?? "the parameter"} (or set it only for non-reasoning models); reasoning models are steered with reasoning_effort instead.`),
      ],
      code: (c) => chatCall(c, { base: openaiBase(c), keyEnv: "OPENAI_API_KEY", extra: { reasoning_effort: "low" }, note: { zh: `不传 ${c.g.param ?? "temperature"}，用 reasoning_effort 调节`, en: `no ${c.g.param ?? "temperature"}; tune reasoning_effort instead` } }),
    },
    { title: t("框架中按模型区分采样参数", "In frameworks, set sampling parameters per model"), steps: [t("LangChain、LiteLLM 等框架里不要给推理模型统一设置 temperature；新版框架会为推理模型省略这些参数。", "In LangChain, LiteLLM and similar frameworks do not set temperature globally for reasoning models; newer versions omit these parameters for them.")] },
  ],
  docs: ["https://learn.microsoft.com/en-gb/javascript/api/@microsoft/teams-ai/openaimodel?view=msteams-client-js-latest", "https://platform.openai.com/docs/api-reference/chat/create"],
  samples: [
    {
      text: "Error: BadRequestError: Error code: 400 - {'error': {'message': \"Unsupported value: 'temperature' does not support 0 with this model. Only the default (1) value is supported.\", 'type': 'invalid_request_error', 'param': 'temperature', 'code': 'unsupported_value'}}",
      source: "https://github.com/johny-b/llmcomp/issues/69",
    },
  ],
});
