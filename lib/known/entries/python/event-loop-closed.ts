import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "python.event-loop-closed",
  category: "unknown",
  match: [/RuntimeError(?::\s{0,2}|\(')Event loop is closed/],
  title: t("asyncio 事件循环已关闭后还在使用它（Event loop is closed）", "Something used the asyncio event loop after it was closed (Event loop is closed)"),
  summary: t(
    "异步对象（httpx.AsyncClient、AsyncOpenAI、aiohttp.ClientSession 等）绑定在创建它时的事件循环上。asyncio.run() 结束时会关闭这个循环；之后再用这个客户端、在新的 asyncio.run() 里复用它，或者它在垃圾回收时才去关闭连接，都会碰到已关闭的循环而抛出这个错误。",
    "Async objects (httpx.AsyncClient, AsyncOpenAI, aiohttp.ClientSession, …) are bound to the event loop they were created on. asyncio.run() closes that loop when it returns; using the client afterwards, reusing it inside a second asyncio.run(), or letting it close its connections only when garbage-collected all reach the closed loop and raise this error.",
  ),
  causes: [
    t("客户端在一个 asyncio.run() 里创建（或在模块级创建），却在另一个 asyncio.run() 里使用；每次 asyncio.run() 都会新建并最终关闭一个循环", "the client was created in one asyncio.run() (or at module level) and used in another; each asyncio.run() creates and finally closes its own loop"),
    t("异步客户端没有显式关闭（async with 或 await client.aclose()），程序退出时由 __del__ 在循环关闭后才去关闭连接，日志里出现 Task exception was never retrieved", "the async client was never closed explicitly (async with or await client.aclose()), so __del__ closes its connections after the loop is gone, logging Task exception was never retrieved"),
    t("Windows 上 Python 3.8–3.10 的 Proactor 事件循环在退出时打印这个错误（CPython 的已知问题，较新版本已修复）", "on Windows, Python 3.8–3.10's Proactor event loop prints this at exit (a known CPython bug fixed in newer versions)"),
  ],
  solutions: [
    {
      title: t("在同一个循环里创建、使用并关闭客户端", "Create, use and close the client inside the same loop"),
      steps: [t("程序只用一个 asyncio.run() 作为入口；客户端在协程里用 async with 创建，离开作用域时自动 aclose()，不要放在模块级或跨多个 asyncio.run() 复用。", "Have one asyncio.run() entry point; create the client inside a coroutine with async with so it is aclose()d on exit, and do not keep it at module level or reuse it across several asyncio.run() calls.")],
      code: (c) =>
        c.f.ecosystem && c.f.ecosystem !== "python"
          ? null
          : block("python", [
              "import asyncio",
              "",
              "import httpx",
              "",
              "",
              "async def fetch_all(urls):",
              "    # The client lives and is closed inside the one running loop.",
              "    async with httpx.AsyncClient() as client:",
              "        return await asyncio.gather(*(client.get(u) for u in urls))",
              "",
              "",
              "def run(urls):",
              "    return asyncio.run(fetch_all(urls))",
            ]),
    },
    {
      title: t("只在 Windows 退出时出现：升级 Python", "Only at exit on Windows: upgrade Python"),
      steps: [t("如果功能正常、只是退出时在 Windows 上打印这个错误，升级到 Python 3.11 及以上即可消除。", "If everything works and the error only appears at exit on Windows, upgrading to Python 3.11 or later removes it.")],
    },
  ],
  docs: ["https://github.com/encode/httpx/issues/914", "https://github.com/openai/openai-python/issues/1254", "https://github.com/python/cpython/issues/91987"],
  samples: [
    {
      text: "Task exception was never retrieved\nfuture: <Task finished name='Task-82' coro=<AsyncClient.aclose() done, defined at /u/kndtran/miniforge3/envs/intrinsics-server/lib/python3.11/site-packages/httpx/_client.py:1978> exception=RuntimeError('Event loop is closed')>\nTraceback (most recent call last):\n  File \"/u/kndtran/miniforge3/envs/intrinsics-server/lib/python3.11/site-packages/httpx/_client.py\", line 1985, in aclose\n    await self._transport.aclose()",
      source: "https://github.com/ibm-granite/granite-io/issues/251",
    },
  ],
});
