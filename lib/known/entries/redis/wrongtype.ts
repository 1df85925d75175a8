import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "redis.wrongtype",
  category: "database",
  match: ["WRONGTYPE Operation against a key holding the wrong kind of value"],
  title: t("对这个键用了不匹配其类型的 Redis 命令（WRONGTYPE）", "A Redis command was used on a key of another type (WRONGTYPE)"),
  summary: t(
    "Redis 的每个键只有一种类型（string、list、hash、set、zset、stream…），命令必须与类型匹配；这个键已经存着另一种类型的值，例如对字符串执行 LPUSH、对列表执行 GET。",
    "Each Redis key has one type (string, list, hash, set, zset, stream…) and commands must match it; this key already holds another type, e.g. LPUSH on a string or GET on a list.",
  ),
  causes: [
    t("两处代码用同一个键名存了不同类型的数据（键名冲突）", "two parts of the code use the same key name for different types (a key-name clash)"),
    t("数据结构改了（如从 string 改成 hash），旧键还在", "the data structure changed (e.g. string to hash) and old keys remain"),
  ],
  solutions: [
    {
      title: t("用 TYPE 查看键的真实类型", "Check the key's real type with TYPE"),
      steps: [t("redis-cli TYPE <键名> 返回 string/list/hash/set/zset；换用该类型的命令，或给不同用途的数据用不同的键名前缀；确认旧数据可丢弃后再 DEL 旧键。", "redis-cli TYPE <key> returns string/list/hash/set/zset; use that type's commands, or give each purpose its own key prefix; DEL the old key only once you know its data can go.")],
    },
    {
      title: t("给键名加上类型/用途前缀", "Prefix key names with their type or purpose"),
      steps: [t("例如 cache:user:42（string）、queue:emails（list）、session:abc（hash），避免不同模块意外共用一个键名。", "For example cache:user:42 (string), queue:emails (list), session:abc (hash), so different modules never share a key name by accident.")],
    },
  ],
  docs: ["https://redis.io/docs/latest/develop/reference/errors/all/redis/", "https://redis.io/docs/latest/develop/reference/errors/"],
  samples: [{ text: "127.0.0.1:6379>ZADD runoobkey 1 redis\n(error) WRONGTYPE Operation against a key holding the wrong kind of value", source: "https://redis.io/docs/latest/develop/reference/errors/all/redis/" }],
});
