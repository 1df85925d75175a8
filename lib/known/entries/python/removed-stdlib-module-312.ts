import { defineKnownError, t } from "../../define";

/** The replacement the Python docs name for each module removed in 3.12. */
const replacement: Record<string, string> = { asynchat: "asyncio", asyncore: "asyncio", imp: "importlib", smtpd: "aiosmtpd" };

export default defineKnownError({
  id: "python.removed-stdlib-module-312",
  category: "dependency.missing",
  match: [/No module named '(?<mod>asynchat|asyncore|imp|smtpd)'/],
  title: (c) => t(`Python 3.12 已从标准库删除 ${c.g.mod ?? "该模块"}`, `Python 3.12 removed ${c.g.mod ?? "this module"} from the standard library`),
  summary: (c) =>
    t(
      `${c.g.mod ?? "这个模块"} 在早期版本中已被弃用，Python 3.12 起不再属于标准库（最后一个带它的版本是 3.11）；代码或某个依赖仍在 import 它，所以在 3.12+ 上失败。替代品是 ${replacement[c.g.mod ?? ""] ?? "官方文档给出的模块"}。`,
      `${c.g.mod ?? "This module"} was deprecated long ago and is no longer part of the standard library from Python 3.12 on (3.11 is the last version that has it); code or a dependency still imports it, so it fails on 3.12+. The replacement is ${replacement[c.g.mod ?? ""] ?? "the module the docs name"}.`,
    ),
  causes: [
    t("某个依赖的版本太旧，还在 import 这个模块（traceback 中出错那一帧在 site-packages 下）", "an old release of a dependency still imports the module (the failing frame is under site-packages)"),
    t("你自己的代码是为 3.11 及更早版本写的", "your own code was written for Python 3.11 or earlier"),
  ],
  solutions: [
    {
      title: t("升级出错的依赖", "Upgrade the dependency that imports it"),
      steps: [t("多数库已发布支持 Python 3.12 的版本。", "Most libraries have released versions that support Python 3.12.")],
    },
    {
      title: (c) => t(`自己的代码：改用 ${replacement[c.g.mod ?? ""] ?? "替代模块"}`, `Your own code: switch to ${replacement[c.g.mod ?? ""] ?? "the replacement"}`),
      steps: [t("按替代模块的接口改写相关代码。", "Rewrite the affected code against the replacement's API.")],
    },
    {
      title: t("或者暂时使用 Python 3.11", "Or use Python 3.11 for now"),
      steps: [t("依赖还没适配时，用 3.11 创建虚拟环境。", "Until the dependency is fixed, create the virtual environment with 3.11.")],
    },
  ],
  docs: ["https://docs.python.org/3/_sources/library/asyncore.rst.txt", "https://docs.python.org/3/_sources/library/asynchat.rst.txt", "https://www.mail-archive.com/python-checkins@python.org/msg07655.html"],
  samples: [
    {
      text: "    import asyncore\nModuleNotFoundError: No module named 'asyncore'",
      source: "https://docs.python.org/3/_sources/library/asyncore.rst.txt",
    },
  ],
});
