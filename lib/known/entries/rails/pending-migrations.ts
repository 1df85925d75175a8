import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "rails.pending-migrations",
  category: "database",
  match: [/ActiveRecord::PendingMigrationError:?\s{0,5}Migrations are pending\.[^\n]{0,80}\n?\s{0,10}(?:bin\/rails|bin\/rake|rails|rake) db:migrate(?: RAILS_ENV=(?<env>\w{1,20}))?/, "ActiveRecord::PendingMigrationError"],
  title: t("数据库还有未执行的迁移（PendingMigrationError）", "Database migrations are pending (PendingMigrationError)"),
  summary: (c) =>
    t(
      `db/migrate 里有新的迁移文件还没有在${c.g.env ? ` ${c.g.env} 环境的` : "当前"}数据库上执行（常见于拉取代码、切换分支之后）。Rails 在开发环境检测到后拒绝处理请求，直到迁移完成。`,
      `db/migrate holds migrations that have not run on the${c.g.env ? ` ${c.g.env}` : " current"} database (typical after pulling code or switching branches). In development Rails refuses requests until they are applied.`,
    ),
  causes: [
    t("拉取了别人新增的迁移，或切换到了带新迁移的分支", "you pulled someone's new migration or switched to a branch that has one"),
    t("为测试/另一个环境准备数据库时漏掉了迁移", "the test or another environment's database was set up without running migrations"),
  ],
  solutions: [
    {
      title: t("运行消息里给出的迁移命令", "Run the migration command the message prints"),
      steps: [t("在应用目录运行 bin/rails db:migrate（带上消息里的 RAILS_ENV）；测试环境可以用 bin/rails db:test:prepare。", "Run bin/rails db:migrate in the app directory (with the RAILS_ENV from the message); for the test environment, bin/rails db:test:prepare.")],
      code: (c) => block("bash", [c.g.env && /^\w{1,20}$/.test(c.g.env) ? `bin/rails db:migrate RAILS_ENV=${c.g.env}` : "bin/rails db:migrate", "bin/rails db:migrate:status"]),
    },
  ],
  docs: ["https://github.com/EBWiki/EBWiki/issues/3687"],
  samples: [{ text: "ActiveRecord::PendingMigrationError: \n\nMigrations are pending. To resolve this issue, run:\n\n        bin/rails db:migrate RAILS_ENV=development", source: "https://github.com/webdev-camp/movies/issues/88" }],
});
