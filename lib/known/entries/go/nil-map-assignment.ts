import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "go.assignment-to-nil-map",
  category: "code.null_reference",
  priority: 1,
  match: ["panic: assignment to entry in nil map"],
  title: t("向 nil map 写入了元素（assignment to entry in nil map）", "Wrote into a nil map (assignment to entry in nil map)"),
  summary: t(
    "只声明没有初始化的 map（var m map[K]V，或结构体里的 map 字段）值是 nil：读取会得到零值，写入会 panic。写入之前必须用 make 或字面量创建它。",
    "A map that is declared but never initialised (var m map[K]V, or a map field in a struct) is nil: reading returns the zero value, writing panics. Create it with make or a literal before writing.",
  ),
  causes: [
    t("var m map[K]V 之后直接 m[k] = v", "m[k] = v right after var m map[K]V"),
    t("结构体里的 map 字段没有在构造函数里初始化", "a map field of a struct is never initialised in its constructor"),
  ],
  solutions: [
    {
      title: t("写入前用 make 初始化 map", "Initialise the map with make before writing"),
      steps: [t("m := make(map[string]int)；结构体字段在 NewXxx 构造函数里初始化，或在第一次写入前判断 if m == nil { m = make(…) }。", "m := make(map[string]int); initialise struct fields in the NewXxx constructor, or guard the first write with if m == nil { m = make(…) }.")],
    },
  ],
  docs: ["https://www.skills.sh/site/smithery.ai/go-nil-map", "https://www.skills.sh/phenpen/perski/go-quirks-and-safety"],
  samples: [{ text: "panic: assignment to entry in nil map\n\ngoroutine 1 [running]:\nmain.main()\n\t/tmp/sandbox/prog.go:7 +0x2e", source: "https://www.skills.sh/site/smithery.ai/go-nil-map" }],
});
