import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "dotnet.sequence-contains-no-elements",
  category: "code.value",
  match: [/Sequence contains no (?<kind>elements|matching element)(?:[\s\S]{0,300}?at System\.Linq\.(?:Enumerable|Queryable)\.(?<method>First|Last|Single|Min|Max|Average|Aggregate)\b)?/],
  title: (c) =>
    c.g.method
      ? t(`${c.g.method}() 用在了空序列上`, `${c.g.method}() was called on an empty sequence`)
      : t("LINQ 方法用在了空序列上", "A LINQ method was called on an empty sequence"),
  summary: (c) =>
    c.g.kind === "matching element"
      ? t(
          `带条件的 ${c.g.method ?? "First/Single"}() 没有找到任何满足条件的元素。这类方法约定“一定有结果”，找不到就抛 InvalidOperationException；结果可能不存在时应改用 ...OrDefault 版本。`,
          `${c.g.method ?? "First/Single"}() with a predicate found no element satisfying it. These methods promise a result and throw InvalidOperationException when there is none; use the ...OrDefault variant where no match is possible.`,
        )
      : t(
          `${c.g.method ?? "First/Last/Single/Min/Max"}() 被调用时序列是空的：这些方法在没有元素时抛出 InvalidOperationException，而不是返回默认值。`,
          `${c.g.method ?? "First/Last/Single/Min/Max"}() was called while the sequence was empty: these methods throw InvalidOperationException when there are no elements instead of returning a default.`,
        ),
  causes: [
    t("查询没有结果（数据库里没有该记录、过滤条件过严、数据还没加载）", "the query returned nothing (no such row in the database, a too-strict filter, data not loaded yet)"),
    t("代码假设集合里至少有一个元素，但这次是空的", "the code assumes the collection has at least one element, and this time it is empty"),
  ],
  solutions: [
    {
      title: (c) => {
        const m = c.g.method && /^(?:First|Last|Single)$/.test(c.g.method) ? c.g.method : "First";
        return t(`结果可能为空时改用 ${m}OrDefault 并检查返回值`, `Where the result can be empty, use ${m}OrDefault and check what it returns`);
      },
      steps: [
        t("FirstOrDefault/SingleOrDefault/LastOrDefault 在没有元素时返回该类型的默认值；随后要检查它，否则引用类型会在下一步变成 NullReferenceException。", "FirstOrDefault/SingleOrDefault/LastOrDefault return the type's default value when nothing is found; check it afterwards, or a reference type fails next with a NullReferenceException."),
        t("Min/Max/Average/Aggregate 没有 OrDefault 版本：先用 Any() 判断序列是否为空。", "Min/Max/Average/Aggregate have no OrDefault variant: test the sequence with Any() first."),
      ],
      code: () =>
        block("csharp", [
          "var numbers = new List<int>();",
          "var big = numbers.Where(n => n > 10).ToList();",
          "if (!big.Any())",
          "{",
          '    Console.WriteLine("no match");',
          "}",
          "else",
          "{",
          "    Console.WriteLine(big.First());",
          "}",
        ]),
    },
    {
      title: t("确实应该有结果时：查明为什么是空的", "If there should be a result: find out why it is empty"),
      steps: [t("堆栈里 System.Linq 下面那一帧就是你的调用处；检查那里的数据来源和过滤条件，而不是只把异常换成默认值。", "The frame under System.Linq in the stack is your call site; check its data source and filter rather than only swapping the exception for a default.")],
    },
  ],
  docs: ["https://learn.microsoft.com/dotnet/api/system.linq.enumerable.first", "https://learn.microsoft.com/en-us/dotnet/api/system.linq.enumerable.firstordefault?view=net-11.0-pp"],
  samples: [
    {
      text: "System.InvalidOperationException: Sequence contains no elements\n   at System.Linq.Enumerable.Aggregate[TSource](IEnumerable`1 source, Func`3 func)\n   at InnovatorAdmin.DatabasePackage.Write(InstallScript script, Func`2 errorHandler, Action`2 reportProgress)",
      source: "https://github.com/erdomke/InnovatorAdmin/issues/189",
    },
  ],
});
