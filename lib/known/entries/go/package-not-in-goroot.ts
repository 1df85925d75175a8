import { block, defineKnownError, ic, t } from "../../define";

/** Standard-library packages and the Go release that added them (from the Go release notes). */
// Only the releases a source confirms (Go 1.21 release notes); other packages get the generic advice.
const addedIn: Record<string, string> = { slices: "1.21", maps: "1.21", cmp: "1.21", "log/slog": "1.21" };

export default defineKnownError({
  id: "go.package-not-in-goroot",
  category: "dependency.missing",
  match: [/package (?<pkg>[\w./-]{1,150}) is not in (?:GOROOT|std) \((?<path>[^)\n]{1,300})\)/, /package (?<pkg>[\w./-]{1,150}) is not in (?:GOROOT|std)\b/],
  title: (c) => t(`标准库里没有包 ${ic(c.g.pkg ?? "")}`, `Package ${ic(c.g.pkg ?? "")} is not in the standard library`),
  summary: (c) => {
    const v = c.g.pkg ? addedIn[c.g.pkg] : undefined;
    return v
      ? t(
          `${ic(c.g.pkg!)} 是 Go ${v} 才加入标准库的包，而正在编译的 Go 比这个版本旧${c.g.path ? `（它在 ${ic(c.g.path)} 下找过）` : ""}。升级本机/CI 的 Go 到 ${v} 或更高，并让 go.mod 的 go 行写明 ${v}，让旧工具链给出清楚的版本提示。`,
          `${ic(c.g.pkg!)} joined the standard library in Go ${v}, and the Go doing the build is older${c.g.path ? ` (it looked in ${ic(c.g.path)})` : ""}. Upgrade Go on this machine/CI to ${v} or later, and put go ${v} in go.mod so older toolchains report the version clearly.`,
        )
      : t(
          `导入路径第一段没有域名（不含“.”）的包，Go 都当作标准库去 GOROOT 里找。要么它是较新 Go 版本才有的标准库包而本机 Go 太旧，要么导入路径写错了（第三方包要写完整的模块路径，比如 github.com/…），要么项目没有 go.mod、处在 GOPATH 模式下，本地包的相对导入找不到。`,
          `Go looks up every import whose first element has no dot in GOROOT as a standard-library package. Either it is a standard package of a newer Go than the one installed, or the import path is wrong (third-party packages need their full module path, such as github.com/…), or the project has no go.mod and runs in GOPATH mode, so local packages are not found.`,
        );
  },
  causes: [
    t("使用了新版本才有的标准库包（slices、maps、cmp、log/slog 需要 Go 1.21），本机/CI 的 Go 太旧", "a standard package that only newer Go has (slices, maps, cmp, log/slog need Go 1.21) on an older Go locally or in CI"),
    t("导入路径写错，第三方或本项目的包缺了模块路径前缀", "a wrong import path: a third-party or in-project package is missing its module path prefix"),
    t("没有 go.mod（或 GO111MODULE=off），项目内的包按 GOPATH 规则找不到", "there is no go.mod (or GO111MODULE=off), so in-project packages are not found under GOPATH rules"),
  ],
  solutions: [
    {
      title: t("确认 Go 版本和模块设置", "Check the Go version and the module setup"),
      steps: [(c) => {
        const v = c.g.pkg ? addedIn[c.g.pkg] : undefined;
        return v
          ? t(`从 https://go.dev/dl/ 安装 Go ${v}+（CI 里改 setup-go 的版本），然后在 go.mod 写 go ${v}。`, `Install Go ${v}+ from https://go.dev/dl/ (in CI, raise the setup-go version), then set go ${v} in go.mod.`)
          : t("本项目的包要用 go.mod 里 module 行的路径作为前缀导入；没有 go.mod 就先 go mod init。", "Import in-project packages with the module path from go.mod's module line as prefix; without a go.mod, run go mod init first.");
      }],
      code: (c) => {
        const v = c.g.pkg ? addedIn[c.g.pkg] : undefined;
        return block("bash", ["go version", "go env GOROOT GO111MODULE GOMOD", v ? `go mod edit -go=${v}` : "head -1 go.mod"]);
      },
    },
  ],
  docs: ["https://go.dev/doc/go1.21", "https://go.dev/doc/go1.22", "https://go.dev/doc/go1.23", "https://go.dev/ref/mod#go-mod-file-go", "https://github.com/containers/image/issues/2342"],
  samples: [
    { text: "/go/pkg/mod/github.com/containers/image/v5@v5.30.1-0.20240312145342-38f5de6fa34d/pkg/blobinfocache/internal/prioritize/prioritize.go:6:2: package slices is not in GOROOT (/usr/local/go/src/slices)", source: "https://github.com/containers/image/issues/2342" },
    { text: "slices: package slices is not in GOROOT (/home/dependabot/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.20.10.linux-amd64/src/slices)", source: "https://github.com/medyagh/gopogh/pull/131" },
  ],
});
