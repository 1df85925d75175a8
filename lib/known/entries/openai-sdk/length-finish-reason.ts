import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "openai-sdk.length-finish-reason",
  category: "request.context_length",
  match: [/Could not parse response content as the length limit was reached/, /\bLengthFinishReasonError\b/],
  title: t("结构化输出被 max_tokens 截断，SDK 无法解析", "Structured output was cut off by max_tokens, so the SDK cannot parse it"),
  summary: t(
    "用 client.chat.completions.parse()（或 beta 的 parse）请求结构化输出时，模型因为达到输出 token 上限而停止（finish_reason = length），返回的 JSON 不完整，SDK 抛出 LengthFinishReasonError。",
    "With client.chat.completions.parse() (or the beta parse) the model stopped at its output token limit (finish_reason = length), so the JSON is incomplete and the SDK raises LengthFinishReasonError.",
  ),
  causes: [
    t("max_tokens / max_completion_tokens 设得太小，装不下完整的 JSON", "max_tokens / max_completion_tokens is too small for the whole JSON"),
    t("要求输出的结构太大（很长的列表、嵌套很深）", "the requested structure is very large (long lists, deep nesting)"),
    t("推理模型的思考 tokens 也计入 max_completion_tokens，留给答案的空间不够", "a reasoning model's thinking tokens count against max_completion_tokens, leaving too little for the answer"),
  ],
  solutions: [
    {
      title: t("调大 max_completion_tokens（或 max_tokens）", "Raise max_completion_tokens (or max_tokens)"),
      steps: [t("错误信息后面带的 usage 显示了这次实际用掉的 completion tokens，上限要比它大。", "The usage appended to the message shows the completion tokens used this time; the limit must be above that.")],
    },
    {
      title: t("或者缩小输出结构", "Or make the output smaller"),
      steps: [t("分批请求、减少字段或限制列表长度。", "Request in batches, drop fields or cap list lengths.")],
    },
  ],
  docs: ["https://github.com/openai/openai-python/blob/main/src/openai/_exceptions.py", "https://github.com/openai/openai-python/blob/main/helpers.md"],
  samples: [{ text: "openai.LengthFinishReasonError: Could not parse response content as the length limit was reached - CompletionUsage(completion_tokens=1000, prompt_tokens=812, total_tokens=1812)", source: "https://github.com/openai/openai-python/blob/main/src/openai/_exceptions.py" }],
});
