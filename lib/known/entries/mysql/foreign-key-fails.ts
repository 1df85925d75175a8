import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "mysql.foreign-key-fails",
  category: "database",
  match: [/Cannot (?<op>add or update a child row|delete or update a parent row): a foreign key constraint fails(?: \((?<detail>[^\n]{1,300})\))?/],
  title: (c) => (c.g.op?.startsWith("delete") ? t("还有子行引用它，不能删除或修改父行（1451）", "Child rows still reference it, so the parent row cannot change (1451)") : t("引用的父行不存在，不能写入子行（1452）", "The referenced parent row does not exist (1452)")),
  summary: (c) =>
    c.g.op?.startsWith("delete")
      ? t(`要删除/修改的行仍被其他表通过外键引用（错误 1451 ER_ROW_IS_REFERENCED_2）。${c.g.detail ? `约束：${ic(c.g.detail)}` : ""}`, `The row being deleted or updated is still referenced through a foreign key (error 1451 ER_ROW_IS_REFERENCED_2).${c.g.detail ? ` Constraint: ${ic(c.g.detail)}` : ""}`)
      : t(`写入的外键值在父表里找不到对应行（错误 1452 ER_NO_REFERENCED_ROW_2）。${c.g.detail ? `约束：${ic(c.g.detail)}` : ""}`, `The foreign-key value written has no matching row in the parent table (error 1452 ER_NO_REFERENCED_ROW_2).${c.g.detail ? ` Constraint: ${ic(c.g.detail)}` : ""}`),
  causes: [
    t("插入顺序不对：先插子表后插父表（导入数据时常见）", "insert order: child rows before their parent rows (common in imports)"),
    t("外键值写错，或父行已被删除", "the foreign-key value is wrong, or the parent row was deleted"),
    t("删除父行前没有先处理引用它的子行，且外键没有 ON DELETE CASCADE/SET NULL", "deleting a parent without handling its children first, and the key has no ON DELETE CASCADE/SET NULL"),
  ],
  solutions: [
    {
      title: t("按依赖顺序写入/删除", "Write and delete in dependency order"),
      steps: [t("先写父表再写子表；删除时先删（或改指向）子行，或者在外键上定义 ON DELETE CASCADE / SET NULL。导入数据时可以临时 SET FOREIGN_KEY_CHECKS=0，导完再打开并核对数据。", "Write parents before children; delete or re-point children before the parent, or define ON DELETE CASCADE / SET NULL. For imports, SET FOREIGN_KEY_CHECKS=0 temporarily, then re-enable it and verify the data.")],
    },
    {
      title: t("找出没有父行的数据", "Find the rows without a parent"),
      steps: [t("用 LEFT JOIN 父表 WHERE 父表主键 IS NULL 查出引用不存在父行的子行，先修正或删除它们。", "Use LEFT JOIN to the parent WHERE the parent key IS NULL to list child rows whose parent is missing, then fix or delete them first.")],
    },
  ],
  docs: ["https://dev.mysql.com/doc/mysql-errors/9.0/en/server-error-reference.html"],
  samples: [{ text: "ERROR 1452 (23000): Cannot add or update a child row: a foreign key constraint fails (`shop`.`orders`, CONSTRAINT `orders_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`))", source: "https://dev.mysql.com/doc/mysql-errors/9.0/en/server-error-reference.html" }],
});
