import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "nginx.server-names-hash",
  category: "unknown",
  match: [/could not build (?:the )?server_names_hash, you should increase server_names_hash_(?<which>bucket_size|max_size)(?:: (?<size>\d{1,5}))?/],
  title: t("nginx 的 server_names_hash 放不下当前的 server_name", "nginx's server_names_hash cannot hold the configured server names"),
  summary: (c) =>
    t(
      `nginx 把所有 server_name 放进一张哈希表，每个桶的大小${c.g.size ? `当前是 ${ic(c.g.size)} 字节` : "由 server_names_hash_bucket_size 决定"}（默认等于 CPU 缓存行，32 或 64）。某个域名太长（如云主机的长主机名、很长的子域名），或者 server_name 太多，就放不下，nginx 拒绝启动。按提示把对应参数调大即可。`,
      `nginx puts every server_name into a hash table whose bucket size is ${c.g.size ? `${ic(c.g.size)} bytes now` : "set by server_names_hash_bucket_size"} (by default the CPU cache line, 32 or 64). One long name (a cloud host's long hostname, a deep subdomain) or very many names no longer fit, so nginx refuses to start. Raise the parameter the message names.`,
    ),
  causes: [
    t("某个 server_name 很长，超过了默认桶大小", "one server_name is longer than the default bucket size"),
    t("配置了大量 server_name（超过 server_names_hash_max_size）", "a great many server names are configured (beyond server_names_hash_max_size)"),
  ],
  solutions: [
    {
      title: t("在 http 块里调大哈希表参数", "Raise the size in the http block"),
      steps: [t("设为 2 的幂（64、128）；名字很多时同时调大 server_names_hash_max_size。必须放在 http { } 里（或 http 块 include 的文件开头），且只能写一次。", "Use a power of two (64, 128); with many names raise server_names_hash_max_size too. It must sit inside http { } (or at the top of a file the http block includes) and appear only once.")],
      code: (c) => {
        const cur = Number(c.g.size ?? "32");
        const next = cur >= 64 ? cur * 2 : 64;
        return block("nginx", ["http {", `    server_names_hash_bucket_size ${c.g.which === "max_size" ? 64 : next};`, `    server_names_hash_max_size ${c.g.which === "max_size" ? 1024 : 512};`, "    # ...", "}"]);
      },
    },
    {
      title: t("校验并重载", "Test and reload"),
      steps: [t("Debian/Ubuntu 的 /etc/nginx/nginx.conf 里通常已有一行被注释的 server_names_hash_bucket_size 64，取消注释即可；改完先 nginx -t。", "Debian/Ubuntu's /etc/nginx/nginx.conf usually has a commented server_names_hash_bucket_size 64 line; uncomment it. Run nginx -t after editing.")],
      code: () => block("bash", ["grep -rn server_names_hash /etc/nginx/", "sudo nginx -t && sudo systemctl reload nginx"]),
    },
  ],
  docs: ["https://nginx.org/en/docs/http/server_names.html#optimization", "https://nginx.org/en/docs/http/ngx_http_core_module.html#server_names_hash_bucket_size", "https://github.com/mailcow/mailcow-dockerized/issues/472"],
  samples: [
    { text: "nginx: [emerg] could not build server_names_hash, you should increase server_names_hash_bucket_size: 32\nnginx: configuration file /etc/nginx/nginx.conf test failed", source: "https://github.com/A-Zuro/Secret-Sing-Box/issues/39" },
    { text: "nginx: [emerg] could not build the server_names_hash, you should increase server_names_hash_bucket_size: 64", source: "https://github.com/certbot/certbot/issues/922" },
  ],
});
