import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "mysql.unknown-database",
  category: "database",
  match: [/(?:ERROR 1049 \(42000\)|ER_BAD_DB_ERROR|\(1049,)[^\n]{0,20}Unknown database '(?<db>[^'\n]{1,64})'/, /Unknown database '(?<db>[^'\n]{1,64})'/],
  title: (c) => (c.g.db ? t(`MySQL 中不存在数据库 ${ic(c.g.db)}（1049）`, `MySQL has no database ${ic(c.g.db)} (1049)`) : t("MySQL 中不存在这个数据库（1049）", "MySQL has no such database (1049)")),
  summary: (c) => t(`连接参数里指定的数据库${c.g.db ? ` ${ic(c.g.db)}` : ""}在这台服务器上不存在（错误 1049 ER_BAD_DB_ERROR）。`, `The database${c.g.db ? ` ${ic(c.g.db)}` : ""} named in the connection settings does not exist on this server (error 1049 ER_BAD_DB_ERROR).`),
  causes: [
    t("数据库还没有创建（新环境、刚启动的容器没有设置 MYSQL_DATABASE）", "the database was never created (a new environment, or a container started without MYSQL_DATABASE)"),
    t("名称拼写或大小写不对（Linux 上数据库名区分大小写）", "the name is misspelt or differs in case (database names are case-sensitive on Linux)"),
    t("连到了另一台服务器或另一个端口上的实例", "connected to another server or another instance on a different port"),
  ],
  solutions: [
    {
      title: t("列出已有数据库，必要时创建它", "List the databases and create the missing one"),
      steps: [t("确认名称后用 utf8mb4 创建数据库，再运行项目的迁移。", "After checking the name, create it with utf8mb4 and run the project's migrations.")],
      code: (c) => (c.g.db && /^[\w$]{1,64}$/.test(c.g.db) ? block("bash", ['mysql -u root -p -e "SHOW DATABASES;"', `mysql -u root -p -e "CREATE DATABASE \\\`${c.g.db}\\\` CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;"`]) : block("bash", ['mysql -u root -p -e "SHOW DATABASES;"'])),
    },
    {
      title: t("Docker：用 MYSQL_DATABASE 在初始化时创建", "Docker: create it at initialisation with MYSQL_DATABASE"),
      steps: [t("官方镜像在数据目录为空时按 MYSQL_DATABASE 创建数据库；已有数据卷时它不会再执行，需要手动 CREATE DATABASE。", "The official image creates MYSQL_DATABASE only when the data directory is empty; with an existing volume it does not run again, so CREATE DATABASE by hand.")],
    },
  ],
  docs: ["https://dev.mysql.com/doc/mysql-errors/9.0/en/server-error-reference.html"],
  samples: [{ text: "ERROR 1049 (42000): Unknown database 'shop'", source: "https://dev.mysql.com/doc/mysql-errors/9.0/en/server-error-reference.html" }],
});
