import type { Report } from "@/lib/report/schema";
import { streamChatCompletion } from "./client";
import type { LlmConfig } from "./config";
import { llmErrors } from "./errors";
import { parseLlmMarkdown } from "./parse-report";
import { buildLlmMessages, type LlmPromptInput } from "./prompt";
import { runWithRetries, type RetryOptions } from "./retry";

export type GenerateInput = LlmPromptInput & {
  /** Title for the report when the model gives none (e.g. the rule report's title). */
  fallbackTitle: string;
};

export type GenerateOptions = Pick<RetryOptions, "retries" | "baseDelayMs" | "onRetry"> & {
  signal?: AbortSignal;
  /** Each piece of text as it arrives. After `onRetry` the text starts again from the beginning. */
  onDelta?: (text: string) => void;
};

/**
 * The whole LLM stage in one call: prompt → streamed completion (with retries) → parsed Report.
 * Rejects with an LlmError; an answer that is empty or an HTML page is `bad_response`.
 */
export async function generateLlmReport(
  config: LlmConfig,
  input: GenerateInput,
  options: GenerateOptions = {},
): Promise<{ report: Report; text: string }> {
  const messages = buildLlmMessages(input);
  const { signal, onDelta, ...retry } = options;
  const text = await runWithRetries(() => streamChatCompletion(config, messages, { signal, onDelta }), { ...retry, signal });
  const parsed = parseLlmMarkdown(text, {
    language: input.language,
    source: "llm",
    fallbackTitle: input.fallbackTitle,
    ruleReport: input.ruleReport,
  });
  if (!parsed.ok) throw llmErrors.badResponse(parsed.reason === "html" ? "html" : "empty");
  return { report: parsed.report, text };
}
