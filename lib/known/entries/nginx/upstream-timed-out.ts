import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "nginx.upstream-timed-out",
  category: "network.timeout",
  match: [/upstream timed out \(110: (?:Connection|Operation) timed out\) while (?<phase>connecting to upstream|reading response header from upstream|reading upstream|sending request to upstream)/],
  title: (c) => t(`nginx 等待上游超时（${c.g.phase ?? "upstream"}）`, `nginx timed out waiting for the upstream (${c.g.phase ?? "upstream"})`),
  summary: (c) =>
    t(
      `nginx 作为反向代理等待后端时超时，客户端通常收到 504 Gateway Time-out。${c.g.phase?.startsWith("connecting") ? "超时发生在建立连接阶段（proxy_connect_timeout）：后端不可达或被防火墙丢包。" : "超时发生在读取响应阶段（proxy_read_timeout，默认 60 秒）：连接已建立，但后端在两次读取之间超过时限没有返回数据，通常是请求处理太慢。"}`,
      `nginx, acting as a reverse proxy, timed out waiting for the backend; clients usually get 504 Gateway Time-out. ${c.g.phase?.startsWith("connecting") ? "It happened while connecting (proxy_connect_timeout): the backend is unreachable or a firewall drops packets." : "It happened while reading the response (proxy_read_timeout, 60 seconds by default): the connection was made, but the backend sent nothing between two reads for longer than the limit, usually because the request is slow."}`,
    ),
  causes: [
    t("后端处理时间确实超过 60 秒（报表、导出、大查询、LLM 生成）", "the backend really takes longer than 60 seconds (reports, exports, heavy queries, LLM generation)"),
    t("后端卡住：线程/连接池耗尽、等待数据库锁", "the backend is stuck: exhausted thread or connection pools, waiting on database locks"),
    t("连接阶段超时：上游地址错误、不可达或防火墙丢包", "connect-phase timeouts: a wrong, unreachable or firewalled upstream address"),
  ],
  solutions: [
    {
      title: t("长请求：只对那个 location 调大 proxy_read_timeout", "Long requests: raise proxy_read_timeout for that location only"),
      steps: [t("在对应 location 中设置 proxy_read_timeout 300s;（FastCGI 用 fastcgi_read_timeout），保持 proxy_connect_timeout 较短；前面若还有负载均衡/Ingress，也要调它们的超时。", "Set proxy_read_timeout 300s; in that location (fastcgi_read_timeout for FastCGI) and keep proxy_connect_timeout short; raise the timeouts of any load balancer or Ingress in front as well.")],
    },
    {
      title: t("更好的做法：让慢任务异步化", "Better: make slow work asynchronous"),
      steps: [t("把耗时任务放进后台队列，接口立即返回任务 ID，客户端轮询或通过流式响应获取进度。", "Move slow work to a background queue, return a job ID at once, and let the client poll or stream progress.")],
    },
  ],
  docs: ["https://www.netdata.cloud/guides/nginx/nginx-upstream-timed-out/", "https://www.netdata.cloud/guides/nginx/nginx-504-gateway-timeout/"],
  samples: [{ text: '2022/08/05 13:00:24 [error] 3389#0: *1092213 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.6.18.19, server: localhost, request: "POST /rcenter/rpt/api/showReport HTTP/1.1", upstream: "http://10.6.6.65:8880/rcenter/rpt/api/showReport"', source: "https://blog.csdn.net/weixin_43757402/article/details/126170631" }],
});
