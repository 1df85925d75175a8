import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "java.helpful-npe",
  category: "code.null_reference",
  match: [/NullPointerException: Cannot (?<action>invoke|read field|assign field|load from [\w]{1,20} array|store to [\w]{1,20} array|read the array length|throw exception|enter synchronized block|exit synchronized block) (?:"(?<member>[^"\n]{1,200})" )?because (?<expr>"[^"\n]{1,200}"|the return value of "[^"\n]{1,200}"|[^\n]{1,120}?) is null/],
  title: (c) => t(`${c.g.expr ?? "某个值"} 为 null`, `${c.g.expr ?? "A value"} is null`),
  summary: (c) =>
    t(
      `JVM 的“有帮助的 NullPointerException”（JEP 358）已经指出了哪个值为 null：${c.g.expr ?? "消息中 because 后面的表达式"}。正是它为 null，导致 ${c.g.action ?? "这个操作"}${c.g.member ? ` ${c.g.member}` : ""} 失败。要查的是它为什么没有被赋值或为什么返回了 null。`,
      `The JVM's helpful NullPointerException (JEP 358) already names the null value: ${c.g.expr ?? "the expression after because"}. Because it is null, ${c.g.action ?? "the operation"}${c.g.member ? ` ${c.g.member}` : ""} failed. What to find is why it was never set or why it returned null.`,
    ),
  causes: [
    (c) =>
      c.g.expr && c.g.expr.startsWith("the return value of")
        ? t(`${c.g.expr.replace(/^the return value of /, "")} 返回了 null（例如 Map.get 找不到键、查找方法没有结果）`, `${c.g.expr.replace(/^the return value of /, "")} returned null (a Map.get without the key, a lookup with no result)`)
        : t(`${c.g.expr ?? "该变量或字段"} 从未被赋值，或被显式赋为 null`, `${c.g.expr ?? "the variable or field"} was never assigned, or was set to null`),
    t("字段依赖注入或初始化代码，而这段代码在访问时还没执行", "the field relies on injection or initialisation code that had not run at the time of access"),
  ],
  solutions: [
    {
      title: (c) => t(`从 ${c.g.expr ?? "为 null 的值"} 的来源查起`, `Start from where ${c.g.expr ?? "the null value"} comes from`),
      steps: [t("消息里 because 后面就是为 null 的表达式，堆栈第一帧是出错的行。找到它的赋值或返回处，确认为什么是 null。", "The expression after because is the null one, and the first stack frame is the failing line. Go to where it is assigned or returned and find out why it is null.")],
    },
    {
      title: t("值可能缺失时显式处理", "Handle a possibly-missing value explicitly"),
      steps: [t("在使用前判断 null，或用 Objects.requireNonNull 在入口处给出清楚的报错；对可能没有结果的查找返回 Optional。", "Check for null before use, or fail early with a clear message via Objects.requireNonNull; return Optional from lookups that may find nothing.")],
    },
  ],
  docs: ["https://openjdk.java.net/jeps/358", "https://developer.android.com/reference/java/lang/NullPointerException.md.txt"],
  samples: [
    {
      text: 'Exception in thread "main" java.lang.NullPointerException: Cannot invoke "String.charAt(int)" because "text" is null\n\tat com.albi.helpful.npe.App.printCharFromStringAt(App.java:16)',
      source: "https://github.com/albihasani94/helpful-NPE",
    },
  ],
});
