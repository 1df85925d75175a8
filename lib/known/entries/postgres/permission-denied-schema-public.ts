import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "postgres.permission-denied-schema-public",
  category: "database",
  priority: 1,
  match: ["permission denied for schema public"],
  title: t("没有在 public 模式里建表的权限（PostgreSQL 15 的变更）", "No permission to create objects in schema public (PostgreSQL 15 change)"),
  summary: t(
    "PostgreSQL 15 起，public 模式不再给所有用户（PUBLIC）CREATE 权限，并且归数据库属主（pg_database_owner）所有。不是数据库属主的应用角色在 public 里建表就会得到 42501 insufficient_privilege。",
    "Since PostgreSQL 15 the public schema no longer grants CREATE to everyone (PUBLIC) and is owned by the database owner (pg_database_owner). An application role that does not own the database gets 42501 insufficient_privilege when it creates tables there.",
  ),
  causes: [
    t("数据库由 postgres 创建，应用用另一个角色运行迁移（在 PG 14 及以前能工作，升级到 15+ 后失败）", "the database was created by postgres and migrations run as another role (worked up to PG 14, fails on 15+)"),
  ],
  solutions: [
    {
      title: t("让应用角色成为数据库属主（推荐）", "Make the application role own the database (recommended)"),
      steps: [t("以超级用户把数据库属主改为应用角色；public 模式归数据库属主，于是它拥有全部权限。", "As a superuser make the application role the database owner; public belongs to the database owner, so it gets full rights.")],
      code: () => block("bash", ['DB="${DB:?set DB to the database name}"', 'APP_ROLE="${APP_ROLE:?set APP_ROLE to the application role}"', 'sudo -u postgres psql -c "ALTER DATABASE \\"$DB\\" OWNER TO \\"$APP_ROLE\\";"']),
    },
    {
      title: t("或者只授予 public 模式上的权限", "Or grant rights on schema public only"),
      steps: [t("连接到目标数据库（不是 postgres 库）后授予 USAGE 和 CREATE。", "Connect to the target database (not the postgres database) and grant USAGE and CREATE.")],
      code: () => block("bash", ['DB="${DB:?set DB to the database name}"', 'APP_ROLE="${APP_ROLE:?set APP_ROLE to the application role}"', 'sudo -u postgres psql -d "$DB" -c "GRANT USAGE, CREATE ON SCHEMA public TO \\"$APP_ROLE\\";"']),
    },
  ],
  docs: ["https://www.postgresql.org/docs/release/15.0/", "https://www.cybertec-postgresql.com/en/error-permission-denied-schema-public/", "https://github.com/frappe/frappe/pull/23799"],
  samples: [{ text: "pyodbc.ProgrammingError: ('42501', '[42501] ERROR: permission denied for schema public;\\nError while executing the query (1) (SQLExecDirectW)')", source: "https://github.com/irods/irods/issues/7382" }],
});
