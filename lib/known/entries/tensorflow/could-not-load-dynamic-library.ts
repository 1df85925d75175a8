import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "tensorflow.could-not-load-dynamic-library",
  category: "dependency.missing",
  match: [/Could not load dynamic library '(?<lib>[\w.+-]{1,80})'; dlerror: [^\n]{0,200}/],
  title: (c) => t(`TensorFlow 加载不到 GPU 库 ${c.g.lib ?? ""}，将只用 CPU`, `TensorFlow cannot load the GPU library ${c.g.lib ?? ""} and falls back to the CPU`),
  summary: (c) =>
    t(
      `这是 TensorFlow 启动时的警告（W 开头），不是崩溃：它要找的 ${c.g.lib ?? "CUDA/cuDNN 库"} 不在库搜索路径上，于是 GPU 不可用，运算全部在 CPU 上进行。文件名里的版本号就是这个 TensorFlow 版本编译时用的 CUDA/cuDNN 版本。`,
      `This is a TensorFlow start-up warning (W-prefixed), not a crash: the ${c.g.lib ?? "CUDA/cuDNN library"} it looks for is not on the library search path, so the GPU is unavailable and everything runs on the CPU. The version in the file name is the CUDA/cuDNN version this TensorFlow was built against.`,
    ),
  causes: [
    t("机器上没有安装对应版本的 CUDA/cuDNN，或装的是别的大版本", "the matching CUDA/cuDNN version is not installed, or another major version is"),
    t("Linux 上装的是不带 GPU 依赖的 tensorflow；官方推荐用 tensorflow[and-cuda] 一并安装 CUDA 库", "on Linux, tensorflow was installed without its GPU dependencies; the official way is tensorflow[and-cuda], which pulls the CUDA libraries"),
    t("在原生 Windows 上使用 TensorFlow 2.11 及以上：官方只支持到 2.10 的原生 Windows GPU，之后需用 WSL2", "TensorFlow 2.11+ on native Windows: official native-Windows GPU support ends at 2.10; newer versions need WSL2"),
  ],
  solutions: [
    {
      title: t("Linux / WSL2：安装 tensorflow[and-cuda] 并验证 GPU", "Linux / WSL2: install tensorflow[and-cuda] and check the GPU"),
      steps: [t("这是 TensorFlow 官方安装页给出的方式；最后一行应列出至少一个 GPU。", "This is the method on TensorFlow's install page; the last command should list at least one GPU.")],
      code: () => block("bash", ["python3 -m pip install 'tensorflow[and-cuda]'", "python3 -c \"import tensorflow as tf; print(tf.config.list_physical_devices('GPU'))\""]),
    },
    {
      title: t("原生 Windows 要用 GPU：改用 WSL2，或使用 tensorflow<2.11", "GPU on native Windows: move to WSL2, or use tensorflow<2.11"),
      steps: [t("官方说明 2.10 之后的版本在原生 Windows 上不支持 GPU；2.10 需要配套的 CUDA 11.2 与 cuDNN 8.1。", "The official docs say versions after 2.10 do not support the GPU on native Windows; 2.10 needs CUDA 11.2 and cuDNN 8.1.")],
    },
  ],
  prevention: [t("只需要 CPU 时，这条警告可以忽略；想去掉它可以改装只含 CPU 的 tensorflow-cpu 包。", "If you only need the CPU you can ignore this warning, or install the CPU-only tensorflow-cpu package instead.")],
  docs: ["https://TensorFlow.org/install/pip", "https://github.com/tensorflow/tensorflow/issues/59918"],
  samples: [
    {
      text: "2024-02-25 18:52:47.991396: W tensorflow/stream_executor/platform/default/dso_loader.cc:64] Could not load dynamic library 'libcudart.so.11.0'; dlerror: libcudart.so.11.0: cannot open shared object file: No such file or directory; LD_LIBRARY_PATH: /usr/local/lib/python3.10/dist-packages/cv2/../../lib64:/usr/lib64-nvidia",
      source: "https://github.com/ali-vilab/dreamtalk/issues/32",
    },
  ],
});
