import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "ssh.no-matching-host-key-type",
  category: "tool.git",
  match: [/Unable to negotiate with (?<host>[\w.:-]{1,200}) port (?<port>\d{1,5}): no matching host key type found\. Their offer: (?<offer>[\w@.,-]{1,200})/, "no matching host key type found"],
  title: (c) => t(`${ic(c.g.host ?? "服务器")} 只提供过时的主机密钥类型（${c.g.offer ?? "ssh-rsa"}）`, `${ic(c.g.host ?? "the server")} only offers an outdated host key type (${c.g.offer ?? "ssh-rsa"})`),
  summary: t(
    "OpenSSH 8.8 起默认禁用了使用 SHA-1 的 ssh-rsa 签名（ssh-dss 更早被禁用）。服务器（常见于路由器、嵌入式设备、老旧系统）只提供这些类型的主机密钥，新客户端找不到双方都接受的算法，于是拒绝连接。",
    "Since OpenSSH 8.8 the SHA-1-based ssh-rsa signature is disabled by default (ssh-dss even earlier). The server — often a router, embedded device or old system — offers only those host key types, so the new client finds no algorithm both sides accept and refuses.",
  ),
  causes: [t("客户端升级到 OpenSSH 8.8+，而服务器是老版本或嵌入式 SSH 实现", "the client was upgraded to OpenSSH 8.8+ while the server is old or an embedded SSH implementation"), t("服务器只配置了 RSA/DSA 主机密钥", "the server only has RSA/DSA host keys")],
  solutions: [
    {
      title: t("只对这台主机放开 ssh-rsa", "Allow ssh-rsa for this host only"),
      steps: [t("在 ~/.ssh/config 中为该主机加上 HostKeyAlgorithms +ssh-rsa（用密钥登录时再加 PubkeyAcceptedAlgorithms +ssh-rsa）。不要全局放开。", "Add HostKeyAlgorithms +ssh-rsa for that host in ~/.ssh/config (and PubkeyAcceptedAlgorithms +ssh-rsa when logging in with a key). Do not enable it globally.")],
      code: (c) => (c.g.host ? block("bash", [`ssh -o HostKeyAlgorithms=+ssh-rsa -o PubkeyAcceptedAlgorithms=+ssh-rsa -p ${c.g.port ?? "22"} root@${c.g.host}`]) : null),
    },
    {
      title: t("能管理服务器时：生成 ed25519 主机密钥", "If you manage the server: generate an ed25519 host key"),
      steps: [t("升级服务器的 SSH 或为它生成 ed25519 主机密钥，这样新客户端无需任何例外即可连接。", "Upgrade the server's SSH or give it an ed25519 host key so new clients connect without exceptions.")],
    },
  ],
  docs: ["https://www.openssh.com/txt/release-8.8", "https://github.com/gokrazy/breakglass/issues/9"],
  samples: [{ text: "$ ssh jobs.hackclub.com\nUnable to negotiate with 96.126.108.99 port 22: no matching host key type found. Their offer: ssh-rsa", source: "https://github.com/hackclub/jobs/issues/16" }],
});
