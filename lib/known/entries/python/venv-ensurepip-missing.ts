import { block, defineKnownError, shq, t } from "../../define";

export default defineKnownError({
  id: "python.venv-ensurepip-missing",
  category: "dependency.missing",
  match: [/The virtual environment was not created successfully because ensurepip is not\s{1,4}available\.(?:[^\n]{0,120}\n){0,4}\s{0,12}apt(?:-get)? install (?<pkg>python3(?:\.\d{1,2})?-venv)/, "The virtual environment was not created successfully because ensurepip is not"],
  title: (c) => t(`创建虚拟环境需要先安装 ${c.g.pkg ?? "python3-venv"}`, `Creating a virtual environment needs ${c.g.pkg ?? "python3-venv"} first`),
  summary: (c) =>
    t(
      `Debian/Ubuntu 把 venv 依赖的 ensurepip 从系统 Python 里拆了出去，放在单独的 ${c.g.pkg ?? "python3-venv"} 包里；没装它时 python3 -m venv 会建出一个没有 pip 的半成品目录并报这个错。这个包和 Python 小版本绑定（例如 python3.12 需要 python3.12-venv）。`,
      `Debian/Ubuntu split ensurepip, which venv needs, out of the system Python into the separate ${c.g.pkg ?? "python3-venv"} package; without it python3 -m venv leaves a half-made directory without pip and fails like this. The package is tied to the Python minor version (python3.12 needs python3.12-venv).`,
    ),
  causes: [
    t("Debian/Ubuntu（包括很多 Docker 基础镜像）上没有安装对应版本的 -venv 包", "the matching -venv package is not installed on Debian/Ubuntu (including many Docker base images)"),
    t("装了 python3-venv，但用的是另一个小版本的解释器（如 deadsnakes 安装的 python3.11），需要 python3.11-venv", "python3-venv is installed, but you use another minor version (e.g. python3.11 from deadsnakes), which needs python3.11-venv"),
  ],
  solutions: [
    {
      title: (c) => t(`安装 ${c.g.pkg ?? "对应版本的 -venv 包"}，删掉半成品目录后重建`, `Install ${c.g.pkg ?? "the matching -venv package"}, delete the half-made directory, recreate it`),
      steps: [t("消息里已经给出了准确的包名；安装后要删除上次失败留下的目录再重新创建，否则里面仍然没有 pip。", "The message names the exact package; after installing it, delete the directory the failed attempt left behind and create it again, otherwise it still has no pip.")],
      code: (c) => block("bash", [`sudo apt-get install -y ${shq(c.g.pkg ?? "python3-venv")}`, "rm -rf .venv  # the directory the failed attempt created", "python3 -m venv .venv"]),
    },
  ],
  docs: ["https://github.com/pypa/packaging.python.org/issues/399", "https://github.com/deadsnakes/issues/issues/97", "https://github.com/pypa/virtualenv/issues/1059"],
  samples: [
    {
      text: "The virtual environment was not created successfully because ensurepip is not\navailable.  On Debian/Ubuntu systems, you need to install the python3-venv\npackage using the following command.\n\n    apt install python3.10-venv\n\nYou may need to use sudo with that command.  After installing the python3-venv\npackage, recreate your virtual environment.",
      source: "https://github.com/LinkedInLearning/essential-jenkins-2468076/issues/10",
    },
  ],
});
