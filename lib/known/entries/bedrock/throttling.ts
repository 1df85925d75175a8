import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "bedrock.throttling",
  category: "rate_limit",
  match: [/\b[Tt]hrottlingException\b[^\n]{0,200}?Too many (?<what>requests|tokens), please wait before trying again/, "Too many tokens, please wait before trying again", /\b[Tt]hrottlingException\b[^\n]{0,120}\(reached max retries: \d{1,3}\)/],
  title: (c) => t(`Bedrock 限流：${c.g.what === "tokens" ? "每分钟 token 数" : "请求数"}超过账户配额`, `Bedrock throttling: ${c.g.what === "tokens" ? "tokens" : "requests"} per minute over the account quota`),
  summary: t(
    "ThrottlingException（429）：账户在这个地域、这个模型上的按需配额（每分钟请求数 / token 数）已用满。Bedrock 的配额按账户、地域和模型分别计算；SDK 的自动重试用完后才把错误抛出来。",
    "ThrottlingException (429): the account's on-demand quota (requests / tokens per minute) for this model in this region is used up. Bedrock quotas are per account, region and model; the SDK only raises the error after its own retries run out.",
  ),
  causes: [
    t("并发或批量调用超过了该模型在该地域的每分钟请求数 / token 数配额", "concurrent or batch calls exceed the model's per-minute request / token quota in the region"),
    t("max_tokens 设得很大，一次请求就占用大量 token 配额", "a very large max_tokens makes one request take a big share of the token quota"),
  ],
  solutions: [
    {
      title: t("加大 SDK 的重试次数", "Raise the SDK's retry count"),
      steps: [t("在 boto3 的 Config 中提高 retries 的 max_attempts，让客户端多退避重试几次；同时降低并发。", "Raise retries max_attempts in boto3's Config so the client backs off and retries longer; lower concurrency as well.")],
      code: (c) =>
        c.f.ecosystem === "python"
          ? {
              language: "python",
              content: [
                "import os",
                "",
                "import boto3",
                "from botocore.config import Config",
                "",
                'config = Config(retries={"max_attempts": 10})',
                'client = boto3.client("bedrock-runtime", region_name=os.environ.get("AWS_REGION", "us-east-1"), config=config)',
              ].join("\n"),
            }
          : null,
    },
    { title: t("查看并申请提高配额", "Check and raise the quota"), steps: [t("在 Service Quotas 控制台查看该模型在该地域的按需配额，需要时申请提升。", "Check the model's on-demand quotas for the region in the Service Quotas console and request an increase if needed.")] },
  ],
  docs: ["https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html", "https://github.com/aws-samples/aws-genai-llm-chatbot/issues/220", "https://github.com/aws/fmeval/pull/124", "https://milvus.io/ai-quick-reference/what-should-i-do-if-amazon-bedrock-returns-an-error-message-or-error-code-in-response-to-a-model-invocation-request"],
  samples: [
    { text: "botocore.errorfactory.ThrottlingException: An error occurred (ThrottlingException) when calling the InvokeModel operation (reached max retries: 4): Too many requests, please wait before trying again. You have sent too many requests. Wait before trying again.", source: "https://github.com/i-dot-ai/caddy-chatbot/issues/97" },
    { text: "Error invoking the model: ThrottlingException(properties: AWSBedrockRuntime.ThrottlingException.Properties(message: Optional(\"Too many tokens, please wait before trying again.\")), httpResponse: Status Code: HTTP status code: 429", source: "https://github.com/aws-samples/amazon-bedrock-client-for-mac/issues/99" },
  ],
});
