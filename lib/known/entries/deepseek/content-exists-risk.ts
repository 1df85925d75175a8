import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "deepseek.content-exists-risk",
  category: "request.content_filtered",
  match: ["Content Exists Risk"],
  title: t("DeepSeek 内容安全拦截（Content Exists Risk）", "Blocked by DeepSeek's content safety check (Content Exists Risk)"),
  summary: t(
    "DeepSeek 的内容安全策略判定输入有风险，拒绝回答并返回 400。DeepSeek 的维护者说明：有害请求会被拒绝，正常输入偶尔也会被误判。重试同样的内容通常仍会失败。",
    "DeepSeek's content safety policy judged the input risky and refused it with a 400. DeepSeek's maintainers say harmful queries are refused and normal inputs are occasionally misclassified. Retrying the same content usually fails again.",
  ),
  causes: [
    t("输入（包括系统提示、检索到的网页或文档）中含有被判定为敏感的内容", "the input (system prompt, retrieved web pages or documents included) contains content judged sensitive"),
    t("正常内容被安全策略误判", "normal content misclassified by the safety policy"),
  ],
  solutions: [
    {
      title: t("定位并改写触发拦截的内容", "Find and rephrase the content that triggers it"),
      steps: [
        t("把批量输入拆小，二分定位是哪一段触发了拦截；删掉或改写这部分后再发送。", "Split batched input into smaller parts, bisect to find the part that triggers it, and remove or rephrase that part."),
        t("程序里把这个错误当作不可重试处理，跳过该条或换用其他模型，而不是反复重试。", "Treat it as non-retryable in code: skip that item or use another model instead of retrying."),
      ],
    },
    {
      title: t("确认是误判时向 DeepSeek 反馈", "Report it to DeepSeek if it is a misclassification"),
      steps: [t("维护者建议通过官方渠道（邮件或用户群）提交用例，以便改进安全策略。", "The maintainers ask for the case to be reported through their official channels (email or user group) so the policy can be improved.")],
    },
  ],
  docs: ["https://github.com/deepseek-ai/awesome-deepseek-integration/issues/13"],
  samples: [{ text: "研究过程中发生错误: Error code: 400 - {'error': {'message': 'Content Exists Risk', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_request_error'}}", source: "https://github.com/666ghj/BettaFish/issues/691" }],
});
