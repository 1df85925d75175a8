import { block, defineKnownError, ic, shq, t } from "../../define";

export default defineKnownError({
  id: "github.large-files",
  category: "tool.git",
  priority: 1,
  match: [/File (?<file>[^\n]{1,300}?) is (?<size>[\d.]{1,10} MB); this exceeds GitHub's file size limit of 100(?:\.00)? MB/, "GH001: Large files detected"],
  title: (c) => (c.g.file ? t(`${ic(c.g.file)}（${c.g.size ?? ""}）超过了 GitHub 100 MB 的单文件上限`, `${ic(c.g.file)} (${c.g.size ?? ""}) exceeds GitHub's 100 MB file limit`) : t("推送中有文件超过 GitHub 100 MB 的单文件上限", "The push contains a file over GitHub's 100 MB limit")),
  summary: t(
    "GitHub 的 pre-receive 钩子拒绝包含超过 100 MB 单个文件的推送（GH001）。只要这个文件存在于待推送的任何一个提交里就会被拒——即使你后来在新提交里删掉了它，它仍然留在历史中。",
    "GitHub's pre-receive hook rejects pushes that contain any single file over 100 MB (GH001). The file only has to exist in one of the commits being pushed — deleting it in a later commit does not help, because it stays in history.",
  ),
  causes: [
    t("把数据集、视频、模型权重、虚拟环境（venv、node_modules）或构建产物提交进了仓库", "datasets, videos, model weights, virtual environments (venv, node_modules) or build outputs were committed"),
    t("大文件在较早的提交里已被删除，但仍在未推送的历史中", "the large file was deleted in a later commit but is still in unpushed history"),
  ],
  solutions: [
    {
      title: t("还没推送过：把大文件从待推送的提交里移除", "Not pushed yet: remove the file from the unpushed commits"),
      steps: [t("如果大文件只在最近一次提交里，从索引中移除并修改该提交，再把路径写进 .gitignore；若在更早的提交里，需要用 git filter-repo 之类的工具改写历史。", "If the file is only in the latest commit, remove it from the index and amend the commit, then add the path to .gitignore; if it is in earlier commits, rewrite history with a tool such as git filter-repo.")],
      code: (c) => (c.g.file ? block("bash", [`git rm --cached ${shq(c.g.file)}`, `echo ${shq(c.g.file)} >> .gitignore`, "git add .gitignore", "git commit --amend --no-edit"]) : null),
    },
    {
      title: t("确实需要版本化大文件：改用 Git LFS", "Large files that must be versioned: use Git LFS"),
      steps: [t("git lfs install 后用 git lfs track 跟踪该类文件；已经进入历史的文件需要 git lfs migrate import 才能转成 LFS 指针。", "After git lfs install, track the file type with git lfs track; files already in history need git lfs migrate import to become LFS pointers.")],
    },
  ],
  docs: ["https://docs.github.com/en/github/managing-large-files/about-git-large-file-storage", "https://help.github.com/en/github/managing-large-files/removing-files-from-a-repositorys-history", "https://github.com/git-lfs/git-lfs/issues/4491"],
  samples: [{ text: "remote: error: GH001: Large files detected. You may want to try Git Large File Storage - https://git-lfs.github.com.\nremote: error: File share/wnjpn-1.1.db is 193.70 MB; this exceeds GitHub's file size limit of 100 MB\n ! [remote rejected] master -> master (pre-receive hook declined)", source: "https://github.com/evalEmpire/gitpan/issues/110" }],
});
