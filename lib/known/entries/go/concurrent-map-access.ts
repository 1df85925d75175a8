import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "go.concurrent-map-access",
  category: "unknown",
  match: [/fatal error: concurrent map (?<kind>writes|read and map write|iteration and map write|clone and map write)/],
  title: t("多个 goroutine 同时读写同一个 map", "Several goroutines accessed the same map at once"),
  summary: t(
    "Go 的 map 不是并发安全的：同时读写时行为未定义。运行时检测到这种情况会直接 fatal（不是 panic，recover 不了）。需要用 sync.RWMutex / sync.Mutex 保护 map，或改用 sync.Map、channel。",
    "Go maps are not safe for concurrent use: what happens on simultaneous reads and writes is not defined. When the runtime detects it, it throws a fatal error (not a panic; recover cannot catch it). Guard the map with sync.RWMutex / sync.Mutex, or use sync.Map or a channel.",
  ),
  causes: [
    t("HTTP handler、worker 等多个 goroutine 共享一个全局或结构体里的 map，没有加锁", "HTTP handlers, workers or other goroutines share a global or struct map without a lock"),
    t("只给写加了锁，读没有加锁（读写同时发生也会触发）", "only writes are locked and reads are not (a read during a write also triggers it)"),
  ],
  solutions: [
    {
      title: t("用 sync.RWMutex 保护 map 的每一次读写", "Guard every read and write of the map with sync.RWMutex"),
      steps: [
        t("把 map 和锁放在同一个结构体里，写用 Lock/Unlock，读用 RLock/RUnlock；迭代也算读。", "Keep the map and the lock in one struct; Lock/Unlock for writes, RLock/RUnlock for reads, iteration included."),
        t("用 go test -race 或 go run -race 运行，竞争检测器会指出所有没有保护的访问。", "Run with go test -race or go run -race; the race detector points at every unguarded access."),
      ],
    },
    {
      title: t("或者改用 sync.Map / 通过 channel 让单个 goroutine 持有 map", "Or use sync.Map, or let one goroutine own the map behind a channel"),
      steps: [t("键集合稳定、读多写少时 sync.Map 合适；否则普通 map 加锁更简单。", "sync.Map suits stable key sets with mostly reads; otherwise a plain map with a lock is simpler.")],
    },
  ],
  docs: ["https://blog.golang.org/go-maps-in-action", "https://cloudwego.io/docs/kitex/best-practice/self_check/panic_self_check"],
  samples: [{ text: "fatal error: concurrent map writes\n\ngoroutine 7 [running]:\nmain.manipulate(0xc000012090, 0xc000074180)\n\t/tmp/main.go:15 +0x7d", source: "https://gist.github.com/tiwo/d08ac4bf1e1a67f2cfb31dd1372325c0" }],
});
