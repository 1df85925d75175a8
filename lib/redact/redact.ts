import { secretRules, type Candidate, type SecretRule } from "./rules";
import { secretKinds, type RedactionFinding, type SecretKind } from "./schema";
import { ELLIPSIS, isMasked, readValue } from "./values";

export type RedactionResult = { text: string; findings: RedactionFinding[] };

/** Fewer hidden characters than this and `ends` would give away too much: use the marker. */
const MIN_HIDDEN_FOR_ENDS = 16;
const KEPT_TAIL = 4;

type Hit = { start: number; end: number; replacement: string };
/** What one match came to: a secret to replace, or (replacement null) a value judged harmless. */
type Judgement = { start: number; end: number; replacement: string | null };

/**
 * Replaces every secret in `text` and reports how many of each kind it replaced (never the
 * values). Pure, synchronous, linear in the text's length, and idempotent: redacting the
 * result again changes nothing.
 */
export function redactSecrets(text: string, rules: readonly SecretRule[] = secretRules): RedactionResult {
  const counts = new Map<SecretKind, number>();
  let current = text;
  for (const rule of rules) {
    let out = "";
    let copiedTo = 0;
    let count = 0;
    for (const hit of hitsOf(rule, current)) {
      out += current.slice(copiedTo, hit.start) + hit.replacement;
      copiedTo = hit.end;
      count++;
    }
    if (count === 0) continue;
    current = out + current.slice(copiedTo);
    counts.set(rule.kind, (counts.get(rule.kind) ?? 0) + count);
  }
  const findings = secretKinds.filter((kind) => counts.has(kind)).map((kind) => ({ kind, count: counts.get(kind)! }));
  return { text: current, findings };
}

/** Whether `text` holds anything `redactSecrets` would replace; stops at the first one. */
export function hasSecrets(text: string, rules: readonly SecretRule[] = secretRules): boolean {
  for (const rule of rules) {
    // Leaving the loop closes the generator, which resets the pattern's lastIndex.
    for (const _hit of hitsOf(rule, text)) return true;
  }
  return false;
}

/** The accepted secrets of one rule, left to right, never overlapping. */
function* hitsOf(rule: SecretRule, text: string): Generator<Hit> {
  const pattern = rule.pattern;
  pattern.lastIndex = 0;
  try {
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text)) !== null) {
      const matchEnd = match.index + match[0].length;
      const judgement = judge(rule, text, match);
      // Resume past what was read, so no character is read twice by one rule.
      pattern.lastIndex = Math.max(judgement?.end ?? matchEnd, matchEnd, match.index + 1);
      if (judgement?.replacement != null) yield { ...judgement, replacement: judgement.replacement };
    }
  } finally {
    pattern.lastIndex = 0;
  }
}

function judge(rule: SecretRule, text: string, match: RegExpExecArray): Judgement | null {
  const matchEnd = match.index + match[0].length;
  let start: number;
  let end: number;
  let shownEnd: number;
  let isQuoted: boolean;
  /** Quotes put around the mask: a JSON number replaced by a marker must become a string. */
  let quote = "";
  if (rule.isAssignment) {
    const open = match.groups?.open ?? "";
    const value = readValue(text, matchEnd, open, isQueryKey(text, match.indices?.groups?.key?.[0] ?? match.index));
    ({ start, end, isQuoted } = value);
    shownEnd = start;
    // After a quoted key (JSON, a Python dict) a bare value is a number, null, a boolean or a
    // variable: only a number can be a secret, and its mask is quoted to keep the JSON valid.
    const keyQuote = match.groups?.kq;
    if (keyQuote && !open) {
      if (!/^\d+$/.test(text.slice(start, end))) return { start, end, replacement: null };
      quote = keyQuote;
    }
  } else {
    const span = match.indices?.groups?.secret;
    if (!span) throw new Error(`redact rule ${rule.id} has no secret group`);
    [start, end] = span;
    shownEnd = match.indices?.groups?.shown?.[1] ?? start;
    isQuoted = false;
  }
  const value = text.slice(start, end);
  const candidate: Candidate = { text, match, value, isQuoted, end };
  if (value.length === 0 || isMasked(value) || !rule.accept(candidate)) return { start, end, replacement: null };
  return { start, end, replacement: `${quote}${maskOf(rule, value, shownEnd - start)}${quote}` };
}

/** `?api_key=…&page=2`: in a query string a value ends at `&` or `#`. */
function isQueryKey(text: string, keyStart: number): boolean {
  let i = keyStart - 1;
  const stop = Math.max(0, keyStart - 64);
  while (i >= stop && /[\w.-]/.test(text[i]!)) i--;
  return text[i] === "?" || text[i] === "&";
}

function maskOf(rule: SecretRule, value: string, shownLength: number): string {
  switch (rule.mask) {
    case "home":
      return "~";
    case "ends": {
      const hidden = value.length - shownLength;
      if (hidden >= MIN_HIDDEN_FOR_ENDS) return `${value.slice(0, shownLength)}${ELLIPSIS}${value.slice(-KEPT_TAIL)}`;
      return marker(rule.kind, value);
    }
    case "marker":
      return marker(rule.kind, value);
  }
}

/** `[REDACTED:kind]`, keeping the whitespace (and JSON-escaped newlines) around the value. */
function marker(kind: SecretKind, value: string): string {
  let lead = 0;
  while (lead < value.length) {
    const step = spaceAt(value, lead);
    if (step === 0) break;
    lead += step;
  }
  let trail = value.length;
  while (trail > lead) {
    const step = spaceBefore(value, trail);
    if (step === 0) break;
    trail -= step;
  }
  return `${value.slice(0, lead)}[REDACTED:${kind}]${value.slice(trail)}`;
}

function spaceAt(s: string, i: number): number {
  const c = s[i]!;
  if (c === " " || c === "\t" || c === "\n" || c === "\r") return 1;
  if (c === "\\" && (s[i + 1] === "n" || s[i + 1] === "r" || s[i + 1] === "t")) return 2;
  return 0;
}

function spaceBefore(s: string, end: number): number {
  const c = s[end - 1]!;
  if (c === " " || c === "\t" || c === "\n" || c === "\r") return 1;
  if ((c === "n" || c === "r" || c === "t") && s[end - 2] === "\\" && s[end - 3] !== "\\") return 2;
  return 0;
}
