import { block, defineKnownError, ic, shq, t } from "../../define";

export default defineKnownError({
  id: "postgres.connection-refused",
  category: "database",
  match: [
    /connection to server at "(?<host>[^"\n]{1,200})"(?: \([^)\n]{1,60}\))?, port (?<port>\d{1,5}) failed: Connection refused/,
    /Is the server running on host "(?<host>[^"\n]{1,200})"[^\n]{0,40}\s{1,20}(?:and accepting\s{1,20})?TCP\/IP connections on port (?<port>\d{1,5})/,
    "Is the server running on that host and accepting TCP/IP connections?",
    "Is the server running locally and accepting",
  ],
  title: (c) => (c.g.host ? t(`${ic(`${c.g.host}:${c.g.port ?? "5432"}`)} 上没有 PostgreSQL 在监听`, `Nothing is listening for PostgreSQL on ${ic(`${c.g.host}:${c.g.port ?? "5432"}`)}`) : t("连接 PostgreSQL 被拒绝：服务器没在监听", "PostgreSQL connection refused: the server is not listening")),
  summary: t(
    "TCP 连接被对方直接拒绝，说明那个地址和端口上没有进程在监听：PostgreSQL 没有运行、监听在别的地址/端口，或者你连错了主机（容器里的 localhost 指的是容器自己）。",
    "The TCP connection was refused outright, so no process listens on that address and port: PostgreSQL is not running, listens on another address/port, or you are connecting to the wrong host (inside a container, localhost is the container itself).",
  ),
  causes: [
    t("PostgreSQL 服务没有启动或启动失败", "the PostgreSQL service is not running or failed to start"),
    t("在 Docker/Compose 中用 localhost 连接数据库容器；应改用服务名（如 db）", "in Docker/Compose the app connects to localhost instead of the database service name (e.g. db)"),
    t("listen_addresses 只监听 localhost，远程连接被拒；或端口不是 5432", "listen_addresses only covers localhost, so remote connections are refused; or the port is not 5432"),
    t("应用比数据库先启动，数据库还没准备好", "the application started before the database was ready"),
  ],
  solutions: [
    {
      title: t("确认服务在运行、在监听哪个地址和端口", "Check the service runs and where it listens"),
      steps: [t("pg_isready 直接告诉你能否连上；ss 显示 5432 是否在监听、绑定在哪个地址。", "pg_isready tells you whether it can connect; ss shows whether 5432 is listening and on which address.")],
      code: (c) => block("bash", [`pg_isready -h ${shq(c.g.host ?? "localhost")} -p ${shq(c.g.port ?? "5432")}`, "sudo systemctl status postgresql --no-pager", "sudo ss -ltnp | grep 5432"]),
    },
    {
      title: t("容器里：用服务名连接，并等数据库就绪", "In containers: connect by service name and wait for readiness"),
      steps: [t("Compose 中把主机设为数据库服务名；给数据库加 healthcheck，应用用 depends_on: condition: service_healthy 等待它。", "In Compose set the host to the database service name; give the database a healthcheck and let the app wait with depends_on: condition: service_healthy.")],
    },
  ],
  docs: ["https://github.com/PostgresApp/PostgresApp/issues/546", "https://docs.Docker.com/compose/startup-order/"],
  samples: [
    { text: 'psycopg2.OperationalError: could not connect to server: Connection refused (0x0000274D/10061)\n        Is the server running on host "localhost" (::1) and accepting\n        TCP/IP connections on port 5432?', source: "https://github.com/Django-CRM/Django-CRM/issues/447" },
    { text: 'psql: error: connection to server at "localhost" (::1), port 5432 failed: Connection refused (0x0000274D/10061)\n        Is the server running on that host and accepting TCP/IP connections?', source: "https://github.com/EnterpriseDB/edb-installers/issues/563" },
  ],
});
