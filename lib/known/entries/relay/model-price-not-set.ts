import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "relay.model-price-not-set",
  category: "model.not_found",
  match: [
    /模型\s{0,2}(?<model>[^\s]{1,120})\s{0,2}(?:倍率或价格未配置|的价格(?:尚未由管理员配置|未配置))/,
    /Model (?<model>[^\s]{1,120}) (?:ratio or price not set|has not been priced|price not configured)/,
    /模型倍率或价格未配置/,
  ],
  title: (c) => (c.g.model ? t(`中转站没有给模型 ${ic(c.g.model)} 设置价格`, `The relay has no price set for model ${ic(c.g.model)}`) : t("中转站没有给这个模型设置价格", "The relay has no price set for this model")),
  summary: t(
    "new-api 按「模型倍率（或固定价格）× 分组倍率」计费；模型没有倍率也没有价格时，它拒绝请求（model_price_error），因为无法计费。这是中转站的配置问题，不是上游不支持这个模型。",
    "new-api bills by model ratio (or a fixed price) × group ratio; when a model has neither, it refuses the request (model_price_error) because it cannot charge for it. This is the relay's configuration, not the upstream lacking the model.",
  ),
  causes: [
    t("新模型加进了渠道，但管理员没在定价设置里给它配倍率或价格", "a new model was added to a channel but the admin set no ratio or price for it"),
    t("请求的模型名带了后缀或别名，和定价表里的名字对不上", "the requested name has a suffix or alias that does not match the pricing table"),
  ],
  solutions: [
    {
      title: t("管理员：给模型设置倍率/价格，或开启自用模式", "Admin: set a ratio/price for the model, or enable self-use mode"),
      steps: [
        t("在系统设置的模型定价（倍率）里为该模型填上倍率或按次价格；只自己用的站点可以开启「自用模式」，未定价的模型也能调用。", "In the system settings' model pricing (ratios), give the model a ratio or a per-call price; a relay only you use can enable self-use mode, which lets unpriced models through."),
      ],
    },
    {
      title: t("不是管理员：联系站点管理员，或换一个已定价的模型", "Not the admin: contact the site's admin, or use a model that is priced"),
      steps: [t("只有管理员能配置定价。", "Only the admin can configure pricing.")],
    },
  ],
  docs: ["https://github.com/QuantumNous/new-api/blob/main/relay/helper/price.go", "https://github.com/QuantumNous/new-api/blob/main/types/error.go"],
  samples: [
    { text: '{"error":{"message":"模型 gpt-5-codex 倍率或价格未配置，请联系管理员设置或开始自用模式；Model gpt-5-codex ratio or price not set, please set or start self-use mode","type":"new_api_error","code":"model_price_error"}}', source: "https://github.com/QuantumNous/new-api/blob/main/relay/helper/price.go" },
  ],
});
