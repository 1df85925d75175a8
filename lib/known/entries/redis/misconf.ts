import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "redis.misconf",
  category: "database",
  match: ["MISCONF Redis is configured to save RDB snapshots"],
  title: t("Redis 后台保存 RDB 快照失败，已拒绝写入（MISCONF）", "Redis cannot save its RDB snapshot and refuses writes (MISCONF)"),
  summary: t(
    "Redis 配置了 RDB 持久化，最近一次后台保存（BGSAVE）失败了；由于 stop-writes-on-bgsave-error 默认为 yes，它拒绝一切修改数据的命令，直到保存重新成功。真正的原因在 Redis 自己的日志里。",
    "Redis is configured for RDB persistence and its last background save (BGSAVE) failed; since stop-writes-on-bgsave-error is yes by default, it refuses every write until a save succeeds again. The real cause is in Redis's own log.",
  ),
  causes: [
    t("磁盘满了，或数据目录（dir）不存在/Redis 进程没有写权限", "the disk is full, or the data directory (dir) is missing or not writable by the redis process"),
    t("fork 子进程失败：内存不足且 vm.overcommit_memory=0（日志里有 Can't save in background: fork: Cannot allocate memory）", "fork failed: memory is short and vm.overcommit_memory=0 (the log says Can't save in background: fork: Cannot allocate memory)"),
    t("数据目录被改到了不可写的位置（包括被入侵后用 CONFIG SET dir 篡改）", "the data directory was changed to an unwritable place (including tampering via CONFIG SET dir after a break-in)"),
  ],
  solutions: [
    {
      title: t("读 Redis 日志，修好保存失败的原因", "Read the Redis log and fix why the save fails"),
      steps: [t("看 rdb_last_bgsave_status 和日志里的报错；确认 dir 存在、可写、磁盘有空间；fork 失败则按 Redis 的提示设置 vm.overcommit_memory=1。修好后执行一次 BGSAVE，成功后写入自动恢复。", "Check rdb_last_bgsave_status and the error in the log; make sure dir exists, is writable and has space; for fork failures set vm.overcommit_memory=1 as Redis advises. Run BGSAVE once fixed; writes resume when it succeeds.")],
      code: () => block("bash", ["redis-cli INFO persistence | grep -E 'rdb_last_bgsave_status|rdb_last_bgsave_time_sec'", "redis-cli CONFIG GET dir", "df -h", "sudo sysctl vm.overcommit_memory=1", "redis-cli BGSAVE"]),
    },
    {
      title: t("临时放开写入（会掩盖问题）", "Stopgap: allow writes again (hides the problem)"),
      steps: [t("CONFIG SET stop-writes-on-bgsave-error no 能立刻恢复写入，但快照仍然失败，重启后会丢数据；只作为修好磁盘/权限之前的过渡。", "CONFIG SET stop-writes-on-bgsave-error no restores writes at once, but snapshots still fail and a restart loses data; use it only until the disk or permission problem is fixed.")],
    },
  ],
  docs: ["https://redis.io/kb/doc/296s7bo3im/", "https://github.com/StackExchange/StackExchange.Redis/issues/318"],
  samples: [{ text: "redis.exceptions.ResponseError: MISCONF Redis is configured to save RDB snapshots, but it is currently not able to persist on disk. Commands that may modify the data set are disabled, because this instance is configured to report errors during writes if RDB snapshotting fails (stop-writes-on-bgsave-error option). Please check the Redis logs for details about the RDB error.", source: "https://github.com/klren0312/daliy_knowledge/issues/581" }],
});
