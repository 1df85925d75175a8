import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "ark.text-risk-detection",
  category: "request.content_filtered",
  match: [/\b(?<where>Input|Output)(?<kind>Text|Image)RiskDetection\b/],
  title: (c) => t(`火山方舟内容安全拦截（${c.g.where === "Output" ? "输出" : "输入"}${c.g.kind === "Image" ? "图片" : "文本"}）`, `Blocked by Ark content security (${(c.g.where ?? "input").toLowerCase()} ${(c.g.kind ?? "text").toLowerCase()})`),
  summary: t("火山引擎风险识别产品判定请求（或生成结果）中可能包含敏感信息，拒绝了这次调用。更换内容后重试。", "Volcengine's risk detection judged the request (or the generated output) to contain possibly sensitive content and refused the call. Change the content and retry."),
  causes: [t("输入文本或图片中含有被判定为敏感的内容", "the input text or image contains content judged sensitive"), t("模型生成的内容触发了输出审核", "the generated output tripped output moderation")],
  solutions: [{ title: t("更换或改写内容", "Replace or rephrase the content"), steps: [t("根据报错中的 Label / SubLabel 判断触发类别，修改对应内容后重试；批量任务中跳过该条。", "Use the Label / SubLabel in the message to see the category, change that content and retry; skip the item in batch jobs.")] },
    { title: t("代码里不要重试同样的内容", "Do not retry the same content in code"), steps: [t("风险识别对相同内容的结果不变；捕获该错误后提示用户或跳过，而不是反复重试。", "Risk detection gives the same verdict for the same content; catch the error and inform the user or skip instead of retrying.")] },
  ],
  docs: ["https://www.volcengine.com/docs/82379/1099476"],
  samples: [{ text: "400 BadRequest InputTextRiskDetection: The request could not be processed because the input text includes sensitive content that violates ContentSecurityDetection.", source: "https://www.volcengine.com/docs/82379/1099476" }],
});
