import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "transformers.accelerate-required",
  category: "dependency.missing",
  match: [/Using `low_cpu_mem_usage=True` or a `device_map` requires Accelerate: `pip install (?:'accelerate(?<min>>=[\d.]{1,12})'|accelerate)`/],
  title: (c) => t(`device_map / low_cpu_mem_usage 需要 accelerate${c.g.min ? ` ${c.g.min}` : ""}`, `device_map / low_cpu_mem_usage needs accelerate${c.g.min ? ` ${c.g.min}` : ""}`),
  summary: (c) =>
    t(
      `from_pretrained 用了 device_map（如 "auto"）或 low_cpu_mem_usage=True，这两项都由 accelerate 包实现；transformers 在当前解释器里没能导入到满足版本要求的 accelerate${c.g.min ? `（要求 ${c.g.min}）` : ""}。已经装过仍然报错时，通常是装到了另一个 Python 环境、版本低于要求，或 accelerate 本身导入失败。`,
      `from_pretrained was given device_map (e.g. "auto") or low_cpu_mem_usage=True, both implemented by the accelerate package; transformers could not import an accelerate that meets its version requirement${c.g.min ? ` (${c.g.min})` : ""} in this interpreter. If it is already installed, it usually went into another Python environment, is older than required, or fails to import itself.`,
    ),
  causes: [
    t("accelerate 没有安装在运行代码的那个环境里（例如 ComfyUI 便携版用的是自带的 python_embeded，而你用系统 pip 装的）", "accelerate is not installed in the environment that runs the code (e.g. portable ComfyUI uses its own python_embeded while you installed with the system pip)"),
    t("已安装的 accelerate 低于消息要求的最低版本", "the installed accelerate is older than the minimum the message asks for"),
    t("accelerate 本身导入失败（例如与 torch 版本不匹配），transformers 把它当作未安装", "accelerate fails to import (e.g. mismatched with torch), which transformers reports as not installed"),
    t("云主机/容器重启后环境被重置，安装没有保留", "a cloud instance or container reset its environment on restart, dropping the install"),
  ],
  solutions: [
    {
      title: t("用运行代码的同一个解释器安装并验证", "Install and verify with the same interpreter that runs the code"),
      steps: [t("用 python -m pip（ComfyUI 便携版用 python_embeded\\python.exe -m pip）安装消息要求的版本，再在同一解释器里 import accelerate 确认没有报错；Notebook 需要重启内核。", "Install the required version with python -m pip (for portable ComfyUI, python_embeded\\python.exe -m pip), then import accelerate in that same interpreter to confirm it loads; restart the notebook kernel.")],
      code: (c) => block("bash", [`python -m pip install --upgrade ${c.g.min ? `"accelerate${c.g.min}"` : "accelerate"}`, 'python -c "import sys, accelerate; print(sys.executable, accelerate.__version__)"']),
    },
    {
      title: t("不需要自动分配设备时：去掉 device_map / low_cpu_mem_usage", "If you do not need automatic placement: drop device_map / low_cpu_mem_usage"),
      steps: [t("加载后再用 model.to(\"cuda\") 手动放到 GPU。", "Load without them and move the model with model.to(\"cuda\") afterwards.")],
    },
  ],
  docs: ["https://github.com/kijai/ComfyUI-HunyuanVideoWrapper/issues/398", "https://github.com/googlecolab/colabtools/issues/4136", "https://github.com/QwenLM/Qwen3/issues/173"],
  samples: [
    {
      text: "  File \"/opt/conda/lib/python3.10/site-packages/transformers/modeling_utils.py\", line 2998, in from_pretrained\n    raise ImportError(\nImportError: Using `low_cpu_mem_usage=True` or a `device_map` requires Accelerate: `pip install accelerate`",
      source: "https://github.com/QwenLM/Qwen3/issues/173",
    },
    {
      text: "ImportError: Using `low_cpu_mem_usage=True` or a `device_map` requires Accelerate: `pip install 'accelerate>=0.26.0'`",
      source: "https://github.com/miaoshouai/ComfyUI-Miaoshouai-Tagger/issues/47",
    },
  ],
});
