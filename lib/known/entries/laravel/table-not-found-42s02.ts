import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "laravel.table-not-found",
  category: "database",
  match: [/SQLSTATE\[42S02\]: Base table or view not found: 1146 Table '(?<table>[\w$.-]{1,150})' doesn't exist/, /SQLSTATE\[42S02\]: Base table or view not found/],
  title: (c) => t(`数据表 ${ic(c.g.table ?? "")} 不存在`, `Table ${ic(c.g.table ?? "")} does not exist`),
  summary: (c) =>
    t(
      `查询用到的表${c.g.table ? ` ${ic(c.g.table)}（库名.表名）` : ""}在当前连接的数据库里不存在。多数是迁移还没执行（新部署、新克隆、换了数据库），或者 .env 里的 DB_DATABASE 指向了另一个库。一个常见的陷阱：如果连 php artisan migrate 自己都报这个错，说明某个服务提供者、路由或配置在应用启动时就查询了这张表，要先把那段启动代码改成在表不存在时跳过。`,
      `The table${c.g.table ? ` ${ic(c.g.table)} (database.table)` : ""} used by the query does not exist in the connected database. Usually the migrations have not run (a new deployment, fresh clone or a different database), or DB_DATABASE in .env points at another database. A common trap: if php artisan migrate itself fails with this, a service provider, route or config file queries the table while the app boots; make that boot code skip when the table is missing first.`,
    ),
  causes: [
    t("还没有执行迁移（php artisan migrate）", "the migrations have not been run (php artisan migrate)"),
    t(".env 的 DB_DATABASE / DB_CONNECTION 指向了别的库，或配置被 config:cache 缓存成旧值", "DB_DATABASE / DB_CONNECTION in .env point at another database, or config:cache holds old values"),
    t("服务提供者的 boot()、路由文件或视图共享数据在启动时查询了这张表，导致 migrate 本身也失败", "a service provider's boot(), a routes file or shared view data queries the table at boot, so migrate itself fails"),
    t("表名与模型推断的不一致（模型需要设置 $table）", "the table name differs from the one the model infers (the model needs $table)"),
  ],
  solutions: [
    {
      title: t("确认连接的库并执行迁移", "Check the connected database and run the migrations"),
      steps: [t("migrate:status 列出哪些迁移还没执行；生产环境需要 --force。", "migrate:status lists the migrations not yet run; production needs --force.")],
      code: () => block("bash", ["php artisan config:clear", "php artisan migrate:status", "php artisan migrate"]),
    },
    {
      title: t("如果 migrate 自己也报错：让启动代码在表不存在时跳过", "If migrate itself fails: make the boot code skip while the table is missing"),
      steps: [t("在堆栈里找到应用自己的 ServiceProvider 或路由文件那一帧，用 Schema::hasTable 包住查询。", "Find the frame of your own ServiceProvider or routes file in the stack trace and guard the query with Schema::hasTable.")],
      code: (c) => {
        const table = c.g.table?.split(".").pop();
        if (!table || !/^\w{1,100}$/.test(table)) return null;
        return block("php", ["<?php", "use Illuminate\\Support\\Facades\\Schema;", "", `if (Schema::hasTable('${table}')) {`, "    // the query that runs at boot", "}"]);
      },
    },
  ],
  docs: ["https://laravel.com/docs/11.x/migrations#running-migrations", "https://github.com/laracasts/Nested-Comments/issues/1", "https://github.com/TechnicPack/TechnicSolder/issues/352"],
  samples: [
    { text: "SQLSTATE[42S02]: Base table or view not found: 1146 Table 'solder.users' doesn't exist (SQL: select * from `users` where `email` = admin@admin.com limit 1)", source: "https://github.com/TechnicPack/TechnicSolder/issues/352" },
    { text: "C:\\wamp\\www\\McDiscovery>php artisan migrate --force\n\n  [Illuminate\\Database\\QueryException]\n  SQLSTATE[42S02]: Base table or view not found: 1146 Table 'discovery.projects' doesn't exist (SQL: select count(*) as aggregate from `projects` where `status` = 1)", source: "https://github.com/ammezie/openlaravel/issues/4" },
  ],
});
