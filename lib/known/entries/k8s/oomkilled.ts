import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "k8s.oomkilled",
  category: "resource.memory",
  priority: 1,
  match: [/Reason:\s{1,20}OOMKilled/, /\bOOMKilled\b/],
  title: t("容器超出内存限制被杀（OOMKilled，退出码 137）", "The container exceeded its memory limit and was killed (OOMKilled, exit 137)"),
  summary: t(
    "容器使用的内存超过了它的 resources.limits.memory，Linux 内核的 OOM killer 杀掉了进程（退出码 137），kubelet 随后按重启策略重启它，反复发生就会进入 CrashLoopBackOff。",
    "The container used more memory than its resources.limits.memory, so the Linux kernel's OOM killer ended the process (exit code 137); kubelet restarts it per the restart policy, and repeated kills end in CrashLoopBackOff.",
  ),
  causes: [
    t("内存限制设得比应用的真实峰值低", "the memory limit is lower than the application's real peak"),
    t("应用内存泄漏，或一次性加载了太大的数据", "a memory leak, or loading too much data at once"),
    t("运行时堆没有按容器限制配置（例如 JVM -Xmx、Node --max-old-space-size 大于 limit）", "the runtime heap is not sized to the container limit (e.g. JVM -Xmx or Node --max-old-space-size above the limit)"),
  ],
  solutions: [
    {
      title: t("查看实际用量，调高内存限制", "Check real usage and raise the memory limit"),
      steps: [
        t("用 kubectl top 看内存用量（需要 metrics-server），把 limits.memory 设到峰值之上，requests 设为常态用量。", "Check usage with kubectl top (needs metrics-server); set limits.memory above the peak and requests to the normal usage."),
      ],
      code: () =>
        block("bash", [
          'DEPLOY="${DEPLOY:?set DEPLOY to the deployment name}"',
          'kubectl top pod --containers',
          'kubectl set resources "deployment/$DEPLOY" --limits=memory=1Gi --requests=memory=512Mi',
        ]),
    },
    {
      title: t("或者让应用少用内存", "Or make the application use less memory"),
      steps: [t("把运行时的堆上限设在容器限制以内，分批处理大数据，排查泄漏。", "Keep the runtime heap below the container limit, process large data in batches, and look for leaks.")],
    },
  ],
  docs: ["https://kubernetes.io/docs/tasks/configure-pod-container/assign-memory-resource/#exceed-a-containers-memory-limit", "https://kubernetes.io/docs/concepts/configuration/manage-compute-resources-container/"],
  samples: [
    { text: "    Last State:     Terminated\n      Reason:       OOMKilled\n      Exit Code:    137", source: "https://juejin.cn/post/7159912071394492424" },
  ],
});
