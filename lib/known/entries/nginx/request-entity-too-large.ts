import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "nginx.request-entity-too-large",
  category: "request.invalid",
  match: [/client intended to send too large body: (?<bytes>\d{1,15}) bytes/, /<title>413 Request Entity Too Large<\/title>/, "413 Request Entity Too Large"],
  title: (c) => t(`请求体超过了 nginx 的 client_max_body_size${c.g.bytes ? `（${c.g.bytes} 字节）` : ""}`, `The request body exceeds nginx's client_max_body_size${c.g.bytes ? ` (${c.g.bytes} bytes)` : ""}`),
  summary: (c) =>
    t(
      `nginx 按 client_max_body_size 限制请求体大小，默认只有 1m；超过时直接返回 413，请求不会到达后端应用${c.g.bytes ? `。这次客户端要发送 ${ic(c.g.bytes)} 字节` : ""}。`,
      `nginx limits request bodies with client_max_body_size, 1m by default; larger requests get a 413 at once and never reach the application${c.g.bytes ? `. This client wanted to send ${ic(c.g.bytes)} bytes` : ""}.`,
    ),
  causes: [
    t("上传文件大于 1 MB 而没有调整 client_max_body_size", "an upload larger than 1 MB while client_max_body_size was never raised"),
    t("只在某个 server/location 块里调大了，而请求命中的是另一个块（例如 HTTPS 的 server 块）", "it was raised in one server/location block while requests hit another one (e.g. the HTTPS server block)"),
    t("前面还有一层代理/Ingress 有自己的限制（如 Ingress-NGINX 的 proxy-body-size 注解）", "another proxy or Ingress in front has its own limit (e.g. the Ingress-NGINX proxy-body-size annotation)"),
  ],
  solutions: [
    {
      title: t("在处理该请求的块里调大 client_max_body_size", "Raise client_max_body_size in the block that serves the request"),
      steps: [t("在 http、server 或 location 中设置 client_max_body_size 50m;（0 表示不限制），然后 nginx -t 检查配置并 nginx -s reload。应用框架（PHP upload_max_filesize、后端框架的 body 限制）也要同步调整。", "Set client_max_body_size 50m; in the http, server or location block (0 disables the check), then nginx -t and nginx -s reload. Raise the application's own limits too (PHP upload_max_filesize, the framework's body limit).")],
    },
    {
      title: t("确认修改的是生效的配置", "Make sure you changed the configuration in effect"),
      steps: [t("nginx -T 打印实际加载的完整配置，搜索 client_max_body_size 看每个 server/location 的值；修改后必须 reload 才会生效。", "nginx -T prints the full configuration actually loaded; search it for client_max_body_size in each server/location; changes only apply after a reload.")],
    },
  ],
  docs: ["https://nginx.org/en/docs/http/ngx_http_core_module.html#client_max_body_size", "https://github.com/openresty/lua-resty-upload/issues/27"],
  samples: [{ text: "2012/09/13 10:19:19 [error] 5410#0: *270366 client intended to send too large body: 3587048 bytes, client: 10.1.2.3, server: app.maqetta.org, request: \"POST /maqetta/cmd/addFiles?path=./project1/images HTTP/1.1\"", source: "https://github.com/maqetta/maqetta/issues/3379" }],
});
