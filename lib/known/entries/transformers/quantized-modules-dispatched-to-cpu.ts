import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "transformers.quantized-modules-dispatched-to-cpu",
  category: "code.value",
  match: ["Some modules are dispatched on the CPU or the disk. Make sure you have enough GPU RAM to fit"],
  title: t("量化模型放不进 GPU 剩余显存，部分层被分配到了 CPU / 磁盘", "The quantized model does not fit in free GPU memory, so some layers were placed on the CPU / disk"),
  summary: t(
    "用 bitsandbytes 8 位 / 4 位量化加载模型并设置 device_map=\"auto\" 时，accelerate 按当前空闲显存分配各层。空闲显存不够，部分层就被分到 CPU 或磁盘；而量化层默认不能卸载到 CPU，于是 from_pretrained 报错。判断依据是加载那一刻的空闲显存，不是显卡总容量——同一进程或其他程序占着的显存也算在内。",
    "When a model is loaded with bitsandbytes 8-bit / 4-bit quantisation and device_map=\"auto\", accelerate places layers according to the GPU memory free right now. If there is not enough, some layers go to the CPU or disk, and quantised layers cannot be offloaded there by default, so from_pretrained fails. What counts is the free memory at load time, not the card's total — memory held by the same process or other programs counts against it.",
  ),
  causes: [
    t("模型量化后仍然比空闲显存大", "the model is still larger than the free GPU memory after quantisation"),
    t("同一进程里之前加载的模型（如 ComfyUI / 笔记本里的旧模型）或其他程序占着显存", "models loaded earlier in the same process (ComfyUI, an old model in a notebook) or other programs hold GPU memory"),
    t("bitsandbytes 没能使用 GPU（例如装的是不带 CUDA 支持的版本），显存被判定为不可用", "bitsandbytes cannot use the GPU (for example a build without CUDA support), so GPU memory is treated as unavailable"),
  ],
  solutions: [
    {
      title: t("先腾出显存，或换更小的量化 / 模型", "Free GPU memory first, or use a smaller quantisation / model"),
      steps: [t("用 nvidia-smi 看哪些进程占着显存；重启内核或程序释放旧模型；8 位放不下可以试 4 位（load_in_4bit）或更小的模型。", "Check with nvidia-smi which processes hold memory; restart the kernel or program to drop old models; if 8-bit does not fit, try 4-bit (load_in_4bit) or a smaller model.")],
      code: () => block("bash", ["nvidia-smi"]),
    },
    {
      title: t("确实要让部分层在 CPU 上运行：开启 fp32 CPU 卸载", "If some layers should run on the CPU: enable fp32 CPU offload"),
      steps: [
        t(
          "按报错里链接的量化文档，在 BitsAndBytesConfig 里设置 llm_int8_enable_fp32_cpu_offload=True，并给出 device_map。较老的报错文字写的是 load_in_8bit_fp32_cpu_offload，传给 BitsAndBytesConfig 会报 unexpected keyword。卸载到 CPU 的层会慢很多。",
          "Per the quantisation docs the error links, set llm_int8_enable_fp32_cpu_offload=True in BitsAndBytesConfig and pass a device_map. Older messages say load_in_8bit_fp32_cpu_offload, which BitsAndBytesConfig rejects as an unexpected keyword. Layers offloaded to the CPU run much slower.",
        ),
      ],
      code: () =>
        block("python", [
          "from transformers import AutoModelForCausalLM, BitsAndBytesConfig",
          "",
          "quantization_config = BitsAndBytesConfig(load_in_8bit=True, llm_int8_enable_fp32_cpu_offload=True)",
          "model = AutoModelForCausalLM.from_pretrained(",
          '    "bigscience/bloom-1b7",',
          '    device_map="auto",',
          "    quantization_config=quantization_config,",
          ")",
        ]),
    },
  ],
  docs: ["https://huggingface.co/docs/transformers/main/en/main_classes/quantization#offload-between-cpu-and-gpu", "https://github.com/Vision-CAIR/MiniGPT-4/issues/39"],
  samples: [
    {
      text: "ValueError: Some modules are dispatched on the CPU or the disk. Make sure you have enough GPU RAM to fit the quantized model. If you want to dispatch the model on the CPU or the disk while keeping these modules in 32-bit, you need to set `load_in_8bit_fp32_cpu_offload=True` and pass a custom `device_map` to `from_pretrained`. Check https://huggingface.co/docs/transformers/main/en/main_classes/quantization#offload-between-cpu-and-gpu for more details.",
      source: "https://github.com/huggingface/local-gemma/issues/24",
    },
  ],
});
