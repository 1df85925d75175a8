import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "docker.daemon-not-running",
  category: "tool.container",
  match: [/Cannot connect to the Docker daemon at (?<sock>[\w:/.%+-]{1,200})\.?\s*Is the docker daemon running\?/i, "Is the docker daemon running?"],
  title: t("连不上 Docker 守护进程（dockerd 没有运行）", "Cannot reach the Docker daemon (dockerd is not running)"),
  summary: (c) =>
    t(
      `docker 命令行只是客户端，真正干活的是 dockerd 守护进程；客户端在 ${c.g.sock ? ic(c.g.sock) : "默认 socket"} 上找不到正在监听的守护进程，所以任何命令都失败。`,
      `The docker CLI is only a client; the work is done by the dockerd daemon. The client found no daemon listening on ${c.g.sock ? ic(c.g.sock) : "the default socket"}, so every command fails.`,
    ),
  causes: [
    t("Docker 服务没有启动，或者启动后又退出了（systemctl status docker 显示 inactive/failed）", "the Docker service is not started, or it started and exited (systemctl status docker shows inactive/failed)"),
    t("在 macOS/Windows 上 Docker Desktop 没有打开，或者在 WSL 里没有开启与 Docker Desktop 的集成", "on macOS/Windows Docker Desktop is not running, or WSL integration with Docker Desktop is off"),
    t("DOCKER_HOST 或 docker context 指向了一个不存在的 socket / 远程主机", "DOCKER_HOST or the docker context points at a socket or remote host that does not exist"),
  ],
  solutions: [
    {
      title: t("启动 Docker 服务并设为开机自启", "Start the Docker service and enable it at boot"),
      steps: [
        t("在 systemd 系统上启动 docker 服务；如果启动失败，用 journalctl 看 dockerd 自己的报错（常见是 daemon.json 写错）。", "On systemd hosts start the docker service; if it fails to start, read dockerd's own error in journalctl (often a bad daemon.json)."),
        t("macOS/Windows：打开 Docker Desktop，等托盘图标显示 Engine running 再重试。", "macOS/Windows: open Docker Desktop and wait until it reports the engine is running."),
      ],
      code: () => block("bash", ["sudo systemctl enable --now docker", "systemctl status docker --no-pager", "sudo journalctl -u docker --no-pager -n 50"]),
    },
    {
      title: t("检查客户端连的是哪个守护进程", "Check which daemon the client is talking to"),
      steps: [t("docker context ls 会标出当前上下文；环境变量 DOCKER_HOST 会覆盖它。指向错了就切回 default 或清掉变量。", "docker context ls marks the current context; DOCKER_HOST overrides it. If it points somewhere wrong, switch back to default or unset it.")],
      code: () => block("bash", ['echo "DOCKER_HOST=${DOCKER_HOST:-}"', "docker context ls", "docker context use default"]),
    },
  ],
  docs: ["https://docs.docker.com/engine/daemon/start/", "https://docs.docker.com/config/daemon/troubleshoot/"],
  samples: [
    { text: "$ docker ps\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?", source: "https://github.com/docker/for-linux/issues/535" },
  ],
});
