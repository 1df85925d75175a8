import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "windows.address-in-use",
  category: "network.address_in_use",
  match: [
    /\[(?:WinError|Errno) 10048\] error while attempting to bind on address \('(?<host>[\d.:a-f]{1,60})', (?<port>\d{1,5})\)/i,
    /bind on address \('(?<host>[\d.:a-f]{1,60})', (?<port>\d{1,5})\): \[winerror 10048\]/i,
    /\[(?:WinError|Errno) 10048\] (?:Only one usage of each socket address|通常每个套接字地址|Solo se permite un uso de cada dirección de socket)/i,
  ],
  title: (c) => (c.g.port ? t(`端口 ${c.g.port} 已被占用（WinError 10048）`, `Port ${c.g.port} is already in use (WinError 10048)`) : t("端口已被占用（WinError 10048）", "The port is already in use (WinError 10048)")),
  summary: (c) =>
    t(
      `10048 是 Windows 的 WSAEADDRINUSE：程序要监听${c.g.port ? `端口 ${ic(c.g.port)}` : "的端口"}，但已经有别的进程（常常是同一个程序上次没退出的实例）在用。`,
      `10048 is Windows' WSAEADDRINUSE: the program tried to listen on ${c.g.port ? `port ${ic(c.g.port)}` : "its port"}, but another process (often an earlier instance of the same program that never exited) already holds it.`,
    ),
  causes: [
    t("同一个服务已经在运行（另一个终端、后台进程、上次崩溃留下的进程）", "the same server is already running (another terminal, a background process, a leftover from a crash)"),
    t("别的软件默认也用这个端口", "another program uses the same port by default"),
  ],
  solutions: [
    {
      title: t("找出占用端口的进程并结束它", "Find the process on the port and stop it"),
      steps: [t("在 PowerShell 里按端口查出进程号（OwningProcess），确认是什么程序后再结束。", "In PowerShell look up the owning process id by port, check what it is, then stop it.")],
      code: (c) => {
        const port = c.g.port ?? "5000";
        return block("powershell", [
          `Get-NetTCPConnection -LocalPort ${port} -State Listen | Select-Object LocalAddress, LocalPort, OwningProcess`,
          `Get-Process -Id (Get-NetTCPConnection -LocalPort ${port} -State Listen).OwningProcess`,
          "Stop-Process -Id <OwningProcess>",
        ]);
      },
    },
    {
      title: t("或者换一个端口", "Or use another port"),
      steps: [t("用程序的 --port 参数或配置项改成空闲端口；命令行下 netstat -ano | findstr 端口号 也能看到占用的 PID。", "Pass a free port through the program's --port option or config; netstat -ano | findstr <port> also shows the PID holding it.")],
    },
  ],
  docs: ["https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2", "https://github.com/KoboldAI/KoboldAI-Client/issues/400"],
  samples: [
    { text: "OSError: [WinError 10048] Only one usage of each socket address (protocol/network address/port) is normally permitted", source: "https://github.com/KoboldAI/KoboldAI-Client/issues/400" },
    { text: "OSError: [Errno 10048] error while attempting to bind on address ('127.0.0.1', 5001): only one usage of each socket address (protocol/network address/port) is normally permitted", source: "https://github.com/GNS3/gns3-server/issues/799" },
  ],
});
