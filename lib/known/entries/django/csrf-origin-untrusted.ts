import { block, defineKnownError, q, t } from "../../define";

export default defineKnownError({
  id: "django.csrf-origin-untrusted",
  category: "auth.forbidden",
  match: [
    /Origin checking failed - (?<origin>https?:\/\/[^\s]{1,200}?) does not match any trusted origins/,
    /\(4_0\.E001\) As of Django 4\.0, the values in the CSRF_TRUSTED_ORIGINS setting must start with a scheme/,
  ],
  title: (c) =>
    c.g.origin
      ? t(`Django 4+ 的 CSRF 检查不信任来源 ${c.g.origin}`, `Django 4+ CSRF checking does not trust the origin ${c.g.origin}`)
      : t("Django 4.0 起 CSRF_TRUSTED_ORIGINS 的每一项都必须带协议", "Since Django 4.0 every CSRF_TRUSTED_ORIGINS entry must include the scheme"),
  summary: (c) =>
    c.g.origin
      ? t(
          `Django 4.0 起，CSRF 中间件会检查 POST 等请求的 Origin 头。${c.g.origin} 与当前站点不同（常见于反向代理 / HTTPS 终止、自定义域名或前后端分离），又不在 CSRF_TRUSTED_ORIGINS 里，于是返回 403。`,
          `Since Django 4.0 the CSRF middleware checks the Origin header of POST and other unsafe requests. ${c.g.origin} differs from the site as Django sees it (common behind a reverse proxy / TLS termination, with a custom domain, or a separate frontend) and is not in CSRF_TRUSTED_ORIGINS, so the request gets 403.`,
        )
      : t(
          "Django 4.0 起 CSRF_TRUSTED_ORIGINS 里写的是完整来源（如 https://example.com），旧版本允许的只写域名的形式（example.com）会被系统检查拒绝。",
          "Since Django 4.0 CSRF_TRUSTED_ORIGINS holds full origins (such as https://example.com); the bare host form older versions accepted (example.com) is rejected by the system check.",
        ),
  causes: [
    t("升级到 Django 4+ 后没有按新规则配置 CSRF_TRUSTED_ORIGINS", "after upgrading to Django 4+ CSRF_TRUSTED_ORIGINS was not configured for the new rules"),
    t("站点部署在反向代理或 HTTPS 终止之后，浏览器看到的来源与 Django 看到的不同", "the site sits behind a reverse proxy or TLS termination, so the browser's origin differs from what Django sees"),
    t("CSRF_TRUSTED_ORIGINS 里的值没有写 http:// 或 https://", "values in CSRF_TRUSTED_ORIGINS lack http:// or https://"),
  ],
  solutions: [
    {
      title: t("把完整来源（含协议）加入 CSRF_TRUSTED_ORIGINS", "Add the full origin, scheme included, to CSRF_TRUSTED_ORIGINS"),
      steps: [t("写浏览器地址栏里的协议 + 域名（+ 非默认端口），不带路径；子域名可用 https://*.example.com。", "Use the scheme + host (+ non-default port) from the browser's address bar, without a path; subdomains can be covered with https://*.example.com.")],
      code: (c) => (c.g.origin ? block("python", ["# settings.py", `CSRF_TRUSTED_ORIGINS = [${q(c.g.origin.replace(/[/.,;]+$/, ""))}]`]) : null),
    },
  ],
  docs: ["https://docs.djangoproject.com/en/4.2/ref/settings/#csrf-trusted-origins", "https://docs.djangoproject.com/en/4.2/releases/4.0/#configuring-it-may-now-be-required"],
  samples: [
    {
      text: "Forbidden (403)\nCSRF verification failed. Request aborted.\n\nReason given for failure:\n    Origin checking failed - https://jawanndenn.de does not match any trusted origins.",
      source: "https://github.com/hartwork/jawanndenn/pull/387",
    },
  ],
});
