import { block, defineKnownError, ic, shq, t } from "../../define";

export default defineKnownError({
  id: "postgres.role-does-not-exist",
  category: "database",
  match: [/role "(?<role>[^"\n]{1,63})" does not exist/],
  title: (c) => (c.g.role ? t(`PostgreSQL 中没有名为 ${ic(c.g.role)} 的角色`, `PostgreSQL has no role named ${ic(c.g.role)}`) : t("PostgreSQL 中没有这个角色", "PostgreSQL has no such role")),
  summary: (c) =>
    t(
      `没有指定用户名时，psql、pg_isready 等客户端默认用当前操作系统用户名作为数据库角色${c.g.role ? `（这里是 ${ic(c.g.role)}）` : ""}；服务器里没有这个角色，所以拒绝连接。`,
      `Without an explicit user, psql, pg_isready and other clients use the current operating-system user name as the database role${c.g.role ? ` (here ${ic(c.g.role)})` : ""}; the server has no such role, so it refuses the connection.`,
    ),
  causes: [
    t("以 root 或其他系统用户运行 psql/pg_isready（容器健康检查里很常见），又没有设置 -U 或 PGUSER", "psql/pg_isready runs as root or another OS user (very common in container health checks) without -U or PGUSER"),
    t("应用配置里的用户名拼写错误，或还没有创建这个角色", "the user name in the application's configuration is misspelt, or the role was never created"),
  ],
  solutions: [
    {
      title: t("明确指定要用的角色", "Name the role explicitly"),
      steps: [t("用 -U 或环境变量 PGUSER 指定一个存在的角色；Docker 健康检查写成 pg_isready -U \"$POSTGRES_USER\"。", "Pass -U or set PGUSER to an existing role; in a Docker health check use pg_isready -U \"$POSTGRES_USER\".")],
      code: () => block("bash", ['export PGUSER="${PGUSER:-postgres}"', 'pg_isready -U "$PGUSER"']),
    },
    {
      title: t("或者创建这个角色", "Or create the role"),
      steps: [t("以超级用户执行 createuser（需要时加 --createdb / --pwprompt）。", "As a superuser run createuser (add --createdb / --pwprompt as needed).")],
      code: (c) => (c.g.role ? block("bash", [`sudo -u postgres createuser --pwprompt ${shq(c.g.role)}`]) : null),
    },
  ],
  docs: ["https://access.crunchydata.com/documentation/postgresql16/16.16/errcodes-appendix.html", "https://github.com/peter-evans/docker-compose-healthcheck/pull/22"],
  samples: [{ text: '2022-06-14 15:28:00.342 UTC [199] root@root FATAL:  role "root" does not exist', source: "https://github.com/g3w-suite/g3w-suite-docker/issues/44" }],
});
