import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "nginx.bind-address-in-use",
  category: "network.address_in_use",
  match: [/\[emerg\][^\n]{0,40}?bind\(\) to (?<addr>[\w.:[\]/-]{1,120}?):(?<port>\d{1,5}) failed \(98: Address already in use\)/, /bind\(\) to (?<addr>unix:[\w./-]{1,200}) failed \(98: Address already in use\)/],
  title: (c) => (c.g.port ? t(`nginx 无法监听端口 ${c.g.port}：已被占用`, `nginx cannot listen on port ${c.g.port}: it is already in use`) : t("nginx 无法绑定套接字：已被占用", "nginx cannot bind its socket: it is already in use")),
  summary: (c) =>
    t(
      `nginx 启动时要绑定 ${ic(c.g.port ? `${c.g.addr}:${c.g.port}` : (c.g.addr ?? ""))}，但那里已经有进程在监听（98 EADDRINUSE）。最常见的是另一个 nginx 实例其实已经在运行（例如手动启动过一次，又用 systemctl 启动），或者 Apache/其他 Web 服务器、容器占用了这个端口。${c.g.addr?.startsWith("unix:") ? "对 unix 套接字来说，往往是上次异常退出后留下的 .sock 文件。" : ""}`,
      `On start nginx binds ${ic(c.g.port ? `${c.g.addr}:${c.g.port}` : (c.g.addr ?? ""))}, but something already listens there (98 EADDRINUSE). Most often another nginx is in fact already running (started by hand once, then again through systemctl), or Apache, another web server or a container holds the port.${c.g.addr?.startsWith("unix:") ? " For a unix socket it is usually a .sock file left behind by an unclean exit." : ""}`,
    ),
  causes: [
    t("nginx 已经在运行：又执行了一次 nginx 或 systemctl start（重载配置应当用 nginx -s reload）", "nginx is already running: it was started again (reload the configuration with nginx -s reload instead)"),
    t("Apache（httpd/apache2）、Caddy、其他代理或 Docker 容器占着 80/443", "Apache (httpd/apache2), Caddy, another proxy or a Docker container holds 80/443"),
    t("配置里两个 server 块用不兼容的参数监听同一地址（如同时写 listen [::]:80 ipv6only=off 和 listen 80）", "two server blocks listen on the same address with clashing options (e.g. listen [::]:80 ipv6only=off and listen 80)"),
  ],
  solutions: [
    {
      title: t("找出占用端口的进程", "Find what holds the port"),
      steps: [t("如果占用者就是 nginx 自己，用 systemctl 统一管理它：先停掉所有 nginx 进程再用 systemctl 启动。其他程序则停掉它或给 nginx 换端口。", "If the holder is nginx itself, manage it through systemctl only: stop every nginx process, then start it with systemctl. Otherwise stop the other program or move nginx to another port.")],
      code: (c) => {
        const port = c.g.port ?? "80";
        return block("bash", [`sudo ss -ltnp 'sport = :${port}'`, "sudo nginx -s quit; sudo systemctl restart nginx"]);
      },
    },
    {
      title: t("检查配置里的重复监听", "Look for duplicate listen directives"),
      steps: [t("列出所有 listen 指令，确认同一地址只出现一种写法；改完后 nginx -t 校验再重载。", "List every listen directive and make sure each address is declared one way only; check with nginx -t, then reload.")],
      code: () => block("bash", ["sudo nginx -T | grep -n 'listen'", "sudo nginx -t && sudo systemctl reload nginx"]),
    },
  ],
  docs: ["https://nginx.org/en/docs/http/ngx_http_core_module.html#listen", "https://github.com/xtr4nge/FruityWifi/issues/224", "https://github.com/WWBN/AVideo/issues/989"],
  samples: [
    { text: "service nginx restart\nRestarting nginx: nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)\nnginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)", source: "https://github.com/EasyEngine/easyengine/issues/10" },
    { text: "[emerg] 7939#7939: bind() to [::]:80 failed (98: Address already in use)\n[emerg] 7939#7939: still could not bind()", source: "https://github.com/xtr4nge/FruityWifi/issues/224" },
  ],
});
