import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "pip.externally-managed-environment",
  category: "dependency.install",
  match: ["error: externally-managed-environment", "This environment is externally managed"],
  title: t("系统 Python 由发行版管理（PEP 668），pip 拒绝往里安装", "pip refuses to install into an externally managed Python (PEP 668)"),
  summary: t(
    "你用来运行 pip 的是操作系统（Debian/Ubuntu、Raspberry Pi OS、Arch 等）或 Homebrew 自带的 Python，它带有 EXTERNALLY-MANAGED 标记；按 PEP 668，pip 不再往这种全局环境里装包，以免覆盖系统包管理器负责的文件。",
    "The Python you ran pip with belongs to the OS (Debian/Ubuntu, Raspberry Pi OS, Arch …) or to Homebrew and carries an EXTERNALLY-MANAGED marker; under PEP 668 pip no longer installs into that global environment, so it cannot overwrite files the system package manager owns.",
  ),
  causes: [
    t("在虚拟环境之外对系统 Python 执行了 pip install（包括 sudo pip、get-pip.py、脚本或 Dockerfile 里的 pip3 install）", "pip install ran against the system Python outside any virtual environment (sudo pip, get-pip.py, or a pip3 install in a script or Dockerfile)"),
    t("以前能用的脚本换到了更新的系统镜像上，新镜像的 Python 加了 EXTERNALLY-MANAGED 标记", "a script that used to work now runs on a newer OS image whose Python ships the EXTERNALLY-MANAGED marker"),
  ],
  solutions: [
    {
      title: t("建一个虚拟环境，在里面安装", "Create a virtual environment and install into it"),
      steps: [
        t("在项目目录里创建 venv 并激活，之后的 pip 都装进这个环境，不碰系统 Python。Debian/Ubuntu 上如果提示没有 venv 模块，先用 apt 装 python3-venv（或 python3-full）。", "Create a venv in the project directory and activate it; pip then installs into it and never touches the system Python. On Debian/Ubuntu, if the venv module is missing, install python3-venv (or python3-full) with apt first."),
      ],
      code: () => block("bash", ["python3 -m venv .venv", ". .venv/bin/activate", "python -m pip install --upgrade pip"]),
    },
    {
      title: t("命令行工具用 pipx 安装", "Install command-line applications with pipx"),
      steps: [t("要装的是一个应用（有自己的命令）而不是库时，pipx 会为它单独建虚拟环境并把命令放进 PATH。", "When what you install is an application with its own command rather than a library, pipx creates a separate virtual environment for it and puts the command on PATH.")],
    },
    {
      title: t("或者用系统包管理器安装该库", "Or install the library with the system package manager"),
      steps: [t("发行版打包了的库（如 Debian 上的 python3-requests）可以用 apt / pacman / brew 安装，它们与系统 Python 配套。", "Libraries the distribution packages (e.g. python3-requests on Debian) can be installed with apt / pacman / brew, which keeps them consistent with the system Python.")],
    },
    {
      title: t("最后手段：--break-system-packages", "Last resort: --break-system-packages"),
      steps: [
        t("只在一次性的容器或你清楚后果的机器上使用：加 --break-system-packages（或设置 PIP_BREAK_SYSTEM_PACKAGES=1）会让 pip 覆盖发行版的文件，可能弄坏依赖系统 Python 的工具。不要删除 EXTERNALLY-MANAGED 文件。", "Only in a throwaway container or when you accept the risk: --break-system-packages (or PIP_BREAK_SYSTEM_PACKAGES=1) lets pip overwrite distribution files and can break tools that rely on the system Python. Do not delete the EXTERNALLY-MANAGED file."),
      ],
    },
  ],
  docs: [
    "https://peps.python.org/pep-0668/",
    "https://packaging.python.org/en/latest/specifications/externally-managed-environments/",
    "https://docs.ros.org/en/independent/api/rosdep/html/pip_and_pep_668.html",
  ],
  samples: [
    {
      text: "❯ pip install pipx\nerror: externally-managed-environment\n\n× This environment is externally managed\n╰─> To install Python packages system-wide, try 'pacman -S\n    python-xyz', where xyz is the package you are trying to\n    install.\n\nnote: If you believe this is a mistake, please contact your Python installation or OS distribution provider. You can override this, at the risk of breaking your Python installation or OS, by passing --break-system-packages.\nhint: See PEP 668 for the detailed specification.",
      source: "https://github.com/pypa/pipx/issues/1653",
    },
  ],
});
