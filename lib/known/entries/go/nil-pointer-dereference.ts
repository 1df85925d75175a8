import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "go.nil-pointer-dereference",
  category: "code.null_reference",
  match: [/panic: runtime error: invalid memory address or nil pointer dereference/],
  title: t("解引用了 nil 指针（Go panic）", "Dereferenced a nil pointer (Go panic)"),
  summary: t(
    "程序通过一个值为 nil 的指针（或 nil 接口、nil map 写入等）访问内存。堆栈中 goroutine 下面第一条你自己代码的 文件:行号 就是出问题的那一行；最常见的是函数返回 (nil, err) 时没检查 err 就用了返回值。",
    "The program accessed memory through a nil pointer (or a nil interface, a write into a nil map, …). The first file:line of your own code under the goroutine header is the failing line; most often a function returned (nil, err) and the value was used without checking err.",
  ),
  causes: [
    t("忽略了 err：调用返回 (nil, err)，没有先检查 err 就使用了指针", "err was ignored: a call returned (nil, err) and the pointer was used before checking err"),
    t("结构体里的指针字段、依赖（客户端、DB 连接、logger）没有初始化", "a pointer field or dependency in a struct (client, DB handle, logger) was never initialised"),
    t("对 nil map 赋值", "assigning into a nil map"),
  ],
  solutions: [
    {
      title: t("在使用返回值之前先检查 err 和 nil", "Check err and nil before using the value"),
      steps: [t("定位堆栈里第一条属于自己项目的 文件:行号，在那之前检查 err != nil 后 return，或对可能为 nil 的指针先判断；map 要先 make 再写。", "Go to the first file:line from your project in the stack trace; before it, return when err != nil, or test the possibly-nil pointer; make a map before writing to it.")],
    },
  ],
  docs: ["https://cloudwego.io/docs/kitex/best-practice/self_check/panic_self_check", "https://codeql.github.com/codeql-query-help/go/go-missing-error-check"],
  samples: [{ text: "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x498f3d]\n\ngoroutine 1 [running]:\nfmt.Fprintln(0x0, 0x0, 0xc00007af48, 0x1, 0x1, 0x0, 0x0, 0x0)\n\t/usr/local/go/src/fmt/print.go:266 +0x5d\nmain.main()\n\t/root/go/src/processlog/org_main.go:76 +0x349", source: "https://pastebin.com/FxQ6zW3G" }],
});
