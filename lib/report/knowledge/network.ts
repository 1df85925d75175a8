/** Network errors: timeouts, refused/reset/DNS connections, TLS, CORS and busy ports. */
import { apiCallCode } from "../code/api";
import { curlDiagnose, proxyCode, targetUrl, timeoutCode } from "../code/http";
import { block, ecoOf, ic, q, say } from "../code/util";
import type { Facts, KnowledgeEntry, Lang } from "../types";
import { t } from "../types";

const isLlm = (f: Facts) =>
  Boolean(f.provider) || f.has(/\/chat\/completions|\/v\d[\w.]*\/(?:chat|responses|messages|embeddings)|generateContent|:11434|APITimeoutError|APIConnectionError|openai|anthropic/i);
const target = (f: Facts) => targetUrl(f).url;
const hostOf = (f: Facts): string => f.hostPort?.host ?? /^https?:\/\/(\[[^\]]+\]|[^/:]+)/.exec(target(f))?.[1] ?? "example.com";
const portOf = (f: Facts): number => f.hostPort?.port ?? (/^https?:\/\/[^/]+:(\d+)/.exec(target(f)) ? Number(/^https?:\/\/[^/]+:(\d+)/.exec(target(f))![1]) : target(f).startsWith("http://") ? 80 : 443);
/** The host for prose: the one in the paste, or a neutral word (never a made-up example host). */
const hostText = (f: Facts): { zh: string; en: string } => {
  const h = hostOf(f);
  return h === "example.com" ? { zh: "目标服务器", en: "the server" } : { zh: h, en: h };
};
const hostPortText = (f: Facts): { zh: string; en: string } => {
  const h = hostOf(f);
  return h === "example.com" ? { zh: "目标地址和端口", en: "the target host and port" } : { zh: `${h}:${portOf(f)}`, en: `${h}:${portOf(f)}` };
};
const isLocal = (f: Facts) => /^(?:localhost|127\.0\.0\.1|0\.0\.0\.0|::1|\[::1\])$/.test(hostOf(f));
const isOllama = (f: Facts) => f.provider === "ollama" || portOf(f) === 11434;

/* ---------- network.timeout ---------- */

const isConnectTimeout = (f: Facts) => f.has(/connect(?:ion)?[ _]?time(?:d ?)?out|ConnectTimeout|UND_ERR_CONNECT_TIMEOUT|\b10060\b|连接尝试失败|ETIMEDOUT|connect timed out|Connection to \S{1,100} timed out/i);
const isHeadersTimeout = (f: Facts) => f.has(/HeadersTimeout|UND_ERR_HEADERS_TIMEOUT|awaiting headers|BodyTimeout/i);

function llmTimeoutCode(f: Facts, lang: Lang) {
  const s = say(lang);
  const a = f.api;
  if (a.shape !== "chat" && a.shape !== "responses") return apiCallCode(a, ecoOf(f), lang, { timeout: 300 });
  const eco = ecoOf(f);
  const isStock = a.base.kind === "literal" && a.base.url === a.profile.baseUrl && !f.isRelay;
  if (eco === "node") {
    return block("javascript", [
      'import OpenAI from "openai";',
      "",
      "const client = new OpenAI({",
      `  apiKey: process.env.${a.keyEnv},`,
      isStock ? null : `  baseURL: ${a.base.kind === "literal" ? q(a.base.url) : `process.env.${a.base.env}`},`,
      `  timeout: 300_000, // ${s("长回答可能需要几分钟", "long answers can take minutes")}`,
      "  maxRetries: 3,",
      "});",
      "",
      s("// 流式返回：第一个 token 很快就到，不会因为等完整回答而超时", "// streaming: the first token arrives quickly, so nothing times out waiting for the whole answer"),
      "const stream = await client.chat.completions.create({",
      `  model: ${q(a.model)},`,
      '  messages: [{ role: "user", content: "ping" }],',
      "  stream: true,",
      "});",
      'for await (const chunk of stream) process.stdout.write(chunk.choices[0]?.delta?.content ?? "");',
    ]);
  }
  if (eco !== null && eco !== "python") return apiCallCode(a, eco, lang, { timeout: 300 });
  return block("python", [
    "import os",
    "",
    "import httpx",
    "from openai import OpenAI",
    "",
    "client = OpenAI(",
    `    api_key=os.environ[${q(a.keyEnv)}],`,
    isStock ? null : `    base_url=${a.base.kind === "literal" ? q(a.base.url) : `os.environ[${q(a.base.env)}]`},`,
    `    timeout=httpx.Timeout(300.0, connect=10.0),  ${s("# 连接 10 秒，整体最多 300 秒", "# 10 s to connect, 300 s overall")}`,
    "    max_retries=3,",
    ")",
    "",
    s("# 流式返回：第一个 token 很快就到，不会因为等完整回答而超时", "# streaming: the first token arrives quickly, so nothing times out waiting for the whole answer"),
    "stream = client.chat.completions.create(",
    `    model=${q(a.model)},`,
    '    messages=[{"role": "user", "content": "ping"}],',
    "    stream=True,",
    ")",
    "for chunk in stream:",
    '    print(chunk.choices[0].delta.content or "", end="", flush=True)',
  ]);
}

export const networkTimeout: KnowledgeEntry = {
  category: "network.timeout",
  example: 'Get "https://api.github.com/search/code?q=taobao.com": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
  subject: (f) => hostOf(f) !== "example.com" ? hostOf(f) : null,
  gist: (f) =>
    isConnectTimeout(f)
      ? t(`在规定时间内连不上${hostText(f).zh}：TCP 连接一直没建立起来。`, `Could not connect to ${hostText(f).en} in time: the TCP connection was never established.`)
      : t(`连接建立了，但在超时时间内没等到${hostText(f).zh}的响应。`, `The connection was made, but no response from ${hostText(f).en} arrived before the timeout.`),
  summary: (f) => {
    if (isConnectTimeout(f))
      return t(
        `这是“连接超时”：客户端发出了连接请求，但${hostPortText(f).zh}一直没有回应（不是被拒绝，是没有任何回音）。通常是网络路径不通——防火墙/安全组丢弃了包、需要代理才能访问、目标地址或端口写错，或者服务器已经宕机。`,
        `A connect timeout: the client asked to connect but ${hostPortText(f).en} never answered (not refused — silence). The network path is usually blocked: a firewall/security group drops packets, a proxy is required, the address or port is wrong, or the server is down.`,
      );
    if (isHeadersTimeout(f) && !isLlm(f))
      return t(
        `这是“读取超时”：连接已经建立，但${hostText(f).zh}在客户端的超时时间内没有返回响应头。可能是服务端慢（查询量大、被限流、排队）、网络/代理中途卡住，或者客户端的超时设得太短。先用 curl 测一下同一个请求要多久，再决定是调大超时、加重试还是走代理。`,
        `A read timeout: the connection was established, but ${hostText(f).en} sent no response headers within the client's timeout. The server may be slow (heavy queries, throttling, queueing), the network/proxy may stall, or the client timeout is too short. Time the same request with curl, then decide between a longer timeout, retries or a proxy.`,
      );
    if (isHeadersTimeout(f) || isLlm(f))
      return t(
        "这是“读取超时”：连接已经建立，但服务端在客户端的超时时间内没有返回（响应头/数据）。调用大模型时最常见：不开流式的长回答要等模型全部生成完才返回，轻松超过默认超时。开启流式或调大超时即可；如果连最小请求都超时，再查网络和服务端状态。",
        "A read timeout: the connection was established, but the server sent no response (headers/data) within the client's timeout. Most common with LLMs: a long non-streaming answer only returns after the whole generation, easily beyond default timeouts. Stream the response or raise the timeout; if even a minimal request times out, check the network and the server's status.",
      );
    return t(
      `请求在超时前没有完成：${hostText(f).zh}响应太慢，或者网络中途卡住。先判断是“连不上”（连接超时）还是“等不到”（读取超时），两者的解决办法不同。`,
      `The request did not finish before the timeout: ${hostText(f).en} answered too slowly or the network stalled. First tell "cannot connect" (connect timeout) from "no answer" (read timeout): the fixes differ.`,
    );
  },
  causes: [
    (f) => isConnectTimeout(f) && t("目标不可达：防火墙/云安全组没有放行该端口，或服务器宕机。", "The target is unreachable: a firewall/security group does not allow the port, or the server is down."),
    (f) => isConnectTimeout(f) && t("访问境外服务（api.openai.com、github.com 等）需要代理，而当前程序没有走代理。", "Reaching foreign services (api.openai.com, github.com …) needs a proxy the program does not use."),
    (f) => !isConnectTimeout(f) && isLlm(f) && t("大模型生成时间长：不开流式时，要等整段回答生成完才返回响应头。", "Long LLM generations: without streaming the response headers only come after the whole answer is generated."),
    (f) => !isConnectTimeout(f) && t("客户端超时设得太短（或使用默认值），低于服务端正常的处理时间。", "The client's timeout is too short (or a default) for the server's normal processing time."),
    t("服务端过载或慢查询，响应时间超出预期。", "The server is overloaded or running slow queries."),
    t("网络不稳定或代理/VPN 中途断开，请求卡住直到超时。", "An unstable network or a proxy/VPN dropping mid-request leaves it hanging until the timeout."),
  ],
  solutions: [
    {
      when: (f) => isLlm(f) && !isConnectTimeout(f),
      title: t("开启流式返回并调大超时", "Stream the response and raise the timeout"),
      steps: [
        t("`stream: true` 时第一个 token 几秒内就会到达，连接一直有数据，网关和客户端都不会因等待而超时。", "With `stream: true` the first token arrives within seconds and data keeps flowing, so neither the gateway nor the client times out waiting."),
        t("把 SDK 超时设为几分钟（连接超时仍保持 10 秒左右），并保留有限次数的自动重试。", "Set the SDK timeout to a few minutes (keep ~10 s for connecting) and keep a few automatic retries."),
        (f) => isHeadersTimeout(f) && t("Node 内置 fetch（undici）默认 300 秒等不到响应头就报 HeadersTimeoutError；开启流式是根本办法，也可以用 undici 的 Agent 调大 headersTimeout。", "Node's built-in fetch (undici) throws HeadersTimeoutError after 300 s without headers; streaming is the real fix, or raise headersTimeout with an undici Agent."),
      ],
      code: (f, lang) => llmTimeoutCode(f, lang),
    },
    {
      when: (f) => !isLlm(f) || isConnectTimeout(f),
      title: t("设置明确的连接/读取超时，并对临时失败重试", "Set explicit connect/read timeouts and retry transient failures"),
      steps: [
        t("连接超时设短（5–10 秒）：连不上就尽快失败；读取超时按接口正常耗时设长一些。", "Keep the connect timeout short (5–10 s) so unreachable hosts fail fast; set the read timeout from the endpoint's normal latency."),
        t("只对幂等请求或可安全重复的请求自动重试，并使用指数退避。", "Retry automatically only idempotent or safely repeatable requests, with exponential backoff."),
        (f) => f.has(/context deadline exceeded/) && t("Go：`context deadline exceeded (Client.Timeout …)` 来自 `http.Client.Timeout`，它覆盖整个请求；需要时为单次调用传入更长的 context。", "Go: `context deadline exceeded (Client.Timeout …)` comes from `http.Client.Timeout`, which covers the whole request; pass a longer context for slow calls."),
      ],
      code: (f, lang) => timeoutCode(f, ecoOf(f), lang),
    },
    {
      title: t("确认网络路径：DNS、端口、代理", "Check the network path: DNS, port, proxy"),
      steps: [
        (f) => t(`在运行程序的同一台机器上依次检查：域名解析、${hostPortText(f).zh}是否连得通、curl 是否能在超时内拿到响应。`, `On the machine that runs the program, check in turn: name resolution, whether ${hostPortText(f).en} is reachable, and whether curl gets a response in time.`),
        t("需要代理时，在启动程序的终端设置 `HTTPS_PROXY`（大多数 HTTP 库会读取它），并用 `NO_PROXY` 排除内网地址。", "If a proxy is needed, set `HTTPS_PROXY` in the shell that starts the program (most HTTP libraries read it) and exclude internal hosts with `NO_PROXY`."),
        t("云服务器上检查安全组/防火墙的出站和入站规则。", "On cloud servers, check security group/firewall rules in both directions."),
      ],
      code: (f, lang) => curlDiagnose(target(f), lang, targetUrl(f).isKnown ? null : say(lang)("换成你实际请求的地址", "replace with the address you actually call")),
    },
  ],
  prevention: [
    t("每个外部调用都设置超时（没有超时的请求会让线程/连接永久挂起）。", "Give every external call a timeout; a request without one can hang a thread or connection forever."),
    t("对大模型调用默认开启流式，并在界面上显示生成进度。", "Stream LLM calls by default and show progress in the UI."),
    t("记录每次请求的耗时分布（p50/p95），据此设置超时而不是拍脑袋。", "Record latency percentiles (p50/p95) and set timeouts from them, not by guess."),
  ],
  tools: [
    t("curl -v --connect-timeout / --max-time：分别测试连接和整体耗时", "curl -v --connect-timeout / --max-time: test connect and total time separately"),
    t("nc -vz / Test-NetConnection：测试端口连通性", "nc -vz / Test-NetConnection: test port reachability"),
    t("mtr / traceroute：查看网络路径在哪一跳卡住", "mtr / traceroute: see at which hop the path stalls"),
  ],
};

/* ---------- network.connection ---------- */

const isRefused = (f: Facts) => f.has(/ECONNREFUSED|Connection refused|actively refused|积极拒绝|\b10061\b|ConnectionRefusedError|connect: connection refused|Cannot connect to host/i);
const isReset = (f: Facts) => f.has(/ECONNRESET|Connection reset|RemoteDisconnected|forcibly closed|强迫关闭|socket hang up|Connection aborted|EPIPE|closed connection without response|Server disconnected/i);
const isOriginDns = (f: Facts) => f.has(/error code: 1016\b|Origin DNS error/i);
const isDns = (f: Facts) => isOriginDns(f) || f.has(/ENOTFOUND|EAI_AGAIN|getaddrinfo|Name or service not known|nodename nor servname|Could not resolve host|Temporary failure in name resolution|no such host|NameResolutionError|Failed to resolve/i);
const isProxy = (f: Facts) => f.has(/ProxyError|proxy|407 Proxy|tunnel connection failed|代理/i);

export const networkConnection: KnowledgeEntry = {
  category: "network.connection",
  example: "ConnectionRefusedError: [Errno 111] Connection refused",
  subject: (f) => (f.hostPort ? `${f.hostPort.host}${f.hostPort.port ? `:${f.hostPort.port}` : ""}` : f.host && !/[*…]/.test(f.host) ? f.host : null),
  gist: (f) =>
    isRefused(f)
      ? t(`连接被拒绝：${hostPortText(f).zh}上没有程序在监听，或被防火墙明确拒绝。`, `Connection refused: nothing listens on ${hostPortText(f).en}, or a firewall actively rejects it.`)
      : isDns(f)
        ? t(`域名${hostText(f).zh}解析失败：找不到这个主机名对应的 IP。`, `The name ${hostText(f).en} did not resolve: no IP was found for it.`)
        : isReset(f)
          ? t("连接建立后被对方或中间设备（代理、防火墙、负载均衡）突然断开。", "The connection was dropped abruptly by the peer or something in between (proxy, firewall, load balancer).")
          : t(`无法与${hostText(f).zh}建立或保持网络连接。`, `Could not establish or keep a network connection to ${hostText(f).en}.`),
  summary: (f) => {
    if (isOllama(f) && isRefused(f))
      return t(
        "连不上 Ollama（默认 11434 端口）：Ollama 服务没启动，或者你的程序跑在 Docker 里——容器内的 localhost 指的是容器自己，不是宿主机。",
        "Cannot reach Ollama (port 11434 by default): the Ollama server is not running, or your program runs in Docker, where localhost means the container itself, not the host.",
      );
    if (isRefused(f))
      return t(
        `“连接被拒绝”说明网络是通的，但${hostPortText(f).zh}上没有程序在监听（或者只监听了 127.0.0.1）。最常见的原因：服务没启动/已崩溃、端口写错、在 Docker 里用了 localhost。`,
        `"Connection refused" means the network is fine but nothing listens on ${hostPortText(f).en} (or it only listens on 127.0.0.1). Typically the service is not running or crashed, the port is wrong, or localhost was used inside Docker.`,
      );
    if (isOriginDns(f))
      return t("Cloudflare 的 530 / error code 1016 是 “Origin DNS error”：请求经过的代理或边缘函数（这里是 Cloudflare 后面的转发服务）解析不到源站的域名——目标地址写错了、对应的资源（如 Azure OpenAI 资源名）已删除或改名，或源站域名的 DNS 记录失效。问题不在你本机的网络，而在转发服务配置的那个目标地址。", "Cloudflare's 530 / error code 1016 is an \"Origin DNS error\": the proxy or edge function the request passes through cannot resolve the origin's host name — the target address is wrong, the resource behind it (e.g. the Azure OpenAI resource name) was deleted or renamed, or its DNS record is gone. Your own network is fine; the address configured in the forwarding service is not.");
    if (isDns(f))
      return t(`DNS 解析失败：${hostText(f).zh}这个主机名找不到对应的 IP。检查拼写、网络是否在线、DNS 服务器是否可用；在 Docker/公司网络里还要确认容器或内网 DNS 能解析它。`, `DNS failed: no IP was found for ${hostText(f).en}. Check the spelling, that you are online and that the DNS server works; inside Docker or corporate networks make sure their DNS can resolve it.`);
    if (isReset(f))
      return t("连接被中途重置/关闭：TCP 连接建立了，但对端或中间的代理、防火墙、负载均衡把它断开了。常见于代理/VPN 不稳定、服务端主动关闭空闲的 keep-alive 连接、TLS 被中间设备干扰，或服务端进程崩溃。偶发时重试即可，频繁出现要查代理和网络。", "The connection was reset/closed mid-way: TCP was established, but the peer or a proxy, firewall or load balancer in between cut it. Typical with unstable proxies/VPNs, servers closing idle keep-alive connections, TLS interference, or a crashing server. Retry when it is occasional; investigate proxy and network when frequent.");
    if (isLlm(f)) return t(`SDK 报告连接错误（APIConnectionError / Connection error.）：请求没能到达${hostText(f).zh}。这不是 Key 或参数问题，而是网络层：需要代理、代理配置错误、base_url 写错，或者对端不可达。`, `The SDK reports a connection error (APIConnectionError / Connection error.): the request never reached ${hostText(f).en}. Not a key or parameter problem but the network layer: a proxy is needed or misconfigured, base_url is wrong, or the host is unreachable.`);
    return t(`无法与${hostText(f).zh}建立连接。先确定是“被拒绝”（端口没服务）、“解析失败”（DNS）、“被重置”（中途断开）还是“超时”（包被丢弃），再对症处理。`, `Could not connect to ${hostText(f).en}. First tell refused (no service on the port), DNS failure, reset (dropped mid-way) and timeout (packets dropped) apart, then fix accordingly.`);
  },
  causes: [
    (f) => isRefused(f) && t("目标服务没有启动、已经崩溃，或监听的端口和你连的不一样。", "The target service is not running, crashed, or listens on a different port."),
    (f) => isRefused(f) && t("服务只监听 127.0.0.1，从另一台机器或容器访问会被拒绝（需要监听 0.0.0.0）。", "The service listens on 127.0.0.1 only, so other machines or containers are refused (it must listen on 0.0.0.0)."),
    (f) => (isRefused(f) || isOllama(f)) && isLocal(f) && t("程序在 Docker 容器里运行：容器内的 localhost/127.0.0.1 是容器自己，访问宿主机要用 `host.docker.internal`（Linux 需加 `--add-host=host.docker.internal:host-gateway`），访问其他容器要用 compose 的服务名。", "The program runs in a Docker container: its localhost/127.0.0.1 is the container itself; reach the host with `host.docker.internal` (on Linux add `--add-host=host.docker.internal:host-gateway`) and other containers by their compose service name."),
    (f) => isOriginDns(f) && t("转发服务（反向代理、Vercel/Cloudflare 边缘函数、中转站）里配置的目标地址解析不到：资源名拼错，或 Azure 资源已删除/改名。", "The target configured in the forwarding service (reverse proxy, Vercel/Cloudflare edge function, gateway) does not resolve: a misspelled resource name, or the Azure resource was deleted/renamed."),
    (f) => isDns(f) && !isOriginDns(f) && t("主机名拼写错误、缺少域名后缀，或内网域名在当前网络下无法解析。", "A misspelled host name, a missing domain suffix, or an internal name that this network cannot resolve."),
    (f) => isDns(f) && t("当前离线、DNS 服务器不可用，或 Docker 容器的 DNS 配置有问题。", "Offline, an unavailable DNS server, or broken DNS inside the Docker container."),
    (f) => (isReset(f) || isProxy(f)) && t("代理/VPN 不稳定或配置错误（代理地址、端口、协议写错；HTTPS_PROXY 写成了 https://）。", "An unstable or misconfigured proxy/VPN (wrong address, port or scheme; HTTPS_PROXY written as https://)."),
    (f) => isReset(f) && t("服务端或负载均衡关闭了空闲的 keep-alive 连接，客户端复用时被重置。", "The server or load balancer closed an idle keep-alive connection that the client then reused."),
    (f) => isLlm(f) && !isRefused(f) && t("访问境外 API 需要代理，而程序没有走代理；或 base_url 指向了一个不可达的地址。", "A foreign API needs a proxy the program does not use, or base_url points to an unreachable address."),
  ],
  solutions: [
    {
      when: (f) => isOllama(f),
      title: t("启动 Ollama，并让程序能访问到它", "Start Ollama and make it reachable from your program"),
      steps: [
        t("在宿主机运行 `ollama serve`（或启动 Ollama 桌面应用），然后 `curl http://localhost:11434/api/tags` 确认它在响应。", "Run `ollama serve` on the host (or open the Ollama app), then confirm with `curl http://localhost:11434/api/tags`."),
        t("程序在 Docker 里时，把地址改成 `http://host.docker.internal:11434`，并让 Ollama 监听所有网卡：`OLLAMA_HOST=0.0.0.0 ollama serve`。", "If the program runs in Docker, use `http://host.docker.internal:11434` and make Ollama listen on all interfaces: `OLLAMA_HOST=0.0.0.0 ollama serve`."),
        t("Open WebUI 等容器化前端：在设置里把 Ollama 地址改成上面的地址，或用 `--network=host` 运行容器（仅 Linux）。", "Containerised front ends such as Open WebUI: set the Ollama URL to the address above, or run the container with `--network=host` (Linux only)."),
      ],
      code: (_f, lang) =>
        block("bash", [
          say(lang)("# 宿主机：让 Ollama 监听所有网卡（默认只监听 127.0.0.1）", "# on the host: make Ollama listen on all interfaces (it defaults to 127.0.0.1)"),
          "OLLAMA_HOST=0.0.0.0 ollama serve",
          "",
          say(lang)("# 容器里：用 host.docker.internal 访问宿主机", "# inside the container: reach the host via host.docker.internal"),
          "docker run --add-host=host.docker.internal:host-gateway \\",
          "  -e OLLAMA_BASE_URL=http://host.docker.internal:11434 \\",
          "  your-image",
          "",
          "curl http://localhost:11434/api/tags",
        ]),
    },
    {
      title: t("逐层确认：DNS → 端口 → HTTP → 代理", "Check layer by layer: DNS → port → HTTP → proxy"),
      steps: [
        (f) => t(`在运行程序的同一台机器/同一个容器里执行下面的命令，目标是${hostPortText(f).zh}。`, `Run the commands below on the same machine/in the same container as the program, against ${hostPortText(f).en}.`),
        t("nslookup 失败 → DNS 问题；nc 连接被拒 → 端口上没服务；nc 超时 → 防火墙/网络不通；curl 成功但程序失败 → 程序的代理或地址配置不同。", "nslookup fails → DNS; nc refused → no service on the port; nc times out → firewall/network; curl works but the program fails → the program's proxy or address differs."),
      ],
      code: (f, lang) => curlDiagnose(target(f), lang, targetUrl(f).isKnown ? null : say(lang)("换成你实际请求的地址", "replace with the address you actually call")),
    },
    {
      when: (f) => isRefused(f) && !isOllama(f),
      title: t("启动服务并确认它监听在正确的地址和端口", "Start the service and check it listens on the right address and port"),
      steps: [
        (f) => t(`确认服务进程在运行，并且监听的是 ${portOf(f)} 端口：Linux/macOS 用 \`lsof -i :${portOf(f)}\` 或 \`ss -ltnp | grep ${portOf(f)}\`，Windows 用 \`netstat -ano | findstr :${portOf(f)}\`。`, `Make sure the service runs and listens on port ${portOf(f)}: \`lsof -i :${portOf(f)}\` or \`ss -ltnp | grep ${portOf(f)}\` on Linux/macOS, \`netstat -ano | findstr :${portOf(f)}\` on Windows.`),
        t("需要从其他机器/容器访问时，服务要监听 `0.0.0.0` 而不是 `127.0.0.1`。", "To be reachable from other machines/containers, the service must listen on `0.0.0.0`, not `127.0.0.1`."),
        t("docker compose 里服务之间用服务名访问（如 `db:5432`），而不是 localhost；并确认依赖的服务已就绪（healthcheck + depends_on）。", "In docker compose, services reach each other by service name (e.g. `db:5432`), not localhost; make sure dependencies are ready (healthcheck + depends_on)."),
      ],
      code: (f, lang) =>
        block("bash", [
          say(lang)("# 谁在监听这个端口？", "# who listens on this port?"),
          `lsof -nP -iTCP:${portOf(f)} -sTCP:LISTEN`,
          say(lang)("# 监听地址是 127.0.0.1 还是 0.0.0.0？", "# listening on 127.0.0.1 or 0.0.0.0?"),
          `ss -ltnp | grep ':${portOf(f)}'`,
          say(lang)("# Docker：容器是否在运行、端口是否映射", "# Docker: is the container running and the port published?"),
          `docker ps | grep ':${portOf(f)}->'`,
        ]),
    },
    {
      when: (f) => !isRefused(f) && !isOllama(f),
      title: (f) => (isDns(f) ? t("修正主机名或 DNS", "Fix the host name or DNS") : t("配置代理，或对偶发断开做重试", "Configure the proxy, or retry occasional drops")),
      steps: [
        (f) => (isDns(f) ? t(`核对主机名 ${ic(hostOf(f))} 的拼写；用 \`nslookup ${hostOf(f)} 8.8.8.8\` 对比公共 DNS 的结果。`, `Check the spelling of ${ic(hostOf(f))}; compare with a public resolver: \`nslookup ${hostOf(f)} 8.8.8.8\`.`) : t("需要代理访问时设置 `HTTPS_PROXY`（代理地址通常是 `http://` 开头），内网地址放进 `NO_PROXY`。", "When a proxy is needed, set `HTTPS_PROXY` (the proxy URL usually starts with `http://`) and put internal hosts in `NO_PROXY`.")),
        (f) => (isDns(f) ? t("Docker 容器里解析失败：给容器指定 DNS（`--dns 8.8.8.8` 或 daemon.json 里的 dns），或检查公司网络的 DNS 策略。", "Resolution fails inside Docker: give the container a DNS server (`--dns 8.8.8.8` or dns in daemon.json), or check your corporate DNS policy.") : t("偶发的 ECONNRESET/RemoteDisconnected 用带退避的重试处理；频繁出现就换一个稳定的网络或代理。", "Handle occasional ECONNRESET/RemoteDisconnected with backoff retries; if frequent, switch to a stable network or proxy.")),
        (f) => isLlm(f) && t("大模型 SDK：确认 base_url 写对了，能在浏览器/curl 里访问到它的 /models 地址。", "LLM SDKs: make sure base_url is right and its /models URL is reachable from curl/the browser."),
      ],
      code: (f, lang) => (isDns(f) ? timeoutCode(f, ecoOf(f), lang) : proxyCode(f, ecoOf(f), lang)),
    },
  ],
  prevention: [
    t("服务地址和端口放进配置，并区分“本机运行”和“容器内运行”两套值。", "Keep service addresses in configuration, with separate values for running locally and inside containers."),
    t("为依赖服务配置健康检查，启动顺序由健康检查决定，而不是固定 sleep。", "Give dependencies health checks and start in order of readiness, not fixed sleeps."),
    t("所有网络调用都带超时和有限次数的退避重试。", "Give every network call a timeout and a bounded number of backoff retries."),
  ],
  tools: [
    t("curl -v / nc -vz / Test-NetConnection：逐层排查连接", "curl -v / nc -vz / Test-NetConnection: check the connection layer by layer"),
    t("nslookup / dig：检查 DNS 解析", "nslookup / dig: check name resolution"),
    t("lsof / ss / netstat：查看端口监听情况", "lsof / ss / netstat: see what listens on which port"),
  ],
};

/* ---------- network.tls ---------- */

const isLocalIssuer = (f: Facts) => f.has(/unable to get local issuer|UNABLE_TO_GET_ISSUER_CERT_LOCALLY|self[- ]signed certificate in certificate chain|SELF_SIGNED_CERT_IN_CHAIN|unable to verify the first certificate|UNABLE_TO_VERIFY_LEAF_SIGNATURE|PKIX path building failed/i);
const isWrongVersion = (f: Facts) => f.has(/wrong version number|WRONG_VERSION_NUMBER|EPROTO|packet length too long/i);
const isExpired = (f: Facts) => f.has(/certificate has expired|CERT_HAS_EXPIRED|certificate is not yet valid/i);

function caBundleCode(f: Facts, lang: Lang) {
  const s = say(lang);
  const eco = ecoOf(f);
  if (eco === "node") {
    return block("bash", [
      s("# Node 使用自带的 CA 列表，不读系统证书：用 NODE_EXTRA_CA_CERTS 追加公司/代理的根证书", "# Node ships its own CA list and ignores the system store: add your company/proxy root with NODE_EXTRA_CA_CERTS"),
      "export NODE_EXTRA_CA_CERTS=/path/to/company-root-ca.pem",
      "node app.js",
      "",
      s("# npm 本身（安装包时报证书错误）", "# npm itself (certificate errors while installing)"),
      "npm config set cafile /path/to/company-root-ca.pem",
      "",
      s("# Node 22+ 也可以直接使用系统证书库", "# Node 22+ can also use the system store"),
      "node --use-system-ca app.js",
    ]);
  }
  if (eco === "java") {
    return block("bash", [
      s("# 把公司/代理根证书导入 JDK 的信任库（PKIX path building failed 的标准解法）", "# import the company/proxy root into the JDK trust store (the standard fix for PKIX path building failed)"),
      'keytool -importcert -alias company-root -file company-root-ca.pem -keystore "$JAVA_HOME/lib/security/cacerts" -storepass changeit -noprompt',
    ]);
  }
  if (eco === "go") {
    return block("bash", [
      s("# Go 使用系统证书库：把根证书装进系统，或用 SSL_CERT_FILE 指定", "# Go uses the system store: install the root there, or point SSL_CERT_FILE at it"),
      "sudo cp company-root-ca.pem /usr/local/share/ca-certificates/company-root-ca.crt",
      "sudo update-ca-certificates",
      "export SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt",
    ]);
  }
  return block("bash", [
    s("# macOS 上用 python.org 安装的 Python：运行一次它自带的证书安装脚本（版本号换成你的）", "# Python from python.org on macOS: run its bundled certificate installer once (use your version)"),
    '"/Applications/Python 3.12/Install Certificates.command"',
    "",
    s("# 更新 certifi 的 CA 列表", "# refresh certifi's CA list"),
    "python -m pip install --upgrade certifi",
    "",
    s("# 公司网络/代理会替换证书：让 requests/httpx/openai SDK 信任公司根证书", "# corporate networks/proxies re-sign TLS: make requests/httpx/the openai SDK trust the company root"),
    "export SSL_CERT_FILE=/path/to/company-root-ca.pem",
    "export REQUESTS_CA_BUNDLE=/path/to/company-root-ca.pem",
    "",
    s("# pip 安装包时报证书错误", "# pip certificate errors while installing"),
    "pip config set global.cert /path/to/company-root-ca.pem",
  ]);
}

export const networkTls: KnowledgeEntry = {
  category: "network.tls",
  example: "requests.exceptions.SSLError: HTTPSConnectionPool(host='api.openai.com', port=443): Max retries exceeded with url: /v1/chat/completions (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate in certificate chain (_ssl.c:1006)')))",
  subject: (f) => (hostOf(f) !== "example.com" ? hostOf(f) : null),
  gist: (f) =>
    isWrongVersion(f)
      ? t("TLS 握手收到的不是 TLS 数据：很可能用 https 去连一个只说 http 的端口（常见于代理地址写成了 https://）。", "The TLS handshake got non-TLS data: most likely https was spoken to a plain-http port (often a proxy URL written as https://).")
      : isExpired(f)
        ? t("证书已过期（或系统时间不对），所以校验失败。", "The certificate has expired (or the system clock is wrong), so verification failed.")
        : t(`无法验证${hostText(f).zh}的 HTTPS 证书：本机不信任签发它的证书颁发机构。`, `The HTTPS certificate of ${hostText(f).en} could not be verified: this machine does not trust the authority that issued it.`),
  summary: (f) => {
    if (isWrongVersion(f)) return t("“wrong version number” 表示客户端按 TLS 发起握手，对方回的却不是 TLS：用 https:// 访问了 http 端口，或者 `HTTPS_PROXY` 写成了 `https://127.0.0.1:7890`（本地代理一般只接受 http://）。", "\"wrong version number\" means the client started a TLS handshake and got something that is not TLS back: https:// to an http port, or `HTTPS_PROXY` set to `https://127.0.0.1:7890` (local proxies usually only speak http://).");
    if (isExpired(f)) return t("证书过期：服务端证书确实过期了（需要服务端续期），或者本机系统时间错误导致证书被判为过期/未生效。", "An expired certificate: either the server's certificate really expired (the server must renew it), or the local clock is wrong and makes it look expired/not yet valid.");
    return t(
      "“unable to get local issuer certificate / self-signed certificate in chain” 表示证书链的根证书不在本机的信任列表里。三种常见情况：公司网络或代理软件在中间替换了证书（需要信任公司根证书）；macOS 上 python.org 安装的 Python 还没安装证书；或者 certifi 的证书列表过旧。不要用关闭校验（verify=False）来“解决”，那会让连接可被劫持。",
      "\"unable to get local issuer certificate / self-signed certificate in chain\" means the chain's root is not in this machine's trust list. Usually: a corporate network or proxy tool re-signs traffic (trust the company root); Python from python.org on macOS never installed its certificates; or certifi's bundle is stale. Do not \"fix\" it by disabling verification (verify=False): that makes the connection hijackable.",
    );
  },
  causes: [
    (f) => isLocalIssuer(f) && t("公司网络、杀毒软件或抓包/代理工具（Clash、Fiddler、Charles 等的 MITM 模式）用自己的根证书重新签发了 HTTPS 证书。", "A corporate network, antivirus, or a proxy/inspection tool (MITM mode of Clash, Fiddler, Charles …) re-signs HTTPS with its own root."),
    (f) => isLocalIssuer(f) && t("macOS 上从 python.org 安装的 Python 自带 OpenSSL，需要运行一次 “Install Certificates.command” 才有 CA 列表。", "Python from python.org on macOS bundles OpenSSL and needs \"Install Certificates.command\" run once to get a CA list."),
    (f) => isLocalIssuer(f) && t("运行环境的 CA 列表过旧（老系统、精简镜像里缺少 ca-certificates 包）。", "An outdated CA list in the runtime (old systems, slim images without the ca-certificates package)."),
    (f) => isWrongVersion(f) && t("代理地址的协议写错（https:// 应为 http://），或对一个 http 端口发起了 https 请求。", "A proxy URL with the wrong scheme (https:// instead of http://), or https to an http port."),
    (f) => isExpired(f) && t("服务端证书过期，或本机系统时间不正确。", "The server certificate expired, or the local system time is wrong."),
    t("服务端证书链不完整（缺少中间证书），部分客户端无法验证。", "The server's chain is incomplete (missing intermediate), so some clients cannot verify it."),
  ],
  solutions: [
    {
      when: (f) => !isWrongVersion(f),
      title: t("让运行环境信任正确的根证书", "Make the runtime trust the right root certificate"),
      steps: [
        t("先确认谁签发了证书：用下面第二个方案的 openssl 命令查看 issuer。issuer 是你们公司或代理软件的名字 → 导出它的根证书并让运行环境信任它。", "First see who issued the certificate with the openssl command in the next solution. If the issuer is your company or a proxy tool, export its root certificate and make the runtime trust it."),
        t("Python：更新 certifi；macOS 运行 Install Certificates.command；公司根证书通过 `SSL_CERT_FILE` / `REQUESTS_CA_BUNDLE` 指定。", "Python: update certifi; run Install Certificates.command on macOS; point `SSL_CERT_FILE` / `REQUESTS_CA_BUNDLE` at the company root."),
        t("Node：用 `NODE_EXTRA_CA_CERTS` 追加根证书（Node 不读系统证书库）；npm 用 `npm config set cafile`。", "Node: add the root with `NODE_EXTRA_CA_CERTS` (Node ignores the system store); npm: `npm config set cafile`."),
        t("`verify=False`、`NODE_TLS_REJECT_UNAUTHORIZED=0` 只能用来临时确认是证书问题，绝不能留在代码或生产环境里。", "`verify=False` and `NODE_TLS_REJECT_UNAUTHORIZED=0` are only for a momentary diagnosis, never for code or production."),
      ],
      code: (f, lang) => caBundleCode(f, lang),
    },
    {
      title: t("用 openssl 查看实际拿到的证书链", "Inspect the certificate chain you actually receive"),
      steps: [
        (f) => t(`下面的命令会显示${hostText(f).zh}返回的证书链、签发者（issuer）和有效期。`, `The commands below show the chain ${hostText(f).en} returns, its issuer and validity dates.`),
        t("issuer 不是公网 CA（如 Let's Encrypt、DigiCert、GlobalSign）→ 被中间设备替换了；notAfter 已过 → 证书过期；`date` 不对 → 先校准系统时间。", "An issuer that is not a public CA (Let's Encrypt, DigiCert, GlobalSign …) → something re-signs traffic; notAfter in the past → expired; a wrong `date` → fix the clock first."),
      ],
      code: (f, lang) =>
        block("bash", [
          say(lang)("# 证书链与签发者", "# chain and issuer"),
          `echo | openssl s_client -connect ${hostOf(f)}:${portOf(f) === 80 ? 443 : portOf(f)} -servername ${hostOf(f)} -showcerts | grep -E 'subject=|issuer='`,
          say(lang)("# 有效期", "# validity dates"),
          `echo | openssl s_client -connect ${hostOf(f)}:${portOf(f) === 80 ? 443 : portOf(f)} -servername ${hostOf(f)} | openssl x509 -noout -dates`,
          say(lang)("# 本机时间是否正确", "# is the local clock right?"),
          "date -u",
        ]),
    },
    {
      when: (f) => isWrongVersion(f) || f.has(/proxy|代理/i),
      title: t("修正代理地址的协议", "Fix the proxy URL's scheme"),
      steps: [
        t("本地代理（Clash、V2Ray 等）的 HTTP 代理端口只接受 `http://`：把 `HTTPS_PROXY=https://127.0.0.1:7890` 改成 `http://127.0.0.1:7890`。", "Local proxies (Clash, V2Ray …) serve HTTP proxying on `http://`: change `HTTPS_PROXY=https://127.0.0.1:7890` to `http://127.0.0.1:7890`."),
        t("检查 pip/npm/git 各自的代理配置（`pip config list`、`npm config get proxy`、`git config --get http.proxy`）。", "Check the proxy settings of pip/npm/git separately (`pip config list`, `npm config get proxy`, `git config --get http.proxy`)."),
      ],
      code: (_f, lang) =>
        block("bash", [
          say(lang)("# 代理本身用 http:// 协议（即使目标网站是 https）", "# the proxy itself speaks http:// (even when the target is https)"),
          "export HTTPS_PROXY=http://127.0.0.1:7890",
          "export HTTP_PROXY=http://127.0.0.1:7890",
          "npm config set proxy http://127.0.0.1:7890",
          "npm config set https-proxy http://127.0.0.1:7890",
          "git config --global http.proxy http://127.0.0.1:7890",
        ]),
    },
  ],
  prevention: [
    t("Docker 镜像里安装 `ca-certificates` 并定期更新基础镜像。", "Install `ca-certificates` in Docker images and refresh base images regularly."),
    t("公司环境把根证书统一通过环境变量注入（SSL_CERT_FILE、NODE_EXTRA_CA_CERTS），不要在代码里关闭校验。", "In corporate setups inject the root through environment variables (SSL_CERT_FILE, NODE_EXTRA_CA_CERTS) instead of disabling verification in code."),
    t("为自己的服务配置证书自动续期（certbot、cert-manager）并监控到期时间。", "Automate certificate renewal for your own services (certbot, cert-manager) and monitor expiry."),
  ],
  tools: [
    t("openssl s_client：查看证书链和有效期", "openssl s_client: inspect chain and validity"),
    t("https://www.ssllabs.com/ssltest/：检查公网服务的证书链是否完整", "https://www.ssllabs.com/ssltest/: check a public server's chain"),
    t("certifi（Python）/ NODE_EXTRA_CA_CERTS（Node）：管理信任的根证书", "certifi (Python) / NODE_EXTRA_CA_CERTS (Node): manage trusted roots"),
  ],
};

/* ---------- network.cors ---------- */

export const networkCors: KnowledgeEntry = {
  category: "network.cors",
  example: "Access to fetch at 'https://api.example.com/v1/chat/completions' from origin 'http://localhost:5173' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.",
  subject: (f) => (f.cors?.origin ? t(`${f.cors.origin} → ${hostOfUrl(f.cors.target)}`, `${f.cors.origin} → ${hostOfUrl(f.cors.target)}`) : null),
  gist: (f) => t(`浏览器拦下了页面${f.cors?.origin ? ` ${f.cors.origin}` : ""}对另一个域名${f.cors?.target ? ` ${hostOfUrl(f.cors.target)}` : ""}的请求，因为对方没有声明允许这个来源跨域访问。`, `The browser blocked the page${f.cors?.origin ? ` ${f.cors.origin}` : ""} from calling another origin${f.cors?.target ? ` ${hostOfUrl(f.cors.target)}` : ""} because that server did not declare the page's origin as allowed.`),
  summary: (f) =>
    t(
      `CORS 是浏览器的安全策略：页面（来源${f.cors?.origin ? ` ${ic(f.cors.origin)}` : ""}）要访问别的域名时，目标服务器必须在响应头里返回 \`Access-Control-Allow-Origin\` 允许它，预检请求（OPTIONS）也要正确响应。报错只发生在浏览器里——同样的请求用 curl 或服务端代码都能成功。所以修复只能在服务端：要么让目标服务器允许你的来源，要么由你自己的后端代为请求。${isLlm(f) ? "调用大模型 API 时本来就不该在浏览器里直接请求：API Key 会暴露给所有访问者，应该走你自己的后端。" : ""}`,
      `CORS is a browser security policy: when a page (origin${f.cors?.origin ? ` ${ic(f.cors.origin)}` : ""}) calls another origin, the target server must answer with \`Access-Control-Allow-Origin\` allowing it, and answer the preflight (OPTIONS) correctly. It only happens in browsers — the same request works from curl or server code. So the fix is server-side: let the target allow your origin, or have your own backend make the call.${isLlm(f) ? " LLM APIs should not be called from the browser anyway: the API key would be visible to every visitor; go through your backend." : ""}`,
    ),
  causes: [
    t("目标 API 没有配置 CORS，或只允许了别的来源（例如只允许生产域名，不允许 localhost:5173）。", "The target API has no CORS configuration, or allows other origins only (e.g. production, not localhost:5173)."),
    t("预检请求（OPTIONS）失败：带了自定义请求头（如 Authorization）时浏览器会先发 OPTIONS，服务端没有处理或返回了 401/404。", "The preflight (OPTIONS) fails: with custom headers such as Authorization the browser sends OPTIONS first, and the server does not handle it or answers 401/404."),
    t("服务端报错（500/502）时错误页没有带 CORS 头，浏览器只显示成 CORS 错误，掩盖了真正的错误。", "When the server errors (500/502), the error page lacks CORS headers and the browser reports it as a CORS error, hiding the real failure."),
    t("`mode: 'no-cors'` 不能解决问题：它只会得到一个读不到内容的不透明响应。", "`mode: 'no-cors'` does not help: it yields an opaque response you cannot read."),
  ],
  solutions: [
    {
      title: t("由自己的后端代为请求（推荐）", "Make the call from your own backend (recommended)"),
      steps: [
        t("前端只请求同源的后端接口（如 `/api/chat`），后端再去调用第三方 API——服务端之间的请求没有 CORS 限制。", "The front end calls a same-origin backend route (e.g. `/api/chat`) and the backend calls the third-party API: server-to-server requests have no CORS."),
        t("API Key 只放在后端的环境变量里，前端永远拿不到。", "The API key lives only in the backend's environment; the browser never sees it."),
      ],
      code: (f, lang) => proxyRouteCode(f, lang),
    },
    {
      title: t("如果目标服务是你自己的：在服务端允许这个来源", "If you own the target server: allow the origin there"),
      steps: [
        (f) => t(`允许的来源写具体值${f.cors?.origin ? `（${ic(f.cors.origin)}）` : ""}，需要携带 cookie 时不能用 \`*\`。`, `List the exact origin${f.cors?.origin ? ` (${ic(f.cors.origin)})` : ""}; with cookies you cannot use \`*\`.`),
        t("同时允许预检用到的方法和请求头（`Authorization`、`Content-Type`），并让 OPTIONS 返回 204。", "Also allow the methods and headers the preflight asks for (`Authorization`, `Content-Type`) and answer OPTIONS with 204."),
      ],
      code: (f, lang) => corsServerCode(f, lang),
    },
    {
      title: t("开发环境：用开发服务器的代理", "In development: use the dev server's proxy"),
      steps: [
        t("Vite / webpack-dev-server 可以把 `/api` 转发到后端，浏览器看到的是同源请求。", "Vite / webpack-dev-server can forward `/api` to the backend so the browser sees a same-origin request."),
        t("这只解决开发环境；生产环境仍需要方案一或方案二。", "This only covers development; production still needs solution 1 or 2."),
      ],
      code: (f, lang) =>
        block("javascript", [
          "// vite.config.js",
          'import { defineConfig } from "vite";',
          "",
          "export default defineConfig({",
          "  server: {",
          "    proxy: {",
          `      "/api": { target: ${q(f.cors?.target && !/x{3,}|\*/i.test(f.cors.target) ? (originOf(f.cors.target) ?? "http://localhost:8000") : "http://localhost:8000")}, changeOrigin: true }, // ${say(lang)("前端请求 /api/... 会被转发到这里（换成你的后端地址）", "requests to /api/... are forwarded here (your backend's address)")}`,
          "    },",
          "  },",
          "});",
        ]),
    },
  ],
  prevention: [
    t("浏览器只调用自己的后端；第三方 API 和密钥都留在服务端。", "Browsers call only your own backend; third-party APIs and keys stay server-side."),
    t("CORS 白名单按环境配置（开发、预发、生产的来源各不相同）。", "Configure the CORS allow-list per environment (dev, staging and production origins differ)."),
    t("排查 CORS 错误时先看 Network 面板里真实的状态码，很多“CORS 错误”其实是 4xx/5xx。", "When debugging, read the real status in the Network panel first: many \"CORS errors\" are really 4xx/5xx."),
  ],
  tools: [
    t("浏览器开发者工具 Network 面板：查看预检请求和响应头", "Browser devtools Network panel: inspect the preflight and response headers"),
    t("curl -i -X OPTIONS -H 'Origin: …'：在命令行模拟预检请求", "curl -i -X OPTIONS -H 'Origin: …': simulate the preflight from the command line"),
    t("cors（Express）/ CORSMiddleware（FastAPI）：服务端 CORS 配置", "cors (Express) / CORSMiddleware (FastAPI): server-side CORS configuration"),
  ],
};

function hostOfUrl(url: string | null | undefined): string {
  return url ? (/^[a-z]+:\/\/([^/]+)/i.exec(url)?.[1] ?? url) : "";
}

function originOf(url: string | null | undefined): string | null {
  const m = url ? /^(https?:\/\/[^/]+)/i.exec(url) : null;
  return m ? m[1]! : null;
}

function proxyRouteCode(f: Facts, lang: Lang) {
  const s = say(lang);
  const isMaskedTarget = !f.cors?.target || !/^https?:\/\//.test(f.cors.target) || /x{3,}|\*/i.test(f.cors.target);
  const ep = f.api.endpoint;
  // The upstream URL as a TS/Python expression: the real one, or the gateway from the environment.
  const targetTs = !isMaskedTarget ? q(f.cors!.target!) : isLlm(f) ? (ep.kind === "literal" ? q(ep.url) : `\`\${process.env.${ep.env}}${ep.path}\``) : q("https://api.example.com/data");
  const targetPy = !isMaskedTarget ? q(f.cors!.target!) : isLlm(f) ? (ep.kind === "literal" ? q(ep.url) : `os.environ[${q(ep.env)}] + ${q(ep.path)}`) : q("https://api.example.com/data");
  const keyEnv = isLlm(f) ? f.api.keyEnv : "UPSTREAM_API_KEY";
  if (ecoOf(f) === "python") {
    return block("python", [
      "# pip install fastapi uvicorn httpx",
      "import os",
      "",
      "import httpx",
      "from fastapi import FastAPI, Request, Response",
      "",
      "app = FastAPI()",
      "",
      "",
      '@app.post("/api/chat")',
      "async def chat(request: Request) -> Response:",
      "    async with httpx.AsyncClient(timeout=120) as client:",
      "        upstream = await client.post(",
      `            ${targetPy},`,
      `            headers={"Authorization": f"Bearer {os.environ[${q(keyEnv)}]}", "Content-Type": "application/json"},`,
      "            content=await request.body(),",
      "        )",
      '    return Response(upstream.content, status_code=upstream.status_code, media_type="application/json")',
    ]);
  }
  return block("typescript", [
    s("// Next.js 路由处理器：app/api/chat/route.ts（与页面同源，浏览器不做 CORS 检查）", "// Next.js route handler: app/api/chat/route.ts (same origin as the page, so no CORS check)"),
    "export async function POST(request: Request) {",
    `  const upstream = await fetch(${targetTs}, {`,
    '    method: "POST",',
    "    headers: {",
    `      Authorization: \`Bearer \${process.env.${keyEnv}}\`, // ${s("Key 只在服务端", "the key stays on the server")}`,
    '      "Content-Type": "application/json",',
    "    },",
    "    body: await request.text(),",
    "  });",
    "  return new Response(upstream.body, {",
    "    status: upstream.status,",
    '    headers: { "Content-Type": upstream.headers.get("Content-Type") ?? "application/json" },',
    "  });",
    "}",
    "",
    s("// 前端：await fetch(\"/api/chat\", { method: \"POST\", body: JSON.stringify(payload) })", "// browser: await fetch(\"/api/chat\", { method: \"POST\", body: JSON.stringify(payload) })"),
  ]);
}

function corsServerCode(f: Facts, lang: Lang) {
  const s = say(lang);
  const origin = f.cors?.origin && /^[a-z]+:\/\//i.test(f.cors.origin) ? f.cors.origin : "http://localhost:5173";
  if (ecoOf(f) === "python") {
    return block("python", [
      "from fastapi import FastAPI",
      "from fastapi.middleware.cors import CORSMiddleware",
      "",
      "app = FastAPI()",
      "app.add_middleware(",
      "    CORSMiddleware,",
      `    allow_origins=[${q(origin)}],  ${s("# 写具体来源；带 cookie 时不能用 *", "# exact origins; no * when cookies are involved")}`,
      '    allow_methods=["GET", "POST", "OPTIONS"],',
      '    allow_headers=["Authorization", "Content-Type"],',
      ")",
    ]);
  }
  return block("javascript", [
    'import express from "express";',
    'import cors from "cors"; // npm install cors',
    "",
    "const app = express();",
    "app.use(",
    "  cors({",
    `    origin: [${q(origin)}], // ${s("写具体来源；带 cookie 时不能用 *", "exact origins; no * when cookies are involved")}`,
    '    methods: ["GET", "POST", "OPTIONS"],',
    '    allowedHeaders: ["Authorization", "Content-Type"],',
    "  }),",
    ");",
    `app.options("*", cors()); // ${s("让预检请求返回 204", "answer preflight requests with 204")}`,
  ]);
}

/* ---------- network.address_in_use ---------- */

function portCommands(f: Facts, lang: Lang) {
  const s = say(lang);
  const p = f.port;
  const lines = p
    ? [
        s(`# macOS / Linux：找出占用 ${p} 端口的进程，再结束它`, `# macOS / Linux: find what holds port ${p}, then stop it`),
        `lsof -i :${p}`,
        `PID=$(lsof -ti :${p})`,
        `kill $PID   ${s("# 不行再用 kill -9 $PID", "# use kill -9 $PID if it ignores you")}`,
        "",
        s("# Windows（cmd）：最后一列是 PID，再用 taskkill /PID 该PID /F 结束它", "# Windows (cmd): the last column is the PID; end it with taskkill /PID that-pid /F"),
        `# netstat -ano | findstr :${p}`,
      ]
    : [
        s("# 报错里没有端口号：把 PORT 换成你的程序监听的端口", "# the error shows no port: set PORT to the one your program listens on"),
        "PORT=8000",
        "",
        s("# macOS / Linux：找出占用该端口的进程，再结束它", "# macOS / Linux: find what holds the port, then stop it"),
        'lsof -i :"$PORT"',
        'PID=$(lsof -ti :"$PORT")',
        `kill $PID   ${s("# 不行再用 kill -9 $PID", "# use kill -9 $PID if it ignores you")}`,
        "",
        s("# Windows（cmd）：最后一列是 PID，再用 taskkill /PID 该PID /F 结束它", "# Windows (cmd): the last column is the PID; end it with taskkill /PID that-pid /F"),
        "# netstat -ano | findstr :8000",
      ];
  if (f.has(/docker|port is already allocated|userland proxy/i)) {
    lines.push("", s("# Docker：是不是另一个容器占用了这个端口？", "# Docker: is another container publishing this port?"), `docker ps --filter publish=${p ?? 8000}`);
  }
  return block("bash", lines);
}

function otherPortCode(f: Facts, lang: Lang) {
  const s = say(lang);
  const p = f.port ?? 3000;
  const next = p + 1;
  switch (ecoOf(f)) {
    case "node":
      return block("javascript", [
        `const port = Number(process.env.PORT ?? ${p});`,
        `const server = app.listen(port, () => console.log(\`listening on \${port}\`));`,
        'server.on("error", (err) => {',
        '  if (err.code === "EADDRINUSE") {',
        `    console.error(\`${s("端口", "port")} \${port} ${s("被占用：用 PORT=", "is taken: start with PORT=")}${next} ${s("换一个端口启动", "or free the port")}\`);`,
        "    process.exit(1);",
        "  }",
        "  throw err;",
        "});",
        "",
        s("// 启动时指定端口：PORT=", "// pick the port at start: PORT=") + `${next} npm run dev`,
      ]);
    case "python":
      return block("bash", [
        s("# 换一个端口启动（按你的框架选一条）", "# start on another port (pick the line for your framework)"),
        `uvicorn main:app --port ${next}`,
        `flask run --port ${next}`,
        `python manage.py runserver ${next}`,
        `python -m http.server ${next}`,
      ]);
    case "java":
      return block("bash", [
        s("# Spring Boot：换端口启动（或在 application.properties 里设 server.port）", "# Spring Boot: start on another port (or set server.port in application.properties)"),
        `java -jar app.jar --server.port=${next}`,
        `SERVER_PORT=${next} ./mvnw spring-boot:run`,
      ]);
    case "go":
      return block("go", [
        'port := os.Getenv("PORT")',
        'if port == "" {',
        `\tport = ${q(String(p))}`,
        "}",
        'addr := ":" + port',
        "if err := http.ListenAndServe(addr, mux); err != nil {",
        `\tlog.Fatalf("listen %s: %v", addr, err) // ${s("被占用时换 PORT 再启动", "if taken, start with another PORT")}`,
        "}",
      ]);
    default:
      return block("bash", [
        s("# 让程序从环境变量读取端口，换一个端口启动", "# read the port from the environment and start on another one"),
        `PORT=${next} ./start.sh`,
        s("# Docker：宿主机换一个端口映射到容器里的原端口", "# Docker: map another host port to the same container port"),
        `docker run -p ${next}:${p} your-image`,
      ]);
  }
}

export const networkAddressInUse: KnowledgeEntry = {
  category: "network.address_in_use",
  example: "Error: listen EADDRINUSE: address already in use :::3000",
  subject: (f) => (f.port ? t(`端口 ${f.port}`, `port ${f.port}`) : null),
  gist: (f) => t(`端口${f.port ? ` ${f.port}` : ""}已经被另一个进程占用，新的服务无法再监听它。`, `Port${f.port ? ` ${f.port}` : ""} is already taken by another process, so the new server cannot listen on it.`),
  summary: (f) =>
    t(
      `同一个地址和端口同一时间只能被一个进程监听。端口${f.port ? ` ${ic(String(f.port))}` : ""}现在被别的进程占着——通常是上一次启动的同一个程序没退出（后台进程、没关掉的终端、热重载残留），或者别的服务/容器正好用了这个端口。找到并结束那个进程，或者换一个端口。`,
      `Only one process can listen on an address and port at a time. Port${f.port ? ` ${ic(String(f.port))}` : ""} is held by another process — usually a previous run of the same program that did not exit (a background process, a forgotten terminal, a hot-reload leftover), or another service/container using that port. Stop that process or use another port.`,
    ),
  causes: [
    t("上一次启动的同一个程序还在运行（后台、另一个终端、IDE 的运行配置、热重载没清理干净）。", "A previous run of the same program is still alive (background, another terminal, an IDE run configuration, a hot reload that did not clean up)."),
    t("另一个服务或 Docker 容器正在使用这个端口（例如本机装的 MySQL/Redis 与容器映射冲突）。", "Another service or Docker container uses the port (e.g. a local MySQL/Redis clashing with a container mapping)."),
    (f) => f.has(/Errno 98|Errno 48|10048|Only one usage/) && t("服务刚关闭就立即重启，旧连接还处在 TIME_WAIT，且服务没有设置 SO_REUSEADDR。", "The server restarted right after closing while old connections sit in TIME_WAIT, and it does not set SO_REUSEADDR."),
    (f) => f.has(/10048|Only one usage|excluded port|An attempt was made to access a socket/i) && t("Windows 上端口可能被 Hyper-V/WSL 保留（`netsh interface ipv4 show excludedportrange protocol=tcp` 可查看）。", "On Windows the port may be reserved by Hyper-V/WSL (see `netsh interface ipv4 show excludedportrange protocol=tcp`)."),
  ],
  solutions: [
    {
      title: (f) => t(`找到占用${f.port ? ` ${f.port}` : ""} 端口的进程并结束它`, `Find and stop the process holding port${f.port ? ` ${f.port}` : ""}`),
      steps: [
        t("用下面的命令查出 PID 和进程名，确认是自己的旧进程后再结束它。", "Use the commands below to get the PID and name; make sure it is your old process before stopping it."),
        t("是系统服务（如本机的数据库）时，不要强杀，改用它自己的停止命令（`brew services stop …`、`sudo systemctl stop …`），或给新程序换端口。", "If it is a system service (e.g. a local database), do not kill it: use its own stop command (`brew services stop …`, `sudo systemctl stop …`) or move your program to another port."),
      ],
      code: (f, lang) => portCommands(f, lang),
    },
    {
      title: t("换一个端口，并让端口可配置", "Use another port and make the port configurable"),
      steps: [
        t("端口从环境变量 `PORT` 读取，开发时可以随时换端口，不用改代码。", "Read the port from the `PORT` environment variable so you can change it without editing code."),
        t("Docker 只需改宿主机一侧的映射（`-p 新端口:容器端口`）。", "With Docker, change only the host side of the mapping (`-p newport:containerport`)."),
      ],
      code: (f, lang) => otherPortCode(f, lang),
    },
    {
      when: (f) => ecoOf(f) === "python" || f.has(/Errno 98|Errno 48/),
      title: t("允许快速重启时复用地址", "Allow address reuse for quick restarts"),
      steps: [
        t("自己写的 socket/HTTPServer 设置 `allow_reuse_address`（即 SO_REUSEADDR），重启时就不会被 TIME_WAIT 卡住。", "For your own socket/HTTPServer set `allow_reuse_address` (SO_REUSEADDR) so restarts are not blocked by TIME_WAIT."),
        t("捕获 Ctrl+C/SIGTERM 时调用 `server.server_close()`，确保端口被释放。", "On Ctrl+C/SIGTERM call `server.server_close()` so the port is released."),
      ],
      code: (f) =>
        block("python", [
          "from http.server import HTTPServer, SimpleHTTPRequestHandler",
          "",
          "",
          "class ReusableHTTPServer(HTTPServer):",
          "    allow_reuse_address = True",
          "",
          "",
          `server = ReusableHTTPServer(("0.0.0.0", ${f.port ?? 8000}), SimpleHTTPRequestHandler)`,
          "try:",
          "    server.serve_forever()",
          "except KeyboardInterrupt:",
          "    pass",
          "finally:",
          "    server.server_close()",
        ]),
    },
  ],
  prevention: [
    t("开发服务器用进程管理工具启动（npm scripts、docker compose、systemd），停止时能完整退出。", "Start dev servers through a manager (npm scripts, docker compose, systemd) that stops them cleanly."),
    t("端口统一放在配置/`.env` 里，团队内约定各服务的端口，避免冲突。", "Keep ports in configuration/`.env` and agree on per-service ports in the team."),
    t("服务监听 SIGTERM/SIGINT 并关闭监听套接字。", "Handle SIGTERM/SIGINT and close the listening socket."),
  ],
  tools: [
    t("lsof -i :端口 / ss -ltnp：查看谁在监听（macOS/Linux）", "lsof -i :PORT / ss -ltnp: who is listening (macOS/Linux)"),
    t("netstat -ano | findstr :端口 / 资源监视器：查看占用端口的进程（Windows）", "netstat -ano | findstr :PORT / Resource Monitor: who holds the port (Windows)"),
    t("npx kill-port <端口>：跨平台一键释放端口", "npx kill-port <port>: free a port on any platform"),
  ],
};

export const networkEntries: KnowledgeEntry[] = [networkTimeout, networkConnection, networkTls, networkCors, networkAddressInUse];
