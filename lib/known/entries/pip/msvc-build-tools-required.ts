import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "pip.msvc-build-tools-required",
  category: "dependency.install",
  match: [/Microsoft Visual C\+\+ 14\.0(?: or greater)? is required/],
  title: t("Windows 上从源码编译 Python 扩展需要 MSVC 生成工具", "Building a Python extension from source on Windows needs the MSVC build tools"),
  summary: t(
    "pip 没找到适合你的 Python 版本的预编译轮子（wheel），只能下载源码包在本机编译 C/C++ 扩展；Windows 上编译需要 Microsoft C++ 生成工具（MSVC 14.x 及以上），而本机没有安装。",
    "pip found no prebuilt wheel for your Python version, so it downloaded the source package and must compile its C/C++ extension locally; on Windows that needs the Microsoft C++ Build Tools (MSVC 14.x or later), which are not installed.",
  ),
  causes: [
    t("你的 Python 版本太新（或太旧），该包的这个版本没有为它发布 Windows 轮子，所以退回到源码编译", "your Python version is too new (or too old) for this release to have a Windows wheel, so pip fell back to building from source"),
    t("机器上没有安装 C++ 生成工具；只装 Visual C++ 运行库（Redistributable）不够", "no C++ build tools are installed; the Visual C++ Redistributable (runtime) alone is not enough"),
    t("装了 Visual Studio 但没有勾选 C++ 工作负载（MSVC 编译器和 Windows SDK）", "Visual Studio is installed without the C++ workload (the MSVC compiler and the Windows SDK)"),
  ],
  solutions: [
    {
      title: t("优先：换一个有预编译轮子的版本或 Python", "First choice: use a version or Python that has prebuilt wheels"),
      steps: [t("看报错的包（日志里 Building wheel for … 或 Failed building wheel for …）在 PyPI 上哪个版本有 cp3XX-win_amd64 的轮子：升级该包，或用它支持的 Python 版本建虚拟环境，就不需要编译器。", "Check which release of the failing package (Building wheel for … / Failed building wheel for … in the log) has a cp3XX-win_amd64 wheel on PyPI: upgrade the package, or create the virtual environment with a Python it supports, and no compiler is needed.")],
    },
    {
      title: t("确实需要编译时：安装 Microsoft C++ 生成工具", "If you must compile: install the Microsoft C++ Build Tools"),
      steps: [
        t("从消息给出的地址下载 Build Tools for Visual Studio，安装时勾选“使用 C++ 的桌面开发”（或“C++ 生成工具”）工作负载，保留默认的 MSVC 和 Windows SDK 组件；装完重新打开终端再安装。", "Download Build Tools for Visual Studio from the address in the message, select the \"Desktop development with C++\" (or \"C++ build tools\") workload with its default MSVC and Windows SDK components, then open a new terminal and install again."),
      ],
    },
  ],
  docs: ["https://github.com/fastapi/fastapi/discussions/6491", "https://github.com/nodejs/node/commit/7bc5f964fd", "https://github.com/codeforbuffalo/affordable_water/issues/11"],
  samples: [
    {
      text: "running build_ext building 'httptools.parser.parser' extension error: \nMicrosoft Visual C++ 14.0 or greater is required. Get it with \"Microsoft C++ Build Tools\":\nhttps://visualstudio.microsoft.com/visual-cpp-build-tools/",
      source: "https://github.com/fastapi/fastapi/discussions/6491",
    },
  ],
});
