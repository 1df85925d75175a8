/**
 * How to reach an OpenAI-compatible chat-completions endpoint. Built by `lib/env.ts` from
 * LLM_BASE_URL / LLM_API_KEY / LLM_MODEL / LLM_TIMEOUT_MS (OPENAI_* as fallbacks); nothing in
 * `lib/llm` reads the environment itself.
 */
export type LlmConfig = {
  /** Base URL including the API prefix, e.g. `https://api.openai.com/v1` or `http://127.0.0.1:11434/v1`. */
  baseURL: string;
  apiKey: string;
  model: string;
  /** Budget for one whole completion: connecting, the first byte and every streamed chunk. */
  timeoutMs: number;
};
