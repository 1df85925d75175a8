import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "vllm.failed-to-inspect",
  category: "dependency.missing",
  match: [/Model architectures \[['"](?<arch>\w{1,100})['"][^\]\n]{0,200}\] failed to be inspected/],
  title: (c) => t(`vLLM 导入 ${ic(c.g.arch ?? "?")} 的实现失败`, `vLLM failed to import the implementation of ${ic(c.g.arch ?? "?")}`),
  summary: t(
    "vLLM 在子进程里导入这个架构的模型代码时出错。按官方排错文档，这通常是缺少依赖或 vLLM 的编译产物过旧/不匹配；真正的原因在这行之前的日志里。",
    "vLLM hit an error importing this architecture's model code in a subprocess. Per the official troubleshooting guide this is usually a missing dependency or outdated binaries in the vLLM build; the real cause is in the log above this line.",
  ),
  causes: [
    t("缺少模型代码需要的 Python 包", "a Python package the model code needs is missing"),
    t("vLLM 的编译产物过旧，或与环境里的其他二进制包不匹配", "the vLLM build's binaries are outdated or do not match other binary packages in the environment"),
  ],
  solutions: [
    {
      title: t("往前翻日志，修复真正的导入错误", "Scroll up and fix the actual import error"),
      steps: [t("在这行之前找 ImportError 或「符号未定义」之类的报错；按它安装缺失的包，或重新安装与 torch 匹配的 vLLM。", "Look above this line for an ImportError, a missing-symbol error or similar; install the missing package or reinstall a vLLM that matches your torch.")],
    },
    {
      title: t("在干净的环境里重新安装 vLLM", "Reinstall vLLM in a clean environment"),
      steps: [t("新建虚拟环境并只用 pip install vllm 安装，让它选择匹配的 torch 版本。", "Create a fresh virtual environment and install with pip install vllm alone so it picks the matching torch.")],
    },
  ],
  docs: ["https://github.com/vllm-project/vllm/blob/main/docs/usage/troubleshooting.md"],
  samples: [{ text: 'ValueError: Model architectures [\'Qwen2ForCausalLM\'] failed to be inspected. Please check the logs for more details.', source: "https://github.com/vllm-project/vllm/blob/main/docs/usage/troubleshooting.md" }],
});
