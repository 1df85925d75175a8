import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "bedrock.use-case-form-not-filled",
  category: "auth.forbidden",
  match: [/\bFTUFormNotFilled\b/, "Model use case details have not been submitted for this account"],
  title: t("Bedrock：还没提交 Anthropic 模型用例表单", "Bedrock: the Anthropic use-case form has not been submitted"),
  summary: t("在 Bedrock 上使用 Anthropic 模型之前，账户必须先提交一次模型用例详情表单；没提交时返回 404 FTUFormNotFilled。", "Before using Anthropic models on Bedrock, the account must submit the model use-case details form once; until then calls return 404 FTUFormNotFilled."),
  causes: [t("账户首次使用 Anthropic 模型，尚未填写用例表单", "first use of Anthropic models on the account, without the use-case form")],
  solutions: [{ title: t("在 Bedrock 控制台提交用例表单", "Submit the use-case form in the Bedrock console"), steps: [t("在 Bedrock 控制台的 Model access 页面为 Anthropic 模型填写用例详情并提交，然后重试。", "On the Bedrock console's Model access page, fill in and submit the use-case details for Anthropic models, then retry.")] },
    { title: t("提交后确认模型访问已生效", "After submitting, confirm model access is granted"), steps: [t("在 Model access 页面确认该模型已显示为已授权，再从同一地域调用。", "Check on the Model access page that the model shows as granted, then call it from the same region.")] },
  ],
  docs: ["https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html"],
  samples: [{ text: "FTUFormNotFilled (HTTP 404): Model use case details have not been submitted for this account", source: "https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html" }],
});
