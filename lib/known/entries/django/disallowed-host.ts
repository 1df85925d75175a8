import { block, defineKnownError, q, t } from "../../define";

export default defineKnownError({
  id: "django.disallowed-host",
  category: "auth.forbidden",
  match: [/Invalid HTTP_HOST header: '(?<host>[^'\n]{1,200})'\. ?You may need to add u?'(?<add>[^'\n]{1,200})' to ALLOWED_HOSTS/, /Invalid HTTP_HOST header \(you may need to set ALLOWED_HOSTS\)/],
  title: (c) => t(`主机名 ${c.g.add ?? ""} 不在 Django 的 ALLOWED_HOSTS 里`.replace("  ", " "), `The host ${c.g.add ?? ""} is not in Django's ALLOWED_HOSTS`.replace("  ", " ")),
  summary: (c) =>
    t(
      `Django 只响应 Host 请求头在 ALLOWED_HOSTS 中的请求（防 Host 头攻击）；这次请求的 Host 是 ${c.g.host ? `'${c.g.host}'` : "一个未列出的值"}，于是返回 400 并记录 DisallowedHost。DEBUG=False 时 ALLOWED_HOSTS 必须显式配置。`,
      `Django only serves requests whose Host header is listed in ALLOWED_HOSTS (a guard against Host-header attacks); this request's Host was ${c.g.host ? `'${c.g.host}'` : "an unlisted value"}, so it answered 400 and logged DisallowedHost. With DEBUG=False, ALLOWED_HOSTS must be configured explicitly.`,
    ),
  causes: [
    t("部署到新域名、服务器 IP 或放到反向代理之后，没有把这个主机名加入 ALLOWED_HOSTS", "the site was deployed under a new domain, the server's IP, or behind a reverse proxy without adding that host to ALLOWED_HOSTS"),
    t("扫描器或健康检查直接用服务器 IP 访问（日志里出现陌生 IP 时多半如此），这类请求本就应该被拒绝", "scanners or health checks hit the server by IP (likely when the host is an unknown IP); rejecting those is intended"),
  ],
  solutions: [
    {
      title: (c) => t(`把 ${c.g.add ?? "该主机名"} 加入 ALLOWED_HOSTS`, `Add ${c.g.add ?? "the host"} to ALLOWED_HOSTS`),
      steps: [t("只加入你确实要服务的域名；不要用 \"*\" 放开所有主机。", "Add only the hosts you actually serve; do not open it to every host with \"*\".")],
      code: (c) => (c.g.add ? block("python", ["# settings.py", `ALLOWED_HOSTS = [${q(c.g.add)}]`]) : null),
    },
    {
      title: t("陌生 IP/域名的请求：在反向代理层拦掉", "Unknown IPs/hosts: drop them at the reverse proxy"),
      steps: [t("在 Nginx 等前端只把合法 Host 转发给 Django，可避免日志和告警邮件被这些请求刷屏。", "Let Nginx or another front end forward only valid Host values to Django so these requests stop flooding logs and error emails.")],
    },
  ],
  docs: ["https://docs.djangoproject.com/en/1.5/ref/settings/#allowed-hosts", "https://github.com/MapStory/mapstory-meta/issues/1240", "https://github.com/GovReady/govready-q/issues/271"],
  samples: [
    {
      text: "localhost  | [2025-11-08 09:34:56] - ERROR - django.security.DisallowedHost - Invalid HTTP_HOST header: 'finance.knowelltech.net'. You may need to add 'finance.knowelltech.net' to ALLOWED_HOSTS.",
      source: "https://github.com/eitchtee/WYGIWYH/issues/399",
    },
  ],
});
