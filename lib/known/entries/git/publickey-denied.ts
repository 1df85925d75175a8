import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "git.publickey-denied",
  category: "tool.git",
  match: [/(?<![\w.-])(?<user>[\w.-]{1,64})@(?<host>[\w.-]{1,200}): Permission denied \(publickey[\w,-]{0,60}\)/, "Permission denied (publickey)"],
  title: (c) => (c.g.host ? t(`${ic(c.g.host)} 不接受你的 SSH 密钥`, `${ic(c.g.host)} did not accept your SSH key`) : t("SSH 服务器不接受你的密钥（Permission denied (publickey)）", "The SSH server did not accept your key (Permission denied (publickey))")),
  summary: (c) =>
    t(
      `git 通过 SSH 连接${c.g.host ? ` ${ic(c.g.host)}` : "远程"}，服务器只允许公钥登录，而 ssh 提供的密钥没有一把登记在你的账号上（或者根本没有提供密钥）。`,
      `git connects to ${c.g.host ? ic(c.g.host) : "the remote"} over SSH; the server only accepts public keys, and none of the keys ssh offered is registered on your account (or no key was offered at all).`,
    ),
  causes: [
    t("这台机器上还没有 SSH 密钥，或者公钥没有添加到 GitHub/GitLab 账号", "this machine has no SSH key yet, or its public key was never added to the GitHub/GitLab account"),
    t("密钥存在但不是默认文件名，ssh-agent 里也没有加载，所以 ssh 没有提供它", "the key exists under a non-default name and is not loaded in ssh-agent, so ssh never offers it"),
    t("用 sudo 运行 git，ssh 去找 root 的 ~/.ssh，而不是你的", "git runs under sudo, so ssh looks in root's ~/.ssh instead of yours"),
    t("私钥文件权限过宽被 ssh 忽略", "the private key file's permissions are too open and ssh ignores it"),
  ],
  solutions: [
    {
      title: t("看 ssh 提供了哪些密钥，确认服务器认出你", "See which keys ssh offers and whether the server recognises you"),
      steps: [t("ssh -T 成功时会打印你的用户名；-v 输出里的 Offering public key 行显示试了哪些密钥。", "A successful ssh -T greets you by user name; the Offering public key lines in -v output show which keys were tried.")],
      code: (c) => block("bash", [`ssh -vT git@${c.g.host && /^[\w.-]+$/.test(c.g.host) ? c.g.host : "github.com"} 2>&1 | grep -E "Offering|Authenticated|denied"`, "ssh-add -l"]),
    },
    {
      title: t("生成密钥并把公钥添加到账号", "Create a key and add the public key to your account"),
      steps: [t("生成 ed25519 密钥，加入 ssh-agent，再把 .pub 文件的内容粘贴到账号设置的 SSH keys 页面。", "Generate an ed25519 key, add it to ssh-agent, then paste the .pub file's content into the SSH keys page of your account settings.")],
      code: () => block("bash", ['ssh-keygen -t ed25519 -C "$(git config user.email)"', 'eval "$(ssh-agent -s)"', "ssh-add ~/.ssh/id_ed25519", "cat ~/.ssh/id_ed25519.pub"]),
    },
  ],
  docs: ["https://docs.github.com/en/authentication/connecting-to-github-with-ssh/adding-a-new-ssh-key-to-your-github-account", "https://github.com/github/docs/issues/41382"],
  samples: [{ text: "git@github.com: Permission denied (publickey).\nPlease make sure you have the correct access rights\nand the repository exists.", source: "https://github.com/hack4impact-calpoly/starter-pack/discussions/7" }],
});
