import { defineKnownError, ic, t } from "../../define";
import { categorySolutions } from "../../template";

const isLocal = (h: string | undefined) => !!h && /^(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|0\.0\.0\.0|\[?::1\]?)$/.test(h);

export default defineKnownError({
  id: "aiohttp.cannot-connect-to-host",
  category: "network.connection",
  priority: -1,
  match: [/Cannot connect to host (?<host>[^\s:]{1,200}):(?<port>\d{1,5}) ssl:(?:default|None|False|True|<[^>\n]{0,100}>)(?<detail>[^\n]{0,200})/],
  title: (c) => t(`无法连接到 ${ic(`${c.g.host}:${c.g.port}`)}`, `Cannot connect to ${ic(`${c.g.host}:${c.g.port}`)}`),
  summary: (c) =>
    t(
      `aiohttp 在建立 TCP 连接这一步就失败了（ClientConnectorError），请求还没有发出。${/refused|Connect call failed/i.test(c.g.detail ?? "") ? "括号里的 Connection refused / Connect call failed 表示对方地址上没有进程在监听这个端口。" : ""}${isLocal(c.g.host) ? ` ${ic(c.g.host!)} 指的是运行这段代码的机器（或容器）本身。` : ""}`,
      `aiohttp failed while opening the TCP connection (ClientConnectorError); no request was sent.${/refused|Connect call failed/i.test(c.g.detail ?? "") ? " Connection refused / Connect call failed in brackets means nothing is listening on that port at that address." : ""}${isLocal(c.g.host) ? ` ${ic(c.g.host!)} means the machine (or container) running this code itself.` : ""}`,
    ),
  causes: [
    (c) => t(`目标服务没有在 ${c.g.host}:${c.g.port} 上运行（没启动、崩溃了，或监听在别的端口/地址）`, `the target service is not running on ${c.g.host}:${c.g.port} (not started, crashed, or listening on another port/address)`),
    (c) =>
      isLocal(c.g.host)
        ? t("代码跑在 Docker 容器里：容器里的 localhost 是容器自己，访问宿主机上的服务要用 host.docker.internal（或宿主机 IP / compose 服务名）", "the code runs inside a Docker container, where localhost is the container itself; reach a service on the host via host.docker.internal (or the host's IP / the compose service name)")
        : t("主机名解析失败、防火墙拦截，或需要代理才能访问", "the host name does not resolve, a firewall blocks it, or a proxy is required"),
  ],
  solutions: [
    {
      title: t("确认服务在监听，并从同一个环境测试连通", "Confirm the service listens, and test from the same environment"),
      steps: [
        (c) => t(`在运行这段代码的同一台机器/容器里执行 curl http://${c.g.host}:${c.g.port}/ ；连不上就先启动目标服务，或改成它真正监听的地址和端口。`, `From the same machine/container that runs the code, run curl http://${c.g.host}:${c.g.port}/ ; if it fails, start the target service or use the address and port it really listens on.`),
        (c) => (isLocal(c.g.host) ? t("服务在宿主机、代码在容器里时，把地址改成 host.docker.internal（Linux 上需给容器加 --add-host=host.docker.internal:host-gateway），并让服务监听 0.0.0.0 而不只是 127.0.0.1。", "With the service on the host and the code in a container, use host.docker.internal (on Linux add --add-host=host.docker.internal:host-gateway to the container) and make the service listen on 0.0.0.0, not only 127.0.0.1.") : null),
      ],
    },
    ...categorySolutions("network.connection"),
  ],
  docs: ["https://docs.aiohttp.org/en/stable/client_reference.html#aiohttp.ClientConnectorError", "https://docs.docker.com/desktop/features/networking/networking-how-tos/#i-want-to-connect-from-a-container-to-a-service-on-the-host", "https://github.com/docker/docs/pull/23666", "https://github.com/ollama/ollama/blob/main/docs/faq.mdx"],
  samples: [
    {
      text: "litellm.APIConnectionError: OllamaException - Cannot connect to host localhost:11434 ssl:default [Connect call failed ('127.0.0.1', 11434)]",
      source: "https://github.com/agent0ai/agent-zero/issues/575",
    },
  ],
});
