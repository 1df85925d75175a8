import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "go.all-goroutines-asleep-deadlock",
  category: "unknown",
  match: [/fatal error: all goroutines are asleep - deadlock!(?:\s{1,5}goroutine \d{1,6} \[(?<state>[\w ()]{1,60})(?:, \d{1,6} minutes)?\])?/],
  title: (c) => t(`所有 goroutine 都在阻塞等待${c.g.state ? `（${c.g.state}）` : ""}：程序死锁`, `Every goroutine is blocked${c.g.state ? ` (${c.g.state})` : ""}: the program deadlocked`),
  summary: (c) =>
    t(
      `Go 运行时发现没有任何 goroutine 还能继续运行，它们都在等待永远不会发生的事件，于是终止程序。${c.g.state?.includes("send") ? "这里卡在发送：无缓冲 channel 的发送会一直阻塞到有接收方；没有人接收，或缓冲区满了，就永远等下去。" : c.g.state?.includes("receive") ? "这里卡在接收：没有任何 goroutine 会再向这个 channel 发送，也没有人关闭它。" : "最常见的是 channel 收发不配对、WaitGroup 计数对不上，或者锁没有释放。"}`,
      `The Go runtime found that no goroutine can make progress, all waiting for events that will never happen, and stopped the program. ${c.g.state?.includes("send") ? "It is stuck sending: a send on an unbuffered channel blocks until someone receives; with no receiver (or a full buffer) it waits forever." : c.g.state?.includes("receive") ? "It is stuck receiving: no goroutine will ever send on this channel again, and nobody closes it." : "Typical causes are unpaired channel sends/receives, a WaitGroup count that never reaches zero, or a lock never released."}`,
    ),
  causes: [
    t("在同一个 goroutine 里向无缓冲 channel 发送后再接收（发送永远等不到接收方）", "sending on an unbuffered channel and then receiving from it in the same goroutine (the send never finds a receiver)"),
    t("接收方用 for range 读 channel，但发送方结束后没有 close 它", "the receiver ranges over a channel that the sender never closes"),
    t("sync.WaitGroup 的 Add 和 Done 次数不一致（例如某个分支提前 return/continue 没有调用 Done）", "sync.WaitGroup Add and Done do not match (a branch returns or continues without calling Done)"),
    t("向 nil channel 发送或从它接收（永远阻塞）", "sending to or receiving from a nil channel (blocks forever)"),
  ],
  solutions: [
    {
      title: t("按堆栈里每个 goroutine 的阻塞状态找出不配对的操作", "Use each goroutine's blocked state in the dump to find the unpaired operation"),
      steps: [
        t("goroutine 1 [chan send] / [chan receive] / [semacquire] 后面的文件行号就是卡住的位置；确认每个发送都有接收方、每个 range 的 channel 都会被关闭、每个 Add 都有对应的 Done（用 defer wg.Done()）。", "The file:line after goroutine N [chan send] / [chan receive] / [semacquire] is where it is stuck; make sure every send has a receiver, every ranged channel gets closed, and every Add has its Done (use defer wg.Done())."),
        t("需要先发后收又不想另起 goroutine 时，用带缓冲的 channel（make(chan T, n)）。", "If you must send before receiving in one goroutine, use a buffered channel (make(chan T, n))."),
      ],
    },
  ],
  docs: ["https://www.mintlify.com/priyanshu-samal/Golearn/concurrency/channels", "https://github.com/hl723/go-learn/blob/master/go-tour/concurrency.md"],
  samples: [{ text: "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan send (nil chan)]:\nmain.main()\n\t/tmp/c.go:5 +0x49\nexit status 2", source: "https://gist.github.com/suzuken/83a534adfcf4cc5b1a3c" }],
});
