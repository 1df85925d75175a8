import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "qianfan.qps-limit",
  category: "rate_limit",
  match: ["Open api qps request limit reached"],
  title: t("千帆：QPS 超限（error_code 18）", "Qianfan: QPS limit reached (error_code 18)"),
  summary: t("每秒请求数超过了该接口给你的 QPS 配额。这是速率问题，降低频率或等待即可恢复。", "Requests per second exceeded the API's QPS quota for your account. It is a rate problem; slow down or wait and it recovers."),
  causes: [t("并发或循环调用过快", "calls made too fast, concurrently or in a loop"), t("多个程序共用同一应用的配额", "several programs share one application's quota")],
  solutions: [
    { title: t("控制请求频率并重试", "Pace the requests and retry"), steps: [t("限制每秒请求数，失败后退避重试；千帆 SDK 自带限流与重试，可以改用 SDK 调用。", "Limit requests per second and back off on failure; the Qianfan SDK has built-in rate limiting and retries.")] },
    { title: t("仍不够时提交工单扩容", "If still not enough, file a ticket"), steps: [t("在百度智能云控制台提交工单申请提高 QPS。", "File a ticket in the Baidu AI Cloud console to raise the QPS.")] },
  ],
  docs: ["https://ai.baidu.com/ai-doc/WENXINWORKSHOP/tlmyncueh"],
  samples: [{ text: "{\"error_code\": 18, \"error_msg\": \"Open api qps request limit reached\"}", source: "https://ai.baidu.com/ai-doc/WENXINWORKSHOP/tlmyncueh" }],
});
