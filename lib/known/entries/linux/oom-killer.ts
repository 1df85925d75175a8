import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "linux.oom-killer",
  category: "resource.memory",
  priority: 1,
  match: [/Out of memory: Killed process (?<pid>\d{1,10}) \((?<proc>[^)\n]{1,64})\)/, /oom-kill:[^\n]{0,200}task=(?<proc>[^,\s]{1,64})/, /Memory cgroup out of memory: Killed process (?<pid>\d{1,10}) \((?<proc>[^)\n]{1,64})\)/],
  title: (c) => (c.g.proc ? t(`内核 OOM killer 杀掉了 ${ic(c.g.proc)}`, `The kernel OOM killer killed ${ic(c.g.proc)}`) : t("内核 OOM killer 杀掉了进程", "The kernel OOM killer killed a process")),
  summary: (c) =>
    t(
      `系统（或进程所在的 cgroup/容器）内存耗尽时，Linux 内核按 oom_score 选出占用最多的进程并发送 SIGKILL${c.g.proc ? `，这次是 ${ic(c.g.proc)}` : ""}。被杀的进程没有机会打印错误，shell 里只看到 Killed，退出码 137。`,
      `When the system (or the process's cgroup/container) runs out of memory, the Linux kernel picks the process with the highest oom_score and sends SIGKILL${c.g.proc ? `, this time ${ic(c.g.proc)}` : ""}. The victim cannot print an error; a shell just shows Killed, exit code 137.`,
    ),
  causes: [
    t("进程本身用内存过多（大数据一次性载入、内存泄漏、并行度过高）", "the process itself uses too much memory (loading big data at once, a leak, too much parallelism)"),
    t("容器/cgroup 设置了内存上限（Memory cgroup out of memory）", "a container or cgroup memory limit was hit (Memory cgroup out of memory)"),
    t("机器内存小且没有 swap，其他进程也占用了大量内存", "a small machine without swap where other processes also use a lot of memory"),
  ],
  solutions: [
    {
      title: t("在内核日志里确认被杀的进程和当时的内存状况", "Confirm the victim and the memory state in the kernel log"),
      steps: [t("dmesg/journalctl -k 里的 Out of memory 行给出进程名、pid 和它的内存占用（anon-rss）。", "The Out of memory line in dmesg / journalctl -k names the process, its pid and its memory (anon-rss).")],
      code: () => block("bash", ['sudo dmesg -T | grep -iE "out of memory|oom-kill" | tail -5', "free -h"]),
    },
    {
      title: t("降低内存占用或提高可用内存", "Use less memory or provide more"),
      steps: [t("分批处理数据、降低并发/worker 数；容器里调高内存限制；机器上增加内存或配置 swap。", "Process data in batches and lower concurrency or worker counts; raise the container's memory limit; add RAM or configure swap on the machine.")],
    },
  ],
  docs: ["https://man7.org/linux/man-pages/man5/proc_pid_oom_adj.5.html", "https://docs.redhat.com/it/documentation/red_hat_enterprise_linux/5/html/deployment_guide/s2-proc-pid"],
  samples: [{ text: "Jul 21 20:07:48 yoursystem kernel: Out of memory: Killed process 2826 (processname) total-vm:1056800kB, anon-rss:1052784kB, file-rss:4kB, shmem-rss:0kB", source: "https://www.mail-archive.com/linux-kernel%40vger.kernel.org/msg2073214.html" }],
});
