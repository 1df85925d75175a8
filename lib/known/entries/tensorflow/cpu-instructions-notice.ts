import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "tensorflow.cpu-instructions-notice",
  category: "unknown",
  match: [
    /This TensorFlow binary is optimized (?:with oneAPI Deep Neural Network Library \(oneDNN\) )?to use (?:available CPU instructions|the following CPU instructions)/,
    /Your CPU supports instructions that this TensorFlow binary was not compiled to use(?<isa>: [A-Z0-9. ]{1,80})?/,
    /The TensorFlow library wasn't compiled to use \w{1,12} instructions, but these are available on your machine/,
  ],
  title: t("这只是 TensorFlow 的提示信息：预编译包没有用上 CPU 的全部指令集", "Only a TensorFlow notice: the prebuilt package does not use every CPU instruction set"),
  summary: t(
    "TensorFlow 启动时报告：你的 CPU 支持某些指令（AVX2、FMA 等），而 pip 装的通用二进制没有在所有运算中使用它们。这不是错误，不影响结果，只意味着部分 CPU 运算可能更慢。如果程序确实失败了，真正的错误在日志的别处。",
    "At startup TensorFlow reports that your CPU supports instructions (AVX2, FMA, …) the generic pip binary does not use in every operation. It is not an error and does not affect results; it only means some CPU operations could be faster. If the program really failed, the actual error is elsewhere in the log.",
  ),
  causes: [t("pip 上的 TensorFlow 为兼容尽可能多的 CPU 而按通用指令集编译", "pip's TensorFlow is compiled for a generic instruction set so it runs on as many CPUs as possible")],
  solutions: [
    {
      title: t("忽略它，去找日志里真正的报错", "Ignore it and look for the real error in the log"),
      steps: [
        t(
          "从下往上找 Traceback 或以 E / F 开头的日志行；这条提示以 I（信息）或 W 开头。只想让日志安静些时，在导入 TensorFlow 前把环境变量 TF_CPP_MIN_LOG_LEVEL 设为 2。",
          "Look upward for a Traceback or log lines starting with E / F; this notice starts with I (info) or W. To quiet the log, set the environment variable TF_CPP_MIN_LOG_LEVEL=2 before importing TensorFlow.",
        ),
      ],
    },
    {
      title: t("确实需要这些指令带来的 CPU 性能时：从源码编译", "If you need the CPU speed-up: build TensorFlow from source"),
      steps: [t("用 --copt=-march=native 等优化选项从源码构建，只对在本机运行有意义；GPU 训练一般不需要。", "Build from source with optimisation flags such as --copt=-march=native; it only pays off on the machine it is built for, and GPU training rarely needs it.")],
    },
  ],
  docs: ["https://github.com/tensorflow/tensorflow/issues/7778", "https://github.com/tensorflow/tensorflow/issues/7336", "https://github.com/serizba/cppflow/issues/139"],
  samples: [
    {
      text: "This TensorFlow binary is optimized with oneAPI Deep Neural Network Library (oneDNN) to use the following CPU instructions in performance-critical operations:  AVX2\nTo enable them in other operations, rebuild TensorFlow with the appropriate compiler flags.",
      source: "https://github.com/serizba/cppflow/issues/139",
    },
    {
      text: "Your CPU supports instructions that this TensorFlow binary was not compiled to use: SSE4.1 SSE4.2 AVX AVX2 FMA",
      source: "https://github.com/RedisAI/redis-inference-optimization/issues/14",
    },
  ],
});
