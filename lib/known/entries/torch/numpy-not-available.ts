import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "torch.numpy-not-available",
  category: "dependency.install",
  match: [/RuntimeError: Numpy is not available/, /PyTorch was compiled without NumPy support/],
  title: t("PyTorch 无法使用当前环境里的 NumPy", "PyTorch cannot use the NumPy in this environment"),
  summary: (c) =>
    c.f.has(/compiled using NumPy 1\.x cannot be run in/)
      ? t(
          "上方的提示说明装的是 NumPy 2，而这个 PyTorch 是针对 NumPy 1.x 编译的：PyTorch 2.3.0 才开始支持 NumPy 2.0，更早的版本在 NumPy 2 下加载 NumPy 桥接失败，于是 .numpy() / from_numpy 都报这个错。",
          "The notice above shows NumPy 2 is installed while this PyTorch was built against NumPy 1.x: PyTorch 2.3.0 is the first release that supports NumPy 2.0, and older ones fail to load their NumPy bridge under NumPy 2, so .numpy() / from_numpy raise this.",
        )
      : t(
          "Tensor.numpy()、torch.from_numpy 等需要 PyTorch 的 NumPy 桥接。它没能加载：要么环境里没有装 NumPy，要么 NumPy 的大版本与这个 PyTorch 不兼容（PyTorch 2.3.0 之前的版本不支持 NumPy 2）。",
          "Tensor.numpy(), torch.from_numpy and friends need PyTorch's NumPy bridge, which failed to load: either NumPy is not installed in the environment, or its major version is incompatible with this PyTorch (releases before 2.3.0 do not support NumPy 2).",
        ),
  causes: [
    t("PyTorch 早于 2.3.0，而环境里是 NumPy 2.x", "PyTorch is older than 2.3.0 while NumPy 2.x is installed"),
    t("环境里根本没有安装 NumPy", "NumPy is not installed in the environment at all"),
  ],
  solutions: [
    {
      title: t("让 PyTorch 和 NumPy 版本相互兼容", "Make the PyTorch and NumPy versions compatible"),
      steps: [
        t(
          "PyTorch 维护者的说明：不要只固定其中一个。能升级时把 torch 升到 2.3 或更高（按 pytorch.org 选择与 CUDA 匹配的命令）；项目必须用旧版 torch 时，固定 numpy<2。",
          "The PyTorch maintainers' advice: do not pin just one of them. If you can, upgrade torch to 2.3 or later (with the pytorch.org command matching your CUDA); if the project needs an older torch, pin numpy<2.",
        ),
      ],
      code: () => block("bash", ['python -c "import torch, numpy; print(torch.__version__, numpy.__version__)"', 'python -m pip install "numpy<2"  # only if you must keep torch < 2.3']),
    },
  ],
  docs: ["https://github.com/pytorch/pytorch/issues/132179", "https://github.com/pytorch/pytorch/issues/78341"],
  samples: [
    {
      text: "    action = dynamicController(obs).cpu().detach().numpy()\nRuntimeError: Numpy is not available",
      source: "https://github.com/ZYunfeii/UAV_Obstacle_Avoiding_DRL/issues/7",
    },
  ],
});
