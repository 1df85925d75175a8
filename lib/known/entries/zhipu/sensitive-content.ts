import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "zhipu.sensitive-content",
  category: "request.content_filtered",
  match: ["系统检测到输入或生成内容可能包含不安全或敏感内容"],
  title: t("智谱内容安全拦截（1301）", "Blocked by Zhipu's content safety check (1301)"),
  summary: t("业务码 1301：平台检测到输入或生成的内容可能不安全或敏感，拒绝了这次请求。重试相同内容通常仍会被拦截。", "Business code 1301: the platform judged the input or the generated content possibly unsafe or sensitive and refused the request. The same content is usually blocked again."),
  causes: [t("提示词、上下文或检索到的材料中含有敏感内容", "the prompt, context or retrieved material contains sensitive content"), t("模型生成的内容触发了审核", "the generated output tripped the moderation")],
  solutions: [
    { title: t("修改或拆分触发拦截的内容", "Rephrase or split the content that triggers it"), steps: [t("拆小输入定位触发段落并改写；程序中把 1301 当作不可重试错误处理，跳过或人工复核。", "Split the input to find the triggering part and rephrase it; treat 1301 as non-retryable in code and skip or review the item.")] },
    { title: t("代码里不要重试", "Do not retry in code"), steps: [t("1301 对相同内容是确定的；捕获后提示用户、跳过或人工复核。", "1301 is deterministic for the same content; catch it and inform the user, skip, or review manually.")] },
  ],
  docs: ["https://docs.bigmodel.cn/cn/faq/api-code"],
  samples: [{ text: "{\"error\":{\"code\":\"1301\",\"message\":\"系统检测到输入或生成内容可能包含不安全或敏感内容，请您避免输入易产生敏感内容的提示语，感谢您的配合。\"}}", source: "https://docs.bigmodel.cn/cn/faq/api-code" }],
});
