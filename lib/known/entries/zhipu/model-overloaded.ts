import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "zhipu.model-overloaded",
  category: "upstream.unavailable",
  match: ["该模型当前访问量过大"],
  title: t("智谱平台过载：该模型当前访问量过大（1305/1312）", "Zhipu overloaded: too much traffic on this model (1305/1312)"),
  summary: t("这是平台级保护：该模型在当前时段整体访问压力过高，触发了全局限流。它不是你账户的限额问题，稍后重试或换模型即可。", "This is platform-level protection: the model is under heavy overall load right now and global throttling kicked in. It is not your account's limit; retry later or switch models."),
  causes: [t("模型整体访问量激增（高峰时段常见）", "a surge in overall traffic to the model (common at peak hours)"), t("平台维护、扩容或异常恢复期间的临时限流", "temporary throttling during maintenance, scaling or recovery")],
  solutions: [
    { title: t("增加间隔后重试", "Retry with growing intervals"), steps: [t("稍后重试并逐次增加间隔，避免立即高频重试；业务允许时降级或延迟处理。", "Retry later with increasing intervals, never immediately and rapidly; degrade or defer the work where you can.")] },
    { title: t("切换到其他模型", "Switch to another model"), steps: [t("错误信息里推荐的替代模型通常可以立即使用。", "The alternative model the message suggests is usually available right away.")] },
  ],
  docs: ["https://docs.bigmodel.cn/cn/api/rate-limit", "https://docs.bigmodel.cn/cn/api/api-code"],
  samples: [{ text: "{\"error\":{\"code\":\"1305\",\"message\":\"该模型当前访问量过大，请您稍后再试\"}}", source: "https://docs.bigmodel.cn/cn/faq/api-code" }],
});
