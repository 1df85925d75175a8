import { block, defineKnownError, ic, shq, t } from "../../define";

export default defineKnownError({
  id: "git.merge-conflict",
  category: "tool.git",
  match: [/CONFLICT \((?<kind>content|modify\/delete|add\/add|rename\/delete|rename\/rename)\): (?:Merge conflict in (?<file>[^\n]{1,300})|(?<file2>[^\s\n]{1,300}) deleted in)/, "Automatic merge failed; fix conflicts and then commit the result"],
  title: (c) => {
    const file = c.g.file ?? c.g.file2;
    return file ? t(`合并冲突：${ic(file)}`, `Merge conflict in ${ic(file)}`) : t("合并冲突：需要手动解决", "Merge conflict: resolve it by hand");
  },
  summary: t(
    "两边都修改了同一文件的同一处（或一边修改、一边删除），Git 无法自动决定保留哪一个，于是停在合并中途，在文件里写入 <<<<<<< ======= >>>>>>> 冲突标记，等待你解决后再提交。",
    "Both sides changed the same part of a file (or one changed it and the other deleted it), so Git cannot decide which to keep; it stopped mid-merge, wrote <<<<<<< ======= >>>>>>> markers into the file and waits for you to resolve and commit.",
  ),
  causes: [t("两个分支（或本地与远程）改动了相同的行", "two branches (or local and remote) changed the same lines"), t("一边删除或重命名了文件，另一边修改了它", "one side deleted or renamed a file the other side modified")],
  solutions: [
    {
      title: t("编辑冲突文件，标记为已解决，然后提交", "Edit the conflicted files, mark them resolved, then commit"),
      steps: [t("打开文件，保留正确内容并删除所有冲突标记；git add 该文件表示已解决；全部解决后 git commit（rebase 中则 git rebase --continue）。", "Open the file, keep the right content and remove every conflict marker; git add the file to mark it resolved; when all are done run git commit (git rebase --continue during a rebase).")],
      code: (c) => {
        const file = c.g.file ?? c.g.file2;
        return block("bash", ["git status", file ? `git add ${/^[\w./-]+$/.test(file) ? file : shq(file)}` : "git add -A", "git commit --no-edit"]);
      },
    },
    {
      title: t("或者放弃这次合并，回到合并前", "Or abandon the merge and go back"),
      steps: [t("git merge --abort 会尝试恢复到合并开始前的状态。", "git merge --abort tries to restore the state from before the merge started.")],
      code: () => block("bash", ["git merge --abort"]),
    },
  ],
  docs: ["https://chromium.googlesource.com/external/gitster/git-htmldocs/+/0835e313380119f56943d46f2d8a7e60a577b45f/git-merge.txt", "https://github.com/git/git/commit/35d2fffdb857836cc46f5a4ada525a246ddd5e11"],
  samples: [{ text: "Auto-merging src/app.js\nCONFLICT (content): Merge conflict in src/app.js\nAutomatic merge failed; fix conflicts and then commit the result.", source: "https://riptutorial.com/git/example/1017/merge-one-branch-into-another" }],
});
