/** Small pieces of text that several knowledge entries share. */
import { docsHost, showUrl } from "../providers";
import { ic, inline } from "../code/util";
import type { Facts, L } from "../types";
import { t } from "../types";

const reasons: Record<number, L> = {
  400: t("Bad Request（错误请求）", "Bad Request"),
  401: t("Unauthorized（未授权）", "Unauthorized"),
  402: t("Payment Required（需要付费）", "Payment Required"),
  403: t("Forbidden（禁止访问）", "Forbidden"),
  404: t("Not Found（未找到）", "Not Found"),
  405: t("Method Not Allowed（方法不允许）", "Method Not Allowed"),
  408: t("Request Timeout（请求超时）", "Request Timeout"),
  409: t("Conflict（冲突）", "Conflict"),
  413: t("Payload Too Large（请求体过大）", "Payload Too Large"),
  415: t("Unsupported Media Type（不支持的媒体类型）", "Unsupported Media Type"),
  422: t("Unprocessable Entity（参数校验失败）", "Unprocessable Entity"),
  429: t("Too Many Requests（请求过多）", "Too Many Requests"),
  500: t("Internal Server Error（服务器内部错误）", "Internal Server Error"),
  501: t("Not Implemented（未实现）", "Not Implemented"),
  502: t("Bad Gateway（网关错误）", "Bad Gateway"),
  503: t("Service Unavailable（服务不可用）", "Service Unavailable"),
  504: t("Gateway Timeout（网关超时）", "Gateway Timeout"),
  529: t("Overloaded（服务过载）", "Overloaded"),
};

export function statusText(status: number): L {
  const r = reasons[status];
  return r ? t(`HTTP ${status} ${r.zh}`, `HTTP ${status} ${r.en}`) : t(`HTTP ${status}`, `HTTP ${status}`);
}

/** "中转站 www.dmxapi.cn" / "the gateway www.dmxapi.cn" — who answered. */
/** The host the error came from: not masked, not a documentation link. */
export function usableHost(f: Facts): string | null {
  return f.host && !/[*…]/.test(f.host) && !docsHost.test(f.host) ? f.host : null;
}

export function serverName(f: Facts): L {
  const host = usableHost(f);
  if (f.isRelay) {
    if (host) return t(`中转站 ${host}`, `the gateway ${host}`);
    if (f.api.profile.id !== "relay") return t(`中转站 ${f.api.profile.label}`, `the ${f.api.profile.label} gateway`);
    return t("中转站（new-api/one-api 类网关）", "the gateway (a new-api/one-api style relay)");
  }
  const label = f.api.profile.id === "relay" ? null : f.api.profile.label;
  if (label && host) return t(`${label}（${host}）`, `${label} (${host})`);
  if (label) return t(label, label);
  return host ? t(host, host) : t("服务端", "the server");
}

/** Capitalise the first letter (English sentences that start with a name). */
export const cap = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** A short name for titles: the host, the provider or the relay family; null when nothing is known. */
export function serverSubject(f: Facts): string | null {
  const host = usableHost(f);
  if (host) return host;
  if (f.api.profile.id !== "relay") return f.api.profile.label;
  if (f.isRelay && f.provider) return relayLabel(f);
  return null;
}

/** The host the code will call (from the paste or the provider default), or null when it comes from the environment. */
export function apiHost(f: Facts): string | null {
  const host = usableHost(f);
  if (host) return host;
  if (f.api.base.kind === "literal") {
    const m = /^https?:\/\/([^/:]+)/.exec(f.api.base.url);
    return m ? m[1]! : null;
  }
  return null;
}

/** Where the key is managed, as a step. */
export function keyPageStep(f: Facts): L {
  const p = f.api.profile;
  if (f.isRelay) {
    const host = usableHost(f);
    const where = p.keyPage ?? (host ? `https://${host}` : null);
    return where
      ? t(`登录中转站控制台（${where}）→「令牌管理」：确认这个令牌存在、状态为“已启用”、没过期、额度没用完。`, `Log in to the gateway console (${where}) → Tokens: check that this token exists, is enabled, has not expired and still has quota.`)
      : t("登录中转站控制台 →「令牌管理」：确认这个令牌存在、状态为“已启用”、没过期、额度没用完。", "Log in to the gateway console → Tokens: check that this token exists, is enabled, has not expired and still has quota.");
  }
  if (p.keyPage) return t(`打开 ${p.label} 的 Key 管理页 ${p.keyPage}，确认这把 Key 还在且未被删除/禁用；不确定就新建一把。`, `Open ${p.label}'s key page ${p.keyPage}, check the key still exists and is active; if in doubt, create a new one.`);
  return t("到服务商控制台的 API Key 页面确认这把 Key 仍然有效；不确定就新建一把。", "Open the provider console's API key page and check the key is still valid; if in doubt, create a new one.");
}

/** How the key travels for this provider: the header a client must send. */
export function authHeaderText(f: Facts): L {
  switch (f.api.auth) {
    case "anthropic":
      return t("Anthropic 用 `x-api-key: <key>` 加 `anthropic-version: 2023-06-01` 两个请求头，不是 `Authorization: Bearer`。", "Anthropic expects `x-api-key: <key>` plus `anthropic-version: 2023-06-01`, not `Authorization: Bearer`.");
    case "gemini":
      return t("Gemini API 用 `x-goog-api-key: <key>` 请求头（或 URL 参数 `?key=`），不是 `Authorization: Bearer`。", "The Gemini API expects the `x-goog-api-key: <key>` header (or a `?key=` query parameter), not `Authorization: Bearer`.");
    case "azure":
      return t("Azure OpenAI 用 `api-key: <key>` 请求头，地址是 `https://<资源名>.openai.azure.com/openai/deployments/<部署名>/…?api-version=…`，Key 和资源所在区域必须对应。", "Azure OpenAI expects the `api-key: <key>` header on `https://<resource>.openai.azure.com/openai/deployments/<deployment>/…?api-version=…`; the key must belong to that resource.");
    case "none":
      return t("本地 Ollama 默认不需要 Key；如果前面加了反向代理，认证由代理决定。", "A local Ollama needs no key; if a reverse proxy sits in front, the proxy decides.");
    default:
      return t("OpenAI 兼容接口用 `Authorization: Bearer <key>` 请求头，注意 `Bearer` 后面有一个空格、Key 前后不能有引号或换行。", "OpenAI-compatible APIs expect `Authorization: Bearer <key>`: one space after `Bearer`, no quotes or newline around the key.");
  }
}

/** The endpoint the user called, for prose. */
export function endpointText(f: Facts): string {
  return showUrl(f.api.endpoint);
}

/** The request id line: quote it and say who can use it. */
export function requestIdItem(f: Facts): L | null {
  if (!f.requestId) return null;
  const id = inline(f.requestId, 100);
  return t(
    `请求 ID：\`${id}\` —— 把这个请求 ID 提供给服务商客服/技术支持，他们能据此查到这次请求在服务端的日志。`,
    `Request id: \`${id}\` — give this id to the provider's support; it lets them find this request in their server logs.`,
  );
}

/** "in your code at app.py line 12 (in main)". */
export function whereText(f: Facts): L | null {
  const fr = f.frame;
  if (!fr) return null;
  const fn = fr.func && !/<anonymous>|^<module>$/.test(fr.func) ? t(`，函数 ${ic(fr.func)}`, `, in ${ic(fr.func)}`) : t("", "");
  const code = fr.code ? t(`：${ic(fr.code)}`, `: ${ic(fr.code)}`) : t("", "");
  // Bundled browser code: the path after the host says more than a long preview URL.
  const file = /^https?:\/\//.test(fr.file) ? fr.file.replace(/^https?:\/\/[^/]+/, "") : fr.file;
  return t(`出错位置：${ic(file)} 第 ${fr.line} 行${fn.zh}${code.zh}`, `Where: ${ic(file)} line ${fr.line}${fn.en}${code.en}`);
}

export const relayLabel = (f: Facts): string => {
  switch (f.provider) {
    case "new-api":
      return "new-api";
    case "one-api":
      return "one-api";
    case "one-hub":
      return "one-hub";
    case "dmxapi":
      return "DMXAPI";
    default:
      return f.provider && /-api$/.test(f.provider) ? f.provider : "new-api/one-api";
  }
};

/** A provider status page item, when one exists. */
export function statusPageItem(f: Facts): L | null {
  const s = f.api.profile.statusPage;
  if (!s || f.isRelay) return null;
  return t(`${f.api.profile.label} 状态页：${s}（先确认是不是服务端正在出故障）`, `${f.api.profile.label} status page: ${s} (check whether it is an incident on their side)`);
}
