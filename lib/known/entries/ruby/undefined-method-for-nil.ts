import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "ruby.undefined-method-for-nil",
  category: "code.null_reference",
  match: [/undefined method [`'‘](?<method>[^`'’\n]{1,80})[`'’] for nil(?::NilClass)?/],
  priority: -1,
  title: (c) => t(`在 nil 上调用了 ${c.g.method ?? "方法"}`, `${c.g.method ?? "A method"} was called on nil`),
  summary: (c) =>
    t(
      `调用 ${c.g.method ?? "这个方法"} 的接收者是 nil：前面的查找、方法调用或变量没有得到值（常见是 find_by/first 没找到记录、哈希里没有那个键、正则没匹配、实例变量没赋值）。`,
      `The receiver of ${c.g.method ?? "the method"} is nil: an earlier lookup, call or variable produced no value (commonly find_by/first finding no record, a hash without that key, a regex that did not match, an instance variable never assigned).`,
    ),
  causes: [
    t("查找没有结果而返回 nil：find_by、where(...).first、Hash#[]、String#match 等", "a lookup found nothing and returned nil: find_by, where(...).first, Hash#[], String#match and the like"),
    t("实例变量（如视图里的 @user）在控制器里没有赋值，未赋值的实例变量就是 nil", "an instance variable (@user in a view, say) was never set in the controller; an unset instance variable is nil"),
    (c) => (c.g.method === "[]" ? t("对 nil 使用了 []：外层哈希/数组里没有这一层（如 params[:a][:b] 中 params[:a] 不存在）", "[] was used on nil: an outer hash/array lacks that level (params[:a] missing in params[:a][:b])") : null),
  ],
  solutions: [
    {
      title: t("找到产生 nil 的那一步，确认值为什么不存在", "Find the step that produced nil and why the value is missing"),
      steps: [t("回溯第一行指出出错的文件和行；检查点号前面的表达式来自哪里。记录应当存在时，改用会抛出明确异常的方法（如 find_by!），而不是让 nil 往下传。", "The first backtrace line gives the file and line; check where the expression before the dot comes from. When the record must exist, use a method that raises a clear error (find_by!, say) instead of passing nil along.")],
    },
    {
      title: t("值可以合法缺失时，用安全导航运算符 &.", "Where the value may legitimately be missing, use the safe navigation operator &."),
      steps: [t("&. 在接收者为 nil 时跳过调用并返回 nil；链式调用时每一层都要用 &.。", "&. skips the call and returns nil when the receiver is nil; in a chain every level needs &..")],
      code: () => block("ruby", ['match = "Python is fascinating!".match(/(ruby) is (\\w+)/i)', "parts = match&.values_at(1, 2)", "puts parts.inspect"]),
    },
  ],
  docs: ["https://bugs.ruby-lang.org/issues/15109"],
  samples: [
    {
      text: "NoMethodError: undefined method `values_at' for nil:NilClass",
      source: "https://bugs.ruby-lang.org/issues/15109",
    },
  ],
});
