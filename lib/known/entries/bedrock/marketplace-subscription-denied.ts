import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "bedrock.marketplace-subscription-denied",
  category: "auth.forbidden",
  match: ["not authorized to perform the required AWS Marketplace actions", /\bMPAgreementBeingCreated\b/],
  title: t("Bedrock：IAM 没有开通模型所需的 AWS Marketplace 权限", "Bedrock: IAM lacks the AWS Marketplace permissions needed to enable the model"),
  summary: t(
    "部分第三方模型首次使用时，Bedrock 要代你在 AWS Marketplace 订阅该模型；调用者的 IAM 用户或角色没有 aws-marketplace:ViewSubscriptions / aws-marketplace:Subscribe 权限，订阅无法完成，访问被拒绝。订阅处理中（MPAgreementBeingCreated）时也会暂时被拒绝。",
    "For some third-party models Bedrock subscribes to the model in AWS Marketplace on first use; the caller's IAM user or role lacks aws-marketplace:ViewSubscriptions / aws-marketplace:Subscribe, so the subscription cannot complete and access is denied. While a subscription is still being processed (MPAgreementBeingCreated) access is refused for a while too.",
  ),
  causes: [t("IAM 策略缺少 aws-marketplace:ViewSubscriptions 和 aws-marketplace:Subscribe", "the IAM policy lacks aws-marketplace:ViewSubscriptions and aws-marketplace:Subscribe"), t("Marketplace 订阅刚提交，仍在处理中", "the Marketplace subscription was just submitted and is still processing")],
  solutions: [
    { title: t("给调用者加上 Marketplace 订阅权限", "Grant the caller the Marketplace subscribe permissions"), steps: [t("在 IAM 策略中允许 aws-marketplace:ViewSubscriptions 和 aws-marketplace:Subscribe（可以只在首次开通时授予），修复后按提示等待约 5 分钟再试。", "Allow aws-marketplace:ViewSubscriptions and aws-marketplace:Subscribe in the IAM policy (they can be granted just for the first enablement), then wait about five minutes as the message says and retry.")] },
    { title: t("修复后等待几分钟再试", "Wait a few minutes after fixing"), steps: [t("订阅处理需要时间：消息说明修复后约 5 分钟再重试；MPAgreementBeingCreated 表示订阅仍在处理中。", "Subscriptions take time: the message says to retry about five minutes after fixing; MPAgreementBeingCreated means it is still processing.")] },
  ],
  docs: ["https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html"],
  samples: [{ text: "{\"error\":{\"message\":\"litellm.APIConnectionError: BedrockException - {\\\"message\\\":\\\"Model access is denied due to IAM user or service role is not authorized to perform the required AWS Marketplace actions (aws-marketplace:ViewSubscriptions, aws-marketplace:Subscribe) to enable access to this model. Refer to the Amazon Bedrock documentation for further details. Your AWS Marketplace subscription for this model cannot be completed at this time. If you recently fixed this issue, try again after 5 minutes.\\\"}.", source: "https://github.com/ministryofjustice/modernisation-platform-environments/pull/18302" }],
});
