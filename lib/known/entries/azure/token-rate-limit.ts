import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "azure.token-rate-limit",
  category: "rate_limit",
  match: [/have exceeded (?<kind>token|call) rate limit of your current (?<tier>[\w ]{1,40}?) pricing tier\.?\s*Please retry after (?<secs>\d{1,6}) seconds?/, /have exceeded (?<kind2>token|call) rate limit of your current/],
  title: (c) => t(`Azure OpenAI ${(c.g.kind ?? c.g.kind2) === "call" ? "请求数（RPM）" : "token 数（TPM）"}限流`, `Azure OpenAI ${(c.g.kind ?? c.g.kind2) === "call" ? "request (RPM)" : "token (TPM)"} rate limit`),
  summary: (c) =>
    t(
      `每个 Azure OpenAI 部署都有分配给它的每分钟 token（TPM）配额，并据此换算每分钟请求数（RPM）；这次请求超过了${(c.g.kind ?? c.g.kind2) === "call" ? "请求数" : " token "}限额${c.g.secs ? `，服务端要求 ${c.g.secs} 秒后再试` : ""}。配额可以在部署上调整。`,
      `Each Azure OpenAI deployment has a tokens-per-minute (TPM) quota assigned to it, from which its requests-per-minute (RPM) follows; this request went over the ${(c.g.kind ?? c.g.kind2) === "call" ? "request" : "token"} limit${c.g.secs ? ` and the service asks you to retry after ${c.g.secs} seconds` : ""}. The quota can be changed on the deployment.`,
    ),
  causes: [
    t("部署分配的 TPM 配额太小（常见于默认或很低的值）", "the deployment was given a small TPM quota (often a default or very low value)"),
    t("长文档、智能体循环或并发请求在一分钟内消耗了大量 token", "long documents, agent loops or concurrent requests use many tokens within a minute"),
  ],
  solutions: [
    { title: t("提高部署的 TPM 配额", "Raise the deployment's TPM quota"), steps: [t("在 Azure AI Foundry 的部署设置里调高 Tokens per Minute（在订阅该地域的配额范围内）；不够时按消息中的 https://aka.ms/oai/quotaincrease 申请提额。", "In Azure AI Foundry raise the deployment's Tokens per Minute (within your subscription's regional quota); if that is not enough, request more at https://aka.ms/oai/quotaincrease as the message says.")] },
    { title: t("按 Retry-After 退避并降低并发", "Back off per Retry-After and lower concurrency"), steps: [t("等待消息中给出的秒数再重试，限制并发和每次请求的 token。", "Wait the seconds the message gives before retrying, and limit concurrency and tokens per request.")] },
  ],
  docs: ["https://github.com/vanderschaarlab/climb/issues/1", "https://github.com/langchain-ai/langchain/issues/14339"],
  samples: [
    { text: "HTTP 429 (429) Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2024-05-01-preview have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after 86400 seconds. Please go here:\nhttps://aka.ms/oai/quotaincrease\nif you would like to further increase the default rate limit.", source: "https://github.com/alex-wolf-ps/dbchatprov2/issues/2" },
    { text: "Requests to the Embeddings_Create Operation under Azure OpenAI API version 2023-07-01-preview have exceeded call rate limit of your current OpenAI S0 pricing tier", source: "https://github.com/langchain-ai/langchain/issues/12986" },
  ],
});
