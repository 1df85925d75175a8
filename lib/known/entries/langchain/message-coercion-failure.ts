import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "langchain.message-coercion-failure",
  category: "code.value",
  match: [/Message dict must contain 'role' and 'content' keys/, /\bMESSAGE_COERCION_FAILURE\b/],
  title: t("传给聊天模型的消息格式不对", "The messages passed to the chat model are malformed"),
  summary: t(
    "LangChain 的聊天模型只接受 LangChain 消息对象、OpenAI 风格的 {role, content} 字典、(角色, 内容) 元组或字符串；其中有一条无法转换成消息。",
    "LangChain chat models accept LangChain message objects, OpenAI-style {role, content} dicts, (role, content) tuples or strings; one item could not be converted into a message.",
  ),
  causes: [
    t("消息字典缺少 role 或 content，或 role 写成了类名（如 HumanMessage）", "a message dict lacks role or content, or role holds a class name (e.g. HumanMessage)"),
    t("消息在中途被序列化成字符串或被改写了结构", "messages were stringified or restructured along the way"),
  ],
  solutions: [
    {
      title: t("按支持的格式构造消息", "Build messages in a supported format"),
      steps: [t("用 {\"role\": \"user\", \"content\": \"…\"}、(\"human\", \"…\") 或 HumanMessage(content=\"…\")；在调用前打印消息列表确认结构。", "Use {\"role\": \"user\", \"content\": \"…\"}, (\"human\", \"…\") or HumanMessage(content=\"…\"); print the list before the call to check its shape.")],
    },
    {
      title: t("在调用前记录实际传入的消息", "Log the messages actually passed before the call"),
      steps: [t("在 invoke 之前打印消息列表及其类型，找出被意外转成字符串或改写的那一条。", "Print the message list and each item's type before invoke to find the one that was stringified or reshaped.")],
    },
  ],
  docs: ["https://docs.langchain.com/oss/python/langchain/errors/MESSAGE_COERCION_FAILURE"],
  samples: [{ text: "ValueError: Message dict must contain 'role' and 'content' keys, got {'role': 'HumanMessage', 'text': 'hi'}\nFor troubleshooting, visit: https://python.langchain.com/docs/troubleshooting/errors/MESSAGE_COERCION_FAILURE", source: "https://docs.langchain.com/oss/python/langchain/errors/MESSAGE_COERCION_FAILURE" }],
});
