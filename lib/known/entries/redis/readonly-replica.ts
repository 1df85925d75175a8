import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "redis.readonly-replica",
  category: "database",
  match: ["You can't write against a read only replica", "You can't write against a read only slave"],
  title: t("写命令发到了只读的 Redis 副本（READONLY）", "A write was sent to a read-only Redis replica (READONLY)"),
  summary: t(
    "连接的节点当前是副本（replica），副本默认只读，只有主节点接受写入。常见于故障转移之后：原来的主节点降为副本，而应用仍连着固定地址。",
    "The node you are connected to is a replica, which is read-only by default; only the primary accepts writes. Common after a failover: the old primary came back as a replica while the application still connects to a fixed address.",
  ),
  causes: [
    t("应用配置的地址指向了副本", "the application's configured address points at a replica"),
    t("发生了故障转移（Sentinel/托管服务），客户端没有跟随新的主节点", "a failover happened (Sentinel or a managed service) and the client did not follow the new primary"),
  ],
  solutions: [
    {
      title: t("确认当前节点角色，连接到主节点", "Check the node's role and connect to the primary"),
      steps: [t("ROLE 返回 slave 说明是副本。使用 Sentinel 感知的客户端或托管服务的主节点端点，让客户端在故障转移后自动找到新主节点。不要把副本改成可写来绕过，这会让数据与主节点分叉。", "ROLE returning slave means a replica. Use a Sentinel-aware client or the managed service's primary endpoint so the client finds the new primary after failover. Do not make the replica writable as a workaround; its data would diverge from the primary.")],
      code: () => block("bash", ["redis-cli ROLE", "redis-cli INFO replication | head -5"]),
    },
    {
      title: t("云托管 Redis：使用主节点端点", "Managed Redis: use the primary endpoint"),
      steps: [t("ElastiCache 等托管服务提供主节点端点和只读端点；写操作必须用主节点（primary）端点，它在故障转移后会自动指向新的主节点。", "Managed services such as ElastiCache expose a primary endpoint and reader endpoints; writes must use the primary endpoint, which follows failovers automatically.")],
    },
  ],
  docs: ["https://redis.io/docs/latest/develop/reference/errors/common/readonly/"],
  samples: [{ text: "UNKNOWN: redis command error: SADD failed: READONLY You can't write against a read only replica.", source: "https://www.github.com/hibiken/asynq/issues/854" }],
});
