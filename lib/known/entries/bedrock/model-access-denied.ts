import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "bedrock.model-access-denied",
  category: "auth.forbidden",
  match: ["You don't have access to the model with the specified model ID"],
  title: t("Bedrock：无权访问这个模型 ID", "Bedrock: no access to this model ID"),
  summary: t(
    "AccessDeniedException（403）：调用者没有使用这个模型的权限。Bedrock 上的模型要先在账户里开通访问（Model access），而且开通是按地域的；IAM 用户或角色也必须允许 bedrock:InvokeModel 等操作。",
    "AccessDeniedException (403): the caller may not use this model. Bedrock models must first be enabled for the account (Model access), per region, and the IAM user or role must allow bedrock:InvokeModel and related actions.",
  ),
  causes: [
    t("账户没有在该地域为这个模型开通访问（Model access）", "model access was not enabled for this model in this region"),
    t("客户端的地域与开通模型的地域不同", "the client's region differs from the region where access was enabled"),
    t("IAM 用户 / 角色缺少调用权限，或临时凭证已过期", "the IAM user / role lacks the invoke permission, or temporary credentials have expired"),
    t("模型 ID 写错（例如用了不存在的版本号）", "the model ID is wrong (a version that does not exist, say)"),
  ],
  solutions: [
    {
      title: t("在 Bedrock 控制台开通模型访问", "Enable model access in the Bedrock console"),
      steps: [t("在 Bedrock 控制台切换到程序使用的地域，在 Model access 中为该模型申请 / 开通访问；部分 Anthropic 模型还要先提交用例表单。", "In the Bedrock console switch to the region your program uses and request / enable access for the model under Model access; some Anthropic models also need the use-case form first.")],
    },
    {
      title: t("核对地域、凭证和模型 ID", "Check region, credentials and model ID"),
      steps: [t("确认 SDK 的 region 与开通访问的地域一致，凭证有效，并用 CLI 列出该地域可用的模型 ID。", "Make sure the SDK's region is where access was enabled and the credentials are valid, and list the model IDs available there with the CLI.")],
      code: () => ({ language: "bash", content: 'REGION="${AWS_REGION:-us-east-1}"\naws sts get-caller-identity\naws bedrock list-foundation-models --region "$REGION" --query "modelSummaries[].modelId" --output text' }),
    },
  ],
  docs: ["https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html", "https://github.com/aws-samples/amazon-bedrock-workshop/issues/87"],
  samples: [{ text: "An error occurred (AccessDeniedException) when calling the Converse operation: You don't have access to the model with the specified model ID.", source: "https://github.com/andrewyng/aisuite/issues/174" }],
});
