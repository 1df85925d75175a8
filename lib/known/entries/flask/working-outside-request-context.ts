import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "flask.working-outside-request-context",
  category: "unknown",
  match: [/Working outside of request context/i],
  title: t("在没有 HTTP 请求的地方使用了 request / session", "request / session was used where there is no HTTP request"),
  summary: t(
    "Flask 的 request、session 只在处理请求期间可用：Flask 收到请求时推入请求上下文，请求结束时弹出。在模块顶层、启动代码、后台线程或 Celery 任务、测试代码中访问它们，就没有请求上下文可用。上下文是线程局部的，不会传到你新开的线程里。",
    "Flask's request and session only exist while a request is being handled: Flask pushes a request context when a request arrives and pops it when the request ends. Touching them at module level, in startup code, in a background thread or Celery task, or in test code finds no request context. Contexts are thread-local and do not follow you into a new thread.",
  ),
  causes: [
    t("在后台线程 / 任务里读取 request 或 session", "a background thread or task reads request or session"),
    t("在模块顶层或应用启动时访问 request", "request is accessed at module level or during app startup"),
    t("测试或脚本直接调用了依赖 request 的函数", "a test or script calls a function that relies on request directly"),
  ],
  solutions: [
    {
      title: t("在请求处理函数里取出数据，再传给后台代码", "Read the data inside the request handler and pass it on"),
      steps: [
        t(
          "Flask 维护者的建议：不要在线程里访问这些代理对象，而是把需要的值（参数、用户 ID 等）直接传过去；耗时任务最好交给 Celery 这类后台工作进程。",
          "The Flask maintainers' advice: do not touch these proxies from the thread; pass the values it needs (arguments, user ID, …) directly, and prefer a background worker such as Celery for long tasks.",
        ),
      ],
      code: () =>
        block("python", [
          "import threading",
          "",
          "from flask import Flask, request",
          "",
          "app = Flask(__name__)",
          "",
          "",
          "def work(query):",
          "    print(query)",
          "",
          "",
          '@app.route("/start")',
          "def start():",
          '    query = request.args.get("q", "")',
          "    threading.Thread(target=work, args=(query,)).start()",
          '    return "started"',
        ]),
    },
    {
      title: t("测试或脚本中：用 test_request_context 创建请求上下文", "In tests or scripts: create one with test_request_context"),
      steps: [t("with app.test_request_context(\"/path?q=1\"): 块内可以像在视图里一样使用 request。", "Inside with app.test_request_context(\"/path?q=1\"): you can use request as in a view.")],
    },
  ],
  docs: ["https://flask.palletsprojects.com/en/2.3.x/reqcontext/", "https://github.com/pallets/flask/issues/2812"],
  samples: [
    {
      text: 'cli_1  |   File "/usr/local/lib/python3.7/site-packages/flask/globals.py", line 37, in _lookup_req_object\ncli_1  |     raise RuntimeError(_request_ctx_err_msg)\ncli_1  | RuntimeError: Working outside of request context.',
      source: "https://github.com/pallets/werkzeug/issues/2132",
    },
  ],
});
