import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "deepseek.reasoning-content-pass-back",
  category: "request.invalid",
  match: [/The [`'"]?reasoning_content[`'"]? in the thinking mode must be passed back to the API/],
  title: t("DeepSeek 思考模式：工具调用轮次的 reasoning_content 必须回传", "DeepSeek thinking mode: reasoning_content of tool-call turns must be sent back"),
  summary: t(
    "思考模式下，如果某一轮 assistant 消息做了工具调用，它的 reasoning_content 必须在之后的所有请求里原样放回对话历史；客户端只回传 content 和 tool_calls 时，DeepSeek 返回 400。没有工具调用的轮次则不需要回传。",
    "In thinking mode, when an assistant turn made tool calls, its reasoning_content must be sent back in the history of every later request; a client that keeps only content and tool_calls gets a 400. Turns without tool calls do not need it.",
  ),
  causes: [
    t("客户端或框架在拼接历史消息时丢弃了 assistant 消息里的 reasoning_content", "the client or framework drops reasoning_content from assistant messages when building the history"),
    t("所用的 OpenAI 兼容 SDK 不认识 reasoning_content 字段", "the OpenAI-compatible SDK in use does not know the reasoning_content field"),
  ],
  solutions: [
    {
      title: t("在历史里保留 reasoning_content", "Keep reasoning_content in the history"),
      steps: [t("把模型返回的整条 assistant 消息（content、reasoning_content、tool_calls）原样追加到 messages，再追加 tool 结果，然后发下一轮。", "Append the whole assistant message the model returned (content, reasoning_content, tool_calls) to messages, then the tool results, then send the next turn.")],
      code: (c) =>
        c.f.ecosystem === "python"
          ? {
              language: "python",
              content: [
                "# msg = response.choices[0].message from the previous tool-call turn",
                "def keep_reasoning(messages, msg):",
                "    messages.append({",
                '        "role": "assistant",',
                '        "content": msg.content,',
                '        "reasoning_content": getattr(msg, "reasoning_content", ""),',
                '        "tool_calls": [tc.model_dump() for tc in msg.tool_calls or []],',
                "    })",
                "    return messages",
              ].join("\n"),
            }
          : null,
    },
    {
      title: t("或者改用 DeepSeek 的 Anthropic 兼容接口 / 关闭思考模式", "Or use DeepSeek's Anthropic-compatible API / turn thinking off"),
      steps: [t("客户端无法保留该字段时，可改用 https://api.deepseek.com/anthropic 配合 Anthropic SDK，或在请求中设置 thinking: {type: disabled}。", "If the client cannot keep the field, use https://api.deepseek.com/anthropic with an Anthropic SDK, or send thinking: {type: disabled}.")],
    },
  ],
  docs: ["https://api-docs.deepseek.com/guides/thinking_mode.md", "https://github.com/anomalyco/opencode/issues/24722"],
  samples: [{ text: "Provider error: [400] The `reasoning_content` in the thinking mode must be passed back to the API.", source: "https://github.com/bkywksj/knowledge-base/issues/12" }],
});
