import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "cargo.failed-to-select-version",
  category: "dependency.install",
  match: [/failed to select a version for the requirement `(?<req>[^`\n]{1,150})`/, /failed to select a version for `(?<crate>[\w-]{1,100})`/],
  title: (c) => (c.g.req ? t(`没有满足 ${ic(c.g.req)} 的可用版本`, `No usable version satisfies ${ic(c.g.req)}`) : t(`无法为 ${ic(c.g.crate ?? "")} 选出一个不冲突的版本`, `Cannot pick a non-conflicting version of ${ic(c.g.crate ?? "")}`)),
  summary: (c) =>
    c.g.req
      ? t(
          "Cargo 在索引里没有找到匹配这个版本要求的版本（下面的 candidate versions 列出了找到的版本）。常见原因：版本写错或还没发布、只有预发布版本（需要显式写出），或者本地 Cargo 太旧、看不到要求更新 Rust 版本的新发布。",
          "Cargo found no version in the index matching the requirement (the candidate versions line lists what it saw). Usually the version is mistyped or unpublished, only a prerelease exists (which must be named explicitly), or the local Cargo is too old to use releases that need a newer Rust.",
        )
      : t(
          "两个依赖对同一个 crate 的版本要求互相冲突（或者它们都 links 到同一个本地库），Cargo 找不到同时满足所有要求的版本。",
          "Two dependencies need incompatible versions of the same crate (or both links the same native library), so Cargo cannot find one version that satisfies every requirement.",
        ),
  causes: [
    t("Cargo.toml 里的版本号写错，或者这个版本还没发布到 crates.io", "the version in Cargo.toml is mistyped or not published on crates.io"),
    t("Cargo/Rust 版本太旧：新版本的 crate 使用了旧 Cargo 不认识的特性", "the Cargo/Rust toolchain is too old for the newer releases of the crate"),
    t("依赖树中两个包对同一 crate 的要求冲突，或 Cargo.lock 锁住了旧版本", "two packages in the tree require conflicting versions of one crate, or Cargo.lock pins an old one"),
  ],
  solutions: [
    {
      title: t("先升级工具链并更新索引/锁文件", "Update the toolchain, then the index and lock file"),
      steps: [t("rustup update 升级 Rust 和 Cargo；冲突来自锁文件时，cargo update -p 该 crate 让 Cargo 重新选择版本。", "rustup update brings a newer Rust and Cargo; if the lock file causes the conflict, cargo update -p <crate> lets Cargo re-select.")],
      code: (c) => block("bash", ["rustup update", "cargo --version", c.g.crate && /^[\w-]{1,100}$/.test(c.g.crate) ? `cargo update -p ${c.g.crate}` : "cargo update"]),
    },
    {
      title: t("核对版本要求，必要时放宽或对齐它", "Check the requirement, loosening or aligning it"),
      steps: [t("在 crates.io 上确认存在哪些版本；两个依赖要求冲突时，升级其中一个到使用同一大版本的发布。", "Check which versions exist on crates.io; when two dependencies disagree, upgrade one to a release that uses the same major version.")],
    },
  ],
  docs: ["https://github.com/rust-lang/cargo/pull/12185", "https://github.com/killercup/cargo-edit/issues/861"],
  samples: [{ text: "Caused by:\n  failed to select a version for the requirement `cargo_toml = \"^0.10\"`\n  candidate versions found which didn't match: 0.20.5, 0.20.4, 0.20.3, ...\n  location searched: crates.io index\n  required by package `perseus-size-opt v0.1.0`", source: "https://github.com/arctic-hen7/tribble/issues/6" }],
});
