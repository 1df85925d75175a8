import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "git.src-refspec",
  category: "tool.git",
  match: [/error: src refspec (?<ref>[\w./-]{1,200}) does not match any/],
  title: (c) => t(`本地没有名为 ${ic(c.g.ref ?? "")} 的分支（或还没有任何提交）`, `There is no local branch ${ic(c.g.ref ?? "")} (or no commit yet)`),
  summary: (c) =>
    t(
      `git push 要推送本地的 ${ic(c.g.ref ?? "")}，但本地没有这个引用：要么仓库还没有任何提交（分支在第一次提交前并不存在），要么本地分支叫另一个名字（常见 main 与 master 之别，取决于 init.defaultBranch）。`,
      `git push was asked to push the local ${ic(c.g.ref ?? "")}, but no such ref exists locally: either the repository has no commit yet (a branch does not exist before its first commit), or the local branch has another name (main versus master, depending on init.defaultBranch).`,
    ),
  causes: [
    t("git init 之后还没有 git commit", "no git commit yet after git init"),
    t("本地分支叫 master 而命令推 main（或反过来）", "the local branch is master while the command pushes main (or the reverse)"),
  ],
  solutions: [
    {
      title: t("确认当前分支名，先提交再推送", "Check the current branch name, commit, then push"),
      steps: [t("git status 显示是否还没有提交；git branch --show-current 显示真实的分支名。需要的话用 git branch -M 把它改成要推送的名字。", "git status shows whether there is no commit yet; git branch --show-current shows the real branch name. If needed rename it with git branch -M to the name you push.")],
      code: (c) => {
        const ref = c.g.ref && /^[\w./-]+$/.test(c.g.ref) ? c.g.ref : "main";
        return block("bash", ["git status", "git branch --show-current", 'git add -A && git commit -m "Initial commit"', `git branch -M ${ref}`, `git push -u origin ${ref}`]);
      },
    },
    {
      title: t("以后新仓库统一默认分支名", "Agree on a default branch name for new repositories"),
      steps: [t("git config --global init.defaultBranch main 让之后 git init 创建的分支与远程默认分支一致（需要 Git 2.28+）。", "git config --global init.defaultBranch main makes future git init branches match the remote's default branch (Git 2.28+).")],
    },
  ],
  docs: ["https://github.com/vmware-archive/postfacto/issues/397", "https://github.com/jh3y/vincent-van-git/issues/10"],
  samples: [{ text: "error: src refspec master does not match any.\nerror: failed to push some refs to 'git@github.com:mirror/dd-wrt.git'", source: "https://github.com/mirror/mirror/issues/20" }],
});
