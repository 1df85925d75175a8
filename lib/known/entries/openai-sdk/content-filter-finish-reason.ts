import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "openai-sdk.content-filter-finish-reason",
  category: "request.content_filtered",
  match: [/Could not parse response content as the request was rejected by the content filter/, /\bContentFilterFinishReasonError\b/],
  title: t("结构化输出被内容过滤拦截，SDK 无法解析", "Structured output was stopped by the content filter, so the SDK cannot parse it"),
  summary: t(
    "用 parse() 请求结构化输出时，响应的 finish_reason 是 content_filter：内容过滤拦下了输出，没有可解析的结果，SDK 抛出 ContentFilterFinishReasonError。",
    "With parse() the response's finish_reason is content_filter: the content filter stopped the output, nothing can be parsed, and the SDK raises ContentFilterFinishReasonError.",
  ),
  causes: [
    t("提示词或要生成的内容触发了服务方（或 Azure 部署）的内容过滤策略", "the prompt or the content to generate triggered the provider's (or the Azure deployment's) content filter"),
  ],
  solutions: [
    {
      title: t("调整提示词，避开触发过滤的内容", "Rephrase the prompt to avoid what triggers the filter"),
      steps: [t("先用普通 create() 请求同样内容，看 finish_reason 和过滤结果；Azure 部署可以在门户里查看和调整内容过滤配置。", "Send the same content with a plain create() to see the finish_reason and filter results; on Azure, inspect and adjust the deployment's content filter in the portal.")],
    },
    {
      title: t("在代码里捕获并降级处理", "Catch it and degrade gracefully"),
      steps: [t("捕获 ContentFilterFinishReasonError，给用户一个明确的提示，而不是让程序崩溃。", "Catch ContentFilterFinishReasonError and show the user a clear message instead of crashing.")],
    },
  ],
  docs: ["https://github.com/openai/openai-python/blob/main/src/openai/_exceptions.py", "https://github.com/openai/openai-python/blob/main/helpers.md"],
  samples: [{ text: "openai.ContentFilterFinishReasonError: Could not parse response content as the request was rejected by the content filter", source: "https://github.com/openai/openai-python/blob/main/src/openai/_exceptions.py" }],
});
