import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "windows.connection-refused-10061",
  category: "network.connection",
  // Database-specific entries (MySQL, PostgreSQL, Redis) that also quote 10061 give the better diagnosis.
  priority: -1,
  match: [/\[(?:WinError|Errno) 10061\] (?:No connection could be made because the target machine actively refused it|由于目标计算机积极拒绝，?无法连接)/],
  title: t("连接被拒绝：目标地址上没有程序在监听（WinError 10061）", "Connection refused: nothing is listening at the target address (WinError 10061)"),
  summary: (c) =>
    t(
      `Windows 返回 WSAECONNREFUSED（10061）：连接请求到达了目标主机${c.f.host ? `（${ic(c.f.host)}）` : ""}，但那个端口上没有程序在监听，或被防火墙以拒绝方式挡回。网络是通的，问题在于“服务没起来/端口不对”。`,
      `Windows returned WSAECONNREFUSED (10061): the connection reached the target host${c.f.host ? ` (${ic(c.f.host)})` : ""}, but no program is listening on that port, or a firewall rejected it. The network path works; the service is not up or the port is wrong.`,
    ),
  causes: [
    t("要连接的服务（本地 API、模型服务、数据库、调试服务器等）没有启动，或已经崩溃退出", "the service being called (a local API, model server, database, debug server) is not running or has crashed"),
    t("地址或端口写错：客户端连的端口和服务实际监听的端口不一致，或服务只监听了另一个网卡/地址", "wrong address or port: the client's port differs from the one the service listens on, or the service listens on another interface"),
    t("防火墙规则拒绝了这个端口", "a firewall rule rejects the port"),
  ],
  solutions: [
    {
      title: t("确认目标端口上确实有程序在监听", "Confirm that something is listening on the target port"),
      steps: [
        t("先启动要连接的服务，再在 PowerShell 里用 Test-NetConnection 主机 -Port 端口 或 netstat -ano | findstr 端口 检查端口是否在 LISTENING。", "Start the service first, then check the port from PowerShell with Test-NetConnection host -Port port, or netstat -ano | findstr port to see it LISTENING."),
        t("核对客户端配置里的主机和端口与服务启动日志中打印的监听地址一致。", "Compare the host and port in the client configuration with the listening address printed in the service's start-up log."),
      ],
    },
    {
      title: t("服务确实在运行时，检查防火墙", "If the service is running, check the firewall"),
      steps: [t("跨机器连接时，在服务端的 Windows Defender 防火墙里为该程序或端口添加入站允许规则，并确认服务监听的是对外地址（如 0.0.0.0）而不只是 127.0.0.1。", "For connections from another machine, add an inbound allow rule for the program or port in Windows Defender Firewall on the server, and make sure the service listens on an external address (such as 0.0.0.0), not only 127.0.0.1.")],
    },
  ],
  docs: ["https://docs.rs/windows-sys/0.36.1/windows_sys/Win32/Networking/WinSock/constant.WSAECONNREFUSED.html", "https://github.com/Lawouach/WebSocket-for-Python/issues/130", "https://github.com/0vercl0k/paracosme/issues/2", "https://github.com/attreyabhatt/Reverse-Shell/issues/2"],
  samples: [
    { text: " client_socket.connect((host, port))\nConnectionRefusedError: [WinError 10061] No connection could be made because the target machine actively refused it", source: "https://github.com/vismodo/Remote-Desktop/issues/2" },
    { text: "  File \"C:\\Users\\ariel\\AppData\\Local\\Programs\\Python\\Python36-32\\lib\\site-packages\\urllib3\\util\\connection.py\", line 70, in create_connection\nConnectionRefusedError: [WinError 10061] No connection could be made because the target machine actively refused it", source: "https://github.com/Lawouach/WebSocket-for-Python/issues/266" },
  ],
});
