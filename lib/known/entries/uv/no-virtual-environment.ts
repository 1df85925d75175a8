import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "uv.no-virtual-environment",
  category: "dependency.install",
  match: [
    /No virtual environment found(?: for Python (?<py>[\d.]{1,10}))?; run `uv venv` to create an environment/,
    "Failed to locate a virtualenv or Conda environment (checked: `VIRTUAL_ENV`, `CONDA_PREFIX`, and `.venv`)",
  ],
  title: (c) =>
    c.g.py
      ? t(`没有找到 Python ${c.g.py} 的虚拟环境，uv pip 拒绝安装`, `No virtual environment for Python ${c.g.py} was found, so uv pip will not install`)
      : t("没有找到虚拟环境，uv pip 拒绝安装到系统 Python", "No virtual environment was found, and uv pip will not install into the system Python"),
  summary: (c) =>
    t(
      `uv pip install / sync 只往虚拟环境里装：依次查找已激活的虚拟环境（VIRTUAL_ENV）、已激活的 Conda 环境（CONDA_PREFIX），以及当前目录或上级目录中的 .venv。${c.g.py ? `这里还要求 Python ${c.g.py}（来自 --python 或 .python-version），找到的环境版本不符也算没找到。` : "这些都没有找到。"}和 pip 不同，uv 不会默认装进系统 Python。`,
      `uv pip install / sync only install into a virtual environment: it looks for an activated virtualenv (VIRTUAL_ENV), an activated Conda environment (CONDA_PREFIX), then .venv in the current or a parent directory. ${c.g.py ? `Here Python ${c.g.py} is also requested (via --python or .python-version), and an environment with another version does not count.` : "None of these was found."} Unlike pip, uv does not fall back to the system Python.`,
    ),
  causes: [
    t("还没有创建 .venv，或者在别的目录里运行了命令", "no .venv has been created yet, or the command runs from another directory"),
    t("在 CI / 容器里直接用 uv pip 装到系统 Python", "CI or a container uses uv pip against the system Python directly"),
    t("请求的 Python 版本与现有 .venv 的版本不一致", "the requested Python version differs from the existing .venv's"),
  ],
  solutions: [
    {
      title: t("在项目目录创建虚拟环境后再安装", "Create a virtual environment in the project directory, then install"),
      steps: [t("uv venv 在当前目录创建 .venv，之后的 uv pip 命令会自动找到它（无需激活）。", "uv venv creates .venv in the current directory; later uv pip commands find it automatically (no activation needed).")],
      code: () => block("bash", ["uv venv", "uv pip install -r requirements.txt"]),
    },
    {
      title: t("确实要装进系统 / 容器的 Python：加 --system", "If you really mean the system or container Python: pass --system"),
      steps: [
        t(
          "uv 维护者的建议：用 --system，或用 --python 指定解释器路径。CI 中也可以设置 UV_SYSTEM_PYTHON=true。",
          "The uv maintainers' advice: pass --system, or name an interpreter with --python. In CI you can set UV_SYSTEM_PYTHON=true instead.",
        ),
      ],
      code: () => block("bash", ["uv pip install --system -r requirements.txt"]),
    },
  ],
  docs: ["https://docs.astral.sh/uv/pip/environments/#discovery-of-python-environments", "https://github.com/astral-sh/uv/pull/7188", "https://github.com/astral-sh/uv/issues/2333"],
  samples: [
    {
      text: "$ uv pip install -e .\nerror: No virtual environment found; run `uv venv` to create an environment, or pass `--system` to install into a non-virtual environment",
      source: "https://github.com/yahorbarkouski/semantic-mail/issues/2",
    },
  ],
});
