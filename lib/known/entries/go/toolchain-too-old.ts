import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "go.toolchain-too-old",
  category: "unknown",
  match: [/go: (?:go\.mod|go\.work|[\w./@-]{1,200}) requires go >= (?<need>\d{1,2}\.\d{1,3}(?:\.\d{1,3})?) \(running go (?<have>\d{1,2}\.\d{1,3}(?:\.\d{1,3})?)(?:; GOTOOLCHAIN=(?<gt>[\w.+]{1,40}))?\)/],
  title: (c) => t(`模块要求 Go ${c.g.need ?? ""}，当前是 Go ${c.g.have ?? ""}`, `The module requires Go ${c.g.need ?? ""}, this is Go ${c.g.have ?? ""}`),
  summary: (c) =>
    t(
      `从 Go 1.21 起，go.mod 里的 go 行是强制的最低版本：更旧的工具链拒绝构建它。${c.g.gt === "local" ? "这里 GOTOOLCHAIN=local 禁止了自动下载新工具链，所以直接报错。" : "默认 GOTOOLCHAIN=auto 时 go 命令会自动下载所需版本；被禁止或下载失败时就报这个错。"}`,
      `Since Go 1.21 the go line in go.mod is a mandatory minimum: older toolchains refuse to build the module. ${c.g.gt === "local" ? "Here GOTOOLCHAIN=local forbids fetching a newer toolchain, so it fails." : "With the default GOTOOLCHAIN=auto the go command downloads the required toolchain; when that is disabled or fails, you get this error."}`,
    ),
  causes: [
    t("本机/CI/Docker 镜像里的 Go 版本比 go.mod（或某个依赖的 go.mod）要求的旧", "the Go on the machine, in CI or in the Docker image is older than go.mod (or a dependency's go.mod) requires"),
    t("GOTOOLCHAIN=local（或网络受限）阻止了自动切换工具链", "GOTOOLCHAIN=local (or a restricted network) prevents the automatic toolchain switch"),
    t("升级某个依赖后，它的 go.mod 提高了 go 行，连带提高了整个模块的要求", "an upgraded dependency raised its go line, raising the whole module's requirement"),
  ],
  solutions: [
    {
      title: (c) => t(`安装 Go ${c.g.need ?? "所需版本"} 或更新，或允许自动切换工具链`, `Install Go ${c.g.need ?? "the required version"} or newer, or allow the toolchain switch`),
      steps: [t("升级 CI 的 setup-go 版本或 Docker 基础镜像；本机可以去掉 GOTOOLCHAIN=local，让 go 命令自动获取所需工具链。", "Bump setup-go in CI or the Docker base image; locally, drop GOTOOLCHAIN=local so the go command fetches the required toolchain itself.")],
      code: () => block("bash", ["go version", "go env GOTOOLCHAIN", "grep -E '^(go|toolchain) ' go.mod"]),
    },
    {
      title: t("或者退回到仍支持旧 Go 的依赖版本", "Or go back to dependency versions that support the older Go"),
      steps: [t("如果必须停留在旧 Go，找出把 go 行抬高的依赖（go mod graph），固定它的旧版本。", "If you must stay on the older Go, find the dependency that raised the go line (go mod graph) and pin an older release of it.")],
    },
  ],
  docs: ["https://go.dev/doc/toolchain", "https://github.com/golang/go/issues/57001"],
  samples: [{ text: "go: go.mod requires go >= 1.22.0 (running go 1.21.5; GOTOOLCHAIN=local)", source: "https://go.dev/doc/toolchain" }],
});
