import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "bedrock.on-demand-throughput-not-supported",
  category: "model.not_found",
  match: [/Invocation of model ID (?<model>[\w.:-]{1,100}) with on-demand throughput isn(?:'|’)t supported/, "The provided model doesn't support on-demand throughput", "with on-demand throughput isn’t supported"],
  title: (c) => t(`Bedrock：${c.g.model ? ic(c.g.model) : "该模型"} 需要用推理配置文件（inference profile）ID 调用`, `Bedrock: ${c.g.model ? ic(c.g.model) : "this model"} must be called through an inference profile ID`),
  summary: (c) =>
    t(
      `这个模型在 Bedrock 上不支持用基础模型 ID 按需（on-demand）调用，只能通过包含它的跨区域推理配置文件（inference profile）调用。把 modelId 换成推理配置文件的 ID 或 ARN${c.g.model ? `，通常是在 ${ic(c.g.model)} 前加地域前缀（如 us.、eu.、apac. 或 global.）` : ""}。`,
      `On Bedrock this model cannot be invoked on demand by its base model ID; it is only served through a cross-region inference profile that contains it. Use the inference profile's ID or ARN as modelId${c.g.model ? `, usually ${ic(c.g.model)} with a geography prefix (us., eu., apac. or global.)` : ""}.`,
    ),
  causes: [
    t("代码或框架传的是基础模型 ID（anthropic.…、amazon.…），而较新的模型只通过推理配置文件提供", "the code or framework passes the base model ID (anthropic.…, amazon.…), but newer models are only served through inference profiles"),
    t("所在地域没有该模型的按需服务", "the region has no on-demand service for the model"),
  ],
  solutions: [
    {
      title: t("改用推理配置文件 ID", "Use the inference profile ID"),
      steps: [t("列出当前地域的推理配置文件，找到包含该模型的那一个（ID 形如 us.<模型 ID>），把它作为 modelId。", "List the inference profiles in your region, find the one containing the model (its ID looks like us.<model ID>), and pass it as modelId.")],
      code: (c) => ({
        language: "bash",
        content: ['REGION="${AWS_REGION:-us-east-1}"', `aws bedrock list-inference-profiles --region "$REGION" --query "inferenceProfileSummaries[].inferenceProfileId" --output text${c.g.model ? ` | tr '\\t' '\\n' | grep -F ${JSON.stringify(c.g.model)}` : ""}`].join("\n"),
      }),
    },
    { title: t("在框架里直接使用推理配置文件 ID 作为模型名", "In frameworks, use the inference profile ID as the model name"), steps: [t("LiteLLM、LangChain 等框架中把 model 改成跨区域推理配置文件 ID（如 us. 前缀的 ID），无需其他改动。", "In LiteLLM, LangChain and similar frameworks set model to the cross-region inference profile ID (the us.-prefixed one); nothing else changes.")] },
  ],
  docs: ["https://github.com/BerriAI/litellm/issues/7181", "https://github.com/aws-samples/sample-getting-started-with-strands-agents-course/issues/1", "https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html"],
  samples: [
    { text: "ValidationException: Invocation of model ID anthropic.claude-3-7-sonnet-20250219-v1:0 with on-demand throughput isn’t supported. Retry your request with the ID or ARN of an inference profile that contains this model.\n    at de_ValidationExceptionRes (/home/flowise-ai/devflownew/node_modules/.pnpm/@aws-sdk+client-bedrock-runtime@3.755.0/node_modules/@aws-sdk/client-bedrock-runtime/dist-cjs/index.js:1690:21)", source: "https://github.com/FlowiseAI/Flowise/issues/4253" },
    { text: "AI_APICallError: undefined: Invocation of model ID anthropic.claude-3-7-sonnet-20250219-v1:0 with on-demand throughput isn’t supported. Retry your request with the ID or ARN of an inference profile that contains this model", source: "https://github.com/anomalyco/opencode/issues/396" },
  ],
});
