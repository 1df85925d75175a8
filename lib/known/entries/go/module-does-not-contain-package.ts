import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "go.module-does-not-contain-package",
  category: "dependency.missing",
  match: [/module (?<mod>[\w./~-]{1,200})@(?<ver>[\w.+-]{1,100}) (?:\((?<resolved>[\w.+-]{1,100})\) )?found(?: \((?<resolved2>[\w.+-]{1,100})(?:, replaced by [^)\n]{1,200})?\))?, but does not contain package (?<pkg>[\w./~-]{1,200})/],
  title: (c) => t(`模块 ${ic(c.g.mod ?? "")} 里没有包 ${ic(c.g.pkg ?? "")}`, `Module ${ic(c.g.mod ?? "")} has no package ${ic(c.g.pkg ?? "")}`),
  summary: (c) =>
    t(
      `go 命令找到了模块 ${c.g.mod ? ic(c.g.mod) : ""}${c.g.resolved ?? c.g.resolved2 ? `（解析到 ${c.g.resolved ?? c.g.resolved2}）` : ""}，但这个版本里没有 ${c.g.pkg ? ic(c.g.pkg) : "所需的包"}。常见原因是包在该版本里被移动/删除了，或者导入路径缺少主版本后缀（v2+ 的包在 /v2 路径下）。`,
      `The go command found module ${c.g.mod ? ic(c.g.mod) : ""}${c.g.resolved ?? c.g.resolved2 ? ` (resolved to ${c.g.resolved ?? c.g.resolved2})` : ""}, but that version has no ${c.g.pkg ? ic(c.g.pkg) : "such package"}. Usually the package was moved or removed in that version, or the import path lacks the major-version suffix (v2+ packages live under /v2).`,
    ),
  causes: [
    t("导入路径缺少 /v2、/v3 等主版本后缀，或者加了后缀但解析到了 +incompatible 的旧版本", "the import path lacks a /v2 or /v3 suffix, or has it but resolves to an old +incompatible version"),
    t("该版本里包已经改名、移到别的目录或拆成了单独的模块", "in that version the package was renamed, moved, or split into its own module"),
    t("go install/go get 的路径写错（例如少了 /cmd/工具名）", "the go install / go get path is wrong (e.g. missing /cmd/<tool>)"),
  ],
  solutions: [
    {
      title: t("到模块的仓库里确认包在这个版本的真实路径", "Check the package's real path in that version of the module"),
      steps: [t("在 pkg.go.dev 或仓库对应 tag 下找到包所在目录，修正导入路径（需要时加上 /vN 主版本后缀），再运行 go mod tidy。", "Find the package's directory at that tag on pkg.go.dev or in the repository, fix the import path (adding the /vN suffix if needed), then run go mod tidy.")],
    },
  ],
  docs: ["https://go.dev/ref/mod#major-version-suffixes", "https://github.com/shirou/gopsutil/issues/663"],
  samples: [{ text: "go: finding github.com/shirou/gopsutil/v2 v2.19.8\nbuild github.com/shirou/test: cannot load github.com/shirou/gopsutil/v2/process: module github.com/shirou/gopsutil@latest (v2.18.12+incompatible) found, but does not contain package github.com/shirou/gopsutil/v2/process", source: "https://github.com/shirou/gopsutil/issues/663" }],
});
