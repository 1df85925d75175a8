import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "jupyter.asyncio-run-in-running-loop",
  category: "unknown",
  match: ["asyncio.run() cannot be called from a running event loop"],
  title: t("在已有事件循环的环境（如 Jupyter）里调用了 asyncio.run()", "asyncio.run() was called where an event loop is already running (e.g. Jupyter)"),
  summary: t(
    "asyncio.run() 会新建并运行一个事件循环，而当前线程里已经有一个循环在跑：Jupyter/IPython 内核、FastAPI/aiohttp 的请求处理函数、或其他 async 代码内部都是这样。常见于在 Notebook 里运行示例脚本，或某个库的同步接口内部调用了 asyncio.run()。",
    "asyncio.run() creates and runs a new event loop, but this thread already runs one: the Jupyter/IPython kernel, a FastAPI/aiohttp request handler, or any other async code. Typical when a script example is pasted into a notebook, or when a library's sync API calls asyncio.run() internally.",
  ),
  causes: [
    t("在 Jupyter Notebook / VS Code 交互窗口里运行了 asyncio.run(main())", "asyncio.run(main()) run in a Jupyter notebook / VS Code interactive window"),
    t("在 async 函数内部（或 Web 框架的异步处理器里）又调用了 asyncio.run", "asyncio.run called from inside an async function (or an async web handler)"),
    t("所用库的同步方法内部调用了 asyncio.run（库通常也提供对应的异步方法）", "the library's sync method calls asyncio.run internally (libraries usually offer an async counterpart)"),
  ],
  solutions: [
    {
      title: t("在 Notebook 里直接 await", "In a notebook, await directly"),
      steps: [t("IPython 支持在单元格顶层使用 await，把 asyncio.run(main()) 换成 await main()；库有异步版本方法时直接 await 它。", "IPython supports top-level await in cells: replace asyncio.run(main()) with await main(); if the library has an async method, await that.")],
      code: () => block("python", ["import asyncio", "", "", "async def main():", "    await asyncio.sleep(0.1)", '    return "done"', "", "", "# in a notebook cell: result = await main()", "# in a plain script:", 'if __name__ == "__main__":', "    print(asyncio.run(main()))"]),
    },
    {
      title: t("在 async 代码里：用 await 或创建任务", "Inside async code: await it or create a task"),
      steps: [t("已经处在事件循环中时，直接 await 协程，或用 asyncio.create_task 并发运行。", "When you are already inside the loop, await the coroutine, or run it concurrently with asyncio.create_task.")],
    },
    {
      title: t("无法修改库的调用方式时：nest_asyncio", "When you cannot change how the library calls it: nest_asyncio"),
      steps: [t("在 Notebook 开头调用 nest_asyncio.apply() 允许嵌套事件循环；这是变通办法，只用于交互环境。", "Call nest_asyncio.apply() at the top of the notebook to allow nested loops; it is a workaround for interactive use only.")],
    },
  ],
  docs: ["https://github.com/jupyter/notebook/issues/4312", "https://ipython.readthedocs.io/en/stable/interactive/autoawait.html", "https://github.com/raznem/parsera/issues/10"],
  samples: [
    {
      text: "RuntimeError: asyncio.run() cannot be called from a running event loop\n---------------------------------------------------------------------------\nRuntimeError                              Traceback (most recent call last)\n/tmp/ipykernel_12871/3399854041.py in <module>",
      source: "https://github.com/openneuro-py/openneuro-py/issues/51",
    },
  ],
});
