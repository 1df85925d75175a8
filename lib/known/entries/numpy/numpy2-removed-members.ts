import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "numpy.numpy2-removed-members",
  category: "code.name",
  match: [
    /`np\.(?<old>\w{1,40})` was removed in the NumPy 2\.0 release\. Use `(?<new>[\w.()-]{1,60})` instead/,
    /`np\.(?<old>\w{1,40})` was removed in the NumPy 2\.0 release/,
  ],
  title: (c) =>
    c.g.new
      ? t(`NumPy 2.0 删除了 np.${c.g.old}，应改用 ${c.g.new}`, `NumPy 2.0 removed np.${c.g.old}: use ${c.g.new}`)
      : t(`NumPy 2.0 删除了 np.${c.g.old}`, `NumPy 2.0 removed np.${c.g.old}`),
  summary: (c) =>
    t(
      `NumPy 2.0 清理了主命名空间，删除了一批重复的别名和冷门函数，np.${c.g.old} 是其中之一${c.g.new ? `；报错已经给出替代写法 ${c.g.new}` : ""}。环境里装的是 NumPy 2.x，而出错的代码是按 1.x 写的。`,
      `NumPy 2.0 cleaned up its main namespace and removed a set of redundant aliases and niche functions; np.${c.g.old} is one of them${c.g.new ? `, and the error already names the replacement, ${c.g.new}` : ""}. NumPy 2.x is installed while the failing code was written for 1.x.`,
    ),
  causes: [
    t("项目没有固定 numpy 版本，新装环境时拿到了 2.x", "the project does not pin numpy and a fresh install got 2.x"),
    t("出错的是某个尚未适配 NumPy 2 的第三方包（路径在 site-packages 下）", "the failing line is in a third-party package (under site-packages) that does not support NumPy 2 yet"),
  ],
  solutions: [
    {
      title: (c) => (c.g.new ? t(`把 np.${c.g.old} 改成 ${c.g.new}`, `Replace np.${c.g.old} with ${c.g.new}`) : t("按迁移指南替换被删除的成员", "Replace the removed member per the migration guide")),
      steps: [
        t(
          "这些替代写法在 NumPy 1.x 上同样可用，改完后新旧版本都能跑。Ruff 的 NPY201 规则可以一次找出（并大多自动修复）代码里所有在 2.0 被删除的用法。",
          "These replacements also work on NumPy 1.x, so the fixed code runs on both. Ruff's NPY201 rule finds (and mostly auto-fixes) every use of a member removed in 2.0.",
        ),
      ],
      code: () => block("bash", ["ruff check --select NPY201 --fix ."]),
    },
    {
      title: t("出错的是第三方包：升级它，或暂时固定 numpy<2", "If a third-party package fails: upgrade it, or pin numpy<2 for now"),
      steps: [t("先升级那个包，大多数常用库已发布兼容 NumPy 2 的版本；还没有时再在该环境中固定 numpy 1.x。", "Upgrade that package first — most common libraries have released NumPy 2 compatible versions; only if it has not, pin numpy 1.x in that environment.")],
      code: () => block("bash", ['python -m pip install "numpy<2"']),
    },
  ],
  docs: ["https://numpy.org/devdocs/numpy_2_0_migration_guide.html", "https://numpy.org/doc/stable/release/2.0.0-notes.html#numpy-2-0-python-api-removals", "https://docs.astral.sh/ruff/rules/numpy2-deprecation"],
  samples: [
    {
      text: "    return numpy.array(arr, dtype=numpy.float_)\n                                  ^^^^^^^^^^^^\n  File \"C:\\Users\\kmhollar\\AppData\\Local\\anaconda3\\envs\\oceanhdx\\Lib\\site-packages\\numpy\\__init__.py\", line 400, in __getattr__\n    raise AttributeError(\n    ...<3 lines>...\n    )\nAttributeError: `np.float_` was removed in the NumPy 2.0 release. Use `np.float64` instead.",
      source: "https://github.com/ap--/python-seabreeze/issues/281",
    },
  ],
});
