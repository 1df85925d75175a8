import type { Classification } from "@/lib/classifier/schema";
import type { Report } from "./schema";

/**
 * Reusing an AI report written for another paste of the same error (same fingerprint).
 *
 * Two pastes of one error differ in their facts: request ids, URLs and hosts, paths, ports,
 * timestamps, masked key tails, model and file names. The cached report quotes the facts of
 * the paste it was written for, so it is never shown as it is: every fact of the source paste
 * that the new paste does not hold is rewritten to the new paste's fact of the same kind, in
 * order of appearance (the classifier's requestId/url/host first, which are certain). Then the
 * result is checked: if any fact of the source paste that the new paste does not hold is still
 * in the report (a second id with no counterpart, a file name only the source had), the report
 * is not reused at all. The check, not the rewrite, is what guarantees that nothing specific to
 * the source paste is shown; the rewrite only lets more reports pass it.
 *
 * Pure, no I/O; linear in the texts' length plus the report's length times the number of facts.
 */

export type PasteFacts = { text: string; context: string | null; classification: Pick<Classification, "requestId" | "url" | "host"> };

type FactKind = "url" | "email" | "uuid" | "ip" | "hex" | "number" | "masked" | "path" | "dotted" | "id" | "name";

/** More facts than this and the paste is not worth the risk: no reuse. */
const MAX_FACTS = 2000;
const MIN_FACT_LENGTH = 4;

/** Runs of text between whitespace, quotes, brackets, list punctuation and CJK text. */
const TOKEN = /[^\s"'`()[\]{}<>,;|\u2018-\u201f\u3000-\u303f\u4e00-\u9fff\uff01-\uff65]+/g;

/**
 * The report rewritten to the target paste's facts, or null when it cannot be shown for the
 * target paste without also showing something of the source paste.
 */
export function reuseReport(report: Report, source: PasteFacts, target: PasteFacts): Report | null {
  return reuserFor(target)(report, source);
}

/** `reuseReport` for one target paste and several candidate reports: the target is read once. */
export function reuserFor(target: PasteFacts): (report: Report, source: PasteFacts) => Report | null {
  const targetText = joinText(target);
  const targetFacts = factsOf(targetText);
  if (targetFacts.length > MAX_FACTS) return () => null;
  return (report, source) => reuseFor(report, source, target, targetText, targetFacts);
}

function reuseFor(report: Report, source: PasteFacts, target: PasteFacts, targetText: string, targetFacts: Fact[]): Report | null {
  const sourceText = joinText(source);
  const sourceFacts = factsOf(sourceText);
  if (sourceFacts.length > MAX_FACTS) return null;

  // Facts of one paste that the other does not hold, in order of first appearance.
  const sourceOnly = sourceFacts.filter((f) => !targetText.includes(f.value));
  const targetOnly = targetFacts.filter((f) => !sourceText.includes(f.value));
  if (sourceOnly.length === 0) return report;

  const mapping = new Map<string, string>();
  const used = new Set<string>();
  const pair = (from: string | null, to: string | null) => {
    if (!from || !to || from === to || mapping.has(from) || used.has(to)) return;
    if (targetText.includes(from)) return; // not specific to the source
    mapping.set(from, to);
    used.add(to);
  };
  pair(source.classification.requestId, target.classification.requestId);
  pair(source.classification.url, target.classification.url);
  pair(source.classification.host, target.classification.host);
  const byKind = (facts: Fact[], kind: FactKind) => facts.filter((f) => f.kind === kind && !mapping.has(f.value) && !used.has(f.value));
  for (const kind of new Set(sourceOnly.map((f) => f.kind))) {
    const from = byKind(sourceOnly, kind);
    const to = byKind(targetOnly, kind);
    // Only an unambiguous pairing: the same number of facts of this kind on both sides.
    if (from.length !== to.length) continue;
    from.forEach((f, i) => pair(f.value, to[i]!.value));
  }

  const rewritten = mapReportText(report, (s) => replaceAll(s, mapping));
  const leftovers = wholeTokenPattern(sourceOnly.map((f) => f.value));
  if (leftovers && reportTexts(rewritten).some((s) => leftovers.test(s) || leftovers.test(unescapeMarkdown(s)))) return null;
  return rewritten;
}

type Fact = { value: string; kind: FactKind };

function joinText(paste: PasteFacts): string {
  return paste.context ? `${paste.text}\n${paste.context}` : paste.text;
}

/** The distinct facts of a text, in order of first appearance; parts of a URL or path count too. */
export function factsOf(text: string): Fact[] {
  const seen = new Set<string>();
  const facts: Fact[] = [];
  const add = (raw: string) => {
    const value = trimToken(raw);
    if (value.length < MIN_FACT_LENGTH || seen.has(value) || !isSpecific(value)) return;
    seen.add(value);
    facts.push({ value, kind: kindOf(value) });
  };
  for (const match of text.matchAll(TOKEN)) {
    const token = trimToken(match[0]);
    add(token);
    for (const part of partsOf(token)) add(part);
    if (facts.length > MAX_FACTS) break;
  }
  return facts;
}

/** Sentence punctuation around a token is not part of it: `app.py:`, `(req_1).`, `id=`. */
function trimToken(token: string): string {
  return token.replace(/^[.:=!?*#+-]+/, "").replace(/[.:=!?*#]+$/, "");
}

/** A URL's host, path and query values; a path's file name; `key=value`'s value; `host:port`'s host. */
function partsOf(token: string): string[] {
  const parts: string[] = [];
  const url = /^[a-z][\w+.-]*:\/\/(?<auth>[^/?#@]*@)?(?<host>[^/?#:]+)(?<port>:\d+)?(?<path>\/[^?#]*)?(?<query>\?[^#]*)?/i.exec(token);
  if (url?.groups) {
    const { host, port, path, query } = url.groups;
    parts.push(host!);
    if (port) parts.push(`${host}${port}`);
    if (path && path.length > 1) parts.push(path, ...path.split("/"));
    if (query) for (const pairText of query.slice(1).split("&")) parts.push(pairText.slice(pairText.indexOf("=") + 1));
    parts.push(token.replace(/[?#].*$/, ""));
    return parts;
  }
  if (/[\\/]/.test(token)) {
    const segments = token.split(/[\\/]+/);
    parts.push(...segments);
    const last = segments[segments.length - 1] ?? "";
    parts.push(last.replace(/:\d+(?::\d+)?$/, "")); // app.py:12:5 → app.py
  }
  const eq = token.indexOf("=");
  if (eq > 0) parts.push(token.slice(eq + 1), token.slice(0, eq));
  const colon = /^([^:]+):\d+(?::\d+)?$/.exec(token);
  if (colon) parts.push(colon[1]!);
  return parts;
}

/**
 * A token that names something of this paste rather than a word of the error: it has a digit,
 * a path or URL separator, an @, a dotted or underscored name, an inner capital, or a mask.
 */
function isSpecific(value: string): boolean {
  if (/^[A-Za-z]+$/.test(value)) return /[a-z][A-Z]/.test(value); // words, except camelCase names
  return /\d|[/\\@_…]|\[REDACTED|[A-Za-z0-9]\.[A-Za-z]|[a-z][A-Z]/.test(value);
}

function kindOf(value: string): FactKind {
  if (/^[a-z][\w+.-]*:\/\//i.test(value)) return "url";
  if (/^[^@\s]+@[\w-]+(?:\.[\w-]+)+$/.test(value)) return "email";
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return "uuid";
  if (/^\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?$/.test(value)) return "ip";
  if (/^[0-9a-f]{7,}$/i.test(value) && /\d/.test(value) && /[a-f]/i.test(value)) return "hex";
  if (/^[\d.:/T+-]+Z?$/.test(value)) return "number";
  if (value.includes("…") || value.includes("[REDACTED")) return "masked";
  if (/[\\/]/.test(value) || value.startsWith("~")) return "path";
  if (/[A-Za-z0-9]\.[A-Za-z]/.test(value)) return "dotted";
  if (/\d/.test(value)) return "id";
  return "name";
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Matches any of `values` as a whole token: not inside a longer run of letters and digits. */
function wholeTokenPattern(values: string[]): RegExp | null {
  if (values.length === 0) return null;
  const alternatives = [...values].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![A-Za-z0-9])(?:${alternatives.join("|")})(?![A-Za-z0-9])`);
}

/** One pass, longest fact first, so that a replacement is never replaced again. */
function replaceAll(text: string, mapping: ReadonlyMap<string, string>): string {
  const pattern = wholeTokenPattern([...mapping.keys()]);
  if (!pattern) return text;
  return text.replace(new RegExp(pattern.source, "g"), (m) => mapping.get(m) ?? m);
}

/** Markdown escapes (`file\_name`) would hide a fact from the check. */
function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\`*_[\]<>#|{}().!+-])/g, "$1");
}

function mapReportText(report: Report, f: (s: string) => string): Report {
  return {
    ...report,
    title: f(report.title),
    translation: report.translation ? { original: f(report.translation.original), translated: f(report.translation.translated) } : null,
    causes: { summary: f(report.causes.summary), items: report.causes.items.map(f) },
    solutions: report.solutions.map((s) => ({
      ...s,
      title: f(s.title),
      steps: s.steps.map(f),
      ...(s.code ? { code: { language: s.code.language, content: f(s.code.content) } } : {}),
    })),
    prevention: report.prevention.map(f),
    tools: report.tools.map(f),
    markdown: f(report.markdown),
  };
}

function reportTexts(report: Report): string[] {
  const out: string[] = [];
  mapReportText(report, (s) => {
    out.push(s);
    return s;
  });
  return out;
}
