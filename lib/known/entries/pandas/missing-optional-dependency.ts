import { block, defineKnownError, shq, t } from "../../define";

export default defineKnownError({
  id: "pandas.missing-optional-dependency",
  category: "dependency.missing",
  match: [
    /Missing optional dependency '(?<dep>[\w.-]{1,60})'\.[^\n]{0,80}?Use pip or conda to install (?<pkg>[\w.-]{1,60})/,
    /Pandas requires version '(?<need>[\w.]{1,20})' or newer of '(?<dep2>[\w.-]{1,60})' \(version '(?<have>[\w.]{1,20})' currently installed\)/,
  ],
  title: (c) =>
    c.g.dep2
      ? t(`pandas 需要更新版本的 ${c.g.dep2}（≥ ${c.g.need}）`, `pandas needs a newer ${c.g.dep2} (≥ ${c.g.need})`)
      : t(`pandas 的可选依赖 ${c.g.dep ?? ""} 没有安装`, `pandas' optional dependency ${c.g.dep ?? ""} is not installed`),
  summary: (c) =>
    c.g.dep2
      ? t(
          `这个功能依赖 ${c.g.dep2}，pandas 要求至少 ${c.g.need}，而环境里是 ${c.g.have}。`,
          `This feature relies on ${c.g.dep2}; pandas requires at least ${c.g.need}, but ${c.g.have} is installed.`,
        )
      : t(
          `pandas 只在用到某些功能时才导入对应的包（读写 Excel 用 openpyxl/xlrd、Parquet 用 pyarrow、to_markdown 用 tabulate 等），安装 pandas 时不会自动安装它们。这次用到的功能需要 ${c.g.dep ?? "这个包"}，而当前环境里没有。`,
          `pandas imports some packages only when a feature needs them (openpyxl/xlrd for Excel, pyarrow for Parquet, tabulate for to_markdown …), and installing pandas does not install them. The feature used here needs ${c.g.dep ?? "the package"}, which this environment lacks.`,
        ),
  causes: [
    t("项目的依赖列表里漏了这个可选依赖", "the project's dependency list misses this optional dependency"),
    t("装到了别的解释器/环境里（例如在 Jupyter 内核之外的 Python 上 pip install）", "it was installed into another interpreter/environment (e.g. pip install for a Python other than the Jupyter kernel's)"),
  ],
  solutions: [
    {
      title: (c) => t(`在运行 pandas 的同一环境里安装 ${c.g.pkg ?? c.g.dep2 ?? "该包"}`, `Install ${c.g.pkg ?? c.g.dep2 ?? "the package"} into the environment that runs pandas`),
      steps: [t("用 python -m pip 确保装进当前解释器；Notebook 里用 %pip install 并重启内核。", "Use python -m pip so it goes into the current interpreter; in a notebook use %pip install and restart the kernel.")],
      code: (c) => {
        const pkg = c.g.pkg ?? c.g.dep2;
        if (!pkg) return null;
        return block("bash", [c.g.need ? `python -m pip install --upgrade ${shq(`${pkg}>=${c.g.need}`)}` : `python -m pip install ${shq(pkg)}`]);
      },
    },
  ],
  docs: ["https://github.com/pandas-dev/pandas/issues/14673", "https://github.com/pandas-dev/pandas/issues/28546", "https://github.com/stanford-crfm/helm/issues/1362"],
  samples: [
    {
      text: "This dependency has to be installed so pandas pd.read_excel() is able to read in .xlsx files. Otherwise you get:\n\nImportError: Missing optional dependency 'openpyxl'.  Use pip or conda to install openpyxl.",
      source: "https://github.com/JohannesWiesner/csp_wiesner_johannes/issues/7",
    },
    {
      text: "Additionally: `ImportError: Pandas requires version '2.0.1' or newer of 'xlrd' (version '1.0.0' currently installed).`",
      source: "https://github.com/stanford-crfm/helm/issues/1362",
    },
  ],
});
