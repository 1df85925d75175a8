import { block, defineKnownError, ic, q, t } from "../../define";

export default defineKnownError({
  id: "nextjs.image-unconfigured-host",
  category: "unknown",
  match: [/Invalid src prop \((?<src>[^)\s]{1,300})\) on `next\/image`, hostname "(?<host>[^"\n]{1,200})" is not configured under images in your `next\.config\.js`/, "next-image-unconfigured-host"],
  title: (c) => t(`next/image 未允许图片域名 ${ic(c.g.host ?? "")}`, `next/image does not allow the image host ${ic(c.g.host ?? "")}`),
  summary: t(
    "next/image 只优化 next.config.js 里 images.remotePatterns 明确允许的远程图片；这个 src 的主机名不在列表里。",
    "next/image only optimises remote images whose host is allowed by images.remotePatterns in next.config.js; this src's hostname is not in the list.",
  ),
  causes: [
    t("next.config.js 里没有为该主机配置 images.remotePatterns（Next.js 12.3 之前是 images.domains）", "next.config.js has no images.remotePatterns entry for this host (images.domains before Next.js 12.3)"),
    t("配置写了，但被插件包装函数覆盖或没有传进最终导出的配置对象", "the setting exists but a plugin wrapper overrides it or it never reaches the exported config object"),
    t("修改配置后没有重启开发服务器", "the dev server was not restarted after changing the config"),
  ],
  solutions: [
    {
      title: (c) => t(`把 ${ic(c.g.host ?? "")} 加入 images.remotePatterns 并重启`, `Add ${ic(c.g.host ?? "")} to images.remotePatterns and restart`),
      steps: [t("在最终导出的配置对象里添加（使用插件时把配置对象作为参数传给插件函数），然后重启 next dev。", "Add it to the config object that is finally exported (with plugins, pass the config object into the plugin function), then restart next dev.")],
      code: (c) =>
        c.g.host
          ? block("javascript", ["module.exports = {", "  images: {", `    remotePatterns: [{ protocol: "https", hostname: ${q(c.g.host)} }],`, "  },", "};"])
          : null,
    },
  ],
  docs: ["https://github.com/vercel/next.js/blob/canary/errors/next-image-unconfigured-host.mdx", "https://nextjs.org/docs/messages/next-image-unconfigured-host"],
  samples: [{ text: "Error: Invalid src prop (https://assets.vercel.com/image/upload/v1538361091/repositories/next-js/next-js-bg.png) on `next/image`, hostname \"assets.vercel.com\" is not configured under images in your `next.config.js`", source: "https://github.com/vercel/next.js/issues/24352" }],
});
