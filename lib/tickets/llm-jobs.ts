import type { Db } from "@/lib/db/client";
import type { Ticket, TicketStatus } from "@/lib/db/schema";
import { getTicket, listTicketIdsByStatus, updateTicket } from "@/lib/db/tickets";
import type { LlmSettings } from "@/lib/env";
import { runWithRetries, streamChatCompletion } from "@/lib/llm/client";
import { isLlmError, llmErrors } from "@/lib/llm/errors";
import { parseLlmMarkdown } from "@/lib/llm/parse-report";
import { buildLlmMessages } from "@/lib/llm/prompt";
import { redactSecrets } from "@/lib/redact";
import { plainTitle } from "@/lib/report/markdown";

export type JobEvent =
  | { type: "delta"; text: string }
  /** A failed attempt's text is discarded before the retry streams again. */
  | { type: "reset" }
  | { type: "final"; status: TicketStatus };

type Listener = (event: JobEvent) => void;

/** A ticket that keeps getting interrupted (the server dies while writing) is given up on. */
export const MAX_LLM_ATTEMPTS = 3;

/**
 * Runs the LLM stage outside the request that created the ticket: a FIFO queue with a
 * concurrency cap, live text for the events stream, and every outcome written to the row.
 */
export class LlmJobRunner {
  private readonly queue: string[] = [];
  private readonly running = new Map<string, { text: string }>();
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(
    private readonly db: Db,
    private readonly llm: LlmSettings,
  ) {}

  enqueue(id: string) {
    if (this.running.has(id) || this.queue.includes(id)) return;
    this.queue.push(id);
    this.pump();
  }

  /** The text streamed so far for a running ticket, or null when it is not running. */
  partialText(id: string): string | null {
    return this.running.get(id)?.text ?? null;
  }

  subscribe(id: string, listener: Listener): () => void {
    let set = this.listeners.get(id);
    if (!set) this.listeners.set(id, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(id);
    };
  }

  /** Picks up tickets left processing by a previous process (crash or restart). */
  resumeInterrupted() {
    for (const id of listTicketIdsByStatus({ db: this.db, status: "processing" })) this.enqueue(id);
  }

  get activeCount(): number {
    return this.running.size;
  }

  private emit(id: string, event: JobEvent) {
    for (const listener of this.listeners.get(id) ?? []) listener(event);
  }

  private pump() {
    while (this.running.size < this.llm.concurrency && this.queue.length > 0) {
      const id = this.queue.shift()!;
      this.running.set(id, { text: "" });
      void this.run(id)
        .catch((error: unknown) => {
          console.error(`errdoc: LLM job for ticket ${id} crashed`, error);
          this.finish(id, { code: "internal", message: "The AI stage stopped on an unexpected error. Retry with AI." });
        })
        .finally(() => {
          this.running.delete(id);
          this.pump();
        });
    }
  }

  private async run(id: string) {
    const ticket = getTicket({ db: this.db, id });
    if (!ticket || ticket.status !== "processing") return;
    const attempts = ticket.llmAttempts + 1;
    updateTicket({ db: this.db, id, changes: { llmAttempts: attempts, updatedAt: ticket.updatedAt }, onlyIfStatus: "processing" });
    if (attempts > MAX_LLM_ATTEMPTS) {
      return this.finish(id, {
        code: "interrupted",
        message: messageIn(ticket, {
          en: `The AI report was interrupted ${MAX_LLM_ATTEMPTS} times (the server stopped while it was being written). Retry with AI.`,
          zh: `AI 报告已被中断 ${MAX_LLM_ATTEMPTS} 次（生成过程中服务器停止了）。请点击“用 AI 重试”。`,
        }),
      });
    }

    const state = this.running.get(id)!;
    const messages = buildLlmMessages({
      text: ticket.input,
      context: ticket.context,
      classification: ticket.classification,
      ruleReport: ticket.ruleReport,
      language: ticket.language,
    });
    let markdown: string;
    try {
      markdown = await runWithRetries(
        () =>
          streamChatCompletion(this.llm, messages, {
            onDelta: (text) => {
              state.text += text;
              this.emit(id, { type: "delta", text });
            },
          }),
        {
          retries: 2,
          onRetry: () => {
            state.text = "";
            this.emit(id, { type: "reset" });
          },
        },
      );
    } catch (error) {
      if (!isLlmError(error)) throw error;
      return this.finish(id, { code: `llm_${error.kind}`, message: error.messageFor(ticket.language) });
    }

    const parsed = parseLlmMarkdown(markdown, {
      language: ticket.language,
      source: "llm",
      fallbackTitle: ticket.ruleReport.title,
      ruleReport: ticket.ruleReport,
    });
    if (!parsed.ok) {
      const reason = parsed.reason === "html" ? "html" : parsed.reason === "empty" ? "empty" : "invalid";
      const error = llmErrors.badResponse(reason, parsed.message);
      return this.finish(id, { code: "llm_bad_response", message: error.messageFor(ticket.language) });
    }
    const saved = updateTicket({
      db: this.db,
      id,
      changes: { status: "completed", report: parsed.report, reportSource: "llm", title: plainTitle(parsed.report.title), error: null },
      onlyIfStatus: "processing",
    });
    if (saved) this.emit(id, { type: "final", status: "completed" });
  }

  /**
   * Ends the stage as failed: the reason is kept, and so is the report the ticket already had.
   * Providers quote the key they were sent in their errors: that is the operator's own key.
   */
  private finish(id: string, error: { code: string; message: string }) {
    const reason = { code: error.code, message: redactSecrets(error.message).text };
    const saved = updateTicket({ db: this.db, id, changes: { status: "failed", error: reason }, onlyIfStatus: "processing" });
    if (saved) this.emit(id, { type: "final", status: "failed" });
  }
}

function messageIn(ticket: Ticket, text: { en: string; zh: string }): string {
  return text[ticket.language];
}
