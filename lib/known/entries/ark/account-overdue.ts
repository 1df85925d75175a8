import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "ark.account-overdue",
  category: "billing.quota_exceeded",
  match: [/\bAccountOverdueError\b/, "The request failed because your account has an overdue balance"],
  title: t("火山引擎账户欠费（AccountOverdueError）", "Volcengine account overdue (AccountOverdueError)"),
  summary: t("当前火山引擎账号欠费，方舟拒绝继续调用（403）。充值之前重试不会成功。", "The Volcengine account has an overdue balance, so Ark refuses further calls (403). Retrying will not work until you top up."),
  causes: [t("账户余额为负（按量付费欠费）", "the account balance is negative (pay-as-you-go overdue)")],
  solutions: [{ title: t("到费用中心充值", "Top up in the billing center"), steps: [t("前往火山引擎费用中心充值，结清欠费后重试。", "Top up in the Volcengine billing center, settle the balance, then retry.")] },
    { title: t("确认 Key 属于已充值的账号", "Check the key belongs to the account you topped up"), steps: [t("API Key 属于创建它的火山引擎账号；确认充值的是同一个账号。", "An API key belongs to the Volcengine account that created it; make sure that is the account you topped up.")] },
  ],
  docs: ["https://volcengine.com/docs/82379/1299023"],
  samples: [{ text: "403 Forbidden AccountOverdueError: The request failed because your account has an overdue balance. Request ID: {id}", source: "https://volcengine.com/docs/82379/1299023" }],
});
