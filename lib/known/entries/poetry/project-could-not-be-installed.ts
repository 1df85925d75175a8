import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "poetry.project-could-not-be-installed",
  category: "unknown",
  match: [
    /The current project could not be installed: No file\/folder found for package (?<pkg>[\w.-]{1,100})/,
    /The current project could not be installed: \[Errno 2\] No such file or directory: '(?<file>[^'\n]{1,300})'/,
    "The current project could not be installed",
  ],
  title: t("依赖已装好，但 Poetry 无法把当前项目本身作为包安装", "Dependencies are installed, but Poetry cannot install the project itself as a package"),
  summary: (c) =>
    t(
      `poetry install 默认处于“包模式”：装完依赖后还会把当前项目以可编辑方式安装。${c.g.pkg ? `它按项目名 ${c.g.pkg} 去找同名的包目录（或 src/ 下的目录），没有找到。` : c.g.file ? `安装时需要的文件 ${c.g.file} 不存在（常见的是 pyproject.toml 里引用的 README）。` : "这一步失败了。"}对只用 Poetry 管理依赖、本身不打包发布的项目（脚本、应用、文档站），这一步本来就不需要。Poetry 1.8 中这只是警告，Poetry 2 起变为错误。`,
      `poetry install runs in package mode by default: after the dependencies it installs the current project itself in editable mode. ${c.g.pkg ? `It looked for a package directory named after the project, ${c.g.pkg} (or one under src/), and found none.` : c.g.file ? `A file the install needs, ${c.g.file}, does not exist (usually the README referenced by pyproject.toml).` : "That step failed."} Projects that only use Poetry for dependencies and are not packaged (scripts, apps, docs sites) do not need that step at all. In Poetry 1.8 it is a warning; since Poetry 2 it is an error.`,
    ),
  causes: [
    t("项目不是一个可打包的 Python 包，却仍处于默认的包模式", "the project is not a packageable Python package but still uses the default package mode"),
    t("项目名与包目录名不一致，pyproject.toml 里也没有用 packages 指定", "the project name differs from the package directory and pyproject.toml does not list packages"),
    t("pyproject.toml 引用的 README 文件不存在", "the README referenced in pyproject.toml does not exist"),
  ],
  solutions: [
    {
      title: t("只用 Poetry 管依赖：关闭包模式", "If Poetry only manages dependencies: disable package mode"),
      steps: [t("在 pyproject.toml 的 [tool.poetry] 里加上 package-mode = false（Poetry 1.8 起支持）；临时也可用 poetry install --no-root 跳过安装项目本身。", "Add package-mode = false under [tool.poetry] in pyproject.toml (Poetry 1.8+); as a one-off, poetry install --no-root skips installing the project itself.")],
      code: () => block("bash", ["poetry install --no-root"]),
    },
    {
      title: t("项目确实是个包：让 Poetry 找到它", "If the project is a package: let Poetry find it"),
      steps: [t("让包目录与项目名一致，或在 [tool.poetry] 里用 packages = [{ include = \"目录名\" }] 指明；补上 readme 指向的文件。", "Make the package directory match the project name, or declare it with packages = [{ include = \"dirname\" }] under [tool.poetry]; add the file readme points to.")],
    },
  ],
  docs: ["https://python-poetry.org/docs/basic-usage/#operating-modes", "https://github.com/python-poetry/poetry/pull/8650", "https://github.com/python-poetry/poetry/pull/9073"],
  samples: [
    {
      text: "Warning: The current project could not be installed: No file/folder found for package autonomicon\nIf you do not want to install the current project use --no-root.\nIf you want to use Poetry only for dependency management but not for packaging, you can disable package mode by setting package-mode = false in your pyproject.toml file.\nIn a future version of Poetry this warning will become an error!",
      source: "https://github.com/Network-Automation-Forum/autonomicon/pull/12",
    },
  ],
});
