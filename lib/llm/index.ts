/** errdoc's LLM layer: pure building blocks plus one thin composition (generateLlmReport). */
export type { LlmConfig } from "./config";
export { buildLlmMessages, reportHeadings, type ChatMessage, type LlmPromptInput } from "./prompt";
export { parseLlmMarkdown, type ParseFailure, type ParseOptions, type ParseResult } from "./parse-report";
export { streamChatCompletion, type StreamOptions } from "./client";
export { LlmError, isLlmError, llmErrorKinds, sanitizeText, type LlmErrorKind } from "./errors";
export { runWithRetries, retryDelayMs, type RetryOptions } from "./retry";
export { generateLlmReport, type GenerateInput, type GenerateOptions } from "./generate";
