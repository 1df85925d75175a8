import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "django.no-such-table",
  category: "database",
  match: [
    /django\.db\.utils\.OperationalError: no such table: (?<table>[\w.]{1,100})/,
    /django\.db\.utils\.ProgrammingError: relation "(?<table>[\w.]{1,100})" does not exist/,
  ],
  title: (c) => t(`数据库里还没有表 ${c.g.table}：迁移没有执行`, `The table ${c.g.table} does not exist yet: migrations have not been applied`),
  summary: (c) =>
    t(
      `Django 的模型对应的数据库表由迁移（migrations）创建。代码查询了 ${c.g.table}，但当前连接的数据库里没有这张表——通常是还没对这个数据库运行 migrate，或者模型改了却没生成迁移文件。`,
      `Django creates the tables behind models through migrations. The code queried ${c.g.table}, but the database it is connected to has no such table — usually migrate has not been run against this database, or a model changed without a migration being generated.`,
    ),
  causes: [
    t("刚克隆项目或换了新数据库（如新的 db.sqlite3、新容器），还没运行 migrate", "a freshly cloned project or a new database (a new db.sqlite3, a new container) that has not been migrated"),
    t("新增或修改了模型，但没有运行 makemigrations 生成迁移文件", "a model was added or changed without running makemigrations"),
    t("应用没有加入 INSTALLED_APPS，其迁移不会被执行", "the app is not in INSTALLED_APPS, so its migrations never run"),
    t("在 AppConfig.ready()、模块顶层或 makemigrations 期间就查询了数据库（此时表还不存在）", "the database is queried in AppConfig.ready(), at module import time or during makemigrations, before the table exists"),
  ],
  solutions: [
    {
      title: t("生成并应用迁移", "Generate and apply migrations"),
      steps: [
        t(
          "确认 settings 指向的是你以为的那个数据库，然后运行下面的命令；makemigrations 若显示“No changes detected”，检查该应用是否在 INSTALLED_APPS 里、是否有 migrations/__init__.py。",
          "Make sure settings point at the database you think they do, then run the commands below; if makemigrations says \"No changes detected\", check the app is in INSTALLED_APPS and has migrations/__init__.py.",
        ),
      ],
      code: () => block("bash", ["python manage.py makemigrations", "python manage.py migrate", "python manage.py showmigrations"]),
    },
    {
      title: t("连 migrate 本身都报这个错：别在导入 / 启动时查询数据库", "If even migrate fails with it: do not query the database at import or startup"),
      steps: [t("看回溯里是哪一行在模块顶层、ready() 或表单 / URL 配置里执行了查询，把它挪到视图或函数内部，之后再运行 migrate。", "Find the line in the traceback that queries at module level, in ready() or in form / URL configuration, move it into a view or function, then run migrate.")],
    },
  ],
  docs: ["https://github.com/sibtc/simple-file-upload/issues/2", "https://github.com/jbehuet/django-vuejs/issues/2"],
  samples: [
    {
      text: "    return super().execute(query, params)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\ndjango.db.utils.OperationalError: no such table: room_room",
      source: "https://github.com/immodded/hotelhub/issues/1",
    },
  ],
});
