/**
 * Full-text search on PostgreSQL with the same meaning as SQLite's FTS5 query
 * (lib/search/search-text.ts): every query term must match, words as prefixes, CJK runs as
 * phrases of single characters, so 令牌 finds 无效的令牌 but not 令 and 牌 apart.
 *
 * Both sides are prepared here so that PostgreSQL's parser only ever sees plain words between
 * spaces: FTS5's unicode61 tokenizer splits at every character that is not a letter or digit and
 * folds diacritics, while PostgreSQL's default parser keeps hosts, URLs, paths, e-mails and
 * hyphenated words as tokens of their own (so `openai` would not find `api.openai.com`) and keeps
 * accents. The tsquery text is handed to to_tsquery as a bind parameter, never spliced into SQL,
 * and holds only letters, digits and the operators written here.
 */
import { buildSearchText, queryTerms } from "@/lib/search/search-text";

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** Drops combining accents (é → e) as unicode61's remove_diacritics does; NFC puts Hangul back together. */
function foldDiacritics(text: string): string {
  return text.normalize("NFD").replace(/\p{Mn}/gu, "").normalize("NFC");
}

/** The text PostgreSQL indexes for a ticket: SQLite's search text, as words between spaces. */
export function pgSearchDocument(parts: Array<string | null | undefined>): string {
  return foldDiacritics(buildSearchText(parts)).replace(NOT_WORD, " ").trim();
}

/** A tsquery operand: quoted, so the text is a lexeme and never an operator. */
function lexeme(word: string): string {
  return `'${word.replace(/['\\]/g, "")}'`;
}

/**
 * The to_tsquery('simple', …) text for a search box query, or null when nothing searchable is
 * left. Pass it as a parameter: `to_tsquery('simple', $1)`.
 */
export function buildPgTsQuery(query: string): string | null {
  const clauses: string[] = [];
  for (const term of queryTerms(query)) {
    if (CJK.test(term)) {
      const chars = [...term].map(lexeme);
      clauses.push(chars.length === 1 ? chars[0]! : `(${chars.join(" <-> ")})`);
      continue;
    }
    const words = foldDiacritics(term).split(NOT_WORD).filter(Boolean);
    if (words.length === 0) continue;
    const last = `${lexeme(words.at(-1)!)}:*`;
    clauses.push(words.length === 1 ? last : `(${[...words.slice(0, -1).map(lexeme), last].join(" <-> ")})`);
  }
  const unique = [...new Set(clauses)];
  return unique.length > 0 ? unique.join(" & ") : null;
}
