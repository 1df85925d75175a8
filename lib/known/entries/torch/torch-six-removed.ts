import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "torch.torch-six-removed",
  category: "dependency.missing",
  match: [/No module named 'torch\._six'/, /module 'torch' has no attribute '_six'/],
  title: t("PyTorch 2.0 删除了私有模块 torch._six", "PyTorch 2.0 removed the private module torch._six"),
  summary: t(
    "torch._six 是 PyTorch 内部用来兼容 Python 2 的私有模块，PyTorch 2.0 随着去掉 six / future 依赖把它删除了。环境里是 PyTorch 2.x，而出错的代码（通常是较老的项目或第三方库）还在导入它。",
    "torch._six was PyTorch's private Python 2 compatibility module; PyTorch 2.0 deleted it along with the six / future dependencies. PyTorch 2.x is installed while the failing code (usually an older project or third-party library) still imports it.",
  ),
  causes: [
    t("项目是为 PyTorch 1.x 写的，没有固定 torch 版本", "the project was written for PyTorch 1.x and does not pin torch"),
    t("某个依赖库的旧版本导入了 torch._six", "an old version of a dependency imports torch._six"),
  ],
  solutions: [
    {
      title: t("按 PyTorch 2.0 发布说明替换导入", "Replace the import as the PyTorch 2.0 release notes describe"),
      steps: [
        t(
          "string_classes 换成 str，int_classes 换成 int，inf / nan 从 torch 直接导入。出错的文件在 site-packages 下时，优先升级那个库，它的新版本通常已经改好。",
          "Use str for string_classes, int for int_classes, and import inf / nan straight from torch. If the failing file is under site-packages, upgrade that library first; newer releases usually have this fixed.",
        ),
      ],
      code: () =>
        block("python", [
          "from torch import inf, nan  # was: from torch._six import inf, nan",
          "",
          "string_classes = str  # was: from torch._six import string_classes",
          "int_classes = int  # was: from torch._six import int_classes",
          "print(inf, nan, string_classes, int_classes)",
        ]),
    },
    {
      title: t("无法改代码时：使用项目要求的 PyTorch 1.x", "If you cannot change the code: use the PyTorch 1.x the project requires"),
      steps: [t("按项目文档安装对应的 torch 1.x（注意与 CUDA 版本匹配）；这只适合暂时复现旧结果。", "Install the torch 1.x the project documents (matching your CUDA version); this only suits reproducing old results for now.")],
    },
  ],
  docs: ["https://github.com/pytorch/pytorch/releases/tag/v2.0.0", "https://github.com/pytorch/pytorch/pull/94709"],
  samples: [
    {
      text: "    from torch._six import inf\nModuleNotFoundError: No module named 'torch._six'",
      source: "https://github.com/VITA-Group/SLaK/issues/18",
    },
  ],
});
