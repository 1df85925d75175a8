import { block, defineKnownError, ic, shq, t } from "../../define";

export default defineKnownError({
  id: "docker.port-already-allocated",
  category: "network.address_in_use",
  match: [/Bind for (?<addr>[\d.:\[\]a-f]{1,60}):(?<port>\d{1,5}) failed: port is already allocated/i, "port is already allocated"],
  title: (c) => (c.g.port ? t(`主机端口 ${c.g.port} 已被占用，容器无法发布`, `Host port ${c.g.port} is already taken, so the container cannot publish it`) : t("主机端口已被占用，容器无法发布", "The host port is already taken, so the container cannot publish it")),
  summary: (c) =>
    t(
      `docker 要把容器端口映射到主机${c.g.port ? `的 ${ic(c.g.port)} 端口` : "端口"}，但这个端口已经被另一个容器或主机上的进程占用了。`,
      `Docker tried to publish the container port on host port ${c.g.port ? ic(c.g.port) : "(the one in -p)"}, but another container or a host process already holds that port.`,
    ),
  causes: [
    t("另一个（可能是旧的、已停止但未删除的 compose 项目的）容器已经发布了同一个主机端口", "another container (often from an older compose project) already publishes the same host port"),
    t("主机上有进程在监听这个端口（本地装的 nginx、数据库、开发服务器等）", "a process on the host listens on that port (a local nginx, database, dev server…)"),
  ],
  solutions: [
    {
      title: t("找出占用端口的容器或进程", "Find the container or process holding the port"),
      steps: [t("先看是不是容器；不是的话再查主机进程，停掉它或让它换端口。", "Check containers first; if none, find the host process and stop it or move it.")],
      code: (c) => {
        const port = c.g.port ?? "8080";
        return block("bash", [`PORT=${shq(port)}`, 'docker ps --filter "publish=$PORT"', 'sudo ss -ltnp "sport = :$PORT"']);
      },
    },
    {
      title: t("或者把容器发布到另一个主机端口", "Or publish the container on another host port"),
      steps: [t("把 -p（或 compose 的 ports）左边的主机端口改掉，右边的容器端口保持不变。", "Change the host side (left) of -p or compose ports; keep the container side (right).")],
    },
  ],
  docs: ["https://docs.docker.com/engine/userguide/networking/#exposing-and-publishing-ports", "https://github.com/docker/for-linux/issues/471"],
  samples: [
    { text: "Error response from daemon: driver failed programming external connectivity on endpoint web (3c5e): Bind for 0.0.0.0:8080 failed: port is already allocated", source: "https://github.com/microrealestate/microrealestate/issues/229" },
  ],
});
