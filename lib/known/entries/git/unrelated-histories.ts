import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "git.unrelated-histories",
  category: "tool.git",
  match: ["refusing to merge unrelated histories"],
  title: t("两段历史没有共同祖先，git 拒绝合并", "The two histories share no common commit, so git refuses to merge"),
  summary: t(
    "从 Git 2.9 起，git merge（以及 git pull）默认拒绝合并没有共同祖先的两段历史，防止把两个互不相干的项目意外合在一起。最常见的情形是：本地 git init 的仓库去拉取一个在网页上建好、已有 README 提交的远程仓库。",
    "Since Git 2.9, git merge (and so git pull) refuses by default to merge two histories with no common ancestor, so that two unrelated projects are not joined by accident. The usual case: a repository made with git init locally pulls from a remote created on the web with its own README commit.",
  ),
  causes: [
    t("本地 git init 后又把它连到了一个已有初始提交的远程仓库", "a locally git-init'ed repository was connected to a remote that already has an initial commit"),
    t("拉取了错误的远程或分支（另一个项目）", "the wrong remote or branch (another project) was pulled"),
    t("远程历史被完全重写过（例如用新的根提交强推）", "the remote history was completely rewritten (force-pushed with a new root commit)"),
  ],
  solutions: [
    {
      title: t("确认是同一个项目后，显式允许合并不相关历史", "If it is the same project, allow the unrelated merge explicitly"),
      steps: [t("加 --allow-unrelated-histories 完成这一次合并；两边有同名文件时会产生冲突，按常规解决后提交。", "Add --allow-unrelated-histories for this one merge; files present on both sides conflict, resolve them as usual and commit.")],
      code: () => block("bash", ['BRANCH="$(git branch --show-current)"', 'git pull origin "$BRANCH" --allow-unrelated-histories', "git status"]),
    },
    {
      title: t("如果拉错了远程，改正远程地址", "If the remote is wrong, fix the remote URL"),
      steps: [t("git remote -v 检查 origin 指向的仓库；不是同一个项目就不要强行合并。", "Check what origin points to with git remote -v; do not force a merge between different projects.")],
    },
  ],
  docs: ["https://git-scm.com/docs/merge-options#merge-options---allow-unrelated-histories", "https://gitlab.com/tgfa/git/blob/43fa44fa3b68e6570145126892e1e43380d7bb5a/t/t3412-rebase-root.sh"],
  samples: [{ text: "$ git pull\nfatal: refusing to merge unrelated histories", source: "https://gist.github.com/ravivamsi/5d228f9aaad1900fe63cff092a73e6fe" }],
});
