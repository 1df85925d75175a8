import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "llamacpp.python-context-window",
  category: "request.context_length",
  match: [/Requested tokens \((?<req>\d{1,9})\) exceed context window of (?<ctx>\d{1,9})/],
  title: (c) => t(`请求 ${c.g.req ?? "?"} tokens，超过了 n_ctx=${c.g.ctx ?? "?"}`, `${c.g.req ?? "?"} tokens requested, more than n_ctx=${c.g.ctx ?? "?"}`),
  summary: (c) =>
    t(
      `llama-cpp-python 的 Llama 对象在创建时用 n_ctx 决定上下文大小（旧版本默认只有 512）${c.g.ctx === "512" ? "，这里正是默认的 512" : ""}；提示词加生成长度超过它就抛出这个错误。`,
      `llama-cpp-python's Llama object fixes its context size with n_ctx when it is created (older versions default to just 512)${c.g.ctx === "512" ? ", and 512 is what it is here" : ""}; a prompt plus generation longer than that raises this error.`,
    ),
  causes: [t("创建 Llama（或 LangChain 的 LlamaCpp）时没有设置 n_ctx，用了很小的默认值", "Llama (or LangChain's LlamaCpp) was created without n_ctx and kept a small default")],
  solutions: [
    {
      title: t("创建模型时设置更大的 n_ctx", "Set a larger n_ctx when creating the model"),
      steps: [t("n_ctx=0 表示使用模型自身的训练长度；更大的上下文需要更多内存。", "n_ctx=0 means the model's own trained length; a larger context needs more memory.")],
      code: () => block("python", ["import os", "from llama_cpp import Llama", "", 'llm = Llama(model_path=os.environ["MODEL_PATH"], n_ctx=8192)']),
    },
    {
      title: t("或者缩短提示词", "Or shorten the prompt"),
      steps: [t("截断文档和历史，让提示词加 max_tokens 小于 n_ctx。", "Trim documents and history so the prompt plus max_tokens stays below n_ctx.")],
    },
  ],
  docs: ["https://llama-cpp-python.readthedocs.io/en/latest/api-reference/"],
  samples: [{ text: "ValueError: Requested tokens (1143) exceed context window of 512", source: "https://llama-cpp-python.readthedocs.io/en/latest/api-reference/" }],
});
