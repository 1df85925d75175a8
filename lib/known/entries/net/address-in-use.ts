import { defineKnownError, ic, t } from "../../define";
import { categorySolutions } from "../../template";

export default defineKnownError({
  id: "net.address-in-use",
  category: "network.address_in_use",
  // nginx's and Windows' own entries say more when they match.
  priority: -1,
  match: [
    /listen EADDRINUSE: address already in use [^\n]{0,60}?:(?<port>\d{1,5})\b/,
    /\bEADDRINUSE\b[^\n]{0,80}?:(?<port>\d{1,5})\b/,
    /(?:OSError|socket\.error|error): \[Errno (?:98|48)\] Address already in use/,
    /\blisten tcp [^\n]{0,80}?:(?<port>\d{1,5}): bind: address already in use/,
    /\bbind: address already in use/,
    // WSAEADDRINUSE's text, as Go programs on Windows (Docker's port proxy among them) print it.
    /\blisten (?:tcp|udp)[46]? [^\n]{0,60}?:(?<port>\d{1,5}): bind: Only one usage of each socket address/i,
    /\bAddress already in use\b/,
  ],
  title: (c) => (c.g.port ? t(`端口 ${c.g.port} 已被占用`, `Port ${c.g.port} is already in use`) : t("要监听的端口已被占用", "The port to listen on is already in use")),
  summary: (c) =>
    t(
      `程序要在${c.g.port ? `端口 ${ic(c.g.port)}` : "某个端口"}上监听（bind/listen），但本机已有别的套接字占着这个地址，操作系统拒绝了第二次绑定（EADDRINUSE）。`,
      `The program tried to bind/listen on ${c.g.port ? `port ${ic(c.g.port)}` : "a port"}, but another socket on this machine already holds that address, so the operating system refused the second bind (EADDRINUSE).`,
    ),
  causes: [
    t("同一个服务已经在运行：另一个终端、后台进程，或上次没有正常退出的实例", "the same server is already running: in another terminal, in the background, or an earlier instance that never exited"),
    t("别的软件或容器映射也用了这个端口", "another program, or a container's port mapping, uses the same port"),
    t("服务刚重启，旧连接还处于 TIME_WAIT，而程序没有设置 SO_REUSEADDR", "the server restarted a moment ago, old connections are still in TIME_WAIT, and the program does not set SO_REUSEADDR"),
  ],
  solutions: [
    ...categorySolutions("network.address_in_use"),
  ],
  docs: ["https://nodejs.org/api/errors.html#common-system-errors", "https://docs.python.org/3/library/errno.html#errno.EADDRINUSE", "https://man7.org/linux/man-pages/man2/bind.2.html"],
  samples: [
    {
      text: '  File "/usr/lib/python3.10/socketserver.py", line 466, in server_bind\n    self.socket.bind(self.server_address)\nOSError: [Errno 98] Address already in use',
      source: "https://github.com/insidesherpa/JPMC-tech-task-1-PY3/issues/232",
    },
  ],
});
