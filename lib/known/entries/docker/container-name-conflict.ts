import { block, defineKnownError, ic, shq, t } from "../../define";

export default defineKnownError({
  id: "docker.container-name-conflict",
  category: "tool.container",
  match: [
    /Conflict\. The container name "\/?(?<name>[\w.-]{1,128})" is already in use by container "?(?<id>[0-9a-f]{6,64})"?/,
    /Conflict, The name (?<name>[\w.-]{1,128}) is already assigned to (?<id>[0-9a-f]{6,64})/,
    "is already in use by container",
  ],
  title: (c) => (c.g.name ? t(`容器名 ${c.g.name} 已被另一个容器占用`, `The container name ${c.g.name} is taken by another container`) : t("容器名已被另一个容器占用", "The container name is taken by another container")),
  summary: (c) =>
    t(
      `docker run --name（或 compose 的 container_name）要求名字唯一，而${c.g.name ? ` ${ic(c.g.name)} ` : "这个名字"}已经属于${c.g.id ? `容器 ${ic(c.g.id.slice(0, 12))}` : "另一个容器"}。已停止的容器也会一直占着名字，直到被删除，所以第二次运行同一条命令时最常见。`,
      `docker run --name (or compose container_name) needs a unique name, and ${c.g.name ? ic(c.g.name) : "this name"} already belongs to ${c.g.id ? `container ${ic(c.g.id.slice(0, 12))}` : "another container"}. A stopped container keeps its name until it is removed, so this usually happens the second time the same command runs.`,
    ),
  causes: [
    t("上次运行留下的容器（已停止但没删除）还占着这个名字", "a container from an earlier run (stopped, not removed) still holds the name"),
    t("另一个 compose 项目或脚本用了同样的 container_name", "another compose project or script uses the same container_name"),
  ],
  solutions: [
    {
      title: t("删掉旧容器后再运行", "Remove the old container, then run again"),
      steps: [t("先确认旧容器是什么；不需要了就删除（-f 会先停止它）。以后可以给 docker run 加 --rm，让容器退出后自动删除。", "Check what the old container is; if you no longer need it, remove it (-f stops it first). Adding --rm to docker run removes containers when they exit.")],
      code: (c) => {
        const name = c.g.name ?? "my-container";
        return block("bash", [`docker ps -a --filter name=^/${name}$`, `docker rm -f ${shq(name)}`]);
      },
    },
    {
      title: t("想保留旧容器：改名或直接启动它", "Keep the old container: rename it, or just start it"),
      steps: [t("如果旧容器里有数据，可以把它改名后再创建新容器；如果它就是你要的那个，用 docker start 启动即可，不必重新 run。", "If the old container holds data, rename it before creating the new one; if it is the one you want, docker start it instead of running a new one.")],
      code: (c) => {
        const name = c.g.name ?? "my-container";
        return block("bash", [`docker rename ${shq(name)} ${shq(`${name}-old`)}`, `# or reuse it: docker start ${shq(name)}`]);
      },
    },
  ],
  docs: ["https://docs.docker.com/reference/cli/docker/container/rm/", "https://github.com/docker/docs/pull/17816", "https://github.com/moby/moby/issues/25932"],
  samples: [
    { text: 'docker: Error response from daemon: Conflict. The container name "/caochong-ambari-0" is already in use by container "92b3b26333cc105bfee4d6f6b4eddc0a433e774360c1bcbfe797093c6fa531e9". You have to remove (or rename) that container to be able to reuse that name.\nSee \'docker run --help\'.', source: "https://github.com/weiqingy/caochong/issues/15" },
    { text: 'docker: Error response from daemon: Conflict. The container name "/pmm-server" is already in use by container "0270fbfd68911886f1121168e84fff95d067257761395b3e478b7409c3124a3e". You have to remove (or rename) that container to be able to reuse that name.', source: "https://github.com/percona/pmm-doc/pull/953" },
  ],
});
