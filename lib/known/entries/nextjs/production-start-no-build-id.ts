import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "nextjs.production-start-no-build-id",
  category: "fs.not_found",
  match: ["Could not find a production build in the", "production-start-no-build-id"],
  title: t("next start 找不到生产构建（.next 目录）", "next start found no production build (.next)"),
  summary: t("next start（或生产模式的自定义服务器）只运行已经构建好的应用，它需要 next build 生成的 .next 目录；当前目录里没有，或者构建在另一个目录/镜像阶段完成后没有被带过来。", "next start (or a custom server in production mode) only serves an app that is already built and needs the .next folder that next build creates; there is none here, or the build ran in another folder or image stage and was not carried over."),
  causes: [t("部署脚本只运行了 next start，没有先运行 next build", "the deploy script runs next start without running next build first"), t("Docker 多阶段构建没有把 .next 复制到运行阶段，或 .dockerignore 排除了它", "a multi-stage Docker build did not copy .next into the runtime stage, or .dockerignore excludes it"), t("本来想启动开发服务器（应使用 next dev）", "the development server was intended (that is next dev)")],
  solutions: [{ title: t("先构建再启动", "Build, then start"), steps: [t("按 Next.js 文档，在启动生产服务器前运行 next build；开发时用 next dev。", "As Next.js's page says, run next build before starting the production server; use next dev while developing.")], code: () => block("bash", ["npx next build", "npx next start"]) }],
  docs: ["https://github.com/vercel/next.js/blob/canary/errors/production-start-no-build-id.mdx"],
  samples: [{ text: "Error: Could not find a production build in the '.next' directory. Try building your app with 'next build' before starting the production server. https://nextjs.org/docs/messages/production-start-no-build-id", source: "https://github.com/vercel/next.js/blob/canary/errors/production-start-no-build-id.mdx" }],
});
