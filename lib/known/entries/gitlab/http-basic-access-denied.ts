import { block, defineKnownError, ic, shq, t } from "../../define";

export default defineKnownError({
  id: "gitlab.http-basic-access-denied",
  category: "tool.git",
  priority: 1,
  match: [/remote: HTTP Basic: Access denied(?:[^\n]{0,300}\n){1,4}?fatal: Authentication failed for '(?<url>[^'\n]{1,300})'/, "remote: HTTP Basic: Access denied"],
  title: t("GitLab 拒绝了 HTTPS 上的 git 认证（HTTP Basic: Access denied）", "GitLab rejected the git credentials over HTTPS (HTTP Basic: Access denied)"),
  summary: (c) =>
    t(
      `GitLab 没有接受这次 git over HTTPS 提交的用户名/密码${c.g.url ? `（${ic(c.g.url)}）` : ""}。开启了两步验证（2FA）的账号、或管理员强制 2FA / 关闭了 HTTP(S) 密码认证的实例，都不能再用登录密码，必须用有 read_repository / write_repository 权限的个人访问令牌；没开 2FA 时则是用户名或密码本身错了。`,
      `GitLab did not accept the user name/password sent for git over HTTPS${c.g.url ? ` (${ic(c.g.url)})` : ""}. An account with two-factor authentication (2FA), or an instance that enforces 2FA or has password authentication for Git over HTTP(S) turned off, cannot use the login password any more: it needs a personal access token with read_repository / write_repository scope. Without 2FA, the user name or password itself is wrong.`,
    ),
  causes: [
    t("账号开启了 2FA，却在密码处填了登录密码", "the account has 2FA enabled and the login password was given as the password"),
    t("凭据助手（Windows 凭据管理器、macOS 钥匙串、git-credential-store）里保存的是改密码之前的旧密码或过期的令牌", "the credential helper (Windows Credential Manager, macOS Keychain, git-credential-store) holds an old password or an expired token"),
    t("令牌的权限范围不够：git over HTTPS 需要 read_repository（拉取）或 write_repository（推送）", "the token lacks the scope: git over HTTPS needs read_repository (fetch) or write_repository (push)"),
    t("实例管理员强制了 2FA，或关闭了“允许通过 HTTP(S) 使用密码认证 Git”", "the instance administrator enforces 2FA or disabled password authentication for Git over HTTP(S)"),
  ],
  solutions: [
    {
      title: t("创建个人访问令牌，在密码提示处填令牌", "Create a personal access token and give it as the password"),
      steps: [
        t("在 GitLab 的 User Settings → Access tokens 创建令牌，勾选 write_repository（只拉取则 read_repository）。", "In GitLab, User Settings → Access tokens, create a token with write_repository (read_repository if you only fetch)."),
        t("清掉凭据助手里保存的旧凭据，再执行 git 操作，用户名照旧，密码处粘贴令牌。", "Remove the stored old credential from the credential helper, then run the git command again: same user name, paste the token as the password."),
      ],
      code: (c) => {
        const m = c.g.url ? /^(https?):\/\/(?:[^@/\s]{1,100}@)?([^/\s]{1,200})/.exec(c.g.url) : null;
        if (!m) return null;
        return block("bash", [`# forget the stored credential for this host, so git asks again`, `printf 'protocol=%s\\nhost=%s\\n\\n' ${shq(m[1]!)} ${shq(m[2]!)} | git credential reject`]);
      },
    },
    {
      title: t("或者改用 SSH 远程地址", "Or switch the remote to SSH"),
      steps: [t("把 SSH 公钥加到 GitLab 的 User Settings → SSH Keys，再用 git remote set-url origin 把远程改成 git@ 开头的 SSH 地址；SSH 不走 HTTP Basic 认证。", "Add your SSH public key under User Settings → SSH Keys, then point the remote at the git@ SSH address with git remote set-url origin; SSH does not use HTTP Basic authentication.")],
    },
  ],
  docs: ["https://docs.gitlab.com/user/profile/account/two_factor_authentication_troubleshooting.html", "https://docs.gitlab.com/17.4/ee/user/profile/account/two_factor_authentication_troubleshooting.html"],
  samples: [
    {
      text: "Cloning into 'projectname'...\nremote: HTTP Basic: Access denied\nremote: You must use a personal access token with 'api' scope for Git over HTTP.\nremote: You can generate one at https://gitlab.com/profile/personal_access_tokens\nfatal: Authentication failed for 'https://gitlab.com/username/projectname.git/'",
      source: "https://github.com/Frainlar/Portfolio/blob/master/content/blog/gitlab-clone-a-repository-when-2fa-enabled.mdx",
    },
    {
      text: "remote: HTTP Basic: Access denied. The provided password or token is incorrect or your account has 2FA enabled and you must use a personal access token instead of a password. See https://gitlab.my-itclub.ru/help/topics/git/troubleshooting_git#error-on-git-fetch-http-basic-access-denied\nfatal: Authentication failed for 'http://gitlab.my-itclub.ru/devops/shedding.git/'",
      source: "https://gist.github.com/linuxoid69",
    },
  ],
});
