import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "git.lfs-over-quota",
  category: "tool.git",
  match: [/This repository is over its data quota\. Account responsible for LFS bandwidth should purchase more data packs to restore access\.(?:[\s\S]{0,600}?(?:failed to fetch some objects from|Failed to fetch some objects from) '(?<url>https?:\/\/[^'\s]{1,200})')?/],
  title: t("仓库的 Git LFS 流量/存储配额已用完", "The repository's Git LFS bandwidth or storage quota is used up"),
  summary: (c) =>
    t(
      `GitHub 按仓库所有者的账户计算 Git LFS 的存储和下载流量；${c.g.url ? `${ic(c.g.url.replace(/\.git\/info\/lfs$/, ""))} 的` : "这个仓库的"}所有者本月的额度已经用完，所以任何人（包括你）都无法再下载或上传 LFS 文件，直到所有者购买数据包或等到下个计费周期重置。这不是你本地配置的问题，git 本身的克隆是成功的，只是 LFS 文件还停留在指针状态。`,
      `GitHub counts Git LFS storage and download bandwidth against the repository owner's account; the owner of ${c.g.url ? ic(c.g.url.replace(/\.git\/info\/lfs$/, "")) : "this repository"} has used this month's allowance, so nobody (you included) can download or upload LFS files until the owner buys data packs or the billing cycle resets. Nothing is wrong locally: the git clone itself succeeded, the LFS files are just still pointers.`,
    ),
  causes: [
    t("仓库的 LFS 文件被大量下载（CI 每次构建都拉取、很多人克隆），超出了所有者的免费/已购流量", "the LFS files were downloaded heavily (CI pulling on every build, many clones), beyond the owner's free or purchased bandwidth"),
    t("推送时：所有者的 LFS 存储额度已满", "when pushing: the owner's LFS storage is full"),
  ],
  solutions: [
    {
      title: t("先跳过 LFS 文件完成克隆，再从别处获取大文件", "Clone without the LFS files, then get the big files elsewhere"),
      steps: [t("设置 GIT_LFS_SKIP_SMUDGE=1 克隆只拿到指针文件，代码可以正常使用；大文件看项目是否在 Releases、网盘或镜像站另有提供。", "Clone with GIT_LFS_SKIP_SMUDGE=1 to get pointer files only, so the code works; check whether the project offers the big files through Releases, another host or a mirror.")],
      code: () => block("bash", ["GIT_LFS_SKIP_SMUDGE=1 git clone https://github.com/OWNER/REPO.git", "git lfs ls-files   # which files are still pointers"]),
    },
    {
      title: t("通知仓库所有者（或自己购买数据包）", "Tell the repository owner (or buy data packs yourself if it is yours)"),
      steps: [t("只有所有者能在 Billing 里购买 LFS 数据包或等待重置；自己的仓库可以减少 CI 对 LFS 的拉取（缓存、只拉需要的文件）。", "Only the owner can buy LFS data packs in billing or wait for the reset; for your own repository, cut CI's LFS pulls (cache them, fetch only the files you need).")],
      code: () => block("bash", ['git lfs pull --include="path/you/need/**"']),
    },
  ],
  docs: ["https://docs.github.com/en/repositories/working-with-files/managing-large-files/about-storage-and-bandwidth-usage", "https://github.com/cBioPortal/datahub/issues/1738", "https://github.com/leboncoin/spark-android/issues/956"],
  samples: [
    { text: "root@pooter:/home/kerigan/vector-animations-raw# git-lfs pull\nbatch response: This repository is over its data quota. Account responsible for LFS bandwidth should purchase more data packs to restore access.\nerror: failed to fetch some objects from 'https://github.com/digital-dream-labs/vector-animations-raw.git/info/lfs'", source: "https://github.com/digital-dream-labs/vector-animations-raw/issues/10" },
    { text: "Uploading LFS objects:   0% (0/1), 0 B | 0 B/s, done.\nERROR: \nbatch response: This repository is over its data quota. Account responsible for LFS bandwidth should purchase more data packs to restore access.", source: "https://github.com/nabla-c0d3/nassl/issues/99" },
  ],
});
