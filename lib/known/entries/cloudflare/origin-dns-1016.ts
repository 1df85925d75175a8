import { defineKnownError, t } from "../../define";
import { categorySolutions } from "../../template";

export default defineKnownError({
  id: "cloudflare.origin-dns-1016",
  category: "network.connection",
  match: [/\b530 error code: 1016\b/, /\berror code:? 1016\b/i, /Error 1016[^\n]{0,20}Origin DNS error/i, /"error_name":\s{0,3}"origin_dns_error"/],
  title: t("Cloudflare 1016：Cloudflare 解析不到源站地址", "Cloudflare 1016: Cloudflare cannot resolve the origin"),
  summary: t(
    "请求到达了 Cloudflare，但 Cloudflare 找不到这个域名背后的源站：该主机名的 DNS 记录（A/AAAA/CNAME）在 Cloudflare 上缺失、指向一个解析不了的名字，或对应的 Worker/隧道已不存在。HTTP 状态是 530，问题在网站一方，客户端换密钥或重试都无济于事。",
    "The request reached Cloudflare, but Cloudflare cannot find the origin behind the host name: its DNS record (A/AAAA/CNAME) is missing at Cloudflare, points at a name that does not resolve, or the Worker/tunnel behind it is gone. The HTTP status is 530; the problem is on the site's side, and a new key or a retry will not help.",
  ),
  causes: [
    t("请求的域名/子域名本身写错或已经停用（例如 API 地址换了，旧的 base URL 不再有源站）", "the requested host or subdomain is wrong or retired (the API moved and the old base URL has no origin any more)"),
    t("网站方的 DNS 配置错误，或托管在 Workers/Pages/隧道上的服务被删除", "the site's DNS configuration is broken, or the Worker/Pages/tunnel serving it was removed"),
  ],
  solutions: [
    {
      title: t("核对 base URL，站点是别人的就联系站点方", "Check the base URL; if the site is someone else's, contact them"),
      steps: [
        t("确认请求的主机名与服务文档中的当前地址一致（中转站、代理服务常更换域名）。域名是你自己的：在 Cloudflare DNS 面板检查该主机名的记录指向可解析的地址。", "Make sure the host name matches the service's current documented address (relays and proxies change domains often). If the domain is yours, check in the Cloudflare DNS dashboard that the record points at a resolvable address."),
      ],
    },
    ...categorySolutions("network.connection"),
  ],
  docs: ["https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1016/"],
  samples: [
    { text: "GET https://api.hostinger.com/v1/websites\nHTTP 530\nCloudflare Error 1016: Origin DNS error", source: "https://github.com/hostinger/api/issues/44" },
  ],
});
