import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "zhipu.usage-cap-reached",
  category: "rate_limit",
  match: [/已达到\s{0,2}(?<num>[\d$\{\}\w]{1,20})\s{0,2}(?<unit>[^\s]{1,10})\s{0,2}的使用上限。\s{0,2}您的限额将在\s{0,2}(?<when>[^\s。]{1,40})\s{0,2}重置/, /您已达到每周\/每月使用上限/],
  title: t("智谱套餐用量达到周期上限（1308/1310）", "Zhipu plan usage cap reached for this period (1308/1310)"),
  summary: (c) =>
    t(
      `订阅套餐（如 GLM Coding Plan）在一个周期内的用量已达上限${c.g.when ? `，限额将在 ${c.g.when} 重置` : "，到重置时间后自动恢复"}。这是套餐的周期额度，不是账户余额问题。`,
      `The subscription plan (the GLM Coding Plan, say) has reached its usage cap for this period${c.g.when ? `; it resets at ${c.g.when}` : " and recovers automatically at the reset time"}. It is the plan's periodic allowance, not the account balance.`,
    ),
  causes: [t("在当前周期（小时 / 每周 / 每月）内用完了套餐额度", "the plan allowance for the current window (hours / week / month) is used up")],
  solutions: [
    { title: t("等到重置时间", "Wait for the reset"), steps: [t("消息给出了重置时间，之后额度自动恢复。", "The message gives the reset time, after which the allowance returns.")] },
    { title: t("升级套餐或临时改用按量计费", "Upgrade the plan or switch to pay-as-you-go for now"), steps: [t("需要更多用量时升级套餐等级，或用按量计费的 API Key 继续。", "Upgrade the plan tier for more usage, or continue with a pay-as-you-go API key.")] },
  ],
  docs: ["https://docs.bigmodel.cn/cn/api/api-code"],
  samples: [{ text: "{\"error\":{\"code\":\"1310\",\"message\":\"您已达到每周/每月使用上限，您的限额将在 ${next_flush_time} 重置。\"}}", source: "https://docs.bigmodel.cn/cn/api/api-code" }],
});
