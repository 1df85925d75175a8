import { block, defineKnownError, shq, t } from "../../define";

export default defineKnownError({
  id: "fastapi.uvicorn-could-not-import-app",
  category: "dependency.missing",
  match: [/Error loading ASGI app\. Could not import module "(?<module>[\w.]{1,120})"/],
  title: (c) => t(`uvicorn 找不到模块 ${c.g.module ?? ""}`.trim(), `uvicorn cannot import the module ${c.g.module ?? ""}`.trim()),
  summary: (c) =>
    t(
      `uvicorn 的 APP 参数是“模块:变量”的导入路径（如 main:app 表示 main.py 里的 app）。它在当前目录（或 --app-dir 指定的目录）下按 Python 导入规则找 ${c.g.module ?? "这个模块"}，没找到。`,
      `uvicorn's APP argument is a "module:variable" import string (main:app means the app variable in main.py). It looked for ${c.g.module ?? "the module"} from the current directory (or --app-dir) using Python's import rules and did not find it.`,
    ),
  causes: [
    t("在错误的目录下启动了 uvicorn（例如 main.py 在子目录里，或 Docker 的 WORKDIR 不对）", "uvicorn was started from the wrong directory (main.py is in a subfolder, or the Docker WORKDIR is wrong)"),
    t("导入路径写错：文件在包里时要写成 包.模块:app（如 app.main:app），且包目录可被导入", "the import path is wrong: a file inside a package needs package.module:app (app.main:app) and the package must be importable"),
    t("用 uvicorn.run(app, workers=...) 或 reload=True 时必须传字符串形式的导入路径", "uvicorn.run with workers=… or reload=True needs the app as an import string, not the object"),
  ],
  solutions: [
    {
      title: t("在包含该模块的目录运行，或用 --app-dir 指明", "Run from the directory that contains the module, or point --app-dir at it"),
      steps: [t("--app-dir 会把该目录加入 PYTHONPATH 再查找 APP；默认是当前工作目录。", "--app-dir adds that directory to PYTHONPATH before looking for APP; the default is the current working directory.")],
      code: (c) => {
        const mod = c.g.module;
        if (!mod) return null;
        const file = `${mod.replace(/\./g, "/")}.py`;
        return block("bash", ["pwd", `ls ${shq(file)}`, `python -c ${shq(`import ${mod}`)}`]);
      },
    },
    {
      title: t("按包结构写导入路径", "Write the import path to match the package layout"),
      steps: [t("从项目根目录启动时，app/main.py 对应 app.main:app；在 uvicorn.run 里同样传字符串。", "Started from the project root, app/main.py is app.main:app; pass the same string to uvicorn.run.")],
    },
  ],
  docs: ["https://github.com/encode/uvicorn/pull/1835", "https://github.com/encode/uvicorn/issues/687", "https://aspire.dev/reference/api/go/aspire.hosting.python/adduvicornapp.md"],
  samples: [
    {
      text: "INFO:     Will watch for changes in these directories: ['C:\\\\Users\\\\wangy']\nINFO:     Uvicorn running on http://127.0.0.1:8000 (Press CTRL+C to quit)\nINFO:     Started reloader process [20616] using WatchFiles\nERROR:    Error loading ASGI app. Could not import module \"main\".",
      source: "https://github.com/fastapi/fastapi/issues/12765",
    },
  ],
});
