import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "redis.connection-refused",
  category: "database",
  match: [
    /Could not connect to Redis at (?<host>[\w.:-]{1,100}):(?<port>\d{1,5}): Connection refused/,
    /Redis connection to (?<host>[\w.:-]{1,100}):(?<port>\d{1,5}) failed - connect ECONNREFUSED/,
    /Error (?:111|61|10061) connecting to (?<host>[\w.:-]{1,100}):(?<port>\d{1,5})\. (?:Connection refused|No connection could be made)/,
    /Error connecting to Redis on (?<host>[\w.:-]{1,100}):(?<port>\d{1,5}) \(ECONNREFUSED\)/,
  ],
  title: (c) => t(`连不上 Redis ${c.g.host}:${c.g.port}（连接被拒绝）`, `Cannot connect to Redis at ${c.g.host}:${c.g.port} (connection refused)`),
  summary: (c) => {
    const local = /^(?:127\.0\.0\.1|localhost|::1)$/.test(c.g.host ?? "");
    return t(
      `${ic(`${c.g.host}:${c.g.port}`)} 上没有进程在监听：Redis 服务没启动、已崩溃，或者监听的是别的地址/端口。${local ? "地址是本机：如果程序跑在 Docker 容器里，容器里的 127.0.0.1 指的是容器自己，应该改用 compose 的服务名（如 redis）；如果配置里写了别的主机却仍连到 127.0.0.1，说明连接参数没有生效，用的是客户端默认值。" : "确认该主机上 Redis 正在运行，且 bind 设置允许外部连接、防火墙放行了端口。"}`,
      `Nothing listens on ${ic(`${c.g.host}:${c.g.port}`)}: the Redis server is not running, has crashed, or listens on another address or port. ${local ? "The address is local: inside a Docker container 127.0.0.1 is the container itself, so use the compose service name (e.g. redis); and if you configured another host but it still dials 127.0.0.1, your connection settings were not applied and the client fell back to its default." : "Check that Redis runs on that host, that its bind setting accepts outside connections and the firewall allows the port."}`,
    );
  },
  causes: [
    t("Redis 服务没有启动（或启动失败后退出）", "the Redis server is not started (or exited after failing to start)"),
    t("程序在容器里，却连 127.0.0.1/localhost，而 Redis 在另一个容器或主机上", "the program runs in a container but dials 127.0.0.1/localhost while Redis lives in another container or host"),
    t("连接配置（REDIS_URL、host/port 选项）没有传给客户端，客户端用了默认的 127.0.0.1:6379", "the connection settings (REDIS_URL, host/port options) never reached the client, which used its default 127.0.0.1:6379"),
  ],
  solutions: [
    {
      title: t("确认 Redis 在运行并在预期端口监听", "Check that Redis is running and listening where expected"),
      steps: [t("启动服务后用 redis-cli ping 验证（应返回 PONG）。", "Start the server, then verify with redis-cli ping (expect PONG).")],
      code: (c) => block("bash", ["sudo systemctl status redis-server || sudo systemctl status redis", "sudo systemctl start redis-server", `redis-cli -h ${c.g.host ?? "127.0.0.1"} -p ${c.g.port ?? "6379"} ping`, "# or with Docker:", "docker run -d --name redis -p 6379:6379 redis:7"]),
    },
    {
      title: t("在容器里用服务名连接，并确保配置生效", "Inside containers connect by service name, and make sure the settings apply"),
      steps: [t("compose 中把 Redis 地址设为服务名，并通过环境变量传给应用；启动时打印实际使用的连接地址来确认。", "In compose point the app at the Redis service name through an environment variable, and log the address actually used at start-up to confirm.")],
      code: () => block("yaml", ["services:", "  app:", "    environment:", "      REDIS_URL: redis://redis:6379/0", "    depends_on:", "      - redis", "  redis:", "    image: redis:7"]),
    },
  ],
  docs: ["https://redis.io/docs/latest/operate/oss_and_stack/management/config/", "https://docs.docker.com/compose/how-tos/networking/", "https://github.com/redis/redis/issues/457"],
  samples: [
    { text: "Could not connect to Redis at 127.0.0.1:6379: Connection refused\nnot connected> ", source: "https://github.com/redis/redis/issues/457" },
    { text: "Error: Redis connection to 127.0.0.1:6379 failed - connect ECONNREFUSED 127.0.0.1:6379\n    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1144:16) {\n  errno: -61,\n  code: 'ECONNREFUSED',\n  syscall: 'connect',\n  address: '127.0.0.1',\n  port: 6379\n}", source: "https://github.com/lfb/nodejs-koa-blog/issues/99" },
    { text: "ConnectionError: Error 61 connecting to localhost:6379. Connection refused.", source: "https://github.com/comsysto/twitter-realtime-heatmap/issues/2" },
  ],
});
