import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "mongodb.localhost-ipv6-refused",
  category: "database",
  priority: 1,
  match: [/Mongo(?:ose)?ServerSelectionError: connect ECONNREFUSED ::1:(?<port>\d{1,5})/, /MongoNetworkError: connect ECONNREFUSED ::1:(?<port>\d{1,5})/],
  title: t("Node 把 localhost 解析成了 IPv6 ::1，而 MongoDB 只监听 IPv4", "Node resolved localhost to IPv6 ::1 while MongoDB listens on IPv4 only"),
  summary: t(
    "Node.js 18 起解析 localhost 时优先返回 IPv6 地址 ::1；MongoDB 默认只监听 127.0.0.1（IPv4），于是 mongodb://localhost:27017 的连接被拒，而 Compass、mongosh 用 127.0.0.1 却能连上。",
    "Since Node.js 18, resolving localhost prefers the IPv6 address ::1; MongoDB listens on 127.0.0.1 (IPv4) by default, so mongodb://localhost:27017 is refused while Compass or mongosh on 127.0.0.1 connect fine.",
  ),
  causes: [t("连接串用了 localhost，Node ≥ 18 解析到 ::1", "the connection string uses localhost and Node ≥ 18 resolves it to ::1"), t("mongod 没有开启 IPv6 监听（net.ipv6 未启用）", "mongod does not listen on IPv6 (net.ipv6 not enabled)")],
  solutions: [
    {
      title: t("把连接串里的 localhost 改成 127.0.0.1", "Replace localhost with 127.0.0.1 in the connection string"),
      steps: [t("例如 mongodb://127.0.0.1:27017/mydb。这也是 Mongoose 文档的推荐写法。", "For example mongodb://127.0.0.1:27017/mydb, which is what the Mongoose documentation recommends.")],
    },
    {
      title: t("或者让 mongod 同时监听 IPv6", "Or make mongod listen on IPv6 too"),
      steps: [t("在 mongod.conf 的 net 段设置 ipv6: true（bindIp 包含 localhost），然后重启 MongoDB 服务。", "Set ipv6: true in the net section of mongod.conf (with bindIp including localhost), then restart the MongoDB service.")],
    },
  ],
  docs: ["https://github.com/Automattic/mongoose/pull/13524", "https://github.com/Automattic/mongoose/issues/13483"],
  samples: [{ text: "MongooseServerSelectionError: connect ECONNREFUSED ::1:27017\n    at NativeConnection.Connection.openUri (.../node_modules/mongoose/lib/connection.js:797:32)", source: "https://github.com/Automattic/mongoose/issues/11066" }],
});
