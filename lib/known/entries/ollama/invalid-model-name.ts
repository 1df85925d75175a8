import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "ollama.invalid-model-name",
  category: "request.invalid",
  match: [/ResponseError: invalid model name\b/, /"error"\s*:\s*"invalid model name"/, /Error: invalid model name(?::\s*(?<name>[^\s]{1,120}))?/],
  title: t("Ollama 拒绝了这个模型名（格式不合法）", "Ollama rejected the model name (invalid format)"),
  summary: t(
    "Ollama 的模型名要符合「[命名空间/]模型[:标签]」的格式；名字为空、带了不允许的字符或多余的部分时，服务端在查找模型之前就返回 invalid model name。",
    "Ollama model names must have the form [namespace/]model[:tag]; an empty name, disallowed characters or extra parts make the server answer invalid model name before looking anything up.",
  ),
  causes: [
    t("请求里的模型名为空（参数没有传对，或传成了别的类型）", "the request's model name is empty (the argument was not passed correctly, or had another type)"),
    t("名字里带了路径、URL、空格等不允许的字符", "the name contains a path, URL, spaces or other disallowed characters"),
  ],
  solutions: [
    {
      title: t("确认请求体里的模型名字段", "Check the model field in the request body"),
      steps: [t("打印实际发送的请求，确认 model 是非空字符串，并核对 SDK 方法的参数签名。", "Print the request actually sent, make sure model is a non-empty string, and check the SDK method's parameter signature.")],
    },
    {
      title: t("用 ollama list 里显示的名字", "Use a name exactly as ollama list shows it"),
      steps: [t("名字形如 llama3.2:3b 或 命名空间/模型:标签。", "Names look like llama3.2:3b or namespace/model:tag.")],
    },
  ],
  docs: ["https://github.com/ollama/ollama/blob/main/types/errtypes/errtypes.go", "https://github.com/ollama/ollama/blob/main/docs/api.md"],
  samples: [{ text: '400 Bad Request: {"error":"invalid model name"}\nollama._types.ResponseError: invalid model name (status code: 400)', source: "https://github.com/ollama/ollama/blob/main/types/errtypes/errtypes.go" }],
});
