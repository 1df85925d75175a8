import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "docker.socket-permission-denied",
  category: "fs.permission",
  match: [/permission denied while trying to connect to the Docker daemon socket/i, /dial unix \/var\/run\/docker\.sock: connect: permission denied/],
  title: t("当前用户没有权限访问 /var/run/docker.sock", "The current user may not access /var/run/docker.sock"),
  summary: t(
    "Docker 守护进程在运行，但它的 Unix socket 属于 root 和 docker 组；当前用户既不是 root 也不在 docker 组里，所以连接被拒绝。",
    "The Docker daemon is running, but its Unix socket belongs to root and the docker group; the current user is neither root nor in the docker group, so the connection is refused.",
  ),
  causes: [
    t("用户还没有加入 docker 组", "the user has not been added to the docker group"),
    t("刚加入 docker 组，但当前登录会话还没重新加载组成员（需要重新登录或 newgrp）", "the user was just added to the docker group, but the current login session has not picked up the new group (log in again or use newgrp)"),
  ],
  solutions: [
    {
      title: t("把用户加入 docker 组并刷新会话", "Add the user to the docker group and refresh the session"),
      steps: [
        t("加入 docker 组后，退出并重新登录（或执行 newgrp docker）让组成员生效。", "After adding the group, log out and back in (or run newgrp docker) so the membership takes effect."),
        t("注意：docker 组等同于 root 权限；不想这样可以改用 rootless 模式。", "Note: the docker group grants root-equivalent privileges; rootless mode is the alternative."),
      ],
      code: () => block("bash", ["sudo groupadd -f docker", 'sudo usermod -aG docker "$USER"', "newgrp docker", "docker version"]),
    },
    {
      title: t("不要用 chmod 666 docker.sock 代替", "Do not chmod 666 the socket instead"),
      steps: [t("把 socket 改成所有人可写等于把 root 权限交给机器上的每个用户，而且 dockerd 重启后就会恢复原样。", "Making the socket world-writable hands root to every user on the machine, and dockerd resets it on restart anyway.")],
    },
  ],
  docs: ["https://docs.docker.com/install/linux/linux-postinstall/#manage-docker-as-a-non-root-user"],
  samples: [
    {
      text: 'docker: Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/containers/create": dial unix /var/run/docker.sock: connect: permission denied.\nSee \'docker run --help\'.',
      source: "https://github.com/docker/docker/issues/5314",
    },
  ],
});
