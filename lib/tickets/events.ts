import type { Ticket } from "@/lib/db/schema";
import type { JobEvent } from "./llm-jobs";
import { findTicket, llmJobs } from "./service";

const KEEPALIVE_MS = 15_000;

function sse(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

function statusData(ticket: Ticket) {
  return { status: ticket.status, updatedAt: ticket.updatedAt.toISOString(), error: ticket.status === "failed" ? ticket.error : null };
}

/**
 * Progress of one ticket as server-sent events: `status` first, then `snapshot` (text so far),
 * `delta` and `reset` while the LLM writes, and `done` with the final status, then the stream ends.
 */
export function ticketEventStream(ticket: Ticket, signal: AbortSignal): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const jobs = llmJobs();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let isClosed = false;
      const cleanups: Array<() => void> = [];
      const send = (chunk: string) => {
        if (!isClosed) controller.enqueue(encoder.encode(chunk));
      };
      const close = () => {
        if (isClosed) return;
        isClosed = true;
        for (const cleanup of cleanups) cleanup();
        controller.close();
      };
      const finishWithCurrentState = () => {
        const current = findTicket(ticket.id);
        send(sse("done", current ? statusData(current) : { status: "deleted", updatedAt: null, error: null }));
        close();
      };

      send("retry: 3000\n\n");
      send(sse("status", statusData(ticket)));
      if (ticket.status !== "processing" || !jobs) return finishWithCurrentState();

      cleanups.push(
        jobs.subscribe(ticket.id, (event: JobEvent) => {
          if (event.type === "delta") send(sse("delta", { text: event.text }));
          else if (event.type === "reset") send(sse("reset", {}));
          else finishWithCurrentState();
        }),
      );
      send(sse("snapshot", { text: jobs.partialText(ticket.id) ?? "" }));
      // It may have finished between reading the row and subscribing.
      if (findTicket(ticket.id)?.status !== "processing") return finishWithCurrentState();

      const keepalive = setInterval(() => send(": keepalive\n\n"), KEEPALIVE_MS);
      cleanups.push(() => clearInterval(keepalive));
      const onAbort = () => close();
      signal.addEventListener("abort", onAbort, { once: true });
      cleanups.push(() => signal.removeEventListener("abort", onAbort));
    },
  });
}
