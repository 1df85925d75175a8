import { block, defineKnownError, ic, t, type KnownContext } from "../../define";

/** kubelet prints the pod as <name>_<namespace>, in two message formats. */
const podOf = (c: KnownContext): { name: string; ns: string } | null => {
  const name = c.g.pod ?? c.g.pod2;
  const ns = c.g.ns ?? c.g.ns2;
  return name && ns ? { name, ns } : null;
};

export default defineKnownError({
  id: "k8s.crashloopbackoff",
  category: "tool.container",
  match: [
    /Back-off (?:\d{1,4}[smh]\s)?restarting failed container(?:=(?<container>[a-z0-9-]{1,63}) pod=(?<pod>[a-z0-9.-]{1,253})_(?<ns>[a-z0-9-]{1,63})\(| (?<container2>[a-z0-9-]{1,63}) in pod (?<pod2>[a-z0-9.-]{1,253})_(?<ns2>[a-z0-9-]{1,63})\()?/,
    /\bCrashLoopBackOff\b/,
  ],
  title: (c) => (podOf(c) ? t(`Pod ${ic(podOf(c)!.name)} 的容器反复崩溃（CrashLoopBackOff）`, `A container in pod ${ic(podOf(c)!.name)} keeps crashing (CrashLoopBackOff)`) : t("容器反复崩溃，kubelet 正在退避重启（CrashLoopBackOff）", "The container keeps crashing and kubelet is backing off (CrashLoopBackOff)")),
  summary: t(
    "CrashLoopBackOff 不是原因而是状态：容器启动后退出，kubelet 按重启策略重启它，并在每次崩溃后把等待时间指数级拉长（最长 5 分钟）。真正的原因在上一次运行的日志和退出码里。",
    "CrashLoopBackOff is a state, not a cause: the container exits after starting, kubelet restarts it per the restart policy and lengthens the wait after each crash (up to five minutes). The real reason is in the previous run's logs and exit code.",
  ),
  causes: [
    t("应用启动即报错退出：配置错误、缺少环境变量、连不上数据库等依赖", "the application fails at start-up: bad configuration, a missing environment variable, an unreachable dependency such as a database"),
    t("容器的主进程本来就会马上结束（例如镜像默认命令执行完就退出，Exit Code 0 / Completed），而 Deployment 期望它常驻", "the main process simply ends (the image's command finishes, Exit Code 0 / Completed) while a Deployment expects it to keep running"),
    t("超出内存限制被杀（Last State 显示 OOMKilled，退出码 137）", "it is killed for exceeding its memory limit (Last State shows OOMKilled, exit code 137)"),
    t("存活探针（livenessProbe）配置过严，健康的容器也被判死重启", "a too-strict livenessProbe kills containers that are actually healthy"),
  ],
  solutions: [
    {
      title: t("看上一次崩溃的日志和退出原因", "Read the crashed run's logs and termination reason"),
      steps: [
        t("kubectl logs --previous 显示崩溃前那次运行的输出；describe 里的 Last State 给出 Reason 和 Exit Code。", "kubectl logs --previous shows the output of the run that crashed; Last State in describe gives the Reason and Exit Code."),
        t("Exit Code 0 + Completed：进程正常结束了，需要让主命令常驻（或改用 Job）。Exit Code 137 + OOMKilled：调大内存限制。其他非零码：按日志修应用或配置。", "Exit Code 0 + Completed: the process ended normally; make the main command long-running (or use a Job). Exit Code 137 + OOMKilled: raise the memory limit. Any other code: fix the app or config per the logs."),
      ],
      code: (c) => {
        const pod = podOf(c);
        // Pod and namespace names are DNS labels (the pattern only captures [a-z0-9.-]), so they are safe unquoted.
        return pod
          ? block("bash", [`kubectl logs ${pod.name} -n ${pod.ns} --previous`, `kubectl describe pod ${pod.name} -n ${pod.ns}`])
          : block("bash", ['POD="${POD:?set POD to the pod name}"', 'kubectl logs "$POD" --previous --all-containers', 'kubectl describe pod "$POD"']);
      },
    },
    {
      title: t("检查探针和资源限制", "Check probes and resource limits"),
      steps: [t("如果日志正常但容器仍被重启，看 describe 中 Liveness probe failed 事件并放宽 initialDelaySeconds/timeoutSeconds；Last State 为 OOMKilled 时调高内存限制。", "If the logs look fine but the container is still restarted, look for Liveness probe failed events in describe and relax initialDelaySeconds/timeoutSeconds; if Last State is OOMKilled, raise the memory limit.")],
    },
  ],
  docs: ["https://kubectl.docs.kubernetes.io/references/kubectl/logs/", "https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/pod-stuck-crashloopbackoff-mode", "https://github.com/kubernetes/website/pull/45928"],
  samples: [
    { text: 'Warning FailedSync  Error syncing pod, skipping: failed to "StartContainer" for "web" with CrashLoopBackOff: "Back-off 40s restarting failed container=web pod=web-7d9f8_shop(3f1c2a10-0b1e-11e6-9a2b-42010af00002)"', source: "https://github.com/kubernetes/kubernetes/pull/12648" },
    { text: "NAME        READY   STATUS             RESTARTS   AGE\nnginx-pod   0/1     CrashLoopBackOff   61 (4m30s ago)   14h", source: "https://github.com/nirmata/get-troubleshooting-data" },
  ],
});
