import { block, defineKnownError, t } from "../../define";

const pkgFor = (sub: string | undefined) => (sub === "lab" ? "jupyterlab" : sub === "notebook" ? "notebook" : null);

export default defineKnownError({
  id: "jupyter.subcommand-not-found",
  category: "dependency.missing",
  match: [/Jupyter command `jupyter-(?<sub>[\w-]{1,30})` not found/, /'(?<sub>[\w-]{1,30})' is not a Jupyter command/],
  title: (c) => t(`jupyter ${c.g.sub} 对应的程序没有安装`, `The program behind jupyter ${c.g.sub} is not installed`),
  summary: (c) =>
    t(
      `jupyter 命令本身只是个分发器：jupyter ${c.g.sub} 会去 PATH 里找名为 jupyter-${c.g.sub} 的程序。没找到，说明提供它的包（${pkgFor(c.g.sub) ?? `jupyter-${c.g.sub} 所属的包`}）没有装进这个环境——例如只装了 jupyterlab，就没有经典的 notebook 命令——或者装在了另一个 Python 环境里。`,
      `The jupyter command is only a dispatcher: jupyter ${c.g.sub} looks on PATH for a program named jupyter-${c.g.sub}. It was not found, so the package that provides it (${pkgFor(c.g.sub) ?? `the one shipping jupyter-${c.g.sub}`}) is not installed in this environment — installing only jupyterlab, for instance, gives no classic notebook command — or it lives in another Python environment.`,
    ),
  causes: [
    t("只安装了 jupyter-core / jupyterlab，没有安装提供该子命令的包", "only jupyter-core / jupyterlab is installed, not the package that provides this subcommand"),
    t("子命令装在另一个环境里，当前的 jupyter 来自系统或别的 Python", "the subcommand lives in another environment while this jupyter comes from the system or another Python"),
  ],
  solutions: [
    {
      title: (c) =>
        pkgFor(c.g.sub)
          ? t(`在同一个环境里安装 ${pkgFor(c.g.sub)}`, `Install ${pkgFor(c.g.sub)} into the same environment`)
          : t("在同一个环境里安装提供该子命令的包", "Install the package that provides the subcommand into the same environment"),
      steps: [t("Jupyter 维护者的建议：显式安装对应的包。用 python -m pip 可确保装进运行 jupyter 的同一个 Python；装好后可用 jupyter --version 查看各组件。", "The Jupyter maintainers' advice: install the package explicitly. python -m pip makes sure it goes into the same Python that runs jupyter; jupyter --version then lists the components.")],
      code: (c) => {
        const pkg = pkgFor(c.g.sub);
        return pkg ? block("bash", [`python -m pip install ${pkg}`, "jupyter --version"]) : null;
      },
    },
  ],
  docs: ["https://github.com/jupyter/notebook/issues/5409", "https://github.com/BlueBrain/nexus/pull/3424"],
  samples: [
    {
      text: '  File "/home/ankit/.local/lib/python3.8/site-packages/jupyter_core/command.py", line 133, in _jupyter_abspath\n    raise Exception(\nException: Jupyter command `jupyter-notebook` not found.',
      source: "https://github.com/jupyter/notebook/issues/5409",
    },
  ],
});
