import { block, defineKnownError, ic, shq, t } from "../../define";

export default defineKnownError({
  id: "ssh.host-key-changed",
  category: "tool.git",
  priority: 1,
  match: [
    /Host key for (?<host>[\w.:\[\]-]{1,200}) has changed and you have requested strict checking/,
    /Offending (?:RSA|ECDSA|ED25519|DSA) key in (?<file>[^\s:]{1,300}):(?<line>\d{1,6})/,
    "REMOTE HOST IDENTIFICATION HAS CHANGED",
  ],
  title: (c) => (c.g.host ? t(`${ic(c.g.host)} 的 SSH 主机密钥变了，ssh 拒绝连接`, `The SSH host key of ${ic(c.g.host)} changed, so ssh refuses to connect`) : t("服务器的 SSH 主机密钥变了，ssh 拒绝连接", "The server's SSH host key changed, so ssh refuses to connect")),
  summary: t(
    "ssh 把第一次连接时见到的服务器主机密钥记在 known_hosts 里；这次服务器出示的密钥不同，可能是服务器重装/迁移/换了 IP 上的机器，也可能是中间人攻击，所以 ssh 在严格检查下拒绝连接。",
    "ssh records a server's host key in known_hosts on first contact; this time the server presented a different key. That happens when a server is reinstalled, migrated or another machine takes its IP — or during a man-in-the-middle attack — so ssh refuses under strict checking.",
  ),
  causes: [
    t("服务器重装系统、迁移或重新生成了主机密钥", "the server was reinstalled, migrated or had its host keys regenerated"),
    t("同一个 IP/主机名现在指向另一台机器（虚拟机、路由器、DHCP 重新分配）", "the same IP or host name now points at another machine (VMs, routers, DHCP)"),
    t("服务方轮换了公开的主机密钥（例如 GitHub 在 2023 年更换了 RSA 主机密钥）", "the service rotated its published host key (GitHub replaced its RSA host key in 2023)"),
    t("少数情况下确实是中间人攻击", "in rare cases, an actual man-in-the-middle attack"),
  ],
  solutions: [
    {
      title: t("先核对新指纹，再删除旧记录", "Verify the new fingerprint, then remove the old entry"),
      steps: [
        t("向服务器管理员（或服务商公布的指纹页面）核对新指纹；确认无误后用 ssh-keygen -R 删除旧记录，再连接一次并接受新密钥。", "Check the new fingerprint with the server's administrator (or the provider's published fingerprints); once it matches, remove the old entry with ssh-keygen -R and connect again to accept the new key."),
        t("不要用 StrictHostKeyChecking=no 绕过，它会让中间人攻击不再被发现。", "Do not bypass it with StrictHostKeyChecking=no; that hides real man-in-the-middle attacks."),
      ],
      code: (c) => (c.g.host ? block("bash", [`ssh-keygen -R ${shq(c.g.host)}`]) : null),
    },
    {
      title: t("GitHub 等托管服务：从官方页面更新指纹", "Hosted services like GitHub: update from the published fingerprints"),
      steps: [t("GitHub、GitLab 会公布主机密钥指纹；删除旧记录后重新连接，对照官方页面确认新指纹，或用 ssh-keyscan 获取后核对再写入 known_hosts。", "GitHub and GitLab publish their host key fingerprints; after removing the old entry, reconnect and compare with the published values, or fetch with ssh-keyscan and verify before adding to known_hosts.")],
    },
  ],
  docs: ["https://github.com/hpcugent/vsc_user_docs/pull/275", "https://github.com/csi2115-f21/scripts/issues/27"],
  samples: [
    {
      text: "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\n@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\nIT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!\nAdd correct host key in /home/user/.ssh/known_hosts to get rid of this message.\nOffending ED25519 key in /home/user/.ssh/known_hosts:67\nHost key for 10.0.0.2 has changed and you have requested strict checking.\nHost key verification failed.",
      source: "https://github.com/5calV/BytesOfProgress/issues/24",
    },
  ],
});
