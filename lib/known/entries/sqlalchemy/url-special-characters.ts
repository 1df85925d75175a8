import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "sqlalchemy.url-special-characters",
  category: "database",
  // An '@' inside the host name is the tell: it outranks the generic can't-connect entries.
  priority: 1,
  match: [
    /Could not parse (?:rfc1738 |SQLAlchemy )URL from string '(?<url>[^'\n]{0,300})'/,
    /Can't connect to MySQL server on '(?<athost>[^'\n@]{0,100}@[^'\n]{1,100})'/,
    /could not translate host name "(?<athost>[^"\n@]{0,100}@[^"\n]{1,100})"/,
  ],
  title: (c) =>
    c.g.url === "" || c.g.url === "None"
      ? t("数据库 URL 是空的：连接字符串没有被设置", "The database URL is empty: the connection string was never set")
      : c.g.athost
        ? t("密码里的特殊字符（如 @）把数据库 URL 拆错了", "A special character (such as @) in the password split the database URL wrongly")
        : t("SQLAlchemy 无法解析这个数据库 URL", "SQLAlchemy cannot parse this database URL"),
  summary: (c) =>
    c.g.url === "" || c.g.url === "None"
      ? t(
          "传给 create_engine 的 URL 是空字符串或 None，通常是从环境变量 / 配置读取时没有取到值（变量名不对、.env 没加载、部署环境没配置）。",
          "The URL handed to create_engine is an empty string or None, usually because reading it from an environment variable / config found nothing (wrong name, .env not loaded, not configured in the deployment).",
        )
      : c.g.athost
        ? t(
            `驱动要连接的“主机名”里带着 @（其中可能混着一段密码，分享日志前请先遮掉），说明 URL 里第一个 @ 之后的部分被当成了主机：密码中含有 @ 等特殊字符却没有做 URL 编码。SQLAlchemy 的数据库 URL 是标准 URL，用户名和密码里的 @ : / % # 等必须百分号编码。`,
            `The "host" the driver tried to reach contains an @ (it may include part of the password — mask it before sharing logs), so everything after the first @ in the URL was taken as the host: the password contains @ or another special character without URL encoding. SQLAlchemy database URLs are real URLs, so @ : / % # and similar characters in the username or password must be percent-encoded.`,
          )
        : t(
            "数据库 URL 的格式不对：缺少 方言+驱动://用户:密码@主机:端口/库名 中的某部分，或者用户名 / 密码里有未编码的特殊字符（@ : / % #），把结构打乱了。",
            "The database URL is malformed: part of dialect+driver://user:password@host:port/dbname is missing, or unencoded special characters (@ : / % #) in the username / password break its structure.",
          ),
  causes: [
    t("密码里有 @、:、/、% 等字符，没有做 URL 编码", "the password contains @, :, /, % or similar characters without URL encoding"),
    t("读取连接字符串的环境变量没有设置", "the environment variable holding the connection string is not set"),
  ],
  solutions: [
    {
      title: t("用 URL.create 分字段构造 URL（无需手动转义）", "Build the URL field by field with URL.create (no manual escaping)"),
      steps: [t("这是 SQLAlchemy 维护者推荐的做法；拼字符串时也可以对密码用 urllib.parse.quote_plus 编码。", "This is what the SQLAlchemy maintainers recommend; when formatting a string, encode the password with urllib.parse.quote_plus instead.")],
      code: () =>
        block("python", [
          "import os",
          "",
          "from sqlalchemy import create_engine",
          "from sqlalchemy.engine import URL",
          "",
          "url = URL.create(",
          '    "postgresql+psycopg2",',
          '    username=os.environ["DB_USER"],',
          '    password=os.environ["DB_PASSWORD"],  # may contain @ : / %',
          '    host=os.environ.get("DB_HOST", "localhost"),',
          '    database=os.environ["DB_NAME"],',
          ")",
          "engine = create_engine(url)",
        ]),
    },
  ],
  docs: ["https://docs.sqlalchemy.org/en/14/core/engines.html#escaping-special-characters-such-as-signs-in-passwords", "https://github.com/sqlalchemy/sqlalchemy/issues/8278", "https://github.com/sqlalchemy/sqlalchemy/issues/11262"],
  samples: [
    {
      text: "sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (2003, \"Can't connect to MySQL server on 'ssword@mydb.com' ([Errno -2] Name or service not known)\")",
      source: "https://github.com/sqlalchemy/sqlalchemy/issues/11262",
    },
  ],
});
