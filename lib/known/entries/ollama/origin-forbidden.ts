import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "ollama.origin-forbidden",
  category: "auth.forbidden",
  guard: { provider: ["ollama"] },
  match: [/Forbidden \(403\)[^\n]{0,200}:11434|:11434[^\n]{0,200}\b403 Forbidden\b/],
  title: t("Ollama 拒绝了来自浏览器页面/扩展的跨域请求（403）", "Ollama refused a cross-origin request from a web page or extension (403)"),
  summary: t(
    "Ollama 默认只接受来自 127.0.0.1 和 0.0.0.0 的跨域请求；网页应用或浏览器扩展从别的来源（域名、chrome-extension://）直接调用 11434 端口时，会得到 403 Forbidden。",
    "By default Ollama accepts cross-origin requests only from 127.0.0.1 and 0.0.0.0; a web app or browser extension calling port 11434 from another origin (a domain, chrome-extension://) gets 403 Forbidden.",
  ),
  causes: [t("调用方是浏览器里的网页或扩展，其来源不在 Ollama 允许的列表里", "the caller is a web page or extension in the browser whose origin Ollama does not allow")],
  solutions: [
    {
      title: t("用 OLLAMA_ORIGINS 放行这个来源", "Allow the origin with OLLAMA_ORIGINS"),
      steps: [t("把网页的来源或扩展的模式（chrome-extension://*、moz-extension://* 等）加进 OLLAMA_ORIGINS，在 Ollama 服务的环境变量里设置后重启服务。", "Add the page's origin or the extension pattern (chrome-extension://*, moz-extension://* …) to OLLAMA_ORIGINS in the Ollama service's environment and restart it.")],
    },
    {
      title: t("或者通过自己的后端转发请求", "Or route requests through your own backend"),
      steps: [t("服务端发起的请求不受浏览器跨域限制。", "Server-side requests are not subject to browser cross-origin rules.")],
    },
  ],
  docs: ["https://github.com/ollama/ollama/blob/main/docs/faq.mdx"],
  samples: [{ text: "[Issue] Ollama: Forbidden (403) - is http://localhost:11434/api/tags accessible by the server?", source: "https://github.com/enricoros/big-AGI/issues/276" }],
});
