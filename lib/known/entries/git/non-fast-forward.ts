import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "git.non-fast-forward",
  category: "tool.git",
  match: [
    /! \[rejected\]\s{1,40}(?<local>[\w./-]{1,200}) -> (?<branch>[\w./-]{1,200}) \((?:non-fast-forward|fetch first)\)/,
    "Updates were rejected because the tip of your current branch is behind",
    "Updates were rejected because the remote contains work that you do",
  ],
  title: (c) => (c.g.branch ? t(`推送被拒：远程 ${ic(c.g.branch)} 有你本地没有的提交`, `Push rejected: the remote ${ic(c.g.branch)} has commits you do not have`) : t("推送被拒：远程分支有你本地没有的提交", "Push rejected: the remote branch has commits you do not have")),
  summary: t(
    "远程分支在你上次拉取之后有了新的提交（别人推送，或在网页上改过），你的推送不是它的快进（fast-forward），直接推送会丢掉那些提交，所以 Git 拒绝了。",
    "The remote branch gained commits after your last fetch (someone pushed, or it was edited on the web), so your push is not a fast-forward of it; pushing would drop those commits, so Git refuses.",
  ),
  causes: [
    t("同一分支上别人（或 CI、网页编辑）先推送了提交", "someone else (or CI, or a web edit) pushed to the same branch first"),
    t("你本地改写过历史（rebase、amend、reset）后再推送已经推过的分支", "you rewrote history locally (rebase, amend, reset) on a branch that was already pushed"),
    t("新建的远程仓库带有初始提交（README/LICENSE），而本地仓库是另起的", "the new remote repository was created with an initial commit (README/LICENSE) while the local one started separately"),
  ],
  solutions: [
    {
      title: t("先把远程提交合进来，再推送", "Integrate the remote commits, then push"),
      steps: [t("拉取并变基（或合并）远程分支，解决可能的冲突后再推送。", "Pull with rebase (or merge) from the remote branch, resolve any conflicts, then push.")],
      code: (c) => {
        // A plain branch name is written as is, so the commands read exactly as one would type them.
        const b = c.g.branch && /^[\w./-]+$/.test(c.g.branch) && !c.g.branch.startsWith("-") ? c.g.branch : null;
        return b ? block("bash", [`git pull --rebase origin ${b}`, `git push origin ${b}`]) : block("bash", ['BRANCH="$(git branch --show-current)"', 'git pull --rebase origin "$BRANCH"', 'git push origin "$BRANCH"']);
      },
    },
    {
      title: t("确实要覆盖远程时，用 --force-with-lease", "If you really mean to overwrite the remote, use --force-with-lease"),
      steps: [t("只在改写了自己分支的历史时这样做；--force-with-lease 会在远程又有别人新提交时拒绝，比 --force 安全。", "Only after rewriting your own branch's history; --force-with-lease refuses if someone pushed in the meantime, unlike --force.")],
    },
  ],
  docs: ["https://docs.github.com/en/enterprise-server@3.7/get-started/using-git/dealing-with-non-fast-forward-errors", "https://gerrit.googlesource.com/gerrit/+/stable-2.7/Documentation/error-non-fast-forward.txt"],
  samples: [
    {
      text: "$ git push origin main\n> To https://github.com/USERNAME/REPOSITORY.git\n>  ! [rejected]        main -> main (non-fast-forward)\n> error: failed to push some refs to 'https://github.com/USERNAME/REPOSITORY.git'",
      source: "https://docs.github.com/cn/articles/dealing-with-non-fast-forward-errors",
    },
  ],
});
