import { block, defineKnownError, t } from "../../define";

const portOf = (p: string | undefined): string | null => (p && /^\d{1,5}$/.test(p) ? p : null);

export default defineKnownError({
  id: "spring.port-in-use",
  category: "network.address_in_use",
  match: [/Web server failed to start\. Port (?<port>\d{1,5}) was already in use/, /PortInUseException: Port (?<port>\d{1,5}) is already in use/],
  title: (c) => t(`端口 ${c.g.port ?? ""} 已被占用，Spring Boot 内嵌服务器无法启动`, `Port ${c.g.port ?? ""} is taken, so the embedded web server cannot start`),
  summary: (c) =>
    t(
      `Spring Boot 的内嵌 Web 服务器要监听 ${c.g.port ?? "配置的"} 端口，但已经有别的进程（常常是上一次没退出的同一个应用）在监听它。`,
      `Spring Boot's embedded web server wants to listen on port ${c.g.port ?? "(configured)"}, but another process, often a previous run of the same app that never exited, already listens there.`,
    ),
  causes: [
    t("之前启动的同一个应用（IDE 里另一个运行配置、后台进程）还没停", "an earlier run of the same app (another IDE run configuration, a background process) is still running"),
    t("另一个服务（Tomcat、另一个 Spring Boot 应用、Jenkins 等）默认也用这个端口", "another service (Tomcat, another Spring Boot app, Jenkins, …) uses the same default port"),
  ],
  solutions: [
    {
      title: t("找出并停止占用端口的进程", "Find and stop the process holding the port"),
      steps: [t("查出监听该端口的进程号，确认是旧的实例后再结束它。", "Find the PID listening on the port, confirm it is the stale instance, then stop it.")],
      code: (c) => {
        const port = portOf(c.g.port);
        return port ? block("bash", [`PID=$(lsof -ti tcp:${port})`, 'ps -p "$PID" -o pid,command', 'kill "$PID"']) : null;
      },
    },
    {
      title: t("或者让这个应用换一个端口", "Or run this app on another port"),
      steps: [t("在 application.properties 里设置 server.port，或启动时传 --server.port=8081。", "Set server.port in application.properties or pass --server.port=8081.")],
    },
  ],
  docs: ["https://docs.spring.io/spring-boot/api/java/org/springframework/boot/web/server/PortInUseException.html", "https://docs.spring.io/spring-boot/docs/1.0.2.RELEASE/reference/html/howto-spring-boot-application.html"],
  samples: [
    {
      text: "***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\nWeb server failed to start. Port 5081 was already in use.\n\nAction:\n\nIdentify and stop the process that's listening on port 5081 or configure this application to listen on another port.",
      source: "https://github.com/anthonyraymond/joal-desktop/issues/102",
    },
  ],
});
