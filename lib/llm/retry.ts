import { LlmError, llmErrors } from "./errors";

export type RetryOptions = {
  /** Retries after the first attempt (default 2). */
  retries?: number;
  /** First backoff step (default 500 ms); doubles each retry, with jitter. */
  baseDelayMs?: number;
  /** Upper bound of one backoff step (default 8 s). */
  maxDelayMs?: number;
  /** Upper bound of a wait asked for by Retry-After (default 10 s). */
  maxRetryAfterMs?: number;
  signal?: AbortSignal;
  /** Called before each wait, e.g. to clear text streamed by the failed attempt. */
  onRetry?: (info: { attempt: number; error: LlmError; delayMs: number }) => void;
  /** For tests: a source of randomness in [0, 1). */
  random?: () => number;
};

/** A cut stream is retried once: a second cut says the endpoint or a proxy keeps cutting. */
const MAX_STREAM_CUT_RETRIES = 1;

export function retryDelayMs(
  error: LlmError,
  retryIndex: number,
  options: Pick<RetryOptions, "baseDelayMs" | "maxDelayMs" | "maxRetryAfterMs" | "random"> = {},
): number {
  const { baseDelayMs = 500, maxDelayMs = 8000, maxRetryAfterMs = 10_000, random = Math.random } = options;
  if (error.retryAfterMs !== undefined) {
    // Honour the server, plus a little jitter so parallel jobs do not come back together.
    return Math.min(error.retryAfterMs, maxRetryAfterMs) + Math.round(random() * Math.min(250, baseDelayMs));
  }
  const step = Math.min(maxDelayMs, baseDelayMs * 2 ** retryIndex);
  return Math.round(step / 2 + random() * (step / 2));
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(llmErrors.aborted());
    const onAbort = () => {
      clearTimeout(timer);
      reject(llmErrors.aborted());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * Runs `fn` (given the attempt number, from 0) and retries it while it fails with a retryable
 * LlmError: rate limits (honouring Retry-After up to a cap), 5xx, connection failures, and a
 * cut stream once. Auth, 400, 404, timeouts and anything that is not an LlmError are thrown
 * at once. Exponential backoff with jitter between attempts.
 */
export async function runWithRetries<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const { retries = 2, signal, onRetry } = options;
  let streamCuts = 0;
  for (let attempt = 0; ; attempt++) {
    if (signal?.aborted) throw llmErrors.aborted();
    try {
      return await fn(attempt);
    } catch (error) {
      if (!(error instanceof LlmError) || !error.retryable || attempt >= retries) throw error;
      if (error.kind === "stream_cut" && ++streamCuts > MAX_STREAM_CUT_RETRIES) throw error;
      const delayMs = retryDelayMs(error, attempt, options);
      onRetry?.({ attempt: attempt + 1, error, delayMs });
      await sleep(delayMs, signal);
    }
  }
}
