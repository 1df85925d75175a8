/**
 * Full-text search that works for Chinese and English on SQLite FTS5's unicode61 tokenizer.
 * unicode61 keeps a run of Han characters as one token, so `令牌` could never find `无效的令牌`;
 * indexing every CJK character as its own token and querying CJK runs as phrases fixes that
 * for any query length (a trigram tokenizer cannot match two-character words like 令牌).
 * camelCase words are also indexed in parts, so `Error` finds `AuthenticationError`.
 */

/** One CJK character (kana, Han, Hangul): indexed as a token of its own. */
export const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
const CJK_GLOBAL = new RegExp(CJK.source, "g");
const CAMEL_WORD = /\b[A-Za-z][a-z0-9]+(?:[A-Z][a-z0-9]+)+\b/g;

/** Bound on indexed text per ticket: enough for any error's meaningful part, and keeps the index small. */
export const MAX_INDEXED_CHARS = 32_768;

export function buildSearchText(parts: Array<string | null | undefined>): string {
  const text = parts.filter(Boolean).join("\n").slice(0, MAX_INDEXED_CHARS);
  const camelParts = (text.match(CAMEL_WORD) ?? []).map((word) => word.replace(/([a-z0-9])([A-Z])/g, "$1 $2"));
  return `${text.replace(CJK_GLOBAL, " $& ")}\n${[...new Set(camelParts)].join(" ")}`;
}

/** Splits a user query into terms: CJK runs and word runs, lowercased, deduplicated. */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  for (const match of query.slice(0, 200).matchAll(/[\p{L}\p{N}]+/gu)) {
    let token = match[0];
    // A token can mix scripts (`token令牌`): split at every script boundary.
    while (token) {
      const isCjk = CJK.test(token[0]!);
      let end = 1;
      while (end < token.length && CJK.test(token[end]!) === isCjk) end++;
      terms.push(token.slice(0, end).toLowerCase());
      token = token.slice(end);
    }
  }
  return [...new Set(terms)].slice(0, 12);
}

/**
 * An FTS5 MATCH expression where every term must match: CJK runs as phrases of single
 * characters, words as prefixes. Returns null when the query holds nothing searchable.
 */
export function buildMatchQuery(query: string): string | null {
  const clauses = queryTerms(query).map((term) =>
    CJK.test(term) ? `"${[...term].join(" ")}"` : `"${term}"*`,
  );
  return clauses.length > 0 ? clauses.join(" AND ") : null;
}

export type HighlightPart = { text: string; isMatch: boolean };

/** Marks the query's terms in a line of text, case-insensitively, for the result list. */
export function highlightTerms(text: string, query: string): HighlightPart[] {
  const terms = queryTerms(query).sort((a, b) => b.length - a.length);
  if (terms.length === 0 || !text) return [{ text, isMatch: false }];
  const lower = text.toLowerCase();
  const marks = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + term.length)) {
      marks.fill(true, at, at + term.length);
    }
  }
  const parts: HighlightPart[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marks[i] !== marks[start]) {
      parts.push({ text: text.slice(start, i), isMatch: marks[start]! });
      start = i;
    }
  }
  return parts;
}

/**
 * The line of a paste that shows why it matched: the first line holding a query term, from a
 * little before the match, at most `max` characters (with "…" where cut). Null when no line holds a term.
 */
export function matchSnippet(text: string, query: string, max = 160): string | null {
  const terms = queryTerms(query);
  if (terms.length === 0) return null;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    const lower = line.toLowerCase();
    const at = Math.min(...terms.map((term) => lower.indexOf(term)).filter((i) => i !== -1));
    if (!Number.isFinite(at)) continue;
    // A short lead, so the match stays in view when a narrow screen cuts the line again.
    const start = Math.max(0, at - 20);
    return `${start > 0 ? "…" : ""}${line.slice(start, start + max)}${start + max < line.length ? "…" : ""}`;
  }
  return null;
}
