import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "vllm.architecture-not-supported",
  category: "model.not_found",
  match: [/Model architectures \[['"](?<arch>\w{1,100})['"][^\]\n]{0,200}\] are not supported for now/],
  title: (c) => t(`vLLM 不认识模型架构 ${ic(c.g.arch ?? "?")}`, `vLLM does not recognise the model architecture ${ic(c.g.arch ?? "?")}`),
  summary: t(
    "vLLM 按模型 config.json 里的 architectures 字段找对应的实现；当前安装的 vLLM 注册表里没有它，或者注册表里有但导入失败，就会报「不支持」。",
    "vLLM finds its implementation from the architectures field of the model's config.json; the installed vLLM either has no such entry, or has it but failed to import it, and reports it as unsupported.",
  ),
  causes: [
    t("模型比安装的 vLLM 新：新架构要更新版本的 vLLM 才支持", "the model is newer than the installed vLLM: new architectures need a newer vLLM"),
    t("架构明明在支持列表里（例如 LlamaForCausalLM）：实际是 vLLM 导入模型代码时出错（依赖缺失、二进制不匹配），真正的错误在前面的日志里", "the architecture is on the supported list (e.g. LlamaForCausalLM): vLLM actually failed to import the model code (missing dependency, mismatched binaries) and the real error is earlier in the log"),
    t("模型目录不是完整的生成模型（例如只导出了编码器，architectures 是 LlamaModel）", "the model directory is not a full generative model (e.g. only the encoder was exported, architectures is LlamaModel)"),
  ],
  solutions: [
    {
      title: t("对照支持列表；不在列表里就升级 vLLM", "Check the supported models list; upgrade vLLM if it is missing"),
      steps: [t("在 vLLM 文档的 Supported Models 里查这个架构以及需要的最低版本，用 pip install -U vllm 升级。", "Look the architecture up in vLLM's Supported Models and the version it needs, then upgrade with pip install -U vllm.")],
    },
    {
      title: t("在列表里却报错：往前翻日志找导入错误", "Listed but refused: look earlier in the log for the import error"),
      steps: [t("这种情况通常是缺少依赖或 vLLM 编译产物过旧；修好那个错误即可，必要时按文档的 model resolution 步骤显式指定实现。", "This usually means a missing dependency or outdated binaries in the vLLM build; fix that error, or follow the docs' model resolution steps to name the implementation explicitly.")],
    },
  ],
  docs: ["https://github.com/vllm-project/vllm/blob/main/docs/usage/troubleshooting.md", "https://github.com/vllm-project/vllm/blob/main/docs/configuration/model_resolution.md"],
  samples: [{ text: "ValueError: Model architectures ['Gemma3ForConditionalGeneration'] are not supported for now. Supported architectures: dict_keys(['AquilaModel', 'AquilaForCausalLM', 'LlamaForCausalLM'])", source: "https://github.com/vllm-project/vllm/blob/main/docs/usage/troubleshooting.md" }],
});
