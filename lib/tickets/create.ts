import { nanoid } from "nanoid";
import { classifyError } from "@/lib/classifier";
import type { Language } from "@/lib/classifier/schema";
import type { Store } from "@/lib/db/store";
import type { NewTicket, Ticket } from "@/lib/db/schema";
import type { Env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { redactSecrets } from "@/lib/redact";
import { buildRuleReport } from "@/lib/report";
import { plainTitle } from "@/lib/report/markdown";
import { reuserFor } from "@/lib/report/reuse";
import { byteLength, normalizePastedText } from "./normalize-text";
import { hashOwnerToken, newOwnerToken } from "./owner-token";
import { createDiagnosisSchema } from "./schema";

export type CreatedDiagnosis = { ticket: Ticket; ownerToken: string };

type DiagnosisRequest = {
  config: Pick<Env, "maxInputBytes" | "maxContextBytes" | "llm">;
  input: unknown;
  /** The reader's language (Accept-Language or UI), used when the input names none. */
  fallbackLanguage?: Language | null;
  now?: Date;
};

/**
 * Validates, redacts, classifies and saves a new diagnosis with its rule-based report.
 * The row is written before any slow or fallible step, so nothing pasted is lost.
 */
export async function createDiagnosis({
  store,
  ...request
}: DiagnosisRequest & { store: Pick<Store, "insertTicket" | "findReusableLlmTickets"> }): Promise<CreatedDiagnosis> {
  const draft = draftDiagnosis(request);
  const { ticket } = draft;
  // The same error in the same language already has an AI report: reuse it at once, told in
  // this paste's facts (request id, URL, paths), or not at all (see reuseReport).
  if (ticket.wantsLlm) {
    for (const candidate of await store.findReusableLlmTickets({ fingerprint: ticket.fingerprint, language: ticket.language })) {
      const cached = draft.reuse(candidate.report, { text: candidate.input, context: candidate.context, classification: candidate.classification });
      if (!cached) continue;
      const report = { ...cached, source: "cache" as const };
      Object.assign(ticket, { status: "completed", report, reportSource: report.source, title: plainTitle(report.title) });
      break;
    }
  }
  return { ticket: await store.insertTicket(ticket), ownerToken: draft.ownerToken };
}

/**
 * Everything about a new diagnosis that needs no database: validation, redaction,
 * classification, the rule report, the owner token. `reuse` tells an earlier AI report of the
 * same error in this paste's facts, or says it cannot (null).
 */
export function draftDiagnosis({ config, input, fallbackLanguage, now = new Date() }: DiagnosisRequest): {
  ticket: NewTicket;
  ownerToken: string;
  reuse: ReturnType<typeof reuserFor>;
} {
  const parsed = createDiagnosisSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "body");
      (fieldErrors[field] ??= []).push(issue.message);
    }
    const first = parsed.error.issues[0]!;
    const field = String(first.path[0] ?? "body");
    throw new AppError("invalid_input", field === "text" ? first.message : `${field}: ${first.message}`, { fieldErrors });
  }
  const request = parsed.data;
  if (byteLength(request.text) > config.maxInputBytes) {
    throw new AppError(
      "payload_too_large",
      `The error text is ${formatKiB(byteLength(request.text))}; the limit is ${formatKiB(config.maxInputBytes)}. Paste the part around the error.`,
      { fieldErrors: { text: ["too large"] } },
    );
  }
  if (request.context && byteLength(request.context) > config.maxContextBytes) {
    throw new AppError("invalid_input", `The context is too long: keep it under ${formatKiB(config.maxContextBytes)}.`, {
      fieldErrors: { context: ["too long"] },
    });
  }
  const wantsLlm = request.mode === "llm" || (request.mode === "auto" && config.llm !== null);
  if (request.mode === "llm" && !config.llm) {
    throw new AppError("llm_not_configured", "No LLM is configured on this server: use mode \"rules\" or set LLM_BASE_URL / LLM_API_KEY.");
  }

  const text = normalizePastedText(request.text);
  if (!text.trim()) throw new AppError("invalid_input", "Paste an error message: the text holds only control characters.");
  const redactedText = redactSecrets(text);
  const redactedContext = request.context ? redactSecrets(normalizePastedText(request.context)) : null;
  const classification = classifyError(redactedText.text);
  const language = request.lang ?? fallbackLanguage ?? classification.lang;
  const ruleReport = buildRuleReport({
    text: redactedText.text,
    context: redactedContext?.text ?? null,
    classification,
    language,
  });
  const ownerToken = newOwnerToken();
  const ticket: NewTicket = {
    id: nanoid(),
    createdAt: now,
    updatedAt: now,
    status: wantsLlm ? "processing" : "completed",
    visibility: request.visibility,
    input: redactedText.text,
    context: redactedContext?.text ?? null,
    language,
    wantsLlm,
    category: classification.category,
    provider: classification.provider,
    httpStatus: classification.httpStatus,
    fingerprint: classification.fingerprint,
    classification,
    report: ruleReport,
    ruleReport,
    reportSource: ruleReport.source,
    title: plainTitle(ruleReport.title),
    error: null,
    redactions: mergeFindings(redactedText.findings, redactedContext?.findings ?? []),
    ownerTokenHash: hashOwnerToken(ownerToken),
  };
  // Built on first use: most pastes never reach a reusable AI report.
  let reuser: ReturnType<typeof reuserFor> | null = null;
  const reuse: ReturnType<typeof reuserFor> = (...args) =>
    (reuser ??= reuserFor({ text: redactedText.text, context: redactedContext?.text ?? null, classification }))(...args);
  return { ticket, ownerToken, reuse };
}

function mergeFindings(...lists: Array<Array<{ kind: string; count: number }>>) {
  const counts = new Map<string, number>();
  for (const finding of lists.flat()) counts.set(finding.kind, (counts.get(finding.kind) ?? 0) + finding.count);
  return [...counts].map(([kind, count]) => ({ kind, count }));
}

function formatKiB(bytes: number): string {
  return `${Math.ceil(bytes / 1024)} KiB`;
}
