import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "langchain.invalid-prompt-input",
  category: "code.value",
  match: [/Input to (?<tpl>\w{1,60}) is missing variables (?<vars>\{[^}\n]{1,200}\})/, /\bINVALID_PROMPT_INPUT\b/],
  title: (c) => (c.g.vars ? t(`提示词模板缺少变量 ${ic(c.g.vars)}`, `The prompt template is missing variables ${ic(c.g.vars)}`) : t("提示词模板的输入变量不匹配", "The prompt template's input variables do not match")),
  summary: t(
    "LangChain 的提示词模板把 {…} 当作变量占位；调用时没有给出全部变量就会报错。常见的意外情况是模板里直接写了 JSON 示例，它的花括号被当成了变量。",
    "LangChain prompt templates treat {…} as variable placeholders; invoking without all of them fails. A common surprise is a JSON example written into the template, whose braces are read as variables.",
  ),
  causes: [
    t("模板里的 JSON、代码或花括号没有转义，被当成了变量", "JSON, code or braces in the template are not escaped and are read as variables"),
    t("invoke 传入的字典缺少某个键，或键名拼写与模板不一致", "the dict passed to invoke lacks a key, or its key is spelled differently from the template"),
    t("MessagesPlaceholder 的变量没有传入消息列表", "a MessagesPlaceholder variable was not given a list of messages"),
  ],
  solutions: [
    {
      title: t("把不是变量的花括号写成双花括号", "Double the braces that are not variables"),
      steps: [t("f-string 格式的模板里，字面的 { 写成 {{，} 写成 }}；错误信息里也给出了这种写法。", "In f-string templates write a literal { as {{ and } as }}; the error message itself shows this form.")],
    },
    {
      title: t("检查 invoke 传入的键是否和模板变量一一对应", "Check that the keys passed to invoke match the template variables"),
      steps: [t("prompt.input_variables 会列出模板需要的全部变量。", "prompt.input_variables lists every variable the template needs.")],
    },
  ],
  docs: ["https://docs.langchain.com/oss/python/langchain/errors/INVALID_PROMPT_INPUT", "https://docs.langchain.com/oss/python/common-errors"],
  samples: [{ text: "KeyError: \"Input to ChatPromptTemplate is missing variables {'\\\\n  \"name\"'}.  Expected: ['\\\\n  \"name\"', 'question'] Received: ['question']\\nNote: if you intended {\\n  \"name\"} to be part of the string and not a variable, please escape it with double curly braces like: '{{\\n  \"name\"}}'.\\nFor troubleshooting, visit: https://python.langchain.com/docs/troubleshooting/errors/INVALID_PROMPT_INPUT \"", source: "https://docs.langchain.com/oss/python/langchain/errors/INVALID_PROMPT_INPUT" }],
});
