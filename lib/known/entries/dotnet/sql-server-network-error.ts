import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "dotnet.sql-server-network-error",
  category: "database",
  match: [
    /A network-related or instance-specific error (?:has )?occurred while establishing a connection to (?:SQL Server|the server)[^\n]{0,400}?error: (?<code>\d{1,3}) - (?<detail>[^)\n]{1,160})/,
    /A network-related or instance-specific error (?:has )?occurred while establishing a connection to (?:SQL Server|the server)/,
  ],
  title: (c) => t(`连不上 SQL Server${c.g.code ? `（error ${c.g.code}）` : ""}`, `Could not reach SQL Server${c.g.code ? ` (error ${c.g.code})` : ""}`),
  summary: (c) => {
    const code = c.g.code;
    const zh = code === "26" ? "error 26 表示按实例名找不到服务器：命名实例要靠 SQL Server Browser 服务（UDP 1434）查端口，它没运行或被防火墙挡住时就会这样，也可以直接写 主机,端口。" : code === "40" ? "error 40 表示根本连不上服务器：服务没运行、服务器名写错、TCP/IP 协议没启用或端口被防火墙挡住。" : code === "50" || code === "52" ? "error 50/52 来自 LocalDB：LocalDB 没安装或实例起不来，可以用 sqllocaldb info / start 检查。" : "客户端没能到达数据库实例：服务器名/实例名写错、服务没运行、TCP/IP 没启用，或者防火墙挡住了端口。";
    const en = code === "26" ? "Error 26 means the instance name could not be resolved: a named instance is looked up through the SQL Server Browser service (UDP 1434), which is stopped or blocked; you can also connect as host,port." : code === "40" ? "Error 40 means the server could not be reached at all: the service is not running, the server name is wrong, TCP/IP is disabled, or a firewall blocks the port." : code === "50" || code === "52" ? "Errors 50/52 come from LocalDB: it is not installed or its instance failed to start; check with sqllocaldb info / start." : "The client never reached the database instance: a wrong server or instance name, a stopped service, TCP/IP disabled, or a firewall blocking the port.";
    return t(`这是网络层面的连接失败，还没到登录验证那一步。${zh}`, `This is a network-level failure that happens before any login. ${en}`);
  },
  causes: [
    t("连接字符串里的服务器名或实例名不对（默认实例 vs 命名实例如 .\\SQLEXPRESS）", "the server or instance name in the connection string is wrong (default instance vs a named one such as .\\SQLEXPRESS)"),
    t("SQL Server 服务没有运行", "the SQL Server service is not running"),
    t("TCP/IP 协议在 SQL Server 配置管理器里没启用，或者防火墙挡住了 1433（命名实例还需要 UDP 1434 给 Browser 服务）", "TCP/IP is disabled in SQL Server Configuration Manager, or a firewall blocks 1433 (named instances also need UDP 1434 for the Browser service)"),
    t("在 Linux/容器里连接，把 localhost 指向了容器自己", "connecting from Linux or a container where localhost means the container itself"),
  ],
  solutions: [
    {
      title: t("先从客户端机器确认服务器和端口可达", "First check from the client machine that the server and port are reachable"),
      steps: [t("把 YOUR_SERVER 换成连接字符串里的主机名；命名实例没有 Browser 服务时，连接字符串写成 Server=主机,端口。", "Replace YOUR_SERVER with the host from the connection string; for a named instance without the Browser service, write Server=host,port in the connection string.")],
      code: () => block("bash", ["sqlcmd -S tcp:YOUR_SERVER,1433 -Q 'SELECT @@VERSION'", "nc -vz YOUR_SERVER 1433"]),
    },
    {
      title: t("在服务器上检查服务、协议和防火墙", "On the server, check the service, protocol and firewall"),
      steps: [
        t("在 SQL Server 配置管理器里确认实例服务在运行，并在“网络配置”里启用 TCP/IP，改完重启服务。", "In SQL Server Configuration Manager make sure the instance service is running and TCP/IP is enabled under Network Configuration, then restart the service."),
        t("命名实例启动 SQL Server Browser 服务，并在防火墙放行 TCP 1433（或实例的端口）和 UDP 1434。", "For a named instance start the SQL Server Browser service, and allow TCP 1433 (or the instance's port) and UDP 1434 through the firewall."),
      ],
    },
  ],
  docs: ["https://learn.microsoft.com/sql/sql-server/connect-to-database-engine", "https://github.com/MicrosoftDocs/sql-docs/blob/live/docs/database-engine/configure-windows/sql-server-browser-service-database-engine-and-ssas.md", "https://github.com/dbfit/dbfit/pull/256"],
  samples: [
    { text: "A network-related or instance-specific error occurred while establishing a connection to SQL Server. The server was not found or was not accessible. Verify that the instance name is correct and that SQL Server is configured to allow remote connections. (provider: SQL Network Interfaces, error: 26 - Error Locating Server/Instance Specified)", source: "https://github.com/brockallen/BrockAllen.MembershipReboot/issues/586" },
  ],
});
