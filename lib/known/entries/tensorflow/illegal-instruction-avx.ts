import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "tensorflow.illegal-instruction-avx",
  category: "unknown",
  // Only when TensorFlow is named just before the crash: "Illegal instruction" alone has many causes.
  match: [/\b(?:import tensorflow|tensorflow as tf)\b[^\n]{0,300}\n(?:[^\n]{0,300}\n){0,3}[^\n]{0,80}Illegal instruction/],
  title: t("导入 TensorFlow 时 Illegal instruction：CPU 不支持预编译包用到的 AVX 指令", "Illegal instruction on importing TensorFlow: the CPU lacks the AVX instructions the prebuilt package uses"),
  summary: t(
    "从 1.6 起，TensorFlow 的官方预编译包使用 AVX 指令；CPU（或虚拟机/容器暴露给它的 CPU 特性）没有 AVX 时，导入 tensorflow 就会因非法指令被系统终止，不会有 Python 异常。",
    "Since 1.6, TensorFlow's official prebuilt packages use AVX instructions; when the CPU (or the CPU features a VM or container exposes) has no AVX, importing tensorflow is killed with an illegal instruction, with no Python exception.",
  ),
  causes: [
    t("CPU 太老或是不带 AVX 的低功耗型号", "the CPU is old, or a low-power model without AVX"),
    t("虚拟机、模拟器（如 Apple 芯片上的 x86 模拟）或某些云主机没有把 AVX 暴露给客户机", "a VM, an emulator (x86 emulation on Apple silicon) or some cloud hosts do not expose AVX to the guest"),
  ],
  solutions: [
    {
      title: t("先确认 CPU 是否支持 AVX", "First check whether the CPU has AVX"),
      steps: [t("Linux 上查看 /proc/cpuinfo 的 flags 是否含 avx；没有输出就说明不支持。", "On Linux, see whether the flags in /proc/cpuinfo include avx; no output means it does not.")],
      code: () => ({ language: "bash", content: "grep -o -w -m1 avx /proc/cpuinfo || echo 'no AVX on this CPU'" }),
    },
    {
      title: t("没有 AVX：从源码编译、换机器，或用 1.5 及更早版本", "No AVX: build from source, use another machine, or stay on 1.5 or older"),
      steps: [t("TensorFlow 维护者给出的选项是：自己从源码编译（不启用 AVX）、使用第三方编译的包、换到支持 AVX 的机器（或 Colab），或停留在 1.5。", "The options TensorFlow's maintainers give are: build from source yourself (without AVX), use third-party builds, move to a machine with AVX (or Colab), or stay on 1.5.")],
    },
  ],
  docs: ["https://github.com/tensorflow/tensorflow/issues/19104", "https://github.com/tensorflow/tensorflow/issues/18322", "https://TensorFlow.org/install/pip"],
  samples: [
    { text: "Python 2.7.14 |Anaconda, Inc.| (default, Mar 27 2018, 17:29:31) \n[GCC 7.2.0] on linux2\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n>>> import tensorflow as tf\nIllegal instruction ( core dumped creato )", source: "https://github.com/tensorflow/tensorflow/issues/18322" },
  ],
});
