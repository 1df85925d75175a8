import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "sqlalchemy.postgres-dialect-name-removed",
  category: "database",
  match: [/Can't load plugin: sqlalchemy\.dialects:postgres(?:\.\w{1,20})?(?!\w)/],
  title: t("SQLAlchemy 1.4 起不再接受 postgres:// 形式的连接 URL", "SQLAlchemy 1.4+ no longer accepts postgres:// connection URLs"),
  summary: t(
    "连接 URL 的方言部分（:// 之前）写的是 postgres。这个旧名字在 SQLAlchemy 1.3 只给弃用警告，1.4 起被删除，必须写成 postgresql。不是驱动没装，也不是数据库连不上——SQLAlchemy 根本不认识这个方言名。",
    "The dialect part of the connection URL (before ://) says postgres. That old name only warned in SQLAlchemy 1.3 and was removed in 1.4; it must be postgresql. The driver is not missing and the database is not unreachable — SQLAlchemy simply does not know that dialect name.",
  ),
  causes: [
    t("托管平台（如 Heroku）提供的 DATABASE_URL 以 postgres:// 开头，而平台上的这个变量不能直接修改", "a hosting platform (Heroku, for example) provides a DATABASE_URL starting with postgres://, and that variable cannot be edited on the platform"),
    t("配置文件或代码是为 SQLAlchemy 1.3 写的，升级到 1.4 / 2.0 后失效", "the config or code was written for SQLAlchemy 1.3 and broke after upgrading to 1.4 / 2.0"),
  ],
  solutions: [
    {
      title: t("把 URL 开头改成 postgresql://", "Change the URL's scheme to postgresql://"),
      steps: [
        t(
          "URL 写在自己的配置里就直接改；来自平台环境变量时，在创建 engine 前替换开头（Heroku 官方帮助给出的就是这个办法）。指定驱动时写 postgresql+psycopg2:// 之类。",
          "If the URL is in your own config, just edit it; if it comes from a platform's environment variable, replace the scheme before creating the engine (what Heroku's help article prescribes). With an explicit driver, write postgresql+psycopg2:// and so on.",
        ),
      ],
      code: () =>
        block("python", [
          "import os",
          "",
          "from sqlalchemy import create_engine",
          "",
          'url = os.environ["DATABASE_URL"]',
          'if url.startswith("postgres://"):',
          '    url = url.replace("postgres://", "postgresql://", 1)',
          "engine = create_engine(url)",
        ]),
    },
  ],
  docs: [
    "https://docs.sqlalchemy.org/en/14/changelog/changelog_14.html#change-3687655465c25a39b968b4f5f6e9170b",
    "https://help.heroku.com/ZKNTJQSK/why-is-sqlalchemy-1-4-x-not-connecting-to-heroku-postgres",
  ],
  samples: [
    {
      text: 'File "/home/runner/StarryKindSphere/venv/lib/python3.10/site-packages/sqlalchemy/util/langhelpers.py", line 368, in load\n    raise exc.NoSuchModuleError(\nsqlalchemy.exc.NoSuchModuleError: Can\'t load plugin: sqlalchemy.dialects:postgres',
      source: "https://github.com/supabase/vecs/issues/25",
    },
  ],
});
