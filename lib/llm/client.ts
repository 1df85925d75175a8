import OpenAI from "openai";
import type { LlmConfig } from "./config";
import { llmErrors, summarizeDetail, toLlmError } from "./errors";
import type { ChatMessage } from "./prompt";

export { LlmError, type LlmErrorKind } from "./errors";
export { runWithRetries, type RetryOptions } from "./retry";

export type StreamOptions = {
  /** Cancels the request; the promise then rejects with an `aborted` LlmError. */
  signal?: AbortSignal;
  /** Called with each piece of text as it arrives, in order. */
  onDelta?: (text: string) => void;
  temperature?: number;
  /** For tests: the fetch the openai package uses. */
  fetch?: typeof globalThis.fetch;
};

const DEFAULT_TEMPERATURE = 0.3;

/** Wraps an error thrown by the caller's onDelta so it passes through unclassified. */
class ConsumerError {
  constructor(readonly error: unknown) {}
}

/**
 * Watches the raw SSE body for the `data: [DONE]` line, which the openai package consumes
 * silently: without it (and without a finish_reason) a stream that ended was cut short.
 */
function fetchNoticingDone(baseFetch: typeof globalThis.fetch, onDone: () => void): typeof globalThis.fetch {
  const isDoneLine = (line: string) => /^data:\s*\[DONE\]\s*$/.test(line.replace(/\r$/, ""));
  return async (input, init) => {
    const response = await baseFetch(input, init);
    if (!response.ok || !response.body) return response;
    const decoder = new TextDecoder();
    // Only the start of the current line matters, so long lines are kept short.
    let partial = "";
    const scan = (text: string) => {
      const lines = (partial + text).split("\n");
      partial = lines.pop()!.slice(0, 64);
      if (lines.some(isDoneLine)) onDone();
    };
    const tap = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        scan(decoder.decode(chunk, { stream: true }));
        controller.enqueue(chunk);
      },
      flush() {
        scan(decoder.decode() + "\n");
      },
    });
    return new Response(response.body.pipeThrough(tap), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

type CompletionJson = {
  error?: { message?: unknown };
  choices?: Array<{ message?: { content?: unknown } }>;
};

/**
 * Streams one chat completion and resolves with the whole text. `config.timeoutMs` bounds the
 * whole exchange, from connecting to the last chunk, so a server that stalls mid-stream fails
 * too. Every failure is an `LlmError` (see errors.ts); errors thrown by `onDelta` pass through.
 * No retries here: wrap the call in `runWithRetries`.
 */
export async function streamChatCompletion(
  config: LlmConfig,
  messages: ChatMessage[],
  options: StreamOptions = {},
): Promise<string> {
  const { signal, onDelta } = options;
  if (signal?.aborted) throw llmErrors.aborted();

  const stopper = new AbortController();
  let stopReason: "timeout" | "aborted" | null = null;
  const stop = (reason: "timeout" | "aborted") => {
    stopReason ??= reason;
    stopper.abort();
  };
  const timer = setTimeout(() => stop("timeout"), config.timeoutMs);
  const onAbort = () => stop("aborted");
  signal?.addEventListener("abort", onAbort, { once: true });
  // Every await below races this, so neither a stalled socket nor a library that swallows
  // the abort can keep us waiting past the deadline.
  const stopped = new Promise<never>((_, reject) => {
    stopper.signal.addEventListener("abort", () => reject(stopper.signal.reason), { once: true });
  });
  stopped.catch(() => {});
  const race = <T>(promise: Promise<T>): Promise<T> => Promise.race([promise, stopped]);

  let text = "";
  let hasFinished = false;
  const emit = (delta: string) => {
    text += delta;
    try {
      onDelta?.(delta);
    } catch (error) {
      throw new ConsumerError(error);
    }
  };
  try {
    const client = new OpenAI({
      baseURL: config.baseURL,
      apiKey: config.apiKey,
      timeout: config.timeoutMs,
      maxRetries: 0,
      logLevel: "off",
      fetch: fetchNoticingDone(options.fetch ?? globalThis.fetch, () => {
        hasFinished = true;
      }),
    });
    const { data: stream, response } = await race(
      client.chat.completions
        .create(
          {
            model: config.model,
            messages,
            stream: true,
            temperature: options.temperature ?? DEFAULT_TEMPERATURE,
          },
          { signal: stopper.signal },
        )
        .withResponse(),
    );

    const contentType = response.headers.get("content-type") ?? "";
    if (/text\/html/i.test(contentType)) {
      const page = await race(response.text()).catch(() => "");
      throw llmErrors.badResponse("html", summarizeDetail(page, config.apiKey), response.status);
    }
    if (/json/i.test(contentType)) {
      // Some relays ignore `stream: true` and answer with one JSON completion.
      const body = (await race(response.json()).catch(() => {
        throw llmErrors.badResponse("invalid", "malformed JSON", response.status);
      })) as CompletionJson | null;
      if (body?.error) {
        throw llmErrors.badResponse("invalid", summarizeDetail(String(body.error.message ?? ""), config.apiKey), response.status);
      }
      const content = body?.choices?.[0]?.message?.content;
      if (typeof content !== "string" || !content.trim()) throw llmErrors.badResponse("empty");
      emit(content);
      return text;
    }

    const chunks = stream[Symbol.asyncIterator]();
    for (;;) {
      const next = await race(chunks.next());
      if (next.done) break;
      const choice = next.value.choices?.[0];
      const delta = choice?.delta?.content;
      if (typeof delta === "string" && delta) emit(delta);
      if (choice?.finish_reason) hasFinished = true;
    }
    // The openai package ends the iteration quietly when its request is aborted.
    if (stopReason) throw stopper.signal.reason;
    if (!hasFinished && text) throw llmErrors.streamCut();
    if (!text.trim()) throw llmErrors.badResponse("empty");
    return text;
  } catch (error) {
    if (error instanceof ConsumerError) throw error.error;
    if (stopReason === "timeout") throw llmErrors.timeout(config.timeoutMs);
    if (stopReason === "aborted") throw llmErrors.aborted();
    throw toLlmError(error, {
      apiKey: config.apiKey,
      baseURL: config.baseURL,
      timeoutMs: config.timeoutMs,
      hasReceivedText: text.length > 0,
    });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
    // Releases the connection whatever happened (a no-op after a clean end).
    stopper.abort();
  }
}
