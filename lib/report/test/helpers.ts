import type { Category, Classification, Language } from "@/lib/classifier/schema";
import type { Report } from "../schema";

/** Placeholder leaks a generated report must never contain. */
export const leakPatterns: RegExp[] = [/\{\{/, /\}\}/, /\bundefined\b/, /\bnull\b/, /\bNaN\b/, /\[object Object\]/];

function strings(report: Report): string[] {
  const out: string[] = [report.title, report.causes.summary, ...report.causes.items, ...report.prevention, ...report.tools, report.markdown];
  if (report.translation) out.push(report.translation.original, report.translation.translated);
  for (const s of report.solutions) {
    out.push(s.title, ...s.steps);
    if (s.code) out.push(s.code.language, s.code.content);
  }
  return out;
}

/**
 * Problems in a report: placeholder leaks (a token the user's own text contains is allowed,
 * e.g. "Cannot read properties of undefined"), empty bullets, empty code.
 */
export function reportProblems(report: Report, input = ""): string[] {
  const problems: string[] = [];
  for (const s of strings(report)) {
    for (const p of leakPatterns) {
      const m = p.exec(s);
      if (m && !input.includes(m[0])) problems.push(`leak ${p} in: ${s.slice(Math.max(0, m.index - 60), m.index + 60)}`);
    }
  }
  const items = [...report.causes.items, ...report.prevention, ...report.tools, ...report.solutions.flatMap((s) => s.steps)];
  for (const i of items) if (!/[\p{L}\p{N}]/u.test(i)) problems.push(`empty item: ${JSON.stringify(i)}`);
  for (const s of report.solutions) if (s.code && !s.code.content.trim()) problems.push(`empty code in ${s.title}`);
  if (/^\s*(?:[-*]|\d+\.)\s*$/m.test(report.markdown)) problems.push("empty bullet in markdown");
  if (/```[\w+#-]*\n\s*```/.test(report.markdown)) problems.push("empty fence in markdown");
  return problems;
}

/** A classification with every fact unknown. */
export function bareClassification(category: Category, lang: Language = "en"): Classification {
  return {
    category,
    confidence: 0.5,
    httpStatus: null,
    errorType: null,
    requestId: null,
    url: null,
    host: null,
    provider: null,
    ecosystem: null,
    exception: null,
    lang,
    fingerprint: "0000000000000000",
  };
}

export function codeOf(report: Report): string {
  return report.solutions.map((s) => s.code?.content ?? "").join("\n");
}

export function allText(report: Report): string {
  return strings(report).join("\n");
}
