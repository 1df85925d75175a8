import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "redis.crossslot",
  category: "database",
  match: ["CROSSSLOT Keys in request don't hash to the same slot", "Keys in request don't hash to the same slot"],
  title: t("Redis Cluster：一个命令里的多个键不在同一个哈希槽（CROSSSLOT）", "Redis Cluster: the command's keys are in different hash slots (CROSSSLOT)"),
  summary: t(
    "Redis Cluster 把键分到 16384 个哈希槽，不同槽可能在不同节点；MGET/MSET、事务、多键 Lua 脚本等一次操作多个键的命令要求所有键落在同一个槽（仅在同一节点上还不够）。",
    "Redis Cluster splits keys into 16384 hash slots, possibly on different nodes; commands that touch several keys at once (MGET/MSET, transactions, multi-key Lua scripts) need all keys in the same slot (being on the same node is not enough).",
  ),
  causes: [
    t("从单机 Redis 迁到集群模式后，原来的多键命令不再可用", "multi-key commands that worked on a single Redis fail after moving to cluster mode"),
    t("相关的键没有使用相同的哈希标签（{…}）", "related keys do not share a hash tag ({…})"),
  ],
  solutions: [
    {
      title: t("用哈希标签把相关键放进同一个槽", "Put related keys in one slot with a hash tag"),
      steps: [t("键名中花括号里的部分决定槽位：user:{42}:profile 和 user:{42}:cart 必定同槽。不要让太多键共用一个标签，否则会集中在一个节点。", "Only the part in curly braces decides the slot: user:{42}:profile and user:{42}:cart always share one. Do not give too many keys the same tag, or they pile onto one node.")],
    },
    {
      title: t("或者拆开命令", "Or split the command"),
      steps: [t("按键（或按槽分组）分别发送命令；支持集群的客户端可以自动把 MGET 拆分路由。", "Send one command per key (or per slot group); cluster-aware clients can split and route MGET for you.")],
    },
  ],
  docs: ["https://redis.io/docs/latest/develop/reference/errors/common/crossslot/", "https://aws.amazon.com/premiumsupport/knowledge-center/elasticache-crossslot-keys-error-redis/"],
  samples: [{ text: "> MGET user:1 user:2\n(error) CROSSSLOT Keys in request don't hash to the same slot", source: "https://redis.io/docs/latest/develop/reference/errors/common/crossslot/" }],
});
