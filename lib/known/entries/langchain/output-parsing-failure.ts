import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "langchain.output-parsing-failure",
  category: "data.parse",
  match: [/OutputParserException: (?:Invalid json output|Could not parse|Failed to parse|Parsing LLM output produced)/, /\bOUTPUT_PARSING_FAILURE\b/, /Could not parse LLM output:/],
  title: t("LangChain 无法解析模型的输出", "LangChain could not parse the model's output"),
  summary: t(
    "输出解析器（或内部使用解析器的旧式 Agent、链）期望模型按固定格式回答，模型的实际输出不符合，于是抛出 OutputParserException。",
    "An output parser (or a legacy agent or chain using one internally) expected the model to answer in a fixed format; the model's actual output did not match, so OutputParserException was raised.",
  ),
  causes: [
    t("模型没有严格按格式输出（多了说明文字、少了字段、用了 Markdown 代码块）", "the model did not follow the format strictly (extra prose, missing fields, Markdown fences)"),
    t("模型能力较弱，难以稳定遵循格式指令", "a smaller or less capable model struggles to follow format instructions reliably"),
  ],
  solutions: [
    {
      title: t("改用工具调用 / 结构化输出，而不是文本解析", "Use tool calling / structured output instead of parsing text"),
      steps: [t("支持的模型上用 with_structured_output() 或工具调用，由模型直接返回结构化数据。", "On models that support it, use with_structured_output() or tool calling so the model returns structured data directly.")],
    },
    {
      title: t("加强格式指令或换更强的模型", "Tighten the format instructions or use a more capable model"),
      steps: [t("在提示词里给出精确的格式要求和示例；旧式 Agent 可以设置 handle_parsing_errors=True 让它把错误反馈给模型重试。", "Give exact format requirements and examples in the prompt; legacy agents can set handle_parsing_errors=True to feed the error back to the model.")],
    },
  ],
  docs: ["https://docs.langchain.com/oss/python/langchain/errors/OUTPUT_PARSING_FAILURE", "https://reference.langchain.com/python/langchain-core/exceptions/OutputParserException"],
  samples: [{ text: "langchain_core.exceptions.OutputParserException: Invalid json output: Sure! Here is the JSON you asked for:\nFor troubleshooting, visit: https://python.langchain.com/docs/troubleshooting/errors/OUTPUT_PARSING_FAILURE", source: "https://docs.langchain.com/oss/python/langchain/errors/OUTPUT_PARSING_FAILURE" }],
});
