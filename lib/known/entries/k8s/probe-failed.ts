import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "k8s.probe-failed",
  category: "tool.container",
  match: [
    /(?<kind>Readiness|Liveness|Startup) probe failed: Get "?(?<url>https?:\/\/[\w.:-]{1,100}(?<path>\/[^\s":]{0,200})?)"?: (?:dial tcp [\d.:a-f[\]]{1,60}: connect: )?(?<why>connection refused|context deadline exceeded|dial tcp [^\n]{0,80}?i\/o timeout|EOF)/,
    /(?<kind>Readiness|Liveness|Startup) probe failed: HTTP probe failed with statuscode: (?<status>\d{3})/,
  ],
  title: (c) => t(`${c.g.kind} 探针失败${c.g.status ? `（HTTP ${c.g.status}）` : c.g.why ? `（${c.g.why}）` : ""}`, `${c.g.kind} probe failing${c.g.status ? ` (HTTP ${c.g.status})` : c.g.why ? ` (${c.g.why})` : ""}`),
  summary: (c) => {
    const kind = c.g.kind ?? "Readiness";
    const effect =
      kind === "Liveness"
        ? t("存活探针连续失败会让 kubelet 杀掉并重启容器，常常演变成 CrashLoopBackOff。", "Failed liveness probes make kubelet kill and restart the container, often ending in CrashLoopBackOff.")
        : kind === "Startup"
          ? t("启动探针没通过前，其他探针都不会执行；超过 failureThreshold × periodSeconds 仍失败就会重启容器。", "Until the startup probe passes no other probe runs; failing beyond failureThreshold × periodSeconds restarts the container.")
          : t("就绪探针失败时 Pod 不会被重启，但会从 Service 的端点中摘除，不接收流量。", "A failing readiness probe does not restart the pod but removes it from Service endpoints, so it gets no traffic.");
    const why =
      c.g.why === "connection refused"
        ? t(`kubelet 连 ${ic(c.g.url ?? "")} 被拒绝：此刻容器里没有进程在这个端口监听——应用还在启动、端口配错了，或者它只监听 127.0.0.1 而不是 0.0.0.0。`, `kubelet was refused at ${ic(c.g.url ?? "")}: nothing in the container listens on that port right now. The app is still starting, the port is wrong, or it listens on 127.0.0.1 instead of 0.0.0.0.`)
        : c.g.status
          ? t(`健康检查地址返回了 HTTP ${ic(c.g.status)}（探针只把 200–399 视为成功）：路径写错，或者应用认为自己还没准备好（依赖的数据库等不可用）。`, `The health endpoint answered HTTP ${ic(c.g.status)} (probes accept 200–399 only): the path is wrong, or the app reports itself not ready (a database or other dependency is down).`)
          : t(`请求 ${ic(c.g.url ?? "")} 在 timeoutSeconds（默认 1 秒）内没有返回：应用太忙、启动很慢，或者超时设得太短。`, `The request to ${ic(c.g.url ?? "")} did not answer within timeoutSeconds (1 second by default): the app is overloaded, slow to start, or the timeout is too short.`);
    return t(`${why.zh}${effect.zh}`, `${why.en} ${effect.en}`);
  },
  causes: [
    t("应用启动比 initialDelaySeconds 慢（JVM、需要迁移数据库的应用），探针在它就绪前就开始检查", "the app starts slower than initialDelaySeconds (JVM apps, apps running migrations), so probes fire before it is up"),
    t("探针的 port/path 和应用实际监听的不一致，或应用只监听 127.0.0.1", "the probe's port or path differs from what the app serves, or the app listens on 127.0.0.1 only"),
    t("timeoutSeconds 太短，或资源限制太紧导致应用响应慢", "timeoutSeconds is too short, or tight resource limits make the app slow to answer"),
  ],
  solutions: [
    {
      title: t("从容器内部验证健康检查地址", "Check the health endpoint from inside the container"),
      steps: [t("看应用日志确认它监听的地址和端口，再在 Pod 里请求探针用的同一个地址。", "Read the app's logs for the address and port it listens on, then request the probe's exact URL from inside the pod.")],
      code: (c) => {
        const path = c.g.path ?? "/healthz";
        return block("bash", ["kubectl describe pod POD_NAME | grep -A3 -E 'Liveness|Readiness|Startup'", "kubectl logs POD_NAME --tail=50", `kubectl exec POD_NAME -- wget -qO- http://127.0.0.1:PORT${path}`]);
      },
    },
    {
      title: t("给慢启动留时间，放宽超时", "Give slow starts time and loosen the timeouts"),
      steps: [t("用 startupProbe 覆盖启动阶段，再让 liveness/readiness 接手；适当增大 timeoutSeconds 和 failureThreshold。", "Cover start-up with a startupProbe, then let liveness/readiness take over; raise timeoutSeconds and failureThreshold sensibly.")],
      code: (c) => {
        const path = c.g.path ?? "/healthz";
        return block("yaml", [
          "startupProbe:",
          "  httpGet:",
          `    path: ${path}`,
          "    port: 8080",
          "  periodSeconds: 5",
          "  failureThreshold: 30",
          "livenessProbe:",
          "  httpGet:",
          `    path: ${path}`,
          "    port: 8080",
          "  timeoutSeconds: 5",
          "  failureThreshold: 3",
        ]);
      },
    },
  ],
  docs: ["https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/", "https://github.com/kubernetes/kubernetes/issues/24306", "https://github.com/grafana/pyroscope/issues/3005"],
  samples: [
    { text: "Warning  Unhealthy         6s (x2 over 16s)     kubelet, 10.185.99.69  Readiness probe failed: Get http://172.30.118.232:8080/login: dial tcp 172.30.118.232:8080: connect: connection refused", source: "https://github.com/helm/charts/issues/12898" },
    { text: 'Warning  Unhealthy  5m1s                   kubelet            Liveness probe failed: Get "https://10.244.46.210:8443/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', source: "https://github.com/vadimkim/cert-manager-webhook-hetzner/issues/91" },
  ],
});
