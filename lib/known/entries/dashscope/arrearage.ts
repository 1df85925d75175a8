import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "dashscope.arrearage",
  category: "billing.quota_exceeded",
  match: [/\bArrearage\b/, "please make sure your account is in good standing"],
  title: t("阿里云账户欠费，百炼调用被拒绝（Arrearage）", "Alibaba Cloud account in arrears: Model Studio refuses calls (Arrearage)"),
  summary: t(
    "Arrearage 表示阿里云账户欠费或余额不足，模型调用被拒绝（403）。这不是 Key 或参数的问题，补缴费用后稍等几分钟即可恢复。",
    "Arrearage means the Alibaba Cloud account is overdue or has insufficient balance, so model calls are refused (403). It is not the key or the parameters; pay the balance and wait a few minutes for access to return.",
  ),
  causes: [t("账户余额为负或不足（按量付费已欠费）", "the account balance is negative or too low (pay-as-you-go is overdue)"), t("付款尚未到账，系统状态还没更新", "a payment has not been processed yet")],
  solutions: [
    {
      title: t("在费用与成本页面补缴", "Pay in the Expenses and Costs console"),
      steps: [t("登录阿里云控制台，打开费用与成本（Expenses and Costs）查看账户状态并付清欠费，等待几分钟系统更新后重试。", "Log on to the Alibaba Cloud console, open Expenses and Costs, check the account status and settle the balance, then retry after a few minutes.")],
    },
    { title: t("付款后等待几分钟再试", "Wait a few minutes after paying"), steps: [t("付款到账和状态更新需要几分钟；之后无需更换 Key，直接重试。", "Payment processing and status update take a few minutes; then retry with the same key.")] },
  ],
  docs: ["https://help.aliyun.com/en/model-studio/error-code", "https://help.aliyun.com/en/model-studio/error-code-start"],
  samples: [{ text: "Error message: 'code': 'Arrearage', 'param': None, 'message': 'Access denied, please make sure your account is in good standing.', 'type': 'Arrearage'}", source: "https://help.aliyun.com/en/model-studio/error-code" }],
});
