import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "go.unused-import-or-variable",
  category: "build.compile",
  match: [/"(?<pkg>[\w./-]{1,200})" imported and not used/, /imported and not used:?\s{0,3}"(?<pkg>[\w./-]{1,200})"/, /declared and not used:?\s{0,3}(?<name>[\w]{1,100})/, /(?<name>[\w]{1,100}) declared (?:and|but) not used/],
  title: (c) => (c.g.pkg ? t(`导入了包 ${ic(c.g.pkg)} 却没有使用`, `Package ${ic(c.g.pkg)} is imported but not used`) : t(`变量 ${ic(c.g.name ?? "")} 声明了却没有使用`, `Variable ${ic(c.g.name ?? "")} is declared but not used`)),
  summary: t(
    "Go 编译器把未使用的导入和局部变量当作错误而不是警告：未使用的变量可能意味着 bug，未使用的导入会拖慢编译。删掉它，或在确实需要保留时赋给空白标识符 _。",
    "The Go compiler treats unused imports and local variables as errors, not warnings: an unused variable may indicate a bug and unused imports slow compilation. Remove it, or assign it to the blank identifier _ when you really need to keep it.",
  ),
  causes: [
    t("改代码时删掉了用到它的那一行，导入/变量留了下来", "the line that used it was deleted and the import or variable stayed"),
    t("变量只被赋值、从未被读取（只赋值不算“使用”）", "the variable is only assigned, never read (assignment does not count as use)"),
    t("只为了包的 init 副作用导入，却没有写成 import _ \"…\"", "the package is imported only for its init side effects but not written as import _ \"…\""),
  ],
  solutions: [
    {
      title: t("删除未使用的导入或变量", "Delete the unused import or variable"),
      steps: [t("goimports（多数编辑器保存时自动运行）会自动增删导入。", "goimports, which most editors run on save, adds and removes imports automatically.")],
    },
    {
      title: t("确实要保留时，用空白标识符 _", "If it must stay, use the blank identifier _"),
      steps: [t("只要副作用的包写成 import _ \"包路径\"；调试期间暂时不用的变量写 _ = 变量名，提交前删掉。", "Import side-effect-only packages as import _ \"path\"; for a variable unused while debugging write _ = name, and remove it before committing.")],
    },
  ],
  docs: ["https://golang.org/doc/faq", "https://learnku.com/docs/effective-go/2020/blank-identifier"],
  samples: [{ text: "# command-line-arguments\n./main.go:4:2: \"log\" imported and not used\n./main.go:9:2: declared and not used: result", source: "https://golang.org/doc/faq" }],
});
