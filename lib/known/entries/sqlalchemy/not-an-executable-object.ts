import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "sqlalchemy.not-an-executable-object",
  category: "database",
  match: [/ObjectNotExecutableError: Not an executable object(?:: (?<sql>[^\n]{1,200}))?/, "'str' object has no attribute '_execute_on_connection'"],
  title: t("SQLAlchemy 不再直接执行 SQL 字符串，要用 text() 包起来", "SQLAlchemy no longer executes plain SQL strings: wrap them in text()"),
  summary: t(
    "从 SQLAlchemy 1.4 的 2.0 风格起（2.0 中成为唯一方式），Connection.execute() / Session.execute() 只接受可执行对象（select()、text() 等），传入普通字符串就会抛出 ObjectNotExecutableError。升级到 2.0 后旧代码或旧的第三方库常见此错。",
    "Since SQLAlchemy 1.4's 2.0-style API (the only API in 2.0), Connection.execute() / Session.execute() accept only executable objects (select(), text() …); a plain string raises ObjectNotExecutableError. Old code or old third-party libraries hit this right after upgrading to 2.0.",
  ),
  causes: [
    t("代码把 SQL 字符串直接传给了 execute()", "the code passes an SQL string straight to execute()"),
    t("某个依赖（方言、ORM 工具、数据工具）还不支持 SQLAlchemy 2.0", "a dependency (a dialect, an ORM tool, a data tool) does not support SQLAlchemy 2.0 yet"),
  ],
  solutions: [
    {
      title: t("用 sqlalchemy.text() 包装 SQL，参数用绑定变量", "Wrap the SQL in sqlalchemy.text() and pass parameters as bound values"),
      steps: [t("text() 把字符串变成可执行对象；值用 :name 占位并作为字典传入，不要拼接字符串。", "text() turns the string into an executable object; use :name placeholders and pass values as a dict instead of formatting strings.")],
      code: () =>
        block("python", [
          "from sqlalchemy import create_engine, text",
          "",
          'engine = create_engine("sqlite://")',
          "with engine.connect() as conn:",
          '    rows = conn.execute(text("SELECT :x AS value"), {"x": 1}).all()',
          "    print(rows)",
        ]),
    },
    {
      title: t("出错的是第三方库：升级它，或暂时固定 SQLAlchemy<2", "If a third-party library fails: upgrade it, or pin SQLAlchemy<2 for now"),
      steps: [t("库还没适配 2.0 时，在该项目里先安装 1.4 系列。", "Until the library supports 2.0, install the 1.4 series in that project.")],
      code: () => block("bash", ['python -m pip install "sqlalchemy<2"']),
    },
  ],
  docs: ["https://github.com/druid-io/pydruid/pull/275", "https://github.com/sqlalchemy/sqlalchemy/issues/12218", "https://github.com/OCA/server-backend/pull/371"],
  samples: [
    {
      text: "I tested the branch with SQLAlchemy 1.4.5 and it works as expected. Before, it would raise an error:\n\nsqlalchemy.exc.ObjectNotExecutableError: Not an executable object",
      source: "https://github.com/druid-io/pydruid/pull/275",
    },
  ],
});
