import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "postgres.incompatible-data-directory",
  category: "database",
  match: [
    /The data directory was initialized by PostgreSQL version (?<old>\d{1,2}(?:\.\d{1,2})?), which is not compatible with this version (?<new>\d{1,2}(?:\.\d{1,2})?)/,
    /database files are incompatible with server/,
  ],
  title: (c) => (c.g.old && c.g.new ? t(`数据目录是 PostgreSQL ${c.g.old} 的，不能直接用 ${c.g.new} 启动`, `The data directory belongs to PostgreSQL ${c.g.old} and cannot be started by ${c.g.new}`) : t("数据目录与当前 PostgreSQL 版本不兼容", "The data directory is incompatible with this PostgreSQL version")),
  summary: (c) =>
    t(
      `PostgreSQL 的大版本之间磁盘格式不同，${c.g.old ? `${ic(c.g.old)} 创建的数据目录` : "旧版本创建的数据目录"}不能直接被${c.g.new ? ` ${ic(c.g.new)} ` : "新版本"}打开，必须用 pg_upgrade 或“导出再导入”迁移。Docker 里最常见：镜像标签是 postgres:latest 或被改了大版本，而数据卷还是旧版本初始化的。`,
      `PostgreSQL's on-disk format changes between major versions: a data directory created by ${c.g.old ? ic(c.g.old) : "an older version"} cannot be opened by ${c.g.new ? ic(c.g.new) : "the new one"}; it has to be migrated with pg_upgrade or a dump and restore. Most common in Docker: the image tag is postgres:latest or its major version changed, while the volume was initialised by the old one.`,
    ),
  causes: [
    t("Docker 镜像用了 latest 或升级了大版本，数据卷没变", "the Docker image uses latest or moved to a new major version while the volume stayed"),
    t("系统包管理器把 PostgreSQL 升级到了新大版本（Homebrew、Termux、Postgres.app）", "the package manager upgraded PostgreSQL to a new major version (Homebrew, Termux, Postgres.app)"),
  ],
  solutions: [
    {
      title: t("先退回旧版本，把数据保住", "Go back to the old version first to keep the data"),
      steps: [t("把镜像标签（或安装的版本）固定回数据目录对应的大版本，确认能启动、数据都在。以后不要用 postgres:latest。", "Pin the image tag (or installed version) back to the data directory's major version and check it starts with the data intact. Avoid postgres:latest from now on.")],
      code: (c) => block("yaml", ["services:", "  db:", `    image: postgres:${(c.g.old ?? "15").split(".")[0]}`]),
    },
    {
      title: t("再按需迁移到新版本", "Then migrate to the new version if you want it"),
      steps: [t("用旧版本导出全部数据，换新版本和一个空的数据卷启动，再导入；原地升级可用 pg_upgrade（需要两个版本的二进制同时存在）。", "Dump everything with the old version, start the new version on an empty volume, and restore; for an in-place upgrade use pg_upgrade (needs both versions' binaries).")],
      code: () => block("bash", ["docker compose exec db pg_dumpall -U postgres > backup.sql", "# switch the image to the new version and use a new, empty volume, then:", "docker compose exec -T db psql -U postgres < backup.sql"]),
    },
  ],
  docs: ["https://www.postgresql.org/docs/current/upgrading.html", "https://www.postgresql.org/docs/current/pgupgrade.html", "https://github.com/termux/termux-packages/issues/3591"],
  samples: [
    { text: "postgres_1  | 2019-09-06 19:49:58.007 UTC [1] FATAL:  database files are incompatible with server\npostgres_1  | 2019-09-06 19:49:58.007 UTC [1] DETAIL:  The data directory was initialized by PostgreSQL version 9.6, which is not compatible with this version 10.6.", source: "https://github.com/vchaptsev/cookiecutter-django-vue/issues/38" },
    { text: "2019-03-01 08:46:20.785 UTC [1] FATAL:  database files are incompatible with server\n2019-03-01 08:46:20.785 UTC [1] DETAIL:  The data directory was initialized by PostgreSQL version 10, which is not compatible with this version 11.2 (Debian 11.2-1.pgdg90+1).", source: "https://github.com/postgis/docker-postgis/issues/128" },
  ],
});
