import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "go.nil-map-assignment",
  category: "code.null_reference",
  match: [/panic: assignment to entry in nil map(?:[\s\S]{0,600}?\n\s{0,12}(?<file>[^\s:]{1,300}\.go):(?<line>\d{1,7}))?/],
  title: (c) =>
    c.g.file
      ? t(`向 nil map 写入（${c.g.file}:${c.g.line}）`, `Write to a nil map (${c.g.file}:${c.g.line})`)
      : t("向 nil map 写入", "Write to a nil map"),
  summary: (c) =>
    t(
      `${c.g.file ? `${c.g.file} 第 ${c.g.line} 行` : "代码"}给一个 map 写入键值，但这个 map 是 nil：只声明（var m map[K]V）或作为结构体字段的零值，从没有用 make 或字面量创建过。nil map 读取时像空 map，写入则直接 panic。`,
      `${c.g.file ? `${c.g.file} line ${c.g.line}` : "The code"} stores a key into a map that is nil: it was only declared (var m map[K]V) or is a struct field's zero value, and was never created with make or a literal. A nil map reads like an empty map but panics on write.`,
    ),
  causes: [
    t("map 变量只声明没有初始化：var m map[string]int 的值是 nil", "the map variable was declared but never initialised: var m map[string]int is nil"),
    t("结构体里的 map 字段：用 T{} 或 new(T) 创建结构体时，map 字段仍是 nil", "a map field in a struct: creating the struct with T{} or new(T) leaves the map field nil"),
    t("嵌套 map：外层 map 已创建，但 m[k] 取到的内层 map 是 nil", "a nested map: the outer map exists, but the inner map at m[k] is nil"),
  ],
  solutions: [
    {
      title: t("写入前用 make 创建 map", "Create the map with make before writing to it"),
      steps: [t("在声明处或构造函数里初始化；对结构体字段，在构造函数（NewT）里创建，或写入前检查是否为 nil。", "Initialise it where it is declared or in a constructor; for a struct field, create it in the constructor (NewT) or check for nil before writing.")],
      code: () =>
        block("go", [
          "package main",
          "",
          'import "fmt"',
          "",
          "type Config struct {",
          "\tLabels map[string]string",
          "}",
          "",
          "func main() {",
          "\tvar c Config",
          "\tif c.Labels == nil {",
          "\t\tc.Labels = make(map[string]string)",
          "\t}",
          '\tc.Labels["env"] = "prod"',
          "\tfmt.Println(c.Labels)",
          "}",
        ]),
    },
    {
      title: t("嵌套 map：先创建内层 map", "Nested maps: create the inner map first"),
      steps: [t("给 m[k][k2] 赋值前，检查 m[k] 是否存在，不存在就先 make 一个。", "Before assigning m[k][k2], check whether m[k] exists and make it if not.")],
      code: () =>
        block("go", [
          "package main",
          "",
          'import "fmt"',
          "",
          "func main() {",
          "\tseen := make(map[string]map[string]bool)",
          '\tif seen["a"] == nil {',
          '\t\tseen["a"] = make(map[string]bool)',
          "\t}",
          '\tseen["a"]["b"] = true',
          "\tfmt.Println(seen)",
          "}",
        ]),
    },
  ],
  docs: ["https://go.dev/blog/maps"],
  samples: [
    {
      text: "panic: assignment to entry in nil map\n\ngoroutine 14 [running]:\ngithub.com/giantswarm/cluster-operator/service/controller/clusterapi/v18/resources/operatorversions.(*Resource).ensure(0xc000402ec0, 0x1bdf520, 0xc000276540, 0x1907b60, 0xc00028bd40, 0x7f1a0827f6d0, 0x0)\n        /go/src/github.com/giantswarm/cluster-operator/service/controller/clusterapi/v18/resources/operatorversions/resource.go:76 +0x37e",
      source: "https://github.com/giantswarm/cluster-operator/pull/581",
    },
  ],
});
