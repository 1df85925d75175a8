import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "qianfan.prompt-tokens-too-long",
  category: "request.context_length",
  match: [/\btokens_too_long\b/, "Prompt tokens too long", /\bcharacters_too_long\b[^\n]{0,80}?the max input characters is (?<max>\d{1,9})/],
  title: t("千帆：输入超过模型长度限制", "Qianfan: input longer than the model allows"),
  summary: (c) => t(`请求内容超过了模型的输入长度上限${c.g.max ? `（最多 ${c.g.max} 个字符）` : ""}。`, `The request is longer than the model's input limit${c.g.max ? ` (at most ${c.g.max} characters)` : ""}.`),
  causes: [t("对话历史、文档等输入过长", "chat history, documents or other input too long")],
  solutions: [{ title: t("缩短输入", "Shorten the input"), steps: [t("适当缩短输入，只保留必要的上下文；长文档分段处理。", "Shorten the input and keep only the necessary context; process long documents in parts.")] },
    { title: t("或通过千帆 SDK 调用", "Or call through the Qianfan SDK"), steps: [t("千帆 SDK 在输入过长时会自动截断输入，可以避免这个错误。", "The Qianfan SDK truncates over-long input automatically, which avoids this error.")] },
  ],
  docs: ["https://cloud.baidu.com/doc/qianfan-api/s/rmwbl43x7", "https://ai.baidu.com/ai-doc/AppBuilder/4m8sgh88y"],
  samples: [{ text: "{\"error\":{\"code\":\"tokens_too_long\",\"message\":\"Prompt tokens too long\",\"type\":\"invalid_request_error\"}}", source: "https://cloud.baidu.com/doc/qianfan-api/s/rmwbl43x7" }],
});
