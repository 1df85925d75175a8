import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "python.relative-import-no-parent",
  category: "code.name",
  match: [
    /File "(?<file>[\w./\\-]{1,200}\.py)", line \d{1,7}, in <module>\n[^\n]{0,300}\n(?:ImportError: )?attempted relative import with no known parent package/,
    /attempted relative import with no known parent package/,
    /attempted relative import beyond top-level package/,
  ],
  title: t("把包里的模块当成脚本直接运行了，相对导入找不到所属的包", "A module inside a package was run as a script, so its relative imports have no package"),
  summary: t(
    "from .x import y 这样的相对导入是相对于“当前模块所在的包”来解析的。用 python path/to/file.py 直接运行文件时，这个文件成了顶层脚本 __main__，不属于任何包，于是相对导入无从解析。",
    "A relative import such as from .x import y resolves against the package the current module belongs to. Running the file directly with python path/to/file.py makes it the top-level script __main__, which belongs to no package, so the relative import cannot be resolved.",
  ),
  causes: [
    t("用 python 文件路径 运行了一个使用相对导入的包内模块", "a package module that uses relative imports was run with python <file path>"),
    t("IDE 的“运行当前文件”按文件路径启动了它", "the IDE's \"run current file\" launched it by file path"),
  ],
  solutions: [
    {
      title: t("在项目根目录用 python -m 按模块名运行", "Run it by module name with python -m from the project root"),
      steps: [
        t(
          "这是项目维护者们通常给出的做法：在包含顶层包的目录下执行，模块名用点号分隔、不带 .py。这样模块有了所属的包，相对导入就能解析。",
          "This is what project maintainers usually advise: run from the directory that contains the top-level package, with a dotted module name and no .py, so the module has a package and relative imports resolve.",
        ),
      ],
      code: (c) => {
        const file = c.g.file ?? "";
        // Only a relative path tells us the dotted module name; an absolute one hides where the project root is.
        if (!file || file.startsWith("/") || /^[A-Za-z]:/.test(file) || file.startsWith(".")) return null;
        const mod = file.replace(/\.py$/, "").replace(/[\\/]/g, ".");
        if (!/^[A-Za-z_][\w.]{0,200}$/.test(mod) || mod.endsWith("__main__")) return null;
        return block("bash", [`python -m ${mod}`]);
      },
    },
    {
      title: t("文件本来就是独立脚本：改成绝对导入", "If the file really is a standalone script: use absolute imports"),
      steps: [t("把 from .utils import x 改成 from mypackage.utils import x（包需在 sys.path 上，例如已用 pip install -e . 安装）。", "Change from .utils import x to from mypackage.utils import x (the package must be on sys.path, e.g. installed with pip install -e .).")],
    },
  ],
  docs: ["https://github.com/microsoft/project-azua/issues/8", "https://github.com/NetManAIOps/LogClass/issues/4"],
  samples: [
    {
      text: 'Traceback (most recent call last):\n  File "VHostScan.py", line 8, in <module>\n    from .lib.core.virtual_host_scanner import virtual_host_scanner\nImportError: attempted relative import with no known parent package',
      source: "https://github.com/codingo/VHostScan/issues/121",
    },
  ],
});
