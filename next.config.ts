import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import { API_CONTENT_SECURITY_POLICY } from "./lib/http/csp";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // Rendered pages are kept in memory, capped by cacheMaxMemorySize (Next's default, 50 MB),
  // never written to .next/server: see lib/cache/page-cache.ts.
  cacheHandler: fileURLToPath(new URL("./lib/cache/page-cache-handler.mjs", import.meta.url)),
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          // same-origin: links out of an unlisted report never leak its URL.
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
        ],
      },
      // Pages get their policy, with a nonce, from the proxy (proxy.ts).
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }] },
    ];
  },
};

export default nextConfig;
