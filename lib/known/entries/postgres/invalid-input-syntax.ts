import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "postgres.invalid-input-syntax",
  category: "database",
  match: [/invalid input syntax for (?:type )?(?<type>integer|bigint|smallint|numeric|uuid|boolean|double precision|real|date|timestamp(?: with(?:out)? time zone)?|json|inet): "(?<value>[^"\n]{0,120})"/],
  title: (c) => t(`值 "${c.g.value}" 不能转换成 ${c.g.type} 类型（22P02）`, `The value "${c.g.value}" is not valid ${c.g.type} input (22P02)`),
  summary: (c) => {
    const v = c.g.value ?? "";
    const empty = v === "";
    const nullish = /^(?:null|undefined|nan|none)$/i.test(v);
    const decimal = /^-?\d{1,30}\.\d{1,30}$/.test(v) && /int/.test(c.g.type ?? "");
    return t(
      `PostgreSQL 要把文本 ${ic(`"${v}"`)} 转成 ${ic(c.g.type ?? "")}，但它不是合法的写法（SQLSTATE 22P02 invalid_text_representation）。${empty ? "空字符串不等于 SQL 的 NULL：表单或 CSV 里的空值应当转成 NULL（或者干脆不传这个参数）。" : nullish ? "这是程序把“空值”当成了字符串拼进 SQL 或参数：应该传真正的 NULL（None/nil 等），而不是它的文字形式。" : decimal ? "这是带小数的数字，整数列不接受；先取整（round/floor）或把列改成 numeric。" : "通常是参数顺序错位、把名字/文本传给了数字或 UUID 列，或者 URL/表单里的值没有校验。"}`,
      `PostgreSQL had to turn the text ${ic(`"${v}"`)} into ${ic(c.g.type ?? "")} and it is not valid input (SQLSTATE 22P02 invalid_text_representation). ${empty ? "An empty string is not SQL NULL: map empty form or CSV values to NULL (or leave the parameter out)." : nullish ? "The program turned a missing value into its text spelling; pass a real NULL (None, nil…) instead." : decimal ? "It is a decimal and an integer column rejects it; round it first or make the column numeric." : "Usually parameters are out of order, a name or text went to a numeric or UUID column, or a URL/form value was not validated."}`,
    );
  },
  causes: [
    t("把空字符串当成 NULL 传给了数字/日期列", "an empty string was sent to a numeric or date column instead of NULL"),
    t("参数顺序和占位符不对应，或把文本（名字、ID 字符串）传给了整数/UUID 列", "parameters do not line up with placeholders, or text (a name, a string id) went to an integer or UUID column"),
    t("带小数的值写入整数列，或 CSV 中有 NA、* 之类的占位符", "a decimal went into an integer column, or the CSV holds placeholders like NA or *"),
  ],
  solutions: [
    {
      title: t("在进入数据库前把值转换好", "Convert the value before it reaches the database"),
      steps: [t("空值转成 NULL，数字先解析/校验；在 SQL 里也可以用 NULLIF 把空字符串变成 NULL。", "Map empty values to NULL and parse or validate numbers first; in SQL, NULLIF turns an empty string into NULL.")],
      code: (c) => {
        const type = c.g.type === "uuid" ? "uuid" : c.g.type?.startsWith("timestamp") || c.g.type === "date" ? c.g.type : "integer";
        return block("sql", [`SELECT NULLIF($1, '')::${type};`, "-- in an UPDATE or INSERT:", `UPDATE items SET amount = NULLIF($1, '')::${type} WHERE id = $2;`]);
      },
    },
    {
      title: t("找出是哪个参数出了问题", "Find which parameter is wrong"),
      steps: [t("打印最终执行的 SQL 和参数列表，逐个对照列的类型；导入 CSV 时用 COPY … WITH (NULL 'NA') 之类的选项声明空值的写法。", "Print the executed SQL and its parameter list and compare each with its column type; when importing CSV declare how NULL is spelled with COPY … WITH (NULL 'NA').")],
      code: () => block("sql", ["\\copy items FROM 'items.csv' WITH (FORMAT csv, HEADER true, NULL 'NA')"]),
    },
  ],
  docs: ["https://www.postgresql.org/docs/current/errcodes-appendix.html", "https://www.postgresql.org/docs/current/functions-conditional.html#FUNCTIONS-NULLIF", "https://github.com/brianc/node-postgres/issues/2730"],
  samples: [
    { text: 'DataError: (psycopg2.DataError) invalid input syntax for integer: ""\nLINE 3: WHERE users.club_id = \'\' ORDER BY lower(users.first_name || ...', source: "https://github.com/skylines-project/skylines/issues/998" },
    { text: 'D:\\Hydrus Network\\Hybooru\\node_modules\\pg-protocol\\src\\parser.ts:369\nerror: invalid input syntax for type integer: "1129.2"\n    at Parser.parseErrorMessage (D:\\Hydrus Network\\Hybooru\\node_modules\\pg-protocol\\src\\parser.ts:369:69)', source: "https://github.com/funmaker/Hybooru/issues/12" },
  ],
});
