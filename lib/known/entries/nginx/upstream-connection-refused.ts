import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "nginx.upstream-connection-refused",
  category: "network.connection",
  match: [/connect\(\) failed \(111: Connection refused\) while connecting to upstream(?:[^\n]{0,300}?upstream: "(?<upstream>[^"\n]{1,200})")?/],
  title: (c) => t(`nginx 连不上后端${c.g.upstream ? ` ${ic(c.g.upstream)}` : ""}（连接被拒，502）`, `nginx cannot reach the backend${c.g.upstream ? ` ${ic(c.g.upstream)}` : ""} (connection refused, 502)`),
  summary: t(
    "nginx 按 proxy_pass/upstream 配置去连接后端，但那个地址和端口上没有进程在监听（111 ECONNREFUSED），于是给客户端返回 502 Bad Gateway。问题在后端进程或地址，而不在 nginx 本身。",
    "nginx connected to the backend from its proxy_pass/upstream settings, but no process listens on that address and port (111 ECONNREFUSED), so the client gets 502 Bad Gateway. The problem is the backend process or address, not nginx itself.",
  ),
  causes: [
    t("后端应用没有运行、崩溃或还在启动中", "the backend application is not running, crashed, or is still starting"),
    t("后端只监听 127.0.0.1 或另一个端口，与 proxy_pass 写的不一致", "the backend listens on 127.0.0.1 or another port than proxy_pass says"),
    t("nginx 在容器里，proxy_pass 写的是 localhost/127.0.0.1（指容器自己）；应改为后端服务名或宿主机地址", "nginx runs in a container and proxy_pass says localhost/127.0.0.1 (the container itself); use the backend's service name or the host address"),
  ],
  solutions: [
    {
      title: t("在 nginx 所在的机器/容器里测试后端地址", "Test the backend address from where nginx runs"),
      steps: [t("用 curl 访问日志里 upstream: 后面的地址；连不上就启动后端或修正 proxy_pass 的主机和端口，然后 nginx -t 并 reload。", "curl the address after upstream: in the log; if it fails, start the backend or fix proxy_pass's host and port, then nginx -t and reload.")],
    },
    {
      title: t("让 nginx 等后端就绪", "Let nginx wait for the backend"),
      steps: [t("容器编排中给后端加健康检查，并让 nginx 依赖它的健康状态启动；后端重启期间的 502 可通过 upstream 中多个实例或 proxy_next_upstream 缓解。", "In container setups give the backend a health check and start nginx after it is healthy; 502s during backend restarts can be softened with several upstream instances or proxy_next_upstream.")],
    },
  ],
  docs: ["https://www.netdata.cloud/guides/nginx/nginx-504-gateway-timeout/"],
  samples: [{ text: '2024/03/01 10:00:00 [error] 29#29: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 172.18.0.1, server: _, request: "GET / HTTP/1.1", upstream: "http://127.0.0.1:3000/", host: "localhost"', source: "https://www.netdata.cloud/guides/nginx/nginx-504-gateway-timeout/" }],
});
