import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "zhipu.rate-limit",
  category: "rate_limit",
  match: ["您当前使用该 API 的并发数过高", "您当前使用该API的并发数过高", "您的账户已达到速率限制", "您当前使用该 API 的频率过高", "该 API 已达今日调用次数限额"],
  title: t("智谱限流：并发或频率超过账户上限（1302/1303/1304）", "Zhipu rate limit: concurrency or frequency over the account limit (1302/1303/1304)"),
  summary: t(
    "智谱按账户和模型限制并发数（同一时刻处理中的请求数），不同模型、不同权益等级的上限不同；1302/1303 是并发或频率超限，1304 是当天调用次数用完。这与余额无关。",
    "Zhipu limits concurrency (requests in flight at once) per account and model, with different caps per model and membership level; 1302/1303 mean concurrency or frequency over the limit, 1304 that today's call count is used up. It is not about balance.",
  ),
  causes: [t("同时发出的请求数超过了该模型的并发上限（多个程序共用账户时常见）", "more simultaneous requests than the model's concurrency cap (common when programs share an account)"), t("失败后立即高频重试，进一步推高并发", "immediate, rapid retries after failures push concurrency even higher")],
  solutions: [
    { title: t("限制并发并排队", "Cap concurrency and queue requests"), steps: [t("用请求队列或并发池把同时处理的请求数控制在上限以内；重试时增加间隔，避免固定间隔高频重试。", "Use a queue or concurrency pool to stay under the cap; space out retries instead of retrying rapidly at a fixed interval.")] },
    { title: t("查看并申请提高速率限制", "Check and raise the rate limit"), steps: [t("在控制台的速率限制页面查看各模型的并发上限；业务确实需要时通过【速率限制调整申请】提交，或提升账户权益等级。", "See each model's concurrency cap on the console's rate-limit page; if you need more, file a rate-limit adjustment request or raise the account's membership level.")] },
  ],
  docs: ["https://docs.bigmodel.cn/cn/api/rate-limit", "https://docs.bigmodel.cn/cn/faq/api-code"],
  samples: [{ text: "{\"error\":{\"code\":\"1302\",\"message\":\"您当前使用该 API 的并发数过高，请降低并发，或联系客服增加限额。\"}}", source: "https://docs.bigmodel.cn/cn/api/api-code" }],
});
