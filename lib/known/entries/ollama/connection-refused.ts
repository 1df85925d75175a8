import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "ollama.connection-refused",
  category: "network.connection",
  match: [
    /could not connect to ollama (?:server|app)/i,
    /ECONNREFUSED[^\n]{0,40}:11434\b/,
    /(?:localhost|127\.0\.0\.1|0\.0\.0\.0)[^\n]{0,20}11434[^\n]{0,300}(?:Connection refused|actively refused|ECONNREFUSED|connect: connection refused)/,
  ],
  title: t("连不上 Ollama 服务（11434 端口被拒绝）", "Cannot reach the Ollama server (port 11434 refused)"),
  summary: t(
    "客户端去连 11434 端口，但那个地址上没有 Ollama 在监听：要么 Ollama 没启动，要么它只监听在 127.0.0.1，而客户端在另一台机器或 Docker 容器里。",
    "The client connected to port 11434 but nothing listens at that address: either Ollama is not running, or it listens on 127.0.0.1 only while the client runs on another machine or in a Docker container.",
  ),
  causes: [
    t("Ollama 服务没有运行（没执行 ollama serve，桌面程序没开，或 systemd 服务停了）", "the Ollama server is not running (ollama serve was not started, the desktop app is closed, or the systemd service stopped)"),
    t("客户端在 Docker 容器里：容器里的 localhost 是容器自己，不是宿主机；要用 host.docker.internal 或宿主机 IP", "the client runs in a Docker container: localhost there is the container itself, not the host; use host.docker.internal or the host's IP"),
    t("Ollama 默认只绑定 127.0.0.1:11434，别的机器或容器访问需要设置 OLLAMA_HOST=0.0.0.0:11434", "Ollama binds 127.0.0.1:11434 by default; other machines or containers need OLLAMA_HOST=0.0.0.0:11434"),
  ],
  solutions: [
    {
      title: t("确认 Ollama 在运行并能响应", "Check that Ollama is running and answers"),
      steps: [t("在运行 Ollama 的机器上请求 /api/version；没有响应就启动服务。", "On the machine that runs Ollama, request /api/version; if nothing answers, start the server.")],
      code: () => block("bash", ["curl -sS http://127.0.0.1:11434/api/version || ollama serve"]),
    },
    {
      title: t("让 Ollama 监听所有网卡（供容器或其他机器访问）", "Make Ollama listen on all interfaces (for containers or other machines)"),
      steps: [
        t("以 systemd 服务运行时，用 systemctl edit ollama.service 在 [Service] 下加 Environment=\"OLLAMA_HOST=0.0.0.0:11434\"，然后 daemon-reload 并重启；客户端改用宿主机地址（Docker Desktop 下是 http://host.docker.internal:11434）。", "When it runs as a systemd service, add Environment=\"OLLAMA_HOST=0.0.0.0:11434\" under [Service] via systemctl edit ollama.service, then daemon-reload and restart; point the client at the host's address (http://host.docker.internal:11434 with Docker Desktop)."),
      ],
      code: () => block("bash", ["sudo systemctl edit ollama.service", "sudo systemctl daemon-reload", "sudo systemctl restart ollama"]),
    },
  ],
  docs: ["https://github.com/ollama/ollama/blob/main/docs/faq.mdx", "https://github.com/ollama/ollama/blob/main/docs/integrations/n8n.mdx", "https://github.com/ollama/ollama/blob/main/cmd/start_default.go"],
  samples: [
    { text: "Error: could not connect to ollama server, run 'ollama serve' to start it", source: "https://github.com/ollama/ollama/blob/main/cmd/start_default.go" },
    { text: "requests.exceptions.ConnectionError: HTTPConnectionPool(host='127.0.0.1', port=11434): Max retries exceeded with url: /api/chat (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f2a>: Failed to establish a new connection: [Errno 111] Connection refused'))", source: "https://github.com/ollama/ollama/blob/main/docs/faq.mdx" },
  ],
});
