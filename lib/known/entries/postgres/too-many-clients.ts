import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "postgres.too-many-clients",
  category: "database",
  match: ["sorry, too many clients already", "remaining connection slots are reserved for"],
  title: t("PostgreSQL 连接数已满（53300 too_many_connections）", "PostgreSQL has no connection slots left (53300 too_many_connections)"),
  summary: t(
    "服务器上的连接数达到了 max_connections（默认 100，另有几个保留给超级用户），新的连接被拒绝。每个连接都是一个后端进程，通常是应用打开的连接太多或没有释放。",
    "The server has reached max_connections (100 by default, with a few slots reserved for superusers) and refuses new connections. Each connection is a backend process; usually the application opens too many or never releases them.",
  ),
  causes: [
    t("应用没有关闭/归还连接（连接泄漏），或每个请求都新建连接", "the application does not close or return connections (a leak), or opens a new one per request"),
    t("多个进程/副本各自的连接池加起来超过了 max_connections", "the pools of several processes or replicas add up to more than max_connections"),
    t("大量空闲（idle）或卡在事务中（idle in transaction）的会话占着连接", "many idle or idle-in-transaction sessions hold slots"),
  ],
  solutions: [
    {
      title: t("看清是谁占着连接", "See who holds the connections"),
      steps: [t("按应用、用户和状态统计 pg_stat_activity；大量 idle 说明连接池过大或泄漏。", "Count pg_stat_activity by application, user and state; lots of idle sessions mean oversized pools or a leak.")],
      code: () => block("sql", ["SELECT usename, application_name, state, count(*)", "FROM pg_stat_activity", "GROUP BY 1, 2, 3", "ORDER BY 4 DESC;"]),
    },
    {
      title: t("减少连接：复用连接池，或加连接池代理", "Use fewer connections: share a pool, or add a pooler"),
      steps: [t("让所有进程的连接池上限之和低于 max_connections；连接多的场景在前面放 PgBouncer。确需更多连接时再调高 max_connections（需重启，且每个连接都耗内存）。", "Keep the sum of all pool sizes below max_connections; put PgBouncer in front when many clients connect. Raise max_connections only if really needed (it needs a restart and every connection costs memory).")],
    },
  ],
  docs: ["https://access.crunchydata.com/documentation/postgresql16/16.16/errcodes-appendix.html", "https://github.com/leafo/pgmoon/issues/47"],
  samples: [{ text: "Error!: SQLSTATE[08006] [7] FATAL:  sorry, too many clients already", source: "https://github.com/TBroTeam/TBro/issues/57" }],
});
