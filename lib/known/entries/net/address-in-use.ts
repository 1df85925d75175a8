import { block, defineKnownError, ic, t } from "../../define";

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
    {
      title: t("找出占用端口的进程，停掉它或换一个端口", "Find the process holding the port, stop it or use another port"),
      steps: [
        t("Linux/macOS 用 lsof 或 ss 查看；Windows 用 netstat -ano | findstr :端口 找到 PID，再在任务管理器里结束。确认是不是自己之前启动的那一份。", "On Linux/macOS use lsof or ss; on Windows run netstat -ano | findstr :PORT for the PID and end it in Task Manager. Check whether it is your own earlier instance."),
      ],
      code: (c) => (c.g.port ? block("bash", [`lsof -i :${c.g.port}`, `ss -ltnp 'sport = :${c.g.port}'`]) : null),
    },
  ],
  docs: ["https://nodejs.org/api/errors.html#common-system-errors", "https://docs.python.org/3/library/errno.html#errno.EADDRINUSE", "https://man7.org/linux/man-pages/man2/bind.2.html"],
  samples: [
    {
      text: '  File "/usr/lib/python3.10/socketserver.py", line 466, in server_bind\n    self.socket.bind(self.server_address)\nOSError: [Errno 98] Address already in use',
      source: "https://github.com/insidesherpa/JPMC-tech-task-1-PY3/issues/232",
    },
  ],
});
