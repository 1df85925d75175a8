import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "openai.tool-calls-without-tool-messages",
  category: "request.invalid",
  priority: 1,
  match: [/An assistant message with ['"]tool_calls['"] must be followed by tool messages responding to each ['"]tool_call_id['"]\.?(?:\s{0,4}The following tool_call_ids did not have response messages: (?<ids>[\w.\[\]-]{1,100}))?/],
  title: t("tool_calls 之后缺少对应的 tool 消息", "A tool_calls message is not followed by its tool messages"),
  summary: (c) =>
    t(
      `请求里的对话历史不合规：一条 assistant 消息带了 tool_calls，但紧随其后的消息里没有为每个 tool_call_id 各给一条 role 为 tool 的结果消息${c.g.ids ? `（缺的是 ${c.g.ids}）` : ""}。接口要求模型发起的 N 个工具调用，在下一轮里必须各有一条结果，顺序紧接在这条 assistant 消息之后。`,
      `The conversation history in the request is malformed: an assistant message carries tool_calls, but the messages right after it do not include one role "tool" message for every tool_call_id${c.g.ids ? ` (missing: ${c.g.ids})` : ""}. Each of the N tool calls the model made must be answered by one result message, placed directly after that assistant message.`,
    ),
  causes: [
    t("代码把 assistant 的 tool_calls 消息加进了历史，但某个工具执行失败或被跳过，没有追加它的 tool 消息", "the code appended the assistant tool_calls message but skipped the tool message for a call that failed or was not executed"),
    t("模型一次返回了多个并行工具调用，代码只处理了第一个", "the model returned several parallel tool calls and the code answered only the first"),
    t("截断或压缩历史（保留最近 N 条）时，把 tool 结果切掉了而保留了 tool_calls 消息，或反过来", "history trimming/compression (keep the last N messages) cut the tool results but kept the tool_calls message, or the other way round"),
    t("在 assistant 消息和 tool 消息之间插入了别的消息（如 user 消息）", "another message (such as a user message) was inserted between the assistant message and its tool messages"),
  ],
  solutions: [
    {
      title: t("为每个 tool_call_id 追加一条 tool 消息，紧跟在 assistant 消息后", "Append one tool message per tool_call_id right after the assistant message"),
      steps: [
        t("遍历 assistant 消息里的全部 tool_calls（不只第一个），每个都追加 {role: tool, tool_call_id, content}；工具失败时也要追加一条，内容写错误信息。", "Loop over every entry in the assistant message's tool_calls (not just the first) and append {role: tool, tool_call_id, content} for each; when a tool fails, still append one whose content is the error text."),
      ],
      // Python unless the paste shows Node (LiteLLM/agent stacks are mostly Python); none for other languages.
      code: (c) =>
        c.f.ecosystem && c.f.ecosystem !== "python" && c.f.ecosystem !== "node"
          ? null
          : c.f.ecosystem === "node"
          ? block("javascript", [
              "// Append the assistant turn, then one tool message per call, in order.",
              "export async function appendToolResults(messages, assistantMessage, runTool) {",
              "  messages.push(assistantMessage);",
              "  for (const call of assistantMessage.tool_calls ?? []) {",
              "    let content;",
              "    try {",
              "      content = JSON.stringify(await runTool(call.function.name, JSON.parse(call.function.arguments)));",
              "    } catch (err) {",
              "      content = `error: ${err}`;",
              "    }",
              '    messages.push({ role: "tool", tool_call_id: call.id, content });',
              "  }",
              "  return messages;",
              "}",
            ])
          : block("python", [
              "import json",
              "",
              "",
              "def append_tool_results(messages, assistant_message, run_tool):",
              '    """Append the assistant turn, then one tool message per call, in order."""',
              "    messages.append(assistant_message)",
              "    for call in assistant_message.tool_calls or []:",
              "        try:",
              "            content = json.dumps(run_tool(call.function.name, json.loads(call.function.arguments)))",
              "        except Exception as exc:  # the call still needs an answer",
              '            content = f"error: {exc}"',
              '        messages.append({"role": "tool", "tool_call_id": call.id, "content": content})',
              "    return messages",
            ]),
    },
    {
      title: t("截断历史时把 tool_calls 和它的结果当作一个整体", "When trimming history, keep a tool_calls message and its results together"),
      steps: [t("按“轮”删除旧消息：要么同时保留 assistant 的 tool_calls 消息和它后面的全部 tool 消息，要么一起删掉。", "Drop old messages by whole turns: keep the assistant tool_calls message together with all its tool messages, or drop them all.")],
    },
  ],
  docs: ["https://jetbrains.github.io/koog-auto-agent-optimization-lib/api/koog-agents-optimization/ai.koog.agents.optimization.utils.agentic/tool-results.html", "https://reference.langchain.com/java/langsmith/com/langchain/smith/models/prompts/ToolMessage"],
  samples: [
    {
      text: "openai.BadRequestError: Error code: 400 - {'error': {'message': \"An assistant message with 'tool_calls' must be followed by tool messages responding to each 'tool_call_id'. The following tool_call_ids did not have response messages: call_sVabMby3Tu1c9c8PSt4XFLDS\", 'type': 'invalid_request_error', 'param': 'messages', 'code': None}}",
      source: "https://github.com/minoism/freecc/issues/2",
    },
  ],
});
