import { block, defineKnownError, ic, shq, t } from "../../define";

export default defineKnownError({
  id: "go.missing-go-sum-entry",
  category: "dependency.install",
  match: [/missing go\.sum entry (?:for module providing package|needed to verify package) (?<pkg>[\w./~-]{1,200})/, /(?<mod>[\w./~-]{1,200})@(?<ver>v[\w.+-]{1,100}): missing go\.sum entry/, /missing go\.sum entry/],
  title: (c) => t(`go.sum 缺少 ${ic(c.g.pkg ?? c.g.mod ?? "依赖")} 的校验和`, `go.sum lacks the checksum for ${ic(c.g.pkg ?? c.g.mod ?? "a dependency")}`),
  summary: t(
    "go 命令要用 go.sum 里的哈希校验下载的每个模块。从 Go 1.16 起 go build / go test 等命令默认不再自动改写 go.mod 和 go.sum，所以缺少条目时直接报错；消息后面通常会给出补齐它的命令（go get … 或 go mod download …）。",
    "The go command verifies every downloaded module against the hashes in go.sum. Since Go 1.16, go build / go test no longer rewrite go.mod and go.sum by default, so a missing entry is an error; the message usually ends with the command that adds it (go get … or go mod download …).",
  ),
  causes: [
    t("仓库提交的 go.sum 不完整（改了依赖后没有运行 go mod tidy 再提交）", "the committed go.sum is incomplete (dependencies changed without running go mod tidy before committing)"),
    t("从 Go 1.15 及更早版本升级后，旧版本会自动补写 go.sum，现在不会了", "after upgrading from Go 1.15 or older, which used to fill go.sum in automatically"),
  ],
  solutions: [
    {
      title: t("在模块根目录运行 go mod tidy，并提交 go.sum", "Run go mod tidy at the module root and commit go.sum"),
      steps: [t("go mod tidy 会为构建需要的所有模块补上校验和；也可以照消息里打印的 go get / go mod download 命令只补这一个。", "go mod tidy adds checksums for every module the build needs; or run just the go get / go mod download command the message prints.")],
      code: (c) => block("bash", ["go mod tidy", c.g.mod ? `go mod download ${shq(c.g.mod)}` : null, "git diff --stat go.mod go.sum"]),
    },
  ],
  docs: ["https://go.dev/src/cmd/go/testdata/script/mod_sum_ambiguous.txt", "https://github.com/volatilityfoundation/dwarf2json/pull/33", "https://go.googlesource.com/go/+/a16e30d162c1c7408db7821e7b9513cefa09c6ca/src/cmd/go/testdata/script/mod_sum_readonly.txt"],
  samples: [{ text: "go: github.com/spf13/pflag@v1.0.5: missing go.sum entry; to add it:\n        go mod download github.com/spf13/pflag", source: "https://github.com/volatilityfoundation/dwarf2json/pull/33" }],
});
