import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "github.password-auth-removed",
  category: "tool.git",
  priority: 1,
  match: ["Support for password authentication was removed on August 13, 2021"],
  title: t("GitHub 不再接受账号密码做 git 认证", "GitHub no longer accepts the account password for git"),
  summary: t(
    "自 2021 年 8 月 13 日起，GitHub 对通过 HTTPS 的 git 操作不再接受账号密码，必须改用个人访问令牌（PAT）、凭据管理器（如 GitHub CLI / Git Credential Manager）或 SSH 密钥。",
    "Since 13 August 2021 GitHub no longer accepts the account password for git over HTTPS; use a personal access token (PAT), a credential manager (GitHub CLI / Git Credential Manager) or an SSH key instead.",
  ),
  causes: [
    t("在 Password 提示里输入了 GitHub 登录密码", "the GitHub login password was typed at the Password prompt"),
    t("凭据管理器或脚本里保存的还是旧密码", "a credential helper or script still holds the old password"),
  ],
  solutions: [
    {
      title: t("用 GitHub CLI 登录，让它替 git 管理凭据", "Log in with GitHub CLI and let it handle git's credentials"),
      steps: [t("执行 gh auth login 并选择 HTTPS，它会配置 git 使用 gh 作为凭据助手；之后 git push/pull 不再要密码。", "Run gh auth login and choose HTTPS; it configures git to use gh as the credential helper, so git push/pull stop asking for a password.")],
    },
    {
      title: t("或者创建个人访问令牌，在密码提示处粘贴令牌", "Or create a personal access token and paste it at the password prompt"),
      steps: [t("在 GitHub 设置 → Developer settings → Personal access tokens 创建令牌（给仓库需要的权限），用户名照旧，密码处填令牌；也可以改用 SSH 远程地址。", "Create a token under GitHub Settings → Developer settings → Personal access tokens with the repository permissions you need; keep the user name and paste the token as the password. Or switch the remote to SSH.")],
    },
  ],
  docs: ["https://docs.github.com/en/get-started/getting-started-with-git/about-remote-repositories#cloning-with-https-urls"],
  samples: [
    {
      text: "remote: Support for password authentication was removed on August 13, 2021.\nremote: Please see https://docs.github.com/get-started/getting-started-with-git/about-remote-repositories#cloning-with-https-urls for information on currently recommended modes of authentication.\nfatal: Authentication failed for 'https://github.com/Bushan101/sss.git/'",
      source: "https://github.com/Shpota/github-activity-generator/issues/75",
    },
  ],
});
