import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "mongodb.duplicate-key",
  category: "database",
  match: [/E11000 duplicate key error (?:collection: (?<coll>[\w.$-]{1,200}) )?index: (?<index>[\w.$-]{1,200}) dup key: (?<key>\{[^\n}]{0,200}\})/, "E11000 duplicate key error"],
  title: (c) => (c.g.index ? t(`写入的文档与唯一索引 ${ic(c.g.index)} 重复（E11000）`, `The document duplicates unique index ${ic(c.g.index)} (E11000)`) : t("写入的文档违反唯一索引（E11000）", "The document violates a unique index (E11000)")),
  summary: (c) =>
    t(
      `集合${c.g.coll ? ` ${ic(c.g.coll)}` : ""}上有唯一索引${c.g.index ? ` ${ic(c.g.index)}` : ""}，已有文档在该字段上取值${c.g.key ? ` ${ic(c.g.key)}` : "相同"}，插入/更新被拒（错误码 11000）。${c.g.key && /:\s{0,2}null/.test(c.g.key) ? "dup key 为空值表示有多个文档缺少这个字段——唯一索引把“缺失”当作空值，只允许一个；需要稀疏（sparse）或部分（partial）索引。" : ""}`,
      `Collection${c.g.coll ? ` ${ic(c.g.coll)}` : ""} has a unique index${c.g.index ? ` ${ic(c.g.index)}` : ""} and a document already holds${c.g.key ? ` ${ic(c.g.key)}` : " the same value"}, so the insert/update was refused (error code 11000).${c.g.key && /:\s{0,2}null/.test(c.g.key) ? " An empty dup key value means several documents lack the field — a unique index treats a missing field as empty and allows only one; use a sparse or partial index." : ""}`,
    ),
  causes: [
    t("确实重复的数据（同一邮箱注册两次、重复导入）", "genuinely duplicate data (the same email registered twice, a repeated import)"),
    t("字段缺失：多个文档都没有该字段，唯一索引把它们都算作同一个空值", "a missing field: several documents lack it and the unique index counts them all as the same empty value"),
    t("模型里删除了 unique 约束，但数据库中的旧索引还在（Mongoose 不会自动删除索引）", "the unique constraint was removed from the model but the old index still exists in the database (Mongoose does not drop indexes)"),
  ],
  solutions: [
    {
      title: t("处理重复，或修正索引定义", "Handle the duplicate, or fix the index definition"),
      steps: [t("在应用中捕获 11000 并提示已存在；字段可选时改为 partialFilterExpression（或 sparse）唯一索引；不再需要的旧索引用 db.collection.getIndexes() 查看后 dropIndex 删除。", "Catch 11000 in the application and report the duplicate; for optional fields use a unique index with partialFilterExpression (or sparse); list old indexes with db.collection.getIndexes() and dropIndex the ones no longer wanted.")],
    },
    {
      title: t("用 upsert 写入", "Write with an upsert"),
      steps: [t("按唯一字段 updateOne(filter, {$set: …}, {upsert: true}) 写入，重复时更新而不是报错。", "Write with updateOne(filter, {$set: …}, {upsert: true}) on the unique field so a duplicate updates instead of failing.")],
    },
  ],
  docs: ["https://mongodb.github.io/mongo-php-driver-legacy/class.mongoduplicatekeyexception.html", "https://github.com/okland/accounts-phone/issues/14"],
  samples: [{ text: "MongoError: E11000 duplicate key error collection: explorerdb.txes index: txid_1 dup key: { : \"c9c065c6dd2ac1d207d9d700fb3767838f4e778d8a22d9ea91677fb382250c74\" }", source: "https://github.com/sugarchain-project/explorer/issues/24" }],
});
