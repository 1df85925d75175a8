import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "openai-sdk.browser-environment",
  category: "code.value",
  match: [/It looks like you're running in a browser-like environment\.[^\n]{0,10}\s{0,4}This is disabled by default, as it risks exposing your secret API credentials/],
  title: t("OpenAI Node SDK 拒绝在浏览器里使用（会暴露 API Key）", "The OpenAI Node SDK refuses to run in a browser (it would expose the API key)"),
  summary: t(
    "SDK 检测到自己运行在浏览器（或类浏览器环境）里；默认禁止，因为打包到前端的 API Key 任何访问者都能拿到。",
    "The SDK detected a browser (or browser-like) environment; this is off by default because an API key shipped to the front end can be read by every visitor.",
  ),
  causes: [
    t("在 React/Vue 组件、Next.js 客户端组件等前端代码里直接 new OpenAI()", "new OpenAI() is called in front-end code: React/Vue components, Next.js client components …"),
    t("测试环境（如 jsdom）被 SDK 当成了浏览器", "a test environment (e.g. jsdom) looks like a browser to the SDK"),
  ],
  solutions: [
    {
      title: t("把调用移到服务端", "Move the call to the server"),
      steps: [t("在 API 路由 / Server Action / 后端服务里调用 OpenAI，前端只请求你自己的接口，Key 只留在服务端环境变量里。", "Call OpenAI from an API route / Server Action / backend and have the front end call your own endpoint; the key stays in server-side environment variables.")],
    },
    {
      title: t("确实了解风险时，才设置 dangerouslyAllowBrowser: true", "Only if you accept the risk, set dangerouslyAllowBrowser: true"),
      steps: [t("适用于用户自带 Key、只在本机运行的工具或测试环境；不要对公开网站这样做。", "Suitable for bring-your-own-key tools run locally or for tests; never for a public site.")],
    },
  ],
  docs: ["https://github.com/openai/openai-node/blob/main/src/client.ts"],
  samples: [{ text: "OpenAIError: It looks like you're running in a browser-like environment.\n\nThis is disabled by default, as it risks exposing your secret API credentials to attackers.\nIf you understand the risks and have appropriate mitigations in place,\nyou can set the `dangerouslyAllowBrowser` option to `true`, e.g.,", source: "https://github.com/openai/openai-node/blob/main/src/client.ts" }],
});
