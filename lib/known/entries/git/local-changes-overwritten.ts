import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "git.local-changes-overwritten",
  category: "tool.git",
  match: [/Your local changes to the following files would be overwritten by (?<op>merge|checkout|rebase|pull)/],
  title: (c) => t(`本地未提交的修改会被这次 ${c.g.op ?? "操作"} 覆盖，git 已中止`, `Uncommitted local changes would be overwritten by this ${c.g.op ?? "operation"}; git aborted`),
  summary: t(
    "你在工作区里修改了某些文件但没有提交，而这次 merge/pull/checkout 需要改写同样的文件。Git 为了不丢掉你的修改而中止，什么都没有改变。",
    "You changed some files in the working tree without committing, and this merge/pull/checkout needs to rewrite the same files. Git aborted so as not to lose your changes; nothing was changed.",
  ),
  causes: [
    t("手动改过被版本控制的文件（配置文件、package.json 等）", "tracked files were edited by hand (config files, package.json…)"),
    t("构建脚本或安装过程修改了被跟踪的文件（生成的文件本不该提交）", "a build or install step rewrote tracked files (generated files that should not be committed)"),
  ],
  solutions: [
    {
      title: t("保留修改：先暂存（stash），完成操作后再恢复", "Keep the changes: stash, run the operation, restore"),
      steps: [t("git stash 保存修改，pull/merge 完成后 git stash pop 放回；如有冲突按提示解决。", "git stash saves the changes; after the pull/merge run git stash pop to put them back, resolving any conflicts.")],
      code: () => block("bash", ["git stash", "git pull", "git stash pop"]),
    },
    {
      title: t("不需要这些修改：还原文件", "Do not need the changes: restore the files"),
      steps: [t("git restore <文件> 丢弃对这些文件的本地修改（无法撤销），然后重新执行操作。", "git restore <file> discards the local changes to those files (cannot be undone), then run the operation again.")],
    },
  ],
  docs: ["https://github.com/ftde0/yt2009/issues/417", "https://github.com/githubteacher/github-for-developers-sept-2015/issues/453"],
  samples: [{ text: "Updating a9175082a..28b043ea6\nerror: Your local changes to the following files would be overwritten by merge:\n        view/help.php\nPlease commit your changes or stash them before you merge.\nAborting", source: "https://github.com/WWBN/AVideo/issues/3623" }],
});
