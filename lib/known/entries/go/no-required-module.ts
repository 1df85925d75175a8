import { block, defineKnownError, ic, t } from "../../define";
import { categorySolutions } from "../../template";

export default defineKnownError({
  id: "go.no-required-module",
  category: "dependency.missing",
  match: [/no required module provides package (?<pkg>[^\s;:]{1,200}); to add it:/],
  title: (c) => t(`go.mod 里没有提供包 ${ic(c.g.pkg ?? "?")} 的模块`, `No module in go.mod provides package ${ic(c.g.pkg ?? "?")}`),
  summary: (c) =>
    t(
      `代码 import 了 ${ic(c.g.pkg ?? "?")}，但当前模块的 go.mod 没有 require 任何提供它的模块。Go 1.16 起构建命令默认不再自动修改 go.mod，所以需要显式添加依赖。`,
      `The code imports ${ic(c.g.pkg ?? "?")}, but the current module's go.mod requires no module that provides it. Since Go 1.16, build commands no longer edit go.mod automatically, so the dependency has to be added explicitly.`,
    ),
  causes: [
    t("新加了 import，但还没有执行 go get 或 go mod tidy", "an import was added but go get or go mod tidy was not run"),
    t("项目的 go.mod 不完整（例如从 GOPATH 时代迁移过来，或缺少 go.sum/require 行）", "the project's go.mod is incomplete (migrated from the GOPATH era, or missing require lines)"),
  ],
  solutions: [
    {
      title: t("用 go mod tidy 或 go get 补齐依赖", "Add the dependency with go mod tidy or go get"),
      steps: [t("在包含 go.mod 的目录里执行。go mod tidy 会为所有 import 补齐 require 并移除没用的依赖。", "Run it in the directory holding go.mod. go mod tidy adds requirements for every import and drops unused ones.")],
      code: (c) => block("bash", [c.g.pkg ? `go get ${c.g.pkg}` : null, "go mod tidy"]),
    },
    ...categorySolutions("dependency.missing"),
  ],
  docs: ["https://go.dev/src/cmd/go/internal/modcmd/tidy.go", "https://github.com/golang/go/issues/40728"],
  samples: [
    { text: "main.go:6:5: no required module provides package github.com/Umiiii/solparser; to add it:\n        go get github.com/Umiiii/solparser", source: "https://github.com/umiiii/solparser/issues/2" },
  ],
});
