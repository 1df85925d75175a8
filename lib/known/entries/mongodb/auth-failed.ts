import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "mongodb.auth-failed",
  category: "database",
  match: [
    /(?:MongoServerError|MongoError|MongoAuthenticationError|OperationFailure|AuthenticationException)[^\n]{0,80}?Authentication failed/,
    /'codeName': 'AuthenticationFailed'/,
    /failed to connect to server \[[^\]\n]{1,200}\] on first connect \[MongoError: Authentication failed\.?\]/,
  ],
  title: t("MongoDB 认证失败（AuthenticationFailed，代码 18）", "MongoDB authentication failed (AuthenticationFailed, code 18)"),
  summary: t(
    "服务器拒绝了用户名/密码。MongoDB 的用户属于某个“认证数据库”：用 MONGO_INITDB_ROOT_USERNAME 或在 admin 库里创建的用户，必须用 authSource=admin 认证。连接串里写了 /mydb 而没写 authSource 时，驱动会去 mydb 里找这个用户，于是失败——即使密码完全正确。",
    "The server rejected the user name or password. MongoDB users live in an authentication database: users created through MONGO_INITDB_ROOT_USERNAME or in the admin database must authenticate with authSource=admin. When the URI names /mydb without authSource, the driver looks for the user in mydb and fails, even with the right password.",
  ),
  causes: [
    t("用户建在 admin 库，连接串却没有 ?authSource=admin（路径里的数据库被当成了认证库）", "the user lives in admin but the URI lacks ?authSource=admin (the database in the path becomes the auth database)"),
    t("密码含有 @ : / ? # % 等字符却没有做 URL 编码", "the password contains @ : / ? # % without URL encoding"),
    t("Docker 的 MONGO_INITDB_ROOT_* 只在数据目录为空的第一次启动时生效；之后改环境变量不会改密码", "Docker's MONGO_INITDB_ROOT_* only apply on the first start with an empty data directory; changing them later does not change the password"),
  ],
  solutions: [
    {
      title: t("在连接串里指定认证数据库", "Name the authentication database in the URI"),
      steps: [t("加上 authSource=admin（或用户实际所在的库），并对密码做 URL 编码。", "Add authSource=admin (or the database where the user really lives) and URL-encode the password.")],
      code: () => block("bash", ['mongosh "mongodb://USER:PASSWORD@localhost:27017/mydb?authSource=admin"', "python3 -c 'import urllib.parse,sys; print(urllib.parse.quote_plus(sys.argv[1]))' 'p@ss:word'"]),
    },
    {
      title: t("确认用户确实存在于哪个库", "Check which database the user is defined in"),
      steps: [t("用能登录的管理员账号查看用户列表；Docker 镜像里如果改过 MONGO_INITDB_ROOT_PASSWORD，要么用旧密码，要么清空数据卷重新初始化（会丢数据）。", "List users with an admin login that works; if MONGO_INITDB_ROOT_PASSWORD changed after the first start, use the old password or reinitialise with an empty volume (data is lost).")],
      code: () => block("bash", ['mongosh "mongodb://ADMIN:PASSWORD@localhost:27017/?authSource=admin" --eval \'db.getSiblingDB("admin").system.users.find({}, {user: 1, db: 1})\'']),
    },
  ],
  docs: ["https://www.mongodb.com/docs/manual/reference/connection-string-options/#mongodb-urioption-urioption.authSource", "https://github.com/docker-library/mongo/issues/403", "https://github.com/Automattic/mongoose/issues/4587"],
  samples: [
    { text: "pymongo.errors.OperationFailure: Authentication failed., full error: {'ok': 0.0, 'errmsg': 'Authentication failed.', 'code': 18, 'codeName': 'AuthenticationFailed'}", source: "https://github.com/cve-search/cve-search/pull/878" },
    { text: "failed to connect to server [my-mongo-server:27017] on first connect [MongoError: Authentication failed.]", source: "https://github.com/duyluonglc/lucid-mongo/issues/229" },
  ],
});
