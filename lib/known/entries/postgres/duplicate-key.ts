import { block, defineKnownError, ic, t } from "../../define";

/** The sequence name PostgreSQL gives a serial column: <table>_<column>_seq, from a "<table>_pkey" constraint. */
const tableOf = (constraint: string | undefined): string | null => (constraint && /^[a-z_][a-z0-9_]{0,60}_pkey$/.test(constraint) ? constraint.slice(0, -5) : null);

export default defineKnownError({
  id: "postgres.duplicate-key",
  category: "database",
  match: [/duplicate key value violates unique constraint "(?<constraint>[^"\n]{1,128})"(?:\s{0,4}DETAIL:\s{1,4}Key \((?<cols>[^)\n]{1,200})\)=\((?<vals>[^)\n]{0,200})\) already exists)?/],
  title: (c) => (c.g.constraint ? t(`插入的值与唯一约束 ${ic(c.g.constraint)} 冲突（23505）`, `The row violates unique constraint ${ic(c.g.constraint)} (23505)`) : t("插入的值违反唯一约束（23505）", "The row violates a unique constraint (23505)")),
  summary: (c) =>
    t(
      `表里已经有一行在${c.g.cols ? ` ${ic(c.g.cols)} 上` : "这个唯一约束的列上"}取值${c.g.vals ? ` ${ic(c.g.vals)}` : "相同"}，新插入或更新的行与它重复（SQLSTATE 23505 unique_violation）。`,
      `A row already holds${c.g.vals ? ` ${ic(c.g.vals)}` : " the same value"} in${c.g.cols ? ` ${ic(c.g.cols)}` : " the constrained columns"}, and the inserted or updated row duplicates it (SQLSTATE 23505 unique_violation).`,
    ),
  causes: [
    t("主键是自增序列，但有数据是带着显式 id 导入/插入的，序列落后于表中最大 id，于是生成了已存在的 id", "the primary key comes from a sequence, but rows were imported or inserted with explicit ids, so the sequence lags behind the table's max id and hands out an existing id"),
    t("业务上的唯一字段（邮箱、用户名等）确实重复了，应用没有先检查或没有用 upsert", "a business-unique value (email, user name…) really is duplicated and the application neither checks first nor upserts"),
    t("并发请求同时插入同一条记录", "concurrent requests insert the same record at the same time"),
  ],
  solutions: [
    {
      title: t("主键冲突：把序列重置到表中最大 id 之后", "Primary key clash: move the sequence past the table's max id"),
      steps: [t("用 pg_get_serial_sequence 找到列的序列，把它设置为 MAX(id)。", "Find the column's sequence with pg_get_serial_sequence and set it to MAX(id).")],
      when: (c) => tableOf(c.g.constraint) !== null,
      code: (c) => {
        const table = tableOf(c.g.constraint);
        const col = c.g.cols && /^[a-z_][a-z0-9_]{0,60}$/.test(c.g.cols) ? c.g.cols : "id";
        return table ? block("sql", [`SELECT setval(pg_get_serial_sequence('${table}', '${col}'), COALESCE(MAX(${col}), 1)) FROM ${table};`]) : null;
      },
    },
    {
      title: t("业务唯一值重复：用 upsert 或先查询", "Duplicate business value: upsert or check first"),
      steps: [t("INSERT ... ON CONFLICT (列) DO NOTHING / DO UPDATE 可以原子地处理重复；或者在应用里捕获 23505 并给出友好提示。", "INSERT ... ON CONFLICT (column) DO NOTHING / DO UPDATE handles duplicates atomically; or catch 23505 in the application and report it to the user.")],
    },
  ],
  docs: ["https://access.crunchydata.com/documentation/postgresql16/16.16/errcodes-appendix.html", "https://github.com/OCA/sale-workflow/issues/898"],
  samples: [
    { text: 'PG::Error: ERROR:  duplicate key value violates unique constraint "participants_pkey"\nDETAIL: Key (id)=(1026) already exists.', source: "https://github.com/rughh/on_ruby/issues/71" },
  ],
});
