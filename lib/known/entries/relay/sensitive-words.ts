import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "relay.sensitive-words",
  category: "request.content_filtered",
  match: [/\bsensitive_words_detected\b/, /\bsensitive words detected\b/],
  title: t("中转站的敏感词检查拦截了请求", "The relay's sensitive-word check blocked the request"),
  summary: t(
    "这是中转站（new-api）自己的内容检查，不是上游模型的安全策略：请求内容命中了站点配置的敏感词，请求没有被转发。",
    "This is the relay's (new-api's) own content check, not the upstream model's safety policy: the request matched the site's sensitive-word list and was not forwarded.",
  ),
  causes: [t("提示词或消息里包含站点敏感词列表中的词", "the prompt or messages contain a word on the site's sensitive-word list")],
  solutions: [
    {
      title: t("修改提示词，去掉触发的词", "Rephrase the prompt without the triggering words"),
      steps: [t("逐段删减提示词可以定位是哪部分触发了检查。", "Removing parts of the prompt one at a time shows which part triggers the check.")],
    },
    {
      title: t("自建站点：调整敏感词设置", "Your own relay: adjust the sensitive-word settings"),
      steps: [t("管理员可以在系统设置里修改敏感词列表或关闭对提示词的检查。", "The admin can edit the word list or turn off prompt checking in the system settings.")],
    },
  ],
  docs: ["https://github.com/QuantumNous/new-api/blob/main/types/error.go", "https://github.com/QuantumNous/new-api/blob/main/setting/sensitive.go"],
  samples: [{ text: '400 {"error":{"message":"sensitive words detected","type":"new_api_error","param":"","code":"sensitive_words_detected"}}', source: "https://github.com/QuantumNous/new-api/blob/main/types/error.go" }],
});
