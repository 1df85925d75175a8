import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "sqlalchemy.engine-execute-removed",
  category: "code.name",
  match: [/'(?<cls>Engine|OptionEngine)' object has no attribute 'execute'/],
  title: (c) =>
    c.g.cls === "OptionEngine"
      ? t("旧版 pandas 不兼容 SQLAlchemy 2.0（OptionEngine 没有 execute）", "An old pandas does not work with SQLAlchemy 2.0 (OptionEngine has no execute)")
      : t("SQLAlchemy 2.0 删除了 Engine.execute()", "SQLAlchemy 2.0 removed Engine.execute()"),
  summary: (c) =>
    c.g.cls === "OptionEngine"
      ? t(
          "pandas 1.x 的 read_sql / to_sql 内部还在调用 engine.execute()，而 SQLAlchemy 2.0（2023 年 1 月发布）删除了它。不是你的查询有问题，是 pandas 与 SQLAlchemy 的版本组合不兼容。",
          "pandas 1.x's read_sql / to_sql still call engine.execute() internally, which SQLAlchemy 2.0 (released January 2023) removed. Your query is fine; the pandas and SQLAlchemy versions do not go together.",
        )
      : t(
          "SQLAlchemy 2.0 删除了 1.x 的“无连接执行”：Engine 上不再有 execute()。需要先取得 Connection（或 Session）再执行，并显式提交。",
          "SQLAlchemy 2.0 removed 1.x's connectionless execution: Engine no longer has execute(). Get a Connection (or a Session) first, execute on it and commit explicitly.",
        ),
  causes: [
    t("环境里的 SQLAlchemy 升级到了 2.x，代码或依赖还是按 1.x 写的", "SQLAlchemy was upgraded to 2.x while the code or a dependency was written for 1.x"),
    (c) => (c.g.cls === "OptionEngine" ? t("pandas 版本太旧（1.5.x 及更早），早于 SQLAlchemy 2.0", "pandas is too old (1.5.x or earlier) and predates SQLAlchemy 2.0") : null),
  ],
  solutions: [
    {
      title: t("改用 engine.connect() / engine.begin()", "Use engine.connect() / engine.begin()"),
      steps: [t("with engine.begin() 会在块结束时自动提交；SQL 字符串要用 text() 包装。", "with engine.begin() commits when the block ends; wrap SQL strings in text().")],
      code: () =>
        block("python", [
          "from sqlalchemy import create_engine, text",
          "",
          'engine = create_engine("sqlite://")',
          "with engine.begin() as conn:",
          '    conn.execute(text("CREATE TABLE t (x INTEGER)"))',
          '    conn.execute(text("INSERT INTO t VALUES (:x)"), {"x": 1})',
          "with engine.connect() as conn:",
          '    print(conn.execute(text("SELECT x FROM t")).all())',
        ]),
    },
    {
      title: t("版本无法马上升级时：固定 SQLAlchemy<2", "When you cannot upgrade yet: pin SQLAlchemy<2"),
      steps: [t("旧版 pandas 或尚未适配的库，可以先在该环境里安装 SQLAlchemy 1.4 系列。", "For an old pandas or a library not yet ported, install the SQLAlchemy 1.4 series in that environment for now.")],
      code: () => block("bash", ['python -m pip install "sqlalchemy<2.0"']),
    },
  ],
  docs: ["https://github.com/sqlalchemy/sqlalchemy/issues/9161", "https://github.com/pandas-dev/pandas/issues/51015", "https://github.com/refraction-ray/xalpha/issues/174"],
  samples: [
    {
      text: "    record = db_connection.execute(statement)\nAttributeError: 'Engine' object has no attribute 'execute'",
      source: "https://github.com/sqlalchemy/sqlalchemy/issues/9161",
    },
    {
      text: "AttributeError: 'OptionEngine' object has no attribute 'execute'",
      source: "https://github.com/pandas-dev/pandas/issues/51083",
    },
  ],
});
