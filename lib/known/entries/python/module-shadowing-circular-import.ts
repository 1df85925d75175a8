import { defineKnownError, ic, t } from "../../define";

/** The file a message names, when it is the user's own (outside site-packages). */
const ownFile = (p: string | undefined) => (p && !/site-packages|dist-packages|[\\/]lib[\\/]python\d/.test(p) ? p : null);
const base = (p: string) => p.split(/[\\/]/).pop()!.replace(/\.py$/, "");

export default defineKnownError({
  id: "python.module-shadowing-circular-import",
  category: "code.name",
  match: [
    /partially initialized module '(?<module>[\w.]{1,100})'[^\n]{0,60}\(most likely due to a circular import\)(?: \((?<path>[^)\n]{1,300})\))?/,
    /consider renaming '(?<path2>[^'\n]{1,300})' (?:if it has the same name as a (?:third-party |library|standard library)[^\n]{0,60}|since it has the same name as the standard library module)/,
  ],
  title: (c) => {
    const file = ownFile(c.g.path ?? c.g.path2);
    const mod = c.g.module?.split(".")[0];
    if (file && mod && base(file) === mod) return t(`你的文件 ${base(file)}.py 遮住了同名的包 ${mod}`, `Your file ${base(file)}.py shadows the package ${mod}`);
    return t(`导入 ${c.g.module ?? "模块"} 时出现循环导入（或同名文件遮蔽）`, `Circular import (or a shadowing file) while importing ${c.g.module ?? "a module"}`);
  },
  summary: (c) =>
    t(
      `Python 在模块 ${c.g.module ?? ""} 还没执行完时又去从它里面取名字。最常见的原因是你自己的脚本或目录与要导入的库同名（如 openai.py、mcp.py、spacy.py）：脚本所在目录排在 sys.path 最前面，import 找到的是你的文件而不是安装的库，于是文件导入了自己。少数情况是两个模块真的互相导入。`,
      `Python was asked for a name from ${c.g.module ?? "a module"} while that module was still half-way through running. Most often your own script or folder has the same name as the library it imports (openai.py, mcp.py, spacy.py): the script's directory comes first on sys.path, so import finds your file instead of the installed library and the file imports itself. Less often two modules really import each other.`,
    ),
  causes: [
    (c) => {
      const file = ownFile(c.g.path ?? c.g.path2);
      return file ? t(`报错指向的文件是 ${ic(file)}，它不在 site-packages 里，很可能就是那个同名文件`, `The message points at ${ic(file)}, which is outside site-packages: very likely the shadowing file`) : null;
    },
    t("项目里有与第三方库同名的 .py 文件或文件夹", "the project has a .py file or a folder named like a third-party library"),
    t("两个模块在顶层互相 import 对方的名字（真正的循环导入）", "two modules import names from each other at top level (a real circular import)"),
  ],
  solutions: [
    {
      title: t("给同名的文件改名，并删掉它的 __pycache__", "Rename the file with the clashing name and delete its __pycache__"),
      steps: [t("把脚本改成与任何库都不同的名字（如 main.py、app.py）；同目录下旧的 .pyc 缓存也删掉，否则可能继续遮蔽。", "Rename the script to something no library uses (main.py, app.py); delete the old .pyc cache next to it too, or it may keep shadowing.")],
    },
    {
      title: t("真正的循环导入：拆开依赖或延迟导入", "A real circular import: break the cycle or import lazily"),
      steps: [t("把两个模块共用的东西移到第三个模块，或把 import 挪到函数内部，或改成 import 模块本身再用 模块.名字 访问。", "Move what both modules share into a third module, move the import into the function that needs it, or import the module itself and use module.name.")],
    },
  ],
  docs: ["https://github.com/explosion/spacy-stanza/issues/40", "https://github.com/python/cpython/issues/136094", "https://github.com/ZebinYang/SeqUD/issues/3"],
  samples: [
    {
      text: "Traceback (most recent call last):\n  File \"D:\\shodan.py\", line 1, in <module>\n    from shodan import Shodan\n  File \"D:\\shodan.py\", line 1, in <module>\n    from shodan import Shodan\nImportError: cannot import name 'Shodan' from partially initialized module 'shodan' (most likely due to a circular import) (D:\\shodan.py)",
      source: "https://github.com/achillean/shodan-python/issues/208",
    },
    {
      text: "ImportError: cannot import name 'secondaryitem' from 'secondmod' (consider renaming '/home/as/secondmod.py' if it has the same name as a library you intended to import)",
      source: "https://github.com/python/cpython/issues/136094",
    },
  ],
});
