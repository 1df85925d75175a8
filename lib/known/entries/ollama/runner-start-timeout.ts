import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "ollama.runner-start-timeout",
  category: "network.timeout",
  match: [/timed out waiting for llama runner to start/],
  title: t("Ollama 加载模型超时", "Ollama timed out loading the model"),
  summary: t(
    "Ollama 在启动推理子进程加载模型时，如果加载停滞超过 OLLAMA_LOAD_TIMEOUT（默认 5 分钟），就放弃并报这个错误。大模型放在慢速磁盘或网络存储上、或者内存不足频繁换页时最常见。",
    "When Ollama's runner stalls while loading a model for longer than OLLAMA_LOAD_TIMEOUT (5 minutes by default), Ollama gives up with this error. It is most common with large models on slow or network storage, or when memory pressure causes heavy swapping.",
  ),
  causes: [
    t("模型文件在慢速磁盘、网络盘或容器卷上，读取太慢", "the model files sit on a slow disk, network share or container volume"),
    t("内存不足导致频繁换页，加载几乎停滞", "memory pressure causes heavy swapping and loading nearly stalls"),
  ],
  solutions: [
    {
      title: t("调大 OLLAMA_LOAD_TIMEOUT", "Raise OLLAMA_LOAD_TIMEOUT"),
      steps: [t("在 Ollama 服务的环境变量里设置更长的时长（如 15m），然后重启服务。", "Set a longer duration (e.g. 15m) in the Ollama service's environment and restart it.")],
    },
    {
      title: t("把模型放到本地 SSD，或换更小的模型", "Keep models on a local SSD, or use a smaller model"),
      steps: [t("用 OLLAMA_MODELS 把模型目录指向本地高速磁盘。", "Point OLLAMA_MODELS at a fast local disk.")],
    },
  ],
  docs: ["https://github.com/ollama/ollama/blob/main/envconfig/config.go", "https://github.com/ollama/ollama/blob/main/docs/faq.mdx"],
  samples: [{ text: "Error: timed out waiting for llama runner to start - progress 0.00 - ", source: "https://github.com/ollama/ollama/blob/24b1f0a846ecc538bd7a6f40b94f64a2d8509f5b/llm/server.go" }],
});
