import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "ai-sdk.load-api-key",
  category: "auth.invalid_credentials",
  match: [/(?<provider>[\w. -]{1,40}) API key is missing\. Pass it using the '(?<param>\w{1,40})' parameter(?: or the (?<env>[A-Z0-9_]{1,60}) environment variable)?/],
  title: (c) => t(`AI SDK 找不到 ${c.g.provider ?? ""} API Key`, `The AI SDK cannot find the ${c.g.provider ?? ""} API key`),
  summary: (c) =>
    t(
      `AI SDK 的 provider 在调用模型时加载 Key：既没有通过 ${ic(c.g.param ?? "apiKey")} 参数传入${c.g.env ? `，环境变量 ${ic(c.g.env)} 也为空` : "，而当前环境不支持读取环境变量（如浏览器、Edge 运行时）"}，于是抛出 AI_LoadAPIKeyError。`,
      `The AI SDK provider loads its key when the model is called: nothing was passed via ${ic(c.g.param ?? "apiKey")}${c.g.env ? ` and ${ic(c.g.env)} is empty` : ", and this environment cannot read environment variables (browser, edge runtime)"}, so it throws AI_LoadAPIKeyError.`,
    ),
  causes: [
    (c) => (c.g.env ? t(`${c.g.env} 没有在运行服务端代码的环境里设置（例如只写在 .env.local 里却在别处部署，或部署平台没配置）`, `${c.g.env} is not set where the server code runs (e.g. only in .env.local, or not configured on the hosting platform)`) : t("代码运行在不支持环境变量的环境里（浏览器或 Edge 运行时），必须显式传入 Key", "the code runs where environment variables are unavailable (browser or edge runtime) and must receive the key explicitly")),
    t("用了 createOpenAI / createAnthropic 等自定义 provider 实例，却没有把 apiKey 传进去", "a custom provider instance (createOpenAI, createAnthropic …) was created without passing apiKey"),
  ],
  solutions: [
    {
      title: (c) => (c.g.env ? t(`在服务端环境设置 ${c.g.env}`, `Set ${c.g.env} in the server environment`) : t("显式传入 apiKey", "Pass apiKey explicitly")),
      steps: [t("在部署平台（如 Vercel 项目的 Environment Variables）和本地 .env 里都配置好，修改后重新部署；或创建 provider 时传 apiKey。", "Configure it on the hosting platform (e.g. the Vercel project's Environment Variables) and in local .env, then redeploy; or pass apiKey when creating the provider.")],
    },
    {
      title: t("确认 Key 只在服务端代码里读取", "Make sure the key is read only in server code"),
      steps: [t("AI SDK 的模型调用应放在路由处理函数或 Server Action 里；客户端组件里读不到服务端环境变量，也不应该拿到 Key。", "Keep AI SDK model calls in route handlers or Server Actions; client components cannot read server environment variables and should never hold the key.")],
    },
  ],
  docs: ["https://github.com/vercel/ai/blob/main/content/docs/07-reference/05-ai-sdk-errors/ai-load-api-key-error.mdx", "https://github.com/vercel/ai/blob/main/packages/provider-utils/src/load-api-key.ts"],
  samples: [{ text: "AI_LoadAPIKeyError: OpenAI API key is missing. Pass it using the 'apiKey' parameter or the OPENAI_API_KEY environment variable.", source: "https://github.com/vercel/ai/blob/main/packages/provider-utils/src/load-api-key.ts" }],
});
