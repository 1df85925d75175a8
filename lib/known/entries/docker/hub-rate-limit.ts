import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "docker.hub-rate-limit",
  category: "rate_limit",
  match: [/toomanyrequests:\s*You have reached your (?:unauthenticated )?pull rate limit/i, "You have reached your pull rate limit", "You have reached your unauthenticated pull rate limit"],
  title: t("Docker Hub 拉取次数超限（toomanyrequests）", "Docker Hub pull rate limit reached (toomanyrequests)"),
  summary: t(
    "Docker Hub 按时间窗口限制拉取次数：未登录的拉取按出口 IP 计数，登录后按账号计数、额度更高，付费订阅不限。这台机器（或与它共用出口 IP 的机器）在窗口内拉取太多次了。",
    "Docker Hub limits pulls per time window: anonymous pulls count against the outgoing IP address, authenticated pulls against the account with a higher allowance, and paid subscriptions are not limited. This machine (or others sharing its IP) pulled too often in the window.",
  ),
  causes: [
    t("没有 docker login，匿名拉取与同一出口 IP（公司 NAT、CI 共享 runner）上的其他人共用额度", "no docker login: anonymous pulls share one allowance with everyone behind the same IP (office NAT, shared CI runners)"),
    t("CI 每次构建都重新拉取基础镜像，没有缓存或镜像代理", "CI pulls base images on every build without a cache or pull-through mirror"),
    t("多架构镜像的每次拉取也计数，批量部署时很快用完", "every pull counts, so mass deployments use the allowance quickly"),
  ],
  solutions: [
    {
      title: t("登录 Docker Hub 再拉取", "Log in to Docker Hub before pulling"),
      steps: [
        t("用 Docker Hub 账号（CI 里用访问令牌）执行 docker login；登录后的拉取按账号计数，额度更高。", "Run docker login with a Docker Hub account (an access token in CI); authenticated pulls count against the account, with a higher allowance."),
        t("在 CI 里把用户名和令牌放进密钥变量，而不是写在脚本里。", "In CI keep the user name and token in secret variables, not in the script."),
      ],
      code: () => block("bash", ['echo "$DOCKERHUB_TOKEN" | docker login --username "$DOCKERHUB_USERNAME" --password-stdin']),
    },
    {
      title: t("减少对 Docker Hub 的拉取", "Pull less from Docker Hub"),
      steps: [t("在 CI 中缓存镜像层、使用镜像代理（registry mirror / pull-through cache），或把常用基础镜像同步到自己的仓库。", "Cache layers in CI, use a registry mirror or pull-through cache, or copy the base images you use into your own registry.")],
    },
  ],
  docs: ["https://www.docker.com/increase-rate-limit", "https://www.docker.com/blog/checking-your-current-docker-pull-rate-limits-and-status/", "https://github.com/docker/docs/pull/21494/files"],
  samples: [
    { text: "Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit", source: "https://github.com/kodekloudhub/kodekloud-engineer/issues/58" },
  ],
});
