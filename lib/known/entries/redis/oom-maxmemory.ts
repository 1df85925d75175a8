import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "redis.oom-maxmemory",
  category: "database",
  match: ["OOM command not allowed when used memory > 'maxmemory'", "command not allowed when used memory > 'maxmemory'"],
  title: t("Redis 达到 maxmemory 上限，拒绝写入", "Redis reached maxmemory and refuses writes"),
  summary: t(
    "Redis 已用内存达到 maxmemory，而淘汰策略无法腾出空间：默认策略 noeviction 从不删键，volatile-* 策略只能淘汰设了过期时间的键。于是写命令报 OOM，读和删除仍然可以执行。",
    "Redis memory reached maxmemory and the eviction policy cannot free space: the default noeviction never removes keys, and volatile-* policies can only evict keys that have a TTL. So writes fail with OOM while reads and deletes still work.",
  ),
  causes: [
    t("用作缓存但 maxmemory-policy 仍是 noeviction", "used as a cache while maxmemory-policy is still noeviction"),
    t("策略是 volatile-*，但键都没有设置过期时间", "a volatile-* policy but no keys carry a TTL"),
    t("数据量确实超出了实例容量（大键、未清理的队列）", "the data really outgrew the instance (big keys, queues never drained)"),
  ],
  solutions: [
    {
      title: t("对照用量、上限和策略", "Compare usage, limit and policy"),
      steps: [t("INFO memory 中比较 used_memory_human、maxmemory_human 和 maxmemory_policy。", "In INFO memory compare used_memory_human, maxmemory_human and maxmemory_policy.")],
      code: () => block("bash", ["redis-cli INFO memory | grep -E 'used_memory_human|maxmemory_human|maxmemory_policy'", "redis-cli --bigkeys"]),
    },
    {
      title: t("纯缓存：改用会淘汰的策略", "Pure cache: use an evicting policy"),
      steps: [t("CONFIG SET maxmemory-policy allkeys-lru，并写进 redis.conf（托管服务在参数组里改）。若实例还存放队列/会话等不能丢的数据，改为给缓存键设置 TTL 并使用 volatile-lru，或扩容。", "CONFIG SET maxmemory-policy allkeys-lru and put it in redis.conf (the parameter group on managed services). If the instance also holds queues or sessions that must not be lost, give cache keys a TTL with volatile-lru, or scale up.")],
    },
  ],
  docs: ["https://redis.io/docs/latest/develop/reference/errors/common/oom/", "https://aws.amazon.com/premiumsupport/knowledge-center/oom-command-not-allowed-redis/"],
  samples: [{ text: "> SET newkey \"value\"\n(error) OOM command not allowed when used memory > 'maxmemory'.", source: "https://redis.io/docs/latest/develop/reference/errors/common/oom/" }],
});
