import { block, defineKnownError, q, t } from "../../define";

export default defineKnownError({
  id: "pandas.column-keyerror",
  category: "code.index_key",
  // The frames pandas always prints when df["name"] misses: columns.get_loc → KeyError(key).
  match: [/in get_loc\s{1,40}raise KeyError\(key\)(?: from err)?\s{1,40}KeyError: (?<key>'[^'\n]{1,120}'|"[^"\n]{1,120}"|[^\n]{1,120})/],
  title: (c) => t(`DataFrame 里没有列 ${c.g.key ?? ""}`.trim(), `The DataFrame has no column ${c.g.key ?? ""}`.trim()),
  summary: (c) =>
    t(
      `df[${c.g.key ?? "列名"}] 按列名取列，而 df.columns 里没有完全相同的名字，pandas 在 columns.get_loc 里抛出 KeyError。列名区分大小写，也包括前后空格。`,
      `df[${c.g.key ?? "name"}] looks a column up by its exact label, and df.columns has no identical name, so pandas raises KeyError from columns.get_loc. Labels are case-sensitive and include any leading or trailing spaces.`,
    ),
  causes: [
    t("列名拼写或大小写不一致", "a typo or different letter case in the column name"),
    t("CSV 表头带空格（如 ' Name'），或读文件时分隔符/表头行不对，列根本没有按预期读出来", "the CSV header carries spaces (' Name'), or the wrong separator/header row meant the columns were not read as expected"),
    t("这一列在前面的步骤里被删掉、改名，或者数据源本身就没有这一列", "an earlier step dropped or renamed it, or the data source never had that column"),
  ],
  solutions: [
    {
      title: t("先打印真实的列名", "Print the real column labels first"),
      steps: [t("用 repr 打印 df.columns，空格和大小写一眼就能看出来；表头带空格时统一 strip。", "Print df.columns with repr so spaces and case are visible; strip the header if it carries spaces.")],
      code: (c) => {
        const raw = c.g.key?.replace(/^['"]|['"]$/g, "");
        const key = raw && /^[\w .()\[\]/-]{1,80}$/.test(raw) ? raw : null;
        return block("python", [
          "import pandas as pd",
          "",
          'df = pd.read_csv("data.csv")  # your DataFrame',
          "print(list(df.columns))",
          "df.columns = df.columns.str.strip()",
          key ? `print(${q(key)} in df.columns)` : null,
        ]);
      },
    },
    {
      title: t("读文件时指定正确的分隔符和表头", "Read the file with the right separator and header"),
      steps: [t("如果整张表只读出一列，说明分隔符不对（例如分号分隔要用 sep=\";\"）；表头不在第一行时用 header= 指定。", "If the whole table came out as one column the separator is wrong (semicolon-separated data needs sep=\";\"); use header= when the header is not on the first line.")],
    },
  ],
  docs: ["https://github.com/pandas-dev/pandas/issues/30352", "https://github.com/Pengeace/LncRNA-Disease-link/issues/1"],
  samples: [
    {
      text: "  File \"/Users/mac/anaconda3/envs/noisepy/lib/python3.7/site-packages/pandas/core/frame.py\", line 2902, in __getitem__\n    indexer = self.columns.get_loc(key)\n  File \"/Users/mac/anaconda3/envs/noisepy/lib/python3.7/site-packages/pandas/core/indexes/base.py\", line 2897, in get_loc\n    raise KeyError(key) from err\nKeyError: 'names'",
      source: "https://github.com/noisepy/NoisePy/issues/30",
    },
  ],
});
