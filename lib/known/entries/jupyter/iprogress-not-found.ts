import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "jupyter.iprogress-not-found",
  category: "dependency.missing",
  match: [/(?<widget>IProgress|IntProgress) not found\. Please update jupyter and ipywidgets/],
  title: t("笔记本内核里没有装 ipywidgets，tqdm 画不出进度条", "ipywidgets is not installed in the notebook's kernel, so tqdm cannot draw its progress bar"),
  summary: t(
    "tqdm 的笔记本进度条（tqdm.notebook / tqdm.auto，很多库下载模型或训练时会用）依赖 ipywidgets 的进度条控件。当前内核的 Python 环境里导入不到 ipywidgets，于是报这个错——哪怕 Jupyter 本身是最新的。",
    "tqdm's notebook progress bar (tqdm.notebook / tqdm.auto, which many libraries use while downloading models or training) relies on ipywidgets' progress widget. The kernel's Python environment cannot import ipywidgets, hence this error — even if Jupyter itself is up to date.",
  ),
  causes: [
    t("只装了 jupyterlab，没有装 ipywidgets（它不会随 jupyterlab 一起安装）", "only jupyterlab was installed; ipywidgets does not come with it"),
    t("ipywidgets 装进了另一个环境，而不是笔记本内核使用的那个", "ipywidgets went into a different environment than the one the notebook kernel runs"),
  ],
  solutions: [
    {
      title: t("把 ipywidgets 装进内核所用的 Python，然后重启内核", "Install ipywidgets into the kernel's Python, then restart the kernel"),
      steps: [
        t(
          "在笔记本的一个单元格里运行下面的代码，可确保装进的是当前内核的解释器（sys.executable）。装完后重启内核；若 Jupyter 在别的环境里运行，也在那个环境里装一次 ipywidgets，页面才能显示控件。",
          "Run the code below in a notebook cell so it installs into the current kernel's interpreter (sys.executable). Restart the kernel afterwards; if Jupyter itself runs from another environment, install ipywidgets there too so the page can render the widget.",
        ),
      ],
      code: () =>
        block("python", [
          "import subprocess",
          "import sys",
          "",
          'subprocess.check_call([sys.executable, "-m", "pip", "install", "ipywidgets"])',
        ]),
    },
    {
      title: t("不需要图形进度条时：改用纯文本的 tqdm", "If you do not need the widget: use plain-text tqdm"),
      steps: [t("from tqdm import tqdm 输出文本进度条，不依赖 ipywidgets。", "from tqdm import tqdm prints a text progress bar and does not need ipywidgets.")],
    },
  ],
  docs: ["https://ipywidgets.readthedocs.io/en/stable/user_install.html", "https://github.com/tqdm/tqdm/issues/1072"],
  samples: [
    {
      text: "ImportError: IProgress not found. Please update jupyter and ipywidgets. See https://ipywidgets.readthedocs.io/en/stable/user_install.html",
      source: "https://github.com/NVIDIA-NeMo/Speech/pull/2199",
    },
  ],
});
