import {
  extractApiErrorType,
  extractEcosystem,
  extractException,
  extractProvider,
  extractRequestId,
  extractStatus,
  extractUrl,
  type ExceptionFact,
} from "./facts";
import { matchKnownError } from "@/lib/known/match";
import { fingerprintOfKeyLines } from "./fingerprint";
import { signalRules, statusRules, type SignalContext } from "./rules";
import type { Category, Classification } from "./schema";
import { cjkRatio, evidenceOf, hasCjk, knownWindow, lineAt, type Evidence } from "./text";

/** Outside the block that holds the innermost cause a signal counts for less (taxonomy rule 7). */
const OUT_OF_FOCUS = 0.7;
/** Each further distinct signal agreeing on a category adds a little, up to a cap. */
const AGREEMENT_BONUS = 2;
const AGREEMENT_CAP = 6;
const MIN_SCORE = 25;
/** A known-error entry's match outweighs any single signal rule. */
const KNOWN_ERROR_SCORE = 200;
/** Warnings printed before the real failure ("Warning: Cannot find module …") are context, not the error. */
const ON_WARNING_LINE = 0.5;
const warningLine = /^\s*(?:[Ww]arning:|npm WARN|\(node:\d+\)|\S{0,200}:\d+: \w*Warning:|\w+Warning: )/;

interface Hit {
  category: Category;
  score: number;
  index: number;
}

const MAX_MATCHES_PER_RULE = 4;
const globalCopies = new WeakMap<RegExp, RegExp>();

/**
 * The best of a rule's first few matches: a later match in the focus block or outside a warning
 * line outweighs an earlier one that is not.
 */
function bestMatch(pattern: RegExp, evidence: Evidence): { index: number; factor: number } | null {
  const first = pattern.exec(evidence.text);
  if (!first) return null;
  let best = { index: first.index, factor: factorAt(evidence, first.index) };
  if (best.factor === 1) return best;
  let g = globalCopies.get(pattern);
  if (!g) {
    g = new RegExp(pattern.source, `${pattern.flags}g`);
    globalCopies.set(pattern, g);
  }
  g.lastIndex = first.index + Math.max(1, first[0].length);
  for (let n = 1, m = g.exec(evidence.text); m && n < MAX_MATCHES_PER_RULE; n++, m = g.exec(evidence.text)) {
    const factor = factorAt(evidence, m.index);
    if (factor > best.factor) best = { index: m.index, factor };
    if (factor === 1) break;
    if (m[0].length === 0) g.lastIndex++;
  }
  return best;
}

function factorAt(evidence: Evidence, index: number): number {
  const inFocus = index >= evidence.focusStart && index < evidence.focusEnd;
  const { start, end } = lineAt(evidence.text, index);
  const onWarning = warningLine.test(evidence.text.slice(start, Math.min(end, start + 300)));
  return (inFocus ? 1 : OUT_OF_FOCUS) * (onWarning ? ON_WARNING_LINE : 1);
}

const apiBody = /["']error["']\s*:\s*\{|\\?["'](?:message|type|code|detail)\\?["']\s*:\s*\\?["']|Error code: \d{3} - \{|\b\d{3} \{"/;
const htmlPage = /<!DOCTYPE html|<html[\s>]|<head>|<body[\s>]|<div[\s>]|<title>/i;
const installer =
  /\b(?:pip3?|npm|yarn|pnpm|gem|cargo|composer|conda|apt(?:-get)?|brew|poetry|uv|bundle) (?:install|add|require|update|i)\b|setup\.py|Building wheels?|node-gyp|gyp ERR!|Collecting \S+|Installing collected packages|npm ERR!|npm error |\bERR_PNPM_|\bmvn\b|\bgradle\b|go get\b|go mod\b/i;
const spawner =
  /subprocess|Popen|_execute_child|child_process|\bspawn\b|ProcessBuilder|Process\.Start|exec\.Command|os\.exec|CreateProcess|execvp|shutil\.which|\bexecFile\b/;

export function classify(input: string): Classification {
  const window = knownWindow(input);
  const evidence = evidenceOf(window);
  const text = evidence.text;

  const status = extractStatus(text);
  const context: SignalContext = {
    status: status?.value ?? null,
    hasApiBody: apiBody.test(text),
    hasHtml: htmlPage.test(window),
    isInstall: installer.test(window),
    isSpawn: spawner.test(window),
  };

  const hits: Hit[] = [];
  for (const rule of signalRules) {
    if (rule.when && !rule.when(context)) continue;
    const m = bestMatch(rule.pattern, evidence);
    if (m) hits.push({ category: rule.category, score: rule.weight * m.factor, index: m.index });
  }
  if (status) {
    const rule = statusRules.find((s) => status.value >= s.from && status.value <= s.to);
    if (rule) hits.push({ category: rule.category, score: rule.weight, index: status.index });
  }

  const ranked = rankCategories(hits);
  const top = ranked[0];
  const exception = extractException(text, evidence.focusStart, evidence.focusEnd);
  const provider = extractProvider(window);
  const ecosystem = extractEcosystem(window);
  // A known error is the most specific evidence there is: its entry names the category.
  const known = matchKnownError(window, { httpStatus: status?.value ?? null, provider, ecosystem, exception: exception?.name ?? null });
  if (known) hits.push({ category: known.entry.category, score: KNOWN_ERROR_SCORE, index: known.index });

  const isKnown = known !== null || (top !== undefined && top.score >= MIN_SCORE);
  const category: Category = known ? known.entry.category : isKnown ? top!.category : "unknown";
  const second = ranked.find((r) => r.category !== category)?.score ?? 0;
  const confidence = known ? Math.max(0.9, confidenceOf(KNOWN_ERROR_SCORE, second)) : isKnown ? confidenceOf(top!.score, second) : hits.length > 0 ? 0.15 : 0.05;

  const urlFact = extractUrl(window);
  const strongest = isKnown ? strongestHit(hits, category) : undefined;

  return {
    category,
    confidence,
    httpStatus: status?.value ?? null,
    errorType: extractApiErrorType(text) ?? exception?.name ?? null,
    requestId: extractRequestId(window),
    url: urlFact?.url || null,
    host: urlFact?.host ?? null,
    provider,
    ecosystem,
    exception: exception?.name ?? null,
    lang: languageOf(window, text, strongest, exception),
    fingerprint: fingerprintOfKeyLines(category, keyLines(text, hits, category, exception)),
  };
}

function rankCategories(hits: Hit[]): { category: Category; score: number; index: number }[] {
  const byCategory = new Map<Category, { best: Hit; count: number }>();
  for (const hit of hits) {
    const entry = byCategory.get(hit.category);
    if (!entry) byCategory.set(hit.category, { best: hit, count: 1 });
    else {
      entry.count++;
      if (hit.score > entry.best.score || (hit.score === entry.best.score && hit.index > entry.best.index)) entry.best = hit;
    }
  }
  return [...byCategory.entries()]
    .map(([category, { best, count }]) => ({
      category,
      score: best.score + Math.min(AGREEMENT_CAP, (count - 1) * AGREEMENT_BONUS),
      index: best.index,
    }))
    // Equal evidence: the later one is nearer the innermost cause.
    .sort((a, b) => b.score - a.score || b.index - a.index);
}

/** High when the winning evidence is specific and clearly ahead of the runner-up. */
function confidenceOf(top: number, second: number): number {
  const strength = Math.min(1, top / 100);
  const margin = Math.min(1, (top - second) / 30);
  return Math.round(Math.min(0.99, strength * (0.6 + 0.4 * margin)) * 100) / 100;
}

function strongestHit(hits: Hit[], category: Category): Hit | undefined {
  let best: Hit | undefined;
  for (const h of hits) if (h.category === category && (!best || h.score > best.score)) best = h;
  return best;
}

const bodyMessage = /\\?["']message\\?["']\s*:\s*\\?["']([^"'\\\n]{1,300})/;

/** The language of the error message itself, not of a wrapper around it (dev corpus convention). */
function languageOf(window: string, text: string, strongest: Hit | undefined, exception: ExceptionFact | null): "zh" | "en" {
  if (strongest) {
    const { end } = lineAt(text, strongest.index);
    const snippet = text.slice(strongest.index, Math.min(end, strongest.index + 160));
    if (hasCjk(snippet)) return "zh";
  }
  const message = bodyMessage.exec(text);
  if (message && hasCjk(message[1]!)) return "zh";
  if (exception && hasCjk(exception.line)) return "zh";
  if (strongest || exception) return "en";
  return cjkRatio(window) > 0.3 ? "zh" : "en";
}

const MAX_KEY_LINES = 6;

function keyLines(text: string, hits: Hit[], category: Category, exception: ExceptionFact | null): string[] {
  const starts = new Set<number>();
  const lines: { at: number; line: string }[] = [];
  const add = (index: number) => {
    const { start, end } = lineAt(text, index);
    if (starts.has(start) || lines.length >= MAX_KEY_LINES) return;
    starts.add(start);
    lines.push({ at: start, line: text.slice(start, end) });
  };
  for (const h of hits) if (h.category === category) add(h.index);
  if (exception) add(exception.index);
  if (lines.length === 0) {
    const nonEmpty = text.split("\n").filter((l) => l.trim() !== "");
    return [...nonEmpty.slice(0, 2), ...nonEmpty.slice(-2)];
  }
  return lines.sort((a, b) => a.at - b.at).map((l) => l.line);
}
