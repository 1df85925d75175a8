import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "mysql.cant-connect-socket",
  category: "database",
  match: [/Can't connect to local (?:MySQL|MariaDB) server through socket '(?<sock>[^'\n]{1,300})'(?: \((?<errno>\d{1,5})\))?/],
  title: (c) => t(`本地 socket ${ic(c.g.sock ?? "")} 上没有 MySQL 服务（2002）`, `No MySQL server on the local socket ${ic(c.g.sock ?? "")} (2002)`),
  summary: (c) =>
    t(
      `主机名是 localhost 时，MySQL 客户端不走 TCP，而是连接 Unix socket 文件 ${ic(c.g.sock ?? "")}；${c.g.errno === "2" ? "错误码 2 表示这个 socket 文件不存在，" : c.g.errno === "111" ? "错误码 111 表示连接被拒绝，" : ""}通常是服务器没运行，或客户端和服务器配置的 socket 路径不同（错误 2002 CR_CONNECTION_ERROR）。`,
      `With host localhost the MySQL client does not use TCP; it connects to the Unix socket file ${ic(c.g.sock ?? "")}.${c.g.errno === "2" ? " Error 2 means that socket file does not exist;" : c.g.errno === "111" ? " Error 111 means the connection was refused;" : ""} usually the server is not running, or the client and server use different socket paths (error 2002 CR_CONNECTION_ERROR).`,
    ),
  causes: [
    t("mysqld 没有运行或启动失败", "mysqld is not running or failed to start"),
    t("客户端与服务器的 socket 路径不同（不同发行版/安装方式的默认路径不同）", "the client and server use different socket paths (defaults differ between distributions and installs)"),
    t("数据库在 Docker 容器里，而宿主机上的客户端用 localhost 连接 socket；应改用 127.0.0.1 走 TCP", "the database runs in a Docker container while a host client uses localhost (the socket); use 127.0.0.1 to go over TCP"),
  ],
  solutions: [
    {
      title: t("启动服务并确认实际的 socket 路径", "Start the server and check the real socket path"),
      steps: [t("服务运行后，用 mysqladmin 查看服务器的 socket 变量，与客户端配置对照；或者改用 -h 127.0.0.1 走 TCP。", "Once it runs, ask the server for its socket variable and compare it with the client's; or use -h 127.0.0.1 to connect over TCP.")],
      code: () => block("bash", ["sudo systemctl status mysql --no-pager || sudo systemctl status mysqld --no-pager", "sudo mysqladmin variables | grep -w socket", "mysql -h 127.0.0.1 -P 3306 -u root -p"]),
    },
    {
      title: t("在客户端配置里指定正确的 socket", "Point the client at the right socket"),
      steps: [t("把服务器实际的 socket 路径写进客户端配置（[client] socket=…）或连接参数；PHP/Python 驱动也有各自的 socket 选项。", "Put the server's real socket path in the client configuration ([client] socket=…) or the connection parameters; PHP and Python drivers have their own socket options.")],
    },
  ],
  docs: ["https://dev.mysql.com/doc/mysql-errors/8.0/en/client-error-reference.html"],
  samples: [{ text: "ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)", source: "https://dev.mysql.com/doc/mysql-errors/8.0/en/client-error-reference.html" }],
});
