import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "tgi.parameter-validation",
  category: "request.invalid",
  match: [/Input validation error: `(?<param>temperature|repetition_penalty|top_k|top_p|typical_p|frequency_penalty)` must be (?<rule>[^\n`"']{1,60})/, /`(?<param>temperature|repetition_penalty|top_k)` must be strictly positive/],
  title: (c) => t(`TGI 拒绝了参数 ${ic(c.g.param ?? "?")}`, `TGI rejected the parameter ${ic(c.g.param ?? "?")}`),
  summary: (c) =>
    t(
      `TGI 对采样参数的取值范围比 OpenAI 严格：${ic(c.g.param ?? "?")} 必须 ${c.g.rule ?? "在允许的范围内"}。例如 temperature 必须大于 0（不能传 0），top_p 必须在 0 和 1 之间且不能等于 1。`,
      `TGI is stricter than OpenAI about sampling parameters: ${ic(c.g.param ?? "?")} must be ${c.g.rule ?? "within its range"}. For example temperature must be above 0 (0 is refused), and top_p must be between 0 and 1, excluding 1.`,
    ),
  causes: [t("客户端按 OpenAI 的习惯传了 temperature=0 或 top_p=1.0，TGI 不接受这些边界值", "the client passes OpenAI-style values such as temperature=0 or top_p=1.0, boundary values TGI refuses")],
  solutions: [
    {
      title: t("改用 TGI 接受的值", "Use values TGI accepts"),
      steps: [t("想要确定性输出时用很小的正数（如 temperature=0.01）或关闭采样（do_sample=false），top_p 用小于 1 的值或干脆不传。", "For deterministic output use a small positive temperature (e.g. 0.01) or disable sampling (do_sample=false); use a top_p below 1, or omit it.")],
    },
    {
      title: t("或者不传这个参数，使用服务端默认值", "Or omit the parameter and use the server default"),
      steps: [t("很多客户端默认发送 temperature/top_p，关闭这些默认值即可。", "Many clients send temperature/top_p by default; turning those defaults off is enough.")],
    },
  ],
  docs: ["https://github.com/huggingface/text-generation-inference/blob/main/router/src/validation.rs"],
  samples: [{ text: '422 {"error":"Input validation error: `temperature` must be strictly positive","error_type":"validation"}', source: "https://github.com/huggingface/text-generation-inference/blob/main/router/src/validation.rs" }],
});
