import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "gemini.model-overloaded",
  category: "upstream.unavailable",
  match: ["The model is overloaded. Please try again later", "This model is currently experiencing high demand"],
  title: t("Gemini 模型暂时过载（503 UNAVAILABLE）", "Gemini model temporarily overloaded (503 UNAVAILABLE)"),
  summary: t(
    "503 UNAVAILABLE 表示 Google 那边这个模型的容量暂时不够，与你的 Key 和配额无关（控制台的用量可能远低于限额）；通常片刻后重试即可。",
    "503 UNAVAILABLE means Google is short of capacity for this model right now; it is not your key or quota (your usage may be far below the limits), and a retry shortly after usually works.",
  ),
  causes: [t("该模型（尤其是新发布或 preview 模型）需求高峰", "a demand peak on this model (new and preview models especially)"), t("服务端临时故障", "a transient fault on Google's side")],
  solutions: [
    { title: t("指数退避重试", "Retry with exponential backoff"), steps: [t("等几秒到几分钟再试，重试间隔逐次加倍；不要并发地立即重试。", "Wait seconds to minutes and retry, doubling the interval each time; do not retry immediately and in parallel.")] },
    { title: t("暂时换一个模型", "Switch models for now"), steps: [t("高峰期间改用同系列的其他模型（例如 flash 系列），或查看 AI Studio 的状态页。", "During the peak use another model of the family (a flash model, for example), or check AI Studio's status page.")] },
  ],
  docs: ["https://ai.google.dev/gemini-api/docs/troubleshooting?authuser=6&hl=de"],
  samples: [{ text: "{\n    \"error\": {\n        \"code\": 503,\n        \"message\": \"The model is overloaded. Please try again later.\",\n        \"status\": \"UNAVAILABLE\"\n    }\n}", source: "https://github.com/lobehub/lobehub/issues/9728" }],
});
