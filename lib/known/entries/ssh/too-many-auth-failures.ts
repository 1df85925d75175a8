import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "ssh.too-many-auth-failures",
  category: "tool.git",
  match: [
    /Received disconnect from (?!UNKNOWN )(?<host>[\w.:-]{1,200}) port (?<port>\d{1,5}):2: Too many authentication failures/,
    /(?:SSH_MSG_DISCONNECT: 2 |Disconnecting: )?Too many authentication failures(?: for (?<user>[\w.-]{1,64}))?/,
  ],
  title: (c) => (c.g.host ? t(`${c.g.host} 在认证次数用完后断开了连接`, `${c.g.host} disconnected after too many authentication attempts`) : t("SSH 认证尝试次数超过服务器上限", "SSH gave up: too many authentication attempts")),
  summary: (c) =>
    t(
      `sshd 每个连接只允许尝试 MaxAuthTries 次（默认 6）。ssh 会把 ssh-agent 里和 ~/.ssh 下的每一把私钥依次试一遍，每把都算一次失败；钥匙多了，还没轮到正确的那把（或还没到输入密码）${c.g.host ? `，${ic(c.g.host)}` : "，服务器"}就断开了。`,
      `sshd allows MaxAuthTries attempts per connection (6 by default). ssh offers every key in ssh-agent and ~/.ssh in turn and each wrong key counts as a failure, so with many keys ${c.g.host ? ic(c.g.host) : "the server"} hangs up before the right key (or the password prompt) is reached.`,
    ),
  causes: [
    t("ssh-agent 或 ~/.ssh 里有很多私钥，ssh 全部依次尝试", "ssh-agent or ~/.ssh holds many keys and ssh offers them all"),
    t("服务器把 MaxAuthTries 设得很小（如 2）", "the server sets a low MaxAuthTries (e.g. 2)"),
    t("用户名错了，所有钥匙和密码都不可能成功", "the user name is wrong, so no key or password can succeed"),
  ],
  solutions: [
    {
      title: t("只提供这台主机要用的那把钥匙", "Offer only the key this host needs"),
      steps: [t("IdentitiesOnly=yes 让 ssh 只用 -i 或 IdentityFile 指定的钥匙；写进 ~/.ssh/config 后长期有效。", "IdentitiesOnly=yes makes ssh use only the key given with -i or IdentityFile; put it in ~/.ssh/config to keep it.")],
      code: (c) => {
        const host = c.g.host ?? "server.example.com";
        return block("bash", [`ssh -o IdentitiesOnly=yes -i ~/.ssh/id_ed25519 user@${host}`, "", "# ~/.ssh/config", `# Host ${host}`, "#   IdentityFile ~/.ssh/id_ed25519", "#   IdentitiesOnly yes"]);
      },
    },
    {
      title: t("用密码登录时跳过公钥", "Skip public keys when you log in with a password"),
      steps: [t("先不试任何钥匙，直接走密码认证；如果是自己的服务器，也可以在 /etc/ssh/sshd_config 里把 MaxAuthTries 调到 3 以上并重启 sshd。", "Try no keys and go straight to the password; on your own server you can also raise MaxAuthTries to 3 or more in /etc/ssh/sshd_config and restart sshd.")],
      code: (c) => block("bash", [`ssh -o PubkeyAuthentication=no -o PreferredAuthentications=password user@${c.g.host ?? "server.example.com"}`, "ssh-add -l   # how many keys the agent offers"]),
    },
  ],
  docs: ["https://man.openbsd.org/ssh_config#IdentitiesOnly", "https://man.openbsd.org/sshd_config#MaxAuthTries", "https://github.com/sequelpro/sequelpro/issues/1722"],
  samples: [
    { text: "$ ssh vpnuser@domain\nReceived disconnect from x.x.x.x port 22:2: Too many authentication failures", source: "https://github.com/jawj/IKEv2-setup/issues/146" },
    { text: "Received disconnect from UNKNOWN port 65535:2: Too many authentication failures\nDisconnected from UNKNOWN port 65535", source: "https://github.com/elpy1/ssh-over-ssm/issues/14" },
  ],
});
