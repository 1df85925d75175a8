import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "nextjs.failed-loading-swc",
  category: "dependency.install",
  match: [/Failed to load SWC binary for (?<platform>[\w/-]{1,40})/, "failed-loading-swc"],
  title: (c) => t(`Next.js 无法加载 ${ic(c.g.platform ?? "")} 平台的 SWC 编译器`, `Next.js cannot load the SWC compiler for ${ic(c.g.platform ?? "")}`),
  summary: t(
    "Next.js 用 Rust 写的 SWC 编译代码，它以按平台区分的可选依赖（@next/swc-*）发布。这个平台的二进制没有下载成功或与系统不兼容。",
    "Next.js compiles with SWC, written in Rust and shipped as per-platform optional dependencies (@next/swc-*). The binary for this platform was not downloaded or does not fit the system.",
  ),
  causes: [
    t("安装时跳过了可选依赖（--no-optional），或锁文件只记录了生成它的那台机器平台的可选依赖（常见于 CI 与本地系统不同）", "optional dependencies were skipped (--no-optional), or the lockfile only records the optional packages of the platform that generated it (common when CI and local systems differ)"),
    t("在 M1 Mac 上切换了 Node.js 架构后没有重装 node_modules", "on an M1 Mac, Node.js switched architecture without reinstalling node_modules"),
    t("Windows 缺少 Microsoft Visual C++ Redistributable", "Windows lacks the Microsoft Visual C++ Redistributable"),
  ],
  solutions: [
    {
      title: t("允许可选依赖并重新安装；锁文件有问题时用新版包管理器重建", "Allow optional dependencies and reinstall; regenerate a bad lockfile with a newer package manager"),
      steps: [t("去掉 --no-optional 后重装；如果锁文件缺少 CI 平台的 @next/swc-* 条目，按 Next.js 文档删除锁文件并用新版 npm（npm i -g npm@latest）重新生成。Windows 上安装 VC++ 运行库。", "Reinstall without --no-optional; if the lockfile lacks the CI platform's @next/swc-* entry, delete it and regenerate it with a newer npm (npm i -g npm@latest), as Next.js's page advises. On Windows install the VC++ Redistributable.")],
    },
  ],
  docs: ["https://github.com/vercel/next.js/blob/canary/errors/failed-loading-swc.mdx"],
  samples: [{ text: "error - Failed to load SWC binary for linux/x64, see more info here: https://nextjs.org/docs/messages/failed-loading-swc", source: "https://github.com/vercel/next.js/blob/canary/errors/failed-loading-swc.mdx" }],
});
