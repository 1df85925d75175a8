import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "postgres.operator-does-not-exist",
  category: "database",
  match: [/operator does not exist: (?<left>[\w ()]{1,40}?) (?<op>[=<>!~+\-*\/|&@#%^]{1,4}) (?<right>[\w ()]{1,40}?)(?=\s{0,4}(?:\n|$|HINT|Hint|LINE|at character|Position|\\n|"|'|,))/],
  title: (c) => t(`不能直接比较 ${c.g.left} 和 ${c.g.right}（42883）`, `PostgreSQL cannot compare ${c.g.left} with ${c.g.right} directly (42883)`),
  summary: (c) =>
    t(
      `PostgreSQL 没有 ${ic(`${c.g.left} ${c.g.op} ${c.g.right}`)} 这样的运算符：它不会像 MySQL 那样自动把字符串和数字互相转换。常见情形是两张表的关联列类型不同（一边 varchar、一边 integer），或者程序把数字作为参数传给了文本列（反之亦然）。`,
      `PostgreSQL has no operator ${ic(`${c.g.left} ${c.g.op} ${c.g.right}`)}: unlike MySQL it does not convert between strings and numbers on its own. Typically two joined columns have different types (varchar on one side, integer on the other), or the program binds a number to a text column (or the reverse).`,
    ),
  causes: [
    t("外键/关联列和被引用列类型不一致（varchar 对 integer，uuid 对 text）", "a foreign-key or join column's type differs from the referenced column (varchar vs integer, uuid vs text)"),
    t("查询参数的类型与列不符，例如把数字传给 varchar 列", "a query parameter's type does not match the column, e.g. a number bound to a varchar column"),
    t("代码是为 MySQL/SQLite 写的，依赖隐式类型转换", "the code was written for MySQL or SQLite and relies on implicit conversion"),
  ],
  solutions: [
    {
      title: t("在查询里显式转换类型", "Cast explicitly in the query"),
      steps: [t("把一边转换成另一边的类型，或者传入类型正确的参数。", "Cast one side to the other's type, or bind parameters of the right type.")],
      code: (c) => {
        const right = (c.g.right ?? "integer").trim();
        const cast = /char|text/.test(right) ? "text" : right;
        return block("sql", [`SELECT * FROM orders o JOIN users u ON u.id::${cast} = o.user_id;`, "-- or compare a parameter of the right type:", "SELECT * FROM users WHERE code = $1::text;"]);
      },
    },
    {
      title: t("从根上统一列类型", "Make the column types agree at the source"),
      steps: [t("如果两列本应同类型，修改表结构，让关联两端一致（数据需能转换）。", "If the two columns should share a type, change the schema so both ends match (the data must convert).")],
      code: () => block("sql", ["ALTER TABLE orders ALTER COLUMN user_id TYPE integer USING user_id::integer;"]),
    },
  ],
  docs: ["https://www.postgresql.org/docs/current/typeconv-oper.html", "https://www.postgresql.org/docs/current/sql-expressions.html#SQL-SYNTAX-TYPE-CASTS", "https://github.com/MIT-LCP/mimic-code/issues/570"],
  samples: [
    { text: "Cause: org.postgresql.util.PSQLException: ERROR: operator does not exist: character varying = integer\n  Hint: No operator matches the given name and argument types. You might need to add explicit type casts.\n  Position: 216", source: "https://github.com/jeecgboot/JeecgBoot/pull/6147" },
    { text: "PGError: ERROR:  operator does not exist: text = integer\nLINE 1: ...stom_field_id\" = E'3' AND \"custom_values\".\"value\" = 181587) ...\n                                                             ^\nHINT:  No operator matches the given name and argument type(s). You might need to add explicit type casts.", source: "https://github.com/mully/redmine_harvest/issues/6" },
  ],
});
