import { block, defineKnownError, ic, shq, t } from "../../define";

export default defineKnownError({
  id: "postgres.database-does-not-exist",
  category: "database",
  match: [/FATAL:\s{1,4}database "(?<db>[^"\n]{1,63})" does not exist/, /database "(?<db>[^"\n]{1,63})" does not exist/],
  title: (c) => t(`PostgreSQL 中没有数据库 ${ic(c.g.db ?? "")}（3D000）`, `PostgreSQL has no database ${ic(c.g.db ?? "")} (3D000)`),
  summary: (c) =>
    t(
      `连接请求的数据库 ${ic(c.g.db ?? "")} 在这个集群里不存在（SQLSTATE 3D000）。注意：psql 等客户端不指定 -d 时，默认连接与用户名同名的数据库。`,
      `The database ${ic(c.g.db ?? "")} requested by the connection does not exist in this cluster (SQLSTATE 3D000). Note that psql and other clients without -d connect to the database named after the user.`,
    ),
  causes: [
    t("数据库还没创建（Docker 镜像只在首次初始化时按 POSTGRES_DB 创建）", "the database was never created (the Docker image creates POSTGRES_DB only on first initialisation)"),
    t("没有指定 -d，客户端默认去连与用户名同名的库", "no -d given, so the client connects to the database named after the user"),
    t("连到了另一个实例/端口上的集群", "connected to another cluster on a different host or port"),
  ],
  solutions: [
    {
      title: t("列出已有数据库，必要时创建", "List the databases and create the missing one"),
      steps: [t("用 psql -l 查看；确认名字后用 createdb 创建（指定属主为应用用户），再运行迁移。", "List them with psql -l; once the name is confirmed, create it with createdb (owned by the application user), then run the migrations.")],
      code: (c) => block("bash", ["psql -l", c.g.db ? `sudo -u postgres createdb --owner="\${APP_ROLE:-postgres}" ${shq(c.g.db)}` : null]),
    },
    {
      title: t("或者在连接里写明要连的库", "Or name the database explicitly"),
      steps: [t("psql -d postgres -U 用户，或在连接串末尾写 /库名。", "psql -d postgres -U user, or put /dbname at the end of the connection string.")],
    },
  ],
  docs: ["https://access.crunchydata.com/documentation/postgresql16/16.16/errcodes-appendix.html", "https://postgresql.org/docs/7.1/client-authentication-problems.html"],
  samples: [{ text: 'psql: error: connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: FATAL:  database "shop" does not exist', source: "https://access.crunchydata.com/documentation/postgresql16/16.16/errcodes-appendix.html" }],
});
