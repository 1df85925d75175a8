import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "gemini.response-blocked-safety",
  category: "request.content_filtered",
  priority: 1,
  match: [
    /The `response\.text` quick accessor only works when the response contains a valid `Part`, but none was returned/,
    /['"]?finish_?reason['"]?\s{0,2}[:=]\s{0,2}(?:FinishReason\.)?['"]?SAFETY\b/i,
    /block_reason:\s{0,2}SAFETY\b/,
  ],
  title: t("Gemini 的回答被安全过滤拦截，没有返回内容", "Gemini's answer was blocked by the safety filters and has no content"),
  summary: t(
    "Gemini 按 HarmCategory（骚扰、仇恨言论、色情、危险内容）给提示词和回答打分，超过阈值的候选会以 finishReason: SAFETY 结束、content 里没有 parts；提示词本身被拦时 promptFeedback.blockReason 为 SAFETY。SDK 的 response.text 这时取不到文本，于是报错。",
    "Gemini rates the prompt and the answer per HarmCategory (harassment, hate speech, sexually explicit, dangerous). A candidate over the threshold ends with finishReason: SAFETY and no parts in its content; when the prompt itself is blocked, promptFeedback.blockReason is SAFETY. The SDK's response.text then has no text to return and raises.",
  ),
  causes: [
    t("回答（或提示词）在某个 HarmCategory 上的概率超过了当前 safety_settings 的阈值", "the answer (or prompt) scored above the current safety_settings threshold in one HarmCategory"),
    t("候选以 RECITATION、OTHER 等原因结束，同样没有 parts（同一个 response.text 错误）", "the candidate ended for another reason such as RECITATION or OTHER, which also leaves no parts (same response.text error)"),
    t("内容触及不可调整的内置保护（如儿童安全），任何设置都会拦截", "the content hits a built-in protection (such as child safety) that no setting can lift"),
  ],
  solutions: [
    {
      title: t("先检查 finish_reason 和 safety_ratings，再读 text", "Check finish_reason and safety_ratings before reading text"),
      steps: [
        t("读取 response.candidates[0].finish_reason、safety_ratings 和 response.prompt_feedback，判断是哪一类被拦；拦截时走降级分支（提示用户、改写请求），不要直接访问 response.text。", "Read response.candidates[0].finish_reason, safety_ratings and response.prompt_feedback to see which category blocked it; on a block take a fallback path (tell the user, rephrase) instead of reading response.text."),
      ],
    },
    {
      title: t("对确实安全的用例，调高对应类别的阈值", "For use cases that are genuinely safe, relax the threshold of that category"),
      steps: [
        t("在生成请求里传 safety_settings，把触发的那一类（如 HARM_CATEGORY_HATE_SPEECH）设成更宽松的阈值（如 BLOCK_ONLY_HIGH）；设置要放在真正发出请求的调用上才生效。内置保护无法关闭。", "Pass safety_settings on the generation request and set the category that fired (for example HARM_CATEGORY_HATE_SPEECH) to a looser threshold (for example BLOCK_ONLY_HIGH); it only takes effect on the call that actually sends the request. Built-in protections cannot be turned off."),
      ],
    },
  ],
  docs: ["https://ai.google.dev/docs/safety_setting?authuser=47", "https://cloud.google.com/vertex-ai/generative-ai/docs/reference/nodejs/0.4.0/vertexai/blockedreason", "https://github.com/google/generative-ai-python/issues/126"],
  samples: [
    {
      text: "ValueError: The `response.text` quick accessor only works when the response contains a valid `Part`, but none was returned. Check the `candidate.safety_ratings` to see if the response was blocked.",
      source: "https://github.com/google/generative-ai-python/issues/126",
    },
    {
      text: "{'finishReason': 'SAFETY', 'index': 0, 'safetyRatings': [{'category': 'HARM_CATEGORY_HARASSMENT', 'probability': 'MEDIUM'}]}",
      source: "https://github.com/epam/ai-dial-adapter-vertexai/pull/149",
    },
  ],
});
