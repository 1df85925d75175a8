import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "flask.working-outside-app-context",
  category: "unknown",
  match: [/Working outside of (?:the )?application context/i],
  title: t("在 Flask 应用上下文之外使用了 current_app / g / db", "current_app / g / db used outside a Flask application context"),
  summary: t(
    "current_app、g，以及 Flask-SQLAlchemy 的 db.session、db.create_all() 等都依赖“应用上下文”。Flask 只在处理请求和运行 flask 命令行命令时自动推入上下文；模块顶层代码、普通 python 脚本/交互环境、后台线程和任务队列里没有它。",
    "current_app, g, and Flask-SQLAlchemy's db.session / db.create_all() depend on the application context. Flask pushes one automatically only while handling a request and while running flask CLI commands; module-level code, plain python scripts or shells, background threads and task queues have none.",
  ),
  causes: [
    t("在脚本或模块顶层调用 db.create_all() 或读取 current_app.config", "db.create_all() or current_app.config used in a script or at module top level"),
    t("在普通 python 交互环境里而不是 flask shell 里操作", "working in a plain python shell instead of flask shell"),
    t("在新线程、Celery/RQ 任务里使用 current_app，而那里没有推入上下文", "current_app used in a new thread or a Celery/RQ task where no context was pushed"),
  ],
  solutions: [
    {
      title: t("用 with app.app_context() 包起来", "Wrap the code in with app.app_context()"),
      steps: [t("在有 app 对象的地方推入上下文；线程或任务里要把 app 对象（而不是 current_app 代理）传进去再推入。", "Push a context where you hold the app object; in threads or tasks pass the real app object (not the current_app proxy) in and push it there.")],
      code: () =>
        block("python", [
          "from flask import Flask, current_app",
          "",
          "app = Flask(__name__)",
          "",
          "with app.app_context():",
          "    print(current_app.name)  # db.create_all() and friends go here too",
        ]),
    },
    {
      title: t("交互调试用 flask shell，初始化写成 CLI 命令", "Use flask shell interactively, and CLI commands for setup tasks"),
      steps: [t("flask shell 和用 @app.cli.command() 注册的命令会自动推入应用上下文。", "flask shell and commands registered with @app.cli.command() get an application context automatically.")],
    },
  ],
  docs: ["https://flask.palletsprojects.com/en/stable/appcontext/", "https://github.com/pallets/flask/discussions/4793"],
  samples: [
    {
      text: "  File \"/usr/local/lib/python2.7/dist-packages/flask/globals.py\", line 34, in _find_app\n    raise RuntimeError('working outside of application context')\nRuntimeError: working outside of application context",
      source: "https://github.com/skylines-project/skylines/issues/128",
    },
  ],
});
