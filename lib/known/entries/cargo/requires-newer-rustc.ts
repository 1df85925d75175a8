import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "cargo.requires-newer-rustc",
  category: "dependency.install",
  match: [/package `(?<pkg>[\w-]{1,100}) v(?<ver>[\w.+-]{1,40})` cannot be built because it requires rustc (?<need>[\d.]{1,20}) or newer, while the currently active rustc version is (?<have>[\w.+-]{1,40})/],
  title: (c) => t(`${ic(`${c.g.pkg ?? ""} ${c.g.ver ?? ""}`)} 需要 rustc ${c.g.need ?? ""}，当前是 ${c.g.have ?? ""}`, `${ic(`${c.g.pkg ?? ""} ${c.g.ver ?? ""}`)} needs rustc ${c.g.need ?? ""}, this is ${c.g.have ?? ""}`),
  summary: (c) =>
    t(
      `这个 crate 在 Cargo.toml 的 rust-version 字段里声明了最低 Rust 版本 ${c.g.need ?? ""}，当前工具链更旧，Cargo 拒绝构建它。升级工具链是最直接的办法；不能升级时，把这个依赖锁定到仍支持旧 Rust 的版本。`,
      `This crate declares a minimum Rust of ${c.g.need ?? "a newer version"} in Cargo.toml's rust-version field, the active toolchain is older, so Cargo refuses to build it. Upgrading the toolchain is the direct fix; if you cannot, pin the dependency to a release that still supports the older Rust.`,
    ),
  causes: [
    t("系统包管理器或 CI 镜像里的 Rust 太旧", "the Rust from the system package manager or the CI image is too old"),
    t("cargo update 把依赖升级到了提高 MSRV 的新版本", "cargo update moved a dependency to a release that raised its MSRV"),
  ],
  solutions: [
    {
      title: (c) => t(`把工具链升级到 ${c.g.need ?? "所需版本"} 或更新`, `Upgrade the toolchain to ${c.g.need ?? "the required version"} or newer`),
      steps: [t("用 rustup 安装的 Rust 直接 rustup update；发行版自带的 rustc 通常较旧，建议改用 rustup。", "With rustup just run rustup update; distribution-packaged rustc is often old, so prefer rustup.")],
      code: () => block("bash", ["rustc --version", "rustup update stable", "rustc --version"]),
    },
    {
      title: t("不能升级时，固定依赖的旧版本", "If you cannot upgrade, pin an older release of the dependency"),
      steps: [t("用 cargo update -p 包名 --precise 旧版本号 把它锁在仍支持当前 Rust 的版本上。", "Use cargo update -p <crate> --precise <older version> to lock it to a release that supports your Rust.")],
    },
  ],
  docs: ["https://docs.rs/crate/cargo/0.67.1/source/src/doc/man/includes/options-ignore-rust-version.md", "https://github.com/easybuilders/easybuild-easyconfigs/issues/18611"],
  samples: [{ text: "error: package `reqwest v0.11.19` cannot be built because it requires rustc 1.63.0 or newer, while the currently active rustc version is 1.60.0-dev", source: "https://github.com/easybuilders/easybuild-easyconfigs/issues/18611" }],
});
