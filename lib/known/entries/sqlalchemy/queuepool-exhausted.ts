import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "sqlalchemy.queuepool-exhausted",
  category: "database",
  match: [/QueuePool limit of size (?<size>\d{1,5}) overflow (?<overflow>-?\d{1,5}) reached, connection timed out(?:, timeout (?<timeout>[\d.]{1,10}))?/],
  title: (c) =>
    t(
      `连接池耗尽：${c.g.size} 个常驻连接加 ${c.g.overflow} 个溢出连接都被占用`,
      `Connection pool exhausted: all ${c.g.size} pooled plus ${c.g.overflow} overflow connections are checked out`,
    ),
  summary: (c) =>
    t(
      `SQLAlchemy 的 Engine 通过连接池复用数据库连接，同时最多借出 pool_size + max_overflow（这里是 ${c.g.size} + ${c.g.overflow}）个。新的请求等了${c.g.timeout ? ` ${c.g.timeout} 秒` : "超时时间"}仍没有连接被归还，于是放弃。数据库本身多半是好的：问题在于连接被借出后没有及时还回来，或者并发量确实超过了池的大小。`,
      `A SQLAlchemy Engine reuses database connections through a pool and lends out at most pool_size + max_overflow (here ${c.g.size} + ${c.g.overflow}) at once. A new checkout waited ${c.g.timeout ? `${c.g.timeout} seconds` : "the timeout"} without any connection being returned and gave up. The database itself is most likely fine: connections are not being returned in time, or concurrency really exceeds the pool.`,
    ),
  causes: [
    t("Session / Connection 用完没有关闭（没有用 with 块，或异常路径上漏了 close），连接一直被占着", "Sessions / Connections are not closed after use (no with block, or close is skipped on an error path), so connections stay checked out"),
    t("长时间运行的事务或查询把连接占住", "long-running transactions or queries hold connections"),
    t("并发的线程 / 协程 / 工作进程数超过 pool_size + max_overflow", "more concurrent threads / tasks / workers than pool_size + max_overflow"),
  ],
  solutions: [
    {
      title: t("确保每个 Session 都被关闭", "Make sure every Session is closed"),
      steps: [
        t(
          "用 with 块（或 Web 框架的请求结束钩子 / 依赖注入的 yield + finally）管理 Session，连接就会在块结束时归还。先修泄漏，再考虑调大连接池。",
          "Manage Sessions with a with block (or the framework's teardown hook / a yield-based dependency with finally) so the connection goes back when the block ends. Fix leaks before enlarging the pool.",
        ),
      ],
      code: () =>
        block("python", [
          "from sqlalchemy import create_engine, text",
          "from sqlalchemy.orm import Session",
          "",
          'engine = create_engine("sqlite://")',
          "",
          "with Session(engine) as session:",
          '    print(session.execute(text("SELECT 1")).scalar_one())',
          "# the connection is returned to the pool here",
        ]),
    },
    {
      title: t("并发确实很高：按数据库的连接上限调整池", "If concurrency really is high: size the pool to the database's limits"),
      steps: [
        t(
          "create_engine(url, pool_size=…, max_overflow=…, pool_timeout=…)。注意总连接数 =（pool_size + max_overflow）× 进程数，不能超过数据库的最大连接数。",
          "create_engine(url, pool_size=…, max_overflow=…, pool_timeout=…). Total connections = (pool_size + max_overflow) × number of processes, which must stay below the database's connection limit.",
        ),
      ],
    },
  ],
  docs: ["https://sqlalchemy.org/docs/14/errors.html", "https://sqlalche.me/e/20/3o7r"],
  samples: [
    {
      text: "TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00 (Background on this error at: https://sqlalche.me/e/14/3o7r)",
      source: "https://github.com/edwardbetts/osm-wikidata/issues/642",
    },
  ],
});
