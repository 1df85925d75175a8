import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "github.permission-denied-403",
  category: "tool.git",
  match: [
    /(?:remote|ERROR): Permission to (?<repo>[\w.-]{1,100}\/[\w.-]{1,100}?)(?:\.git)? denied to (?<user>[\w[\]-]{1,60})\./,
    /fatal: unable to access '(?<url>https:\/\/github\.com\/[^'\n]{1,200})': The requested URL returned error: 403/,
  ],
  title: (c) => (c.g.repo && c.g.user ? t(`GitHub 拒绝 ${c.g.user} 推送到 ${c.g.repo}（403）`, `GitHub refused ${c.g.user} write access to ${c.g.repo} (403)`) : t("GitHub 拒绝了这次推送（403）", "GitHub refused the push (403)")),
  summary: (c) => {
    const owner = c.g.repo?.split("/")[0];
    const bot = c.g.user === "github-actions[bot]";
    const foreign = owner && c.g.user && owner.toLowerCase() !== c.g.user.toLowerCase();
    return t(
      `登录本身成功了，GitHub 知道你是${c.g.user ? ` ${ic(c.g.user)}` : "谁"}，但这个身份对${c.g.repo ? ` ${ic(c.g.repo)}` : "目标仓库"}没有写权限。${bot ? "这是 Actions 的 GITHUB_TOKEN：它默认可能只有只读权限，需要在工作流里声明 permissions: contents: write。" : foreign ? `仓库属于 ${ic(owner ?? "")}：你没有被加为协作者时，应当推到自己的 fork，再发 Pull Request。` : "仓库是你自己的，却仍被拒绝：多半是 git 用了另一个账号缓存的凭据，或者令牌（PAT）没有写权限/没有授权给这个仓库。"}`,
      `Authentication worked and GitHub knows you are ${c.g.user ? ic(c.g.user) : "a particular user"}, but that identity has no write access to ${c.g.repo ? ic(c.g.repo) : "the target repository"}. ${bot ? "This is the Actions GITHUB_TOKEN, which may be read-only by default; the workflow has to declare permissions: contents: write." : foreign ? `The repository belongs to ${ic(owner ?? "")}: unless you are a collaborator, push to your own fork and open a pull request.` : "The repository is your own and still refused: usually git sent another account's cached credentials, or the token (PAT) lacks write scope or access to this repository."}`,
    );
  },
  causes: [
    t("origin 指向别人的仓库（克隆了原仓库而不是自己的 fork）", "origin points at someone else's repository (cloned the upstream instead of your fork)"),
    t("系统凭据管理器里缓存的是另一个 GitHub 账号", "the system credential manager holds another GitHub account"),
    t("个人访问令牌没有 repo / Contents: write 权限，或细粒度令牌没有包含这个仓库", "the personal access token lacks repo / Contents: write, or a fine-grained token does not include this repository"),
    t("GitHub Actions 的 GITHUB_TOKEN 只有读权限", "the GitHub Actions GITHUB_TOKEN is read-only"),
  ],
  solutions: [
    {
      title: t("确认推送的目标和身份", "Check where you push and as whom"),
      steps: [t("看 origin 指向哪里；不是你有权限的仓库，就改成自己的 fork。", "See where origin points; if it is not a repository you can write to, point it at your fork.")],
      code: (c) => {
        const repo = c.g.repo ?? "OWNER/REPO";
        const name = repo.split("/")[1] ?? "REPO";
        return block("bash", ["git remote -v", `git remote set-url origin https://github.com/YOUR_USER/${name}.git`, "git push -u origin HEAD"]);
      },
    },
    {
      title: t("清除错误账号的缓存凭据，换用有写权限的令牌", "Drop the wrong cached credentials and use a token with write access"),
      steps: [t("删除缓存的 github.com 凭据，下次推送时用正确账号、带 Contents: write（或经典令牌的 repo）权限的令牌登录；Actions 里则给工作流加上 contents: write 权限。", "Erase the cached github.com credentials and sign in next push with the right account and a token that has Contents: write (classic: repo); in Actions grant the workflow contents: write.")],
      code: () => block("bash", ['printf "protocol=https\\nhost=github.com\\n\\n" | git credential reject', "# or with the GitHub CLI:", "gh auth login && gh auth setup-git"]),
    },
  ],
  docs: ["https://docs.github.com/en/authentication/troubleshooting-ssh/error-permission-to-userrepo-denied-to-userother-repo", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/automatic-token-authentication#modifying-the-permissions-for-the-github_token", "https://github.com/foundation/foundation-sites/issues/8146"],
  samples: [
    { text: "remote: Permission to zurb/foundation-zurb-template.git denied to evr01.\nfatal: unable to access 'https://github.com/zurb/foundation-zurb-template.git/': The requested URL returned error: 403", source: "https://github.com/foundation/foundation-sites/issues/8146" },
    { text: "Username for 'https://github.com': Erfan-0\nPassword for 'https://Erfan-0@github.com': \nremote: Permission to Erfan-0/learning-and-fun-projects.git denied to Erfan-0.\nfatal: unable to access 'https://github.com/Erfan-0/learning-and-fun-projects.git/': The requested URL returned error: 403", source: "https://github.com/jadijadi/gittutorial/issues/1049" },
    { text: "remote: Permission to ReubenBTalbott/docker-imap-backup.git denied to github-actions[bot].\nfatal: unable to access 'https://github.com/ReubenBTalbott/docker-imap-backup.git/': The requested URL returned error: 403", source: "https://github.com/gautamkrishnar/keepalive-workflow/issues/16" },
  ],
});
