import { defineKnownError, t } from "../../define";
import { anthropicClient } from "../../llm";

export default defineKnownError({
  id: "anthropic.overloaded",
  category: "upstream.unavailable",
  match: [/\boverloaded_error\b/, /\b529\b[^\n]{0,40}\bOverloaded\b/],
  title: t("Anthropic API 临时过载（529 overloaded_error）", "Anthropic API temporarily overloaded (529 overloaded_error)"),
  summary: t(
    "529 表示 Anthropic 的 API 在所有用户的高流量下暂时过载，与你的 Key、额度和请求内容无关；稍后重试通常就能成功。",
    "529 means Anthropic's API is temporarily overloaded by traffic across all users; it is not your key, credit or request, and a later retry usually succeeds.",
  ),
  causes: [t("Anthropic 整体流量高峰（所有用户共享）", "a traffic peak across all Anthropic users"), t("服务端事故或维护期间的容量下降", "reduced capacity during an incident or maintenance")],
  solutions: [
    {
      title: t("指数退避重试", "Retry with exponential backoff"),
      steps: [t("官方 SDK 会自动对 5xx（含 529）做指数退避重试，默认 2 次；可以调大 max_retries。不要立刻高频重试。", "The official SDKs retry 5xx (529 included) with exponential backoff, twice by default; raise max_retries. Do not hammer it with instant retries.")],
      code: (c) => anthropicClient(c, 5),
    },
    {
      title: t("查看状态页", "Check the status page"),
      steps: [t("持续出现时查看 status.claude.com 是否有事故，或暂时换用其他模型。", "If it persists, check status.claude.com for an incident, or switch to another model for now.")],
    },
  ],
  docs: ["https://docs.claude.com/en/api/errors", "https://www.developersdigest.tech/errors/api/anthropic-api/529-overloaded-error"],
  samples: [
    { text: "API error: 529 {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"},\"request_id\":\"req_011CcLPrMiu53v6Rp1jfe1Cd\"}", source: "https://github.com/anthropics/claude-code/issues/70365" },
    { text: "API Error: 529 Overloaded. This is a server-side issue, usually temporary — try again in a moment. If it persists, check status.claude.com.", source: "https://github.com/anthropics/claude-code/issues/61365" },
  ],
});
