import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "npm.eintegrity",
  category: "dependency.install",
  match: [/integrity checksum failed when using (?<algo>sha\d{1,3}): wanted (?<wanted>sha\d{1,3}-[\w+/=]{8,100}) but got/, /npm (?:ERR!|error) code EINTEGRITY/],
  title: t("下载的包与锁文件记录的完整性哈希不一致（EINTEGRITY）", "A downloaded package does not match the integrity hash in the lockfile (EINTEGRITY)"),
  summary: t(
    "npm 会用 package-lock.json 里记录的 integrity 哈希校验每个下载的 tarball；这次拿到的内容与记录不符，npm 拒绝安装。npm 的缓存本身会自我校验修复，所以更常见的原因是锁文件记录的哈希来自另一个源或另一份 tarball。",
    "npm checks every downloaded tarball against the integrity hash recorded in package-lock.json; this one did not match, so npm refused it. npm's cache verifies and heals itself, so the usual cause is a lockfile whose hash came from another registry or another tarball.",
  ),
  causes: [
    t("锁文件是在另一个源（镜像、私有源）上生成的，当前源提供的 tarball 内容不同", "the lockfile was generated against another registry (a mirror or private registry) that serves different tarballs"),
    t("代理、镜像或公司网关改写或截断了下载内容", "a proxy, mirror or corporate gateway rewrote or truncated the download"),
    t("旧版 npm 5 的锁文件/缓存问题（sha1 与 sha512 混用）", "old npm 5 lockfile and cache problems (sha1 and sha512 mixed)"),
  ],
  solutions: [
    {
      title: t("校验缓存，然后让 npm 重新生成这个包的锁记录", "Verify the cache, then let npm regenerate the lock entry"),
      steps: [
        t("npm cache verify 会检查并清理损坏的缓存数据。", "npm cache verify checks the cache and drops corrupted data."),
        t("确认当前 registry 就是团队使用的源后，删除 node_modules 和 package-lock.json 重新安装，并提交新的锁文件（这会更新其他依赖的锁定版本，请检查差异）。", "Once the registry is confirmed to be the one the team uses, delete node_modules and package-lock.json, install again and commit the new lockfile (this also re-resolves other dependencies, so review the diff)."),
      ],
      code: () => block("bash", ["npm cache verify", "npm config get registry", "rm -rf node_modules package-lock.json", "npm install"]),
    },
    {
      title: t("检查代理或镜像", "Check proxies and mirrors"),
      steps: [t("如果走公司代理或国内镜像，换回锁文件生成时使用的源再试，或请运维确认镜像的 tarball 与上游一致。", "Behind a corporate proxy or a mirror, retry against the registry the lockfile was generated with, or have the mirror checked against upstream.")],
    },
  ],
  docs: ["https://github.com/npm/cli/blob/latest/docs/lib/content/commands/npm-cache.md"],
  samples: [
    {
      text: "npm ERR! code EINTEGRITY\nnpm ERR! sha1-1VDFEavOMP7ublkUKRVxRFgcCRw= integrity checksum failed when using sha1: wanted sha1-1VDFEavOMP7ublkUKRVxRFgcCRw= but got sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg== sha1-2jmj7l5rSw0yVb/vlWAYkK/YBwk=. (0 bytes)",
      source: "https://github.com/nodejs/node/issues/40376",
    },
  ],
});
