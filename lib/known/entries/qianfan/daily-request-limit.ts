import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "qianfan.daily-request-limit",
  category: "rate_limit",
  match: ["Open api daily request limit reached"],
  title: t("千帆：接口日调用量超限或未开通付费（error_code 17）", "Qianfan: daily request limit reached or paid service not enabled (error_code 17)"),
  summary: t(
    "千帆的错误码 17 有两种情况：付费接口没有开通付费（或账户已欠费），或者免费接口当天的请求量用完。刚接入就出现时，几乎总是模型的付费服务还没开通。",
    "Qianfan's error code 17 means one of two things: a paid API whose paid service is not enabled (or the account is overdue), or a free API's daily quota used up. When it appears right after setting up, the model's paid service is almost always not enabled yet.",
  ),
  causes: [
    t("调用的模型是付费接口，但在千帆控制台没有开通该模型的付费（在线服务）", "the model is a paid API whose paid (online) service was not enabled in the Qianfan console"),
    t("账户已欠费", "the account is overdue"),
    t("免费接口的每日请求量已用完", "the free API's daily quota is used up"),
  ],
  solutions: [
    { title: t("在千帆控制台开通该模型的付费服务", "Enable the model's paid service in the Qianfan console"), steps: [t("在千帆控制台找到所调用的模型（例如 ERNIE 系列），开通按量付费（在线服务），确认账户余额充足后重试。", "Find the model you call (an ERNIE model, say) in the Qianfan console, enable pay-as-you-go (online service), make sure the balance is positive, then retry.")] },
    { title: t("免费接口：等次日或改用付费", "Free APIs: wait for the next day or switch to paid"), steps: [t("免费接口的日配额次日恢复；需要更多调用量时开通付费。", "A free API's daily quota resets the next day; enable paid usage if you need more.")] },
  ],
  docs: ["https://ai.baidu.com/ai-doc/WENXINWORKSHOP/tlmyncueh"],
  samples: [{ text: "{\"error_code\": 17, \"error_msg\": \"Open api daily request limit reached\"}", source: "https://ai.baidu.com/ai-doc/WENXINWORKSHOP/tlmyncueh" }],
});
