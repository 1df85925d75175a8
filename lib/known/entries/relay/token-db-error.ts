import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "relay.token-db-error",
  category: "upstream.unavailable",
  priority: 1,
  match: [/令牌验证失败/, /无效的令牌，数据库查询出错/, /Invalid token, database query error/],
  title: t("中转站查询令牌时数据库出错", "The relay's database failed while checking the token"),
  summary: t(
    "这不是令牌写错了：中转站去数据库（或 Redis 缓存）查令牌时出错，查询本身失败，于是拒绝了请求。one-api 报「令牌验证失败」，new-api 报「无效的令牌，数据库查询出错」。",
    "The token is not necessarily wrong: the relay's lookup in its database (or Redis cache) failed, so the request was refused. one-api reports a token verification failure, new-api says \"Invalid token, database query error\".",
  ),
  causes: [
    t("中转站的数据库或 Redis 暂时不可用、连接数耗尽或磁盘出问题", "the relay's database or Redis is briefly unavailable, out of connections, or its disk has a problem"),
  ],
  solutions: [
    {
      title: t("稍后重试；反复出现就联系中转站管理员", "Retry shortly; if it keeps happening, contact the relay's admin"),
      steps: [
        t("这是服务端的问题，客户端改不了。自建站点的管理员应查看 new-api / one-api 日志里的数据库错误（连接、磁盘、Redis）。", "This is server-side; the client cannot fix it. If you run the relay, look for database errors (connections, disk, Redis) in the new-api / one-api log."),
      ],
    },
    {
      title: t("自建站点：检查数据库和 Redis 连接", "Your own relay: check the database and Redis connections"),
      steps: [t("确认 SQL_DSN / REDIS_CONN_STRING 指向的服务在线、连接数和磁盘空间充足，必要时重启中转站。", "Check that the services behind SQL_DSN / REDIS_CONN_STRING are up with spare connections and disk, and restart the relay if needed.")],
    },
  ],
  docs: ["https://github.com/songquanpeng/one-api/blob/main/model/token.go", "https://github.com/songquanpeng/one-api/blob/main/README.md", "https://github.com/QuantumNous/new-api/blob/main/i18n/locales/zh-CN.yaml"],
  samples: [
    { text: '{"error":{"message":"无效的令牌，数据库查询出错，请联系管理员","type":"new_api_error"}}', source: "https://github.com/QuantumNous/new-api/blob/main/i18n/locales/zh-CN.yaml" },
    { text: '401 {"error":{"message":"令牌验证失败","type":"one_api_error"}}', source: "https://github.com/songquanpeng/one-api/blob/main/model/token.go" },
  ],
});
