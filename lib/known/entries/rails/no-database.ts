import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "rails.no-database",
  category: "database",
  match: [/ActiveRecord::NoDatabaseError:? (?:We could not find your database: (?<db>[\w.-]{1,120})|FATAL:\s+database "(?<db2>[\w.-]{1,120})" does not exist|Unknown database '(?<db3>[\w.-]{1,120})')/, /ActiveRecord::NoDatabaseError/],
  title: (c) => {
    const db = c.g.db ?? c.g.db2 ?? c.g.db3;
    return t(`数据库${db ? ` ${ic(db)}` : ""}还没有创建`, `The database${db ? ` ${ic(db)}` : ""} has not been created`);
  },
  summary: t(
    "Rails 能连上数据库服务器，但 config/database.yml（或 DATABASE_URL）里指定的数据库不存在。新克隆的项目、新的开发机或 CI 都需要先建库再跑迁移；也可能是数据库名改了、环境（RAILS_ENV）不对。",
    "Rails reached the database server, but the database named in config/database.yml (or DATABASE_URL) does not exist. A fresh clone, a new machine or CI has to create it and run the migrations first; otherwise the name changed or the environment (RAILS_ENV) is not the one you meant.",
  ),
  causes: [
    t("还没有执行 db:create（数据库在每台机器上各自创建）", "db:create has not been run (each machine creates its own database)"),
    t("database.yml / DATABASE_URL 里的数据库名或 RAILS_ENV 不是预期的", "the database name in database.yml / DATABASE_URL, or RAILS_ENV, is not the expected one"),
    t("某个初始化器或 gem 在启动时就访问数据库，连 db:create 本身都被它挡住", "an initializer or gem touches the database at boot, which blocks even db:create"),
  ],
  solutions: [
    {
      title: t("创建数据库并执行迁移", "Create the database and run the migrations"),
      steps: [t("db:prepare 会在库不存在时创建并加载 schema，存在时执行待处理的迁移；生产环境要指定 RAILS_ENV。", "db:prepare creates the database and loads the schema when it is missing, and runs pending migrations when it exists; set RAILS_ENV for production.")],
      code: () => block("bash", ["bin/rails db:prepare", "# or, step by step:", "bin/rails db:create && bin/rails db:migrate"]),
    },
  ],
  docs: ["https://guides.rubyonrails.org/active_record_migrations.html", "https://github.com/rails/rails/pull/13427", "https://github.com/rails/rails/issues/50038"],
  samples: [
    { text: "ActiveRecord::NoDatabaseError: We could not find your database: foo3_development. Available database configurations can be found in config/database.yml. (ActiveRecord::NoDatabaseError)\n\nTo resolve this error:\n\n- Did you not create the database, or did you delete it? To create the database, run:\n\n    bin/rails db:create", source: "https://github.com/rails/rails/issues/50038" },
    { text: "ActiveRecord::NoDatabaseError: FATAL: database \"blackops_development\" does not exist", source: "https://github.com/EBWiki/EBWiki/issues/289" },
  ],
});
