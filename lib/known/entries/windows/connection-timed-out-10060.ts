import { defineKnownError, t } from "../../define";
import { categorySolutions } from "../../template";

export default defineKnownError({
  id: "windows.connection-timed-out-10060",
  category: "network.timeout",
  match: [
    /SocketException \(10060\)/,
    /\[(?:WinError|Errno) 10060\]/,
    /由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败/,
    /A connection attempt failed because the connected party did not properly respond after a period of time/,
  ],
  title: t("TCP 连接超时：对方在规定时间内没有响应（WSAETIMEDOUT 10060）", "TCP connection timed out: the other side did not respond in time (WSAETIMEDOUT 10060)"),
  summary: t(
    "10060 是 Windows 套接字错误 WSAETIMEDOUT：建立连接或等待数据时，对方在超时时间内一直没有回应。与 10061（被拒绝，说明主机在但端口没人监听）不同，超时通常意味着数据包根本没有到达对方或回复被丢弃。",
    "10060 is the Windows sockets error WSAETIMEDOUT: while connecting or waiting for data, the other side never answered within the timeout. Unlike 10061 (refused: the host is there but nothing listens on the port), a timeout usually means packets never reached the peer or its replies were dropped.",
  ),
  causes: [
    t("防火墙（本机、服务器或云安全组）丢弃了到该端口的数据包", "a firewall (local, on the server, or a cloud security group) drops packets to that port"),
    t("目标地址或端口错误、主机已关机，或路由不可达（例如需要 VPN/代理才能访问）", "the address or port is wrong, the host is down, or there is no route (a VPN/proxy is needed)"),
    t("已建立的连接长时间没有数据，被对端或中间设备静默丢弃", "an established connection went silent and was dropped by the peer or a middlebox"),
  ],
  solutions: [
    {
      title: t("从出错的机器上测试端口连通性", "Test reachability of the port from the failing machine"),
      steps: [
        t("在 PowerShell 里运行 Test-NetConnection 主机 -Port 端口；TcpTestSucceeded 为 False 时检查地址、防火墙/安全组规则和代理设置。", "Run Test-NetConnection HOST -Port PORT in PowerShell; if TcpTestSucceeded is False, check the address, firewall/security-group rules and proxy settings."),
        t("长连接的服务端/客户端应启用 keep-alive 或心跳，避免空闲连接被中间设备丢弃。", "For long-lived connections enable keep-alive or heartbeats so idle connections are not dropped by middleboxes."),
      ],
    },
    ...categorySolutions("network.timeout"),
  ],
  docs: ["https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2"],
  samples: [
    {
      text: "System.Net.Sockets.SocketException (10060): A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.\n   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)",
      source: "https://github.com/dotnet/runtime/issues/73561",
    },
  ],
});
