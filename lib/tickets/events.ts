import type { Ticket, TicketError, TicketStatus } from "@/lib/db/schema";
import type { JobProgress } from "@/lib/db/store";
import { appContext, type AppContext } from "@/lib/server/context";

const KEEPALIVE_MS = 15_000;
/** How often a follower reads the job's progress when nothing wakes it sooner. */
export const EVENTS_POLL_MS = 250;

function sse(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

function statusData(ticket: { status: TicketStatus; updatedAt: Date; error: TicketError | null }) {
  return { status: ticket.status, updatedAt: ticket.updatedAt.toISOString(), error: ticket.status === "failed" ? ticket.error : null };
}

/** What changed between two reads of a job's progress, as the events a page applies in order. */
export function progressEvents(previous: Pick<JobProgress, "text" | "resets"> | null, current: Pick<JobProgress, "text" | "resets">): string[] {
  if (!previous) return [sse("snapshot", { text: current.text })];
  const sameAttempt = current.resets === previous.resets && current.text.startsWith(previous.text);
  if (sameAttempt) return current.text.length > previous.text.length ? [sse("delta", { text: current.text.slice(previous.text.length) })] : [];
  return [sse("reset", {}), ...(current.text ? [sse("delta", { text: current.text })] : [])];
}

/**
 * Progress of one ticket as server-sent events: `status` first, then `snapshot` (text so far),
 * `delta` and `reset` while the LLM writes, and `done` with the final status, then the stream
 * ends. The text is read from the database, so this works on any instance, whichever one runs
 * the job; this instance's own job runner only wakes the reader early.
 */
export function ticketEventStream(ticket: Ticket, signal: AbortSignal, { pollMs = EVENTS_POLL_MS }: { pollMs?: number } = {}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let isClosed = false;
      const send = (chunk: string) => {
        if (!isClosed) controller.enqueue(encoder.encode(chunk));
      };
      const close = () => {
        if (isClosed) return;
        isClosed = true;
        controller.close();
      };
      signal.addEventListener("abort", close, { once: true });

      send("retry: 3000\n\n");
      send(sse("status", statusData(ticket)));
      if (ticket.status !== "processing") {
        send(sse("done", statusData(ticket)));
        return close();
      }
      void appContext()
        .then((context) => follow(context, ticket.id, { send, isClosed: () => isClosed, pollMs, signal }))
        .catch(() => {
          // The database went away: the browser reconnects (retry: 3000) and asks again.
        })
        .finally(close);
    },
  });
}

async function follow(
  { store, jobs }: AppContext,
  id: string,
  { send, isClosed, pollMs, signal }: { send: (chunk: string) => void; isClosed: () => boolean; pollMs: number; signal: AbortSignal },
) {
  let wake: (() => void) | null = null;
  const stopListening = jobs?.onProgress((ticketId) => {
    if (ticketId === id) wake?.();
  });
  let lastBeat = Date.now();
  let previous: JobProgress | null = null;
  try {
    while (!isClosed() && !signal.aborted) {
      const current = await store.readJobProgress(id);
      if (!current) {
        send(sse("done", { status: "deleted", updatedAt: null, error: null }));
        return;
      }
      if (current.status !== "processing") {
        const final = await store.getTicket(id);
        send(sse("done", final ? statusData(final) : { status: "deleted", updatedAt: null, error: null }));
        return;
      }
      for (const event of progressEvents(previous, current)) send(event);
      previous = current;
      if (Date.now() - lastBeat >= KEEPALIVE_MS) {
        send(": keepalive\n\n");
        lastBeat = Date.now();
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, pollMs);
        function done() {
          clearTimeout(timer);
          wake = null;
          signal.removeEventListener("abort", done);
          resolve();
        }
        wake = done;
        signal.addEventListener("abort", done, { once: true });
      });
    }
  } finally {
    stopListening?.();
  }
}
