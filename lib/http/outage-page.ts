import type { Language } from "@/lib/classifier/schema";

const text = {
  en: {
    title: "errdoc — database unavailable",
    heading: "The database is unavailable for a moment",
    body: "errdoc cannot reach its database right now, so diagnoses cannot be shown or saved. Nothing you saved before is lost. This page reloads by itself every few seconds and works again as soon as the database is back.",
  },
  zh: {
    title: "errdoc — 数据库暂时不可用",
    heading: "数据库暂时不可用",
    body: "errdoc 现在连接不上它的数据库，因此暂时无法显示或保存诊断。之前保存的内容不会丢失。本页每隔几秒会自动刷新，数据库恢复后即可正常使用。",
  },
} as const;

/** The whole 503 page the proxy sends while the database is down: no scripts, reloads itself. */
export function outagePage(locale: Language): Response {
  const t = text[locale];
  const html = `<!doctype html>
<html lang="${locale === "zh" ? "zh-CN" : "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="5">
<meta name="robots" content="noindex">
<title>${t.title}</title>
<style>
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; }
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: #fafafa; color: #27272a; }
  main { max-width: 32rem; padding: 2rem 1.25rem; text-align: center; }
  h1 { font-size: 1.35rem; margin: 1rem 0 0.5rem; }
  p { line-height: 1.6; color: #52525b; }
  @media (prefers-color-scheme: dark) { body { background: #09090b; color: #e4e4e7; } p { color: #a1a1aa; } }
</style>
</head>
<body>
<main>
<div aria-hidden="true" style="font-size:3rem">🛠️</div>
<h1>${t.heading}</h1>
<p role="alert">${t.body}</p>
</main>
</body>
</html>`;
  return new Response(html, {
    status: 503,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "retry-after": "5",
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
      "x-content-type-options": "nosniff",
    },
  });
}
