import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "mistral.service-tier-capacity-exceeded",
  category: "upstream.unavailable",
  match: ["Service tier capacity exceeded for this model"],
  title: t("Mistral：该模型所在服务层容量已满", "Mistral: service tier capacity exceeded for this model"),
  summary: t(
    "Mistral 返回“Service tier capacity exceeded for this model”表示它那边这个模型在你所在服务层的处理容量已满，是服务端容量问题，不是你的账户达到了速率上限；稍后重试通常可以成功。",
    "Mistral's “Service tier capacity exceeded for this model” means the backend's capacity for this model in your service tier is full: a server-side capacity problem, not your account hitting its rate limit. A retry a little later usually succeeds.",
  ),
  causes: [t("该模型在当前服务层的后端容量被占满（高峰时段常见）", "the model's backend capacity in your tier is full (common at peak times)")],
  solutions: [
    { title: t("退避后重试", "Retry after a backoff"), steps: [t("等待几秒到几分钟再试，间隔逐次加倍；不要把它当作需要调低账户速率的限流。", "Wait seconds to minutes and retry, doubling the interval; do not treat it as a rate limit that needs your account's rate lowered.")] },
    { title: t("暂时换模型", "Switch models for now"), steps: [t("容量紧张时改用同类的其他 Mistral 模型，稍后再切回。", "While capacity is tight, use another Mistral model of the same kind and switch back later.")] },
  ],
  docs: ["https://github.com/BerriAI/litellm/pull/25078"],
  samples: [{ text: "{\"object\":\"error\",\"message\":\"Service tier capacity exceeded for this model.\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":null}", source: "https://github.com/continuedev/continue/issues/6185" }],
});
