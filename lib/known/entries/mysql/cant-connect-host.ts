import { block, defineKnownError, ic, shq, t } from "../../define";

export default defineKnownError({
  id: "mysql.cant-connect-host",
  category: "database",
  match: [/Can't connect to (?:MySQL|MariaDB) server on '(?<host>[^':\n]{1,255})(?::(?<port>\d{1,5}))?'(?: \((?<errno>\d{1,6})\))?/],
  title: (c) => t(`连不上 ${ic(`${c.g.host ?? ""}${c.g.port ? `:${c.g.port}` : ""}`)} 上的 MySQL（2003）`, `Cannot reach MySQL on ${ic(`${c.g.host ?? ""}${c.g.port ? `:${c.g.port}` : ""}`)} (2003)`),
  summary: (c) =>
    t(
      `TCP 连接没有建立起来（错误 2003 CR_CONN_HOST_ERROR）。${c.g.errno === "111" || c.g.errno === "10061" ? "括号里的 111/10061 是“连接被拒绝”：那个地址端口上没有进程在监听。" : c.g.errno === "110" || c.g.errno === "10060" ? "括号里的 110/10060 是“连接超时”：通常是防火墙/安全组丢包或地址不可达。" : "括号里的数字是操作系统的网络错误码。"}`,
      `The TCP connection could not be established (error 2003 CR_CONN_HOST_ERROR). ${c.g.errno === "111" || c.g.errno === "10061" ? "111/10061 in parentheses is “connection refused”: nothing listens on that address and port." : c.g.errno === "110" || c.g.errno === "10060" ? "110/10060 in parentheses is “timed out”: usually a firewall or security group drops the packets, or the address is unreachable." : "The number in parentheses is the operating system's network error code."}`,
    ),
  causes: [
    t("mysqld 没有运行，或监听的不是这个端口", "mysqld is not running, or listens on another port"),
    t("bind-address = 127.0.0.1（很多发行版的默认值），远程连接被拒", "bind-address = 127.0.0.1 (the default on many distributions), so remote connections are refused"),
    t("防火墙或云安全组没有放行 3306", "a firewall or cloud security group does not allow port 3306"),
    t("容器里用 localhost/127.0.0.1 连接另一个容器；应使用服务名", "inside a container, localhost/127.0.0.1 is used to reach another container; use the service name"),
  ],
  solutions: [
    {
      title: t("从客户端所在机器测试端口，在服务器上看监听地址", "Test the port from the client machine and check the listen address on the server"),
      steps: [t("端口不通时先查服务状态和 bind-address，再查防火墙。", "If the port is closed, check the service and bind-address first, then the firewall.")],
      code: (c) => block("bash", [`nc -vz ${shq(c.g.host ?? "127.0.0.1")} ${shq(c.g.port ?? "3306")}`, "sudo ss -ltnp | grep 3306", "grep -R bind-address /etc/mysql/ 2>&1 | head"]),
    },
    {
      title: t("远程连接：修改 bind-address 并放行端口", "Remote access: change bind-address and open the port"),
      steps: [t("在 mysqld.cnf 中把 bind-address 改为服务器地址（或 0.0.0.0）后重启 MySQL，防火墙/安全组只对需要的来源放行 3306，并为客户端主机创建账号。", "Set bind-address in mysqld.cnf to the server address (or 0.0.0.0), restart MySQL, open 3306 in the firewall/security group only for the sources that need it, and create an account for the client host.")],
    },
  ],
  docs: ["https://dev.mysql.com/doc/mysql-errors/8.0/en/client-error-reference.html"],
  samples: [{ text: "ERROR 2003 (HY000): Can't connect to MySQL server on '10.0.0.5:3306' (111)", source: "https://dev.mysql.com/doc/mysql-errors/8.0/en/client-error-reference.html" }],
});
