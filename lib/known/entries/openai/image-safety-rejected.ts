import { defineKnownError, t } from "../../define";
import { categorySolutions } from "../../template";

export default defineKnownError({
  id: "openai.image-safety-rejected",
  category: "request.content_filtered",
  // Azure's own content-filter entry says more when its markers are present.
  priority: -1,
  match: [
    "Your request was rejected as a result of our safety system",
    "This request has been blocked by our content filters",
    /\bcontent_policy_violation\b/,
  ],
  title: t("请求被 OpenAI 的安全系统拒绝（内容策略）", "The request was rejected by OpenAI's safety system (content policy)"),
  summary: t(
    "OpenAI 的安全系统拒绝了这次请求（400），没有生成任何内容。这不是参数格式或密钥的问题，重试同样的提示词通常仍会被拒。",
    "OpenAI's safety system rejected the request with a 400 and generated nothing. It is not a parameter or key problem, and the same prompt usually fails again.",
  ),
  causes: [
    t("提示词里的词语触发了安全系统（包括被误判的无害内容，例如某些人名、品牌、身体部位、武器）", "words in the prompt tripped the safety system (including false positives: some names, brands, body parts, weapons)"),
    t("图像模型会先改写提示词，改写后的描述触发了审核（消息里会提到 image descriptions generated from your prompt）", "the image model rewrites the prompt first and the rewritten description tripped it (the message then mentions image descriptions generated from your prompt)"),
  ],
  solutions: [
    {
      title: t("改写提示词后再试，并在代码里处理这个 400", "Rephrase the prompt, and handle this 400 in code"),
      steps: [
        t("去掉或换掉可能敏感的词，描述得更中性具体；程序里捕获 content_policy_violation，把“请修改描述”告诉用户，而不是当作系统故障无限重试。", "Remove or replace possibly sensitive words and describe the scene more neutrally; in code, catch content_policy_violation and ask the user to rephrase instead of retrying it as an outage."),
      ],
    },
    ...categorySolutions("request.content_filtered"),
  ],
  docs: ["https://github.com/openai/DALL-E/issues/93"],
  samples: [
    {
      text: '400 Bad Request: "{\n  "error": {\n    "code": "content_policy_violation",\n    "message": "Your request was rejected as a result of our safety system. Your prompt may contain text that is not allowed by our safety system.",\n    "param": null,\n    "type": "invalid_request_error"\n  }\n}"',
      source: "https://github.com/tipi-tapi/ai-paint-today-BE/issues/210",
    },
  ],
});
