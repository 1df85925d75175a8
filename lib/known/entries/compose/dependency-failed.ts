import { block, defineKnownError, ic, shq, t } from "../../define";

export default defineKnownError({
  id: "compose.dependency-failed",
  category: "tool.container",
  match: [/dependency failed to start: container (?<container>[\w.-]{1,128}) (?<state>is unhealthy|exited \((?<code>\d{1,3})\))/, /ERROR: for (?<service>[\w.-]{1,128})\s{1,4}Container "(?<container>[0-9a-f]{6,64})" (?<state>is unhealthy)/],
  title: (c) =>
    c.g.state === "is unhealthy"
      ? t(`依赖的容器 ${c.g.container} 健康检查失败，Compose 停止启动`, `Dependency ${c.g.container} failed its healthcheck, so Compose stopped`)
      : t(`依赖的容器 ${c.g.container} 已退出，Compose 停止启动`, `Dependency ${c.g.container} exited, so Compose stopped`),
  summary: (c) =>
    t(
      `有服务用 depends_on 的 condition: service_healthy（或 service_completed_successfully）等待 ${ic(c.g.container ?? "")}。${c.g.state === "is unhealthy" ? "它的 healthcheck 在 retries 次重试后仍然失败，被标记为 unhealthy，于是 Compose 放弃启动依赖它的服务。要么服务本身没起来，要么检查命令/超时写得不对。" : `它以退出码 ${c.g.code} 结束了，永远不会变成 healthy，所以 Compose 直接报错。先看它自己的日志。`}`,
      `A service waits on ${ic(c.g.container ?? "")} through depends_on with condition: service_healthy (or service_completed_successfully). ${c.g.state === "is unhealthy" ? "Its healthcheck still failed after the configured retries, so it was marked unhealthy and Compose gave up on the services that depend on it. Either the service itself is not coming up, or the check command or timing is wrong." : `It exited with code ${c.g.code}, so it can never become healthy and Compose stops. Its own logs say why.`}`,
    ),
  causes: [
    t("依赖服务本身启动失败（配置错误、密码/环境变量缺失、数据目录权限）", "the dependency itself fails to start (bad config, missing password or env var, data directory permissions)"),
    t("healthcheck 命令在镜像里不存在（如镜像里没有 curl）或检查了错误的主机/端口", "the healthcheck command is missing from the image (no curl) or checks the wrong host/port"),
    t("interval × retries 太短，服务（如首次初始化的数据库）还没来得及就绪", "interval × retries is too short for a slow start (a database initialising for the first time)"),
  ],
  solutions: [
    {
      title: t("看依赖容器的日志和健康检查记录", "Read the dependency's logs and healthcheck results"),
      steps: [t("docker inspect 会列出最近几次 healthcheck 的输出和退出码，通常能直接看出是服务没起来还是检查命令本身有问题。", "docker inspect lists the last healthcheck outputs and exit codes, which usually shows whether the service is down or the check itself is broken.")],
      code: (c) => {
        const name = c.g.container ?? "app-db-1";
        return block("bash", [`docker logs --tail 100 ${shq(name)}`, `docker inspect ${shq(name)} | grep -A 25 '"Health"'`]);
      },
    },
    {
      title: t("修正 healthcheck，并给慢启动留够时间", "Fix the healthcheck and allow for a slow start"),
      steps: [t("用镜像里确实存在的命令检查服务自己（容器内用 localhost），并用 start_period 给首次启动留时间。", "Check the service with a command that exists in the image (localhost inside the container), and give the first start time with start_period.")],
      code: () =>
        block("yaml", [
          "services:",
          "  db:",
          "    image: postgres:16",
          "    healthcheck:",
          '      test: ["CMD-SHELL", "pg_isready -U postgres"]',
          "      interval: 5s",
          "      timeout: 3s",
          "      retries: 10",
          "      start_period: 30s",
          "  app:",
          "    depends_on:",
          "      db:",
          "        condition: service_healthy",
        ]),
    },
  ],
  docs: ["https://docs.docker.com/compose/how-tos/startup-order/", "https://docs.docker.com/reference/compose-file/services/#healthcheck", "https://github.com/docker/compose/issues/11474", "https://github.com/docker/compose/issues/6625"],
  samples: [
    { text: "dependency failed to start: container docker-metrics-1 is unhealthy", source: "https://github.com/NationalSecurityAgency/datawave/issues/2666" },
    { text: 'ERROR: for api  Container "925e231df5aa" is unhealthy.\nERROR: Encountered errors while bringing up the project.', source: "https://github.com/docker/compose/issues/6625" },
    { text: " Container hrm_redis  Healthy\n Container hrm_kafka  Healthy\n Container hrm_database  Error\ndependency failed to start: container hrm_database exited (0)", source: "https://github.com/docker/compose/issues/11125" },
  ],
});
