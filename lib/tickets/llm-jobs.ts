import { randomBytes } from "node:crypto";
import os from "node:os";
import type { Ticket } from "@/lib/db/schema";
import type { JobClaim, Store, TicketChanges } from "@/lib/db/store";
import type { LlmSettings } from "@/lib/env";
import { runWithRetries, streamChatCompletion } from "@/lib/llm/client";
import { isLlmError, llmErrors } from "@/lib/llm/errors";
import { parseLlmMarkdown } from "@/lib/llm/parse-report";
import { buildLlmMessages } from "@/lib/llm/prompt";
import { redactSecrets } from "@/lib/redact";
import { noteStoreUnavailable } from "@/lib/server/outage";
import { plainTitle } from "@/lib/report/markdown";

/** A ticket that keeps getting interrupted (its instance dies while writing) is given up on. */
export const MAX_LLM_ATTEMPTS = 3;

/** Streamed text reaches the database (and so every instance's /events) at least this often. */
export const PROGRESS_FLUSH_MS = 200;

export type JobRunnerOptions = {
  /** How often idle capacity looks for unclaimed or expired jobs. */
  pollMs?: number;
  /** This instance's name in the leases (host, pid and a random part by default). */
  owner?: string;
};

/**
 * Runs the LLM stage outside the request that created the ticket. Jobs are leases in the
 * database, so several instances share the work: an instance claims a processing ticket
 * (atomically), renews the lease while it streams, writes the text so far every
 * PROGRESS_FLUSH_MS, and saves the outcome only while the lease is still its own. A lease that
 * is not renewed (the instance died) expires and any instance takes the job over; at start an
 * instance claims only unclaimed or expired jobs, so a restart never steals live work.
 */
export class LlmJobRunner {
  readonly owner: string;
  private readonly running = new Set<string>();
  private readonly progressListeners = new Set<(ticketId: string) => void>();
  private readonly pollMs: number;
  private pollTimer: NodeJS.Timeout | null = null;
  private polling = false;
  private stopped = false;

  constructor(
    private readonly store: Store,
    private readonly llm: LlmSettings,
    options: JobRunnerOptions = {},
  ) {
    this.owner = options.owner ?? `${os.hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
    this.pollMs = options.pollMs ?? Math.min(2000, Math.max(200, Math.floor(llm.leaseMs / 10)));
  }

  /** Starts looking for work: jobs nobody holds, and those whose holder stopped renewing. */
  start() {
    this.stopped = false;
    this.schedulePoll(0);
  }

  /** Stops claiming new work (jobs already running finish). */
  stop() {
    this.stopped = true;
    if (this.pollTimer) clearTimeout(this.pollTimer);
    this.pollTimer = null;
  }

  /** A new processing ticket on this instance: run it here at once when there is room. */
  enqueue(id: string) {
    if (this.running.has(id) || this.running.size >= this.llm.concurrency) return;
    void this.claim({ limit: 1, onlyId: id });
  }

  get activeCount(): number {
    return this.running.size;
  }

  /** Called when this instance has written progress or an outcome for a ticket (a wake-up, not the data). */
  onProgress(listener: (ticketId: string) => void): () => void {
    this.progressListeners.add(listener);
    return () => this.progressListeners.delete(listener);
  }

  private notify(ticketId: string) {
    for (const listener of this.progressListeners) listener(ticketId);
  }

  private schedulePoll(delay: number) {
    if (this.stopped) return;
    if (this.pollTimer) clearTimeout(this.pollTimer);
    this.pollTimer = setTimeout(() => void this.poll(), delay);
    this.pollTimer.unref?.();
  }

  private async poll() {
    if (this.polling) return;
    this.polling = true;
    try {
      await this.claim({ limit: this.llm.concurrency - this.running.size });
    } catch (error) {
      // The database may be down for a while: keep polling, it recovers by itself. Meanwhile
      // the proxy answers pages with its 503 page.
      if (this.store.isUnavailable(error)) noteStoreUnavailable(this.store);
      else console.error("errdoc: looking for LLM jobs failed", error);
    } finally {
      this.polling = false;
      this.schedulePoll(this.pollMs);
    }
  }

  private async claim({ limit, onlyId }: { limit: number; onlyId?: string }) {
    if (limit <= 0) return;
    const claims = await this.store.claimJobs({ owner: this.owner, limit, leaseMs: this.llm.leaseMs, onlyId });
    for (const claim of claims) {
      this.running.add(claim.ticketId);
      void this.run(claim)
        .catch(async (error: unknown) => {
          console.error(`errdoc: LLM job for ticket ${claim.ticketId} crashed`, error);
          await this.fail(claim.ticketId, { code: "internal", message: "The AI stage stopped on an unexpected error. Retry with AI." }).catch(() => {});
        })
        .finally(() => {
          this.running.delete(claim.ticketId);
          this.schedulePoll(0);
        });
    }
  }

  private async run({ ticketId: id, claims }: JobClaim) {
    const ticket = await this.store.getTicket(id);
    if (!ticket || ticket.status !== "processing") return this.store.endJob(id);
    // The version (updatedAt) stays: the attempt count is not a change a reader sees.
    await this.store.updateTicket({ id, changes: { llmAttempts: claims, updatedAt: ticket.updatedAt }, onlyIfStatus: "processing" });
    if (claims > MAX_LLM_ATTEMPTS) {
      return this.fail(id, {
        code: "interrupted",
        message: messageIn(ticket, {
          en: `The AI report was interrupted ${MAX_LLM_ATTEMPTS} times (the server stopped while it was being written). Retry with AI.`,
          zh: `AI 报告已被中断 ${MAX_LLM_ATTEMPTS} 次（生成过程中服务器停止了）。请点击“用 AI 重试”。`,
        }),
      });
    }

    const lease = new AbortController();
    const progress = new ProgressWriter(this.store, id, this.owner, () => this.notify(id), () => lease.abort());
    const heartbeat = setInterval(() => {
      this.store
        .renewJob({ ticketId: id, owner: this.owner, leaseMs: this.llm.leaseMs })
        .then((held) => {
          if (!held) lease.abort();
        })
        .catch(() => {
          // A database blip: the next beat tries again; the lease lasts several beats.
        });
    }, Math.max(100, Math.floor(this.llm.leaseMs / 4)));
    heartbeat.unref?.();

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
        () => streamChatCompletion(this.llm, messages, { signal: lease.signal, onDelta: (text) => progress.append(withoutNul(text)) }),
        { retries: 2, signal: lease.signal, onRetry: () => progress.reset() },
      );
    } catch (error) {
      // Lost the lease: another instance runs the job now, and this one leaves the ticket alone.
      if (lease.signal.aborted) return;
      if (!isLlmError(error)) throw error;
      return this.fail(id, { code: `llm_${error.kind}`, message: error.messageFor(ticket.language) });
    } finally {
      clearInterval(heartbeat);
      await progress.close();
    }

    const parsed = parseLlmMarkdown(withoutNul(markdown), {
      language: ticket.language,
      source: "llm",
      fallbackTitle: ticket.ruleReport.title,
      ruleReport: ticket.ruleReport,
    });
    if (!parsed.ok) {
      const reason = parsed.reason === "html" ? "html" : parsed.reason === "empty" ? "empty" : "invalid";
      const error = llmErrors.badResponse(reason, parsed.message);
      return this.fail(id, { code: "llm_bad_response", message: error.messageFor(ticket.language) });
    }
    await this.save(id, { status: "completed", report: parsed.report, reportSource: "llm", title: plainTitle(parsed.report.title), error: null });
  }

  /**
   * Ends the stage as failed: the reason is kept, and so is the report the ticket already had.
   * Providers quote the key they were sent in their errors: that is the operator's own key.
   */
  private fail(id: string, error: { code: string; message: string }) {
    return this.save(id, { status: "failed", error: { code: error.code, message: redactSecrets(error.message).text } });
  }

  private async save(id: string, changes: TicketChanges) {
    const saved = await this.store.finishJob({ ticketId: id, owner: this.owner, changes });
    if (saved) this.notify(id);
  }
}

/**
 * Batches streamed text into the job row: at most one write in flight, the next one carrying
 * everything that arrived meanwhile, so the database sees a few writes a second however fast
 * the tokens come.
 */
class ProgressWriter {
  private pending = "";
  private pendingReset = false;
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly ticketId: string,
    private readonly owner: string,
    private readonly onWritten: () => void,
    private readonly onLost: () => void,
  ) {}

  append(text: string) {
    this.pending += text;
    this.schedule();
  }

  /** A failed attempt's text is thrown away before the retry streams again. */
  reset() {
    this.pending = "";
    this.pendingReset = true;
    this.schedule();
  }

  async close() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.flush();
  }

  private schedule() {
    this.timer ??= setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, PROGRESS_FLUSH_MS);
  }

  private flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      if (!this.pending && !this.pendingReset) return;
      const append = this.pending;
      const reset = this.pendingReset;
      this.pending = "";
      this.pendingReset = false;
      try {
        const held = await this.store.writeJobProgress({ ticketId: this.ticketId, owner: this.owner, append, reset });
        if (held) this.onWritten();
        else this.onLost();
      } catch {
        // The database is unreachable for a moment: keep the text for the next write (unless
        // a reset since then threw it away anyway).
        if (!this.pendingReset) {
          this.pending = append + this.pending;
          this.pendingReset = reset;
        }
      }
    });
    return this.flushing;
  }
}

/** PostgreSQL's text and jsonb refuse NUL characters; a model may still write one. */
function withoutNul(text: string): string {
  return text.includes("\u0000") ? text.replaceAll("\u0000", "") : text;
}

function messageIn(ticket: Ticket, text: { en: string; zh: string }): string {
  return text[ticket.language];
}
