/**
 * Full-text search on PostgreSQL with the same meaning as SQLite's FTS5 query
 * (lib/search/search-text.ts): every query term must match, words as prefixes, CJK runs as
 * phrases, so 令牌 finds 无效的令牌 but not 令 and 牌 apart.
 *
 * Both sides are prepared here so that PostgreSQL's parser only ever sees plain words between
 * spaces: FTS5's unicode61 tokenizer splits at every character that is not a letter or digit and
 * folds diacritics, while PostgreSQL's default parser keeps hosts, URLs, paths, e-mails and
 * hyphenated words as tokens of their own (so `openai` would not find `api.openai.com`) and keeps
 * accents. The tsquery text is handed to to_tsquery as a bind parameter, never spliced into SQL,
 * and holds only letters, digits and the operators written here.
 *
 * CJK text is indexed as overlapping pairs of characters: a run 无效的令牌 becomes the words
 * 无效 效的 的令 令牌 牌 (each pair at the position of its first character, the run's last
 * character alone after them), so a document has as many positions as characters, as with single
 * characters. A two-character query (the most common Chinese search: 令牌, 余额, 超时) is then one
 * lexeme — a GIN index answers it exactly, with no phrase check that re-reads every matching row,
 * and its statistics estimate it well; a longer run is a phrase of its pairs; one character is a
 * prefix (the pairs it starts, or the run's last character). drizzle/postgres/0005 converts
 * documents indexed as single characters the same way (cjk_pairs()).
 */
import { buildSearchText, CJK, queryTerms } from "@/lib/search/search-text";

const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** Drops combining accents (é → e) as unicode61's remove_diacritics does; NFC puts Hangul back together. */
function foldDiacritics(text: string): string {
  return text.normalize("NFD").replace(/\p{Mn}/gu, "").normalize("NFC");
}

/** A word that is one CJK character (buildSearchText sets every CJK character apart). */
function isCjkCharacter(word: string): boolean {
  return word.length === 1 && CJK.test(word);
}

/** SQLite's search text as PostgreSQL's parser should see it: plain words, every CJK character one word. */
export function pgSearchWords(parts: Array<string | null | undefined>): string[] {
  return foldDiacritics(buildSearchText(parts)).split(NOT_WORD).filter(Boolean);
}

/** The text PostgreSQL indexes for a ticket: its search words between spaces, CJK runs as pairs. */
export function pgSearchDocument(parts: Array<string | null | undefined>): string {
  const words = pgSearchWords(parts);
  return words
    .map((word, i) => {
      const next = words[i + 1];
      return isCjkCharacter(word) && next !== undefined && isCjkCharacter(next) ? word + next : word;
    })
    .join(" ");
}

/** A tsquery operand: quoted, so the text is a lexeme and never an operator. */
function lexeme(word: string): string {
  return `'${word.replace(/['\\]/g, "")}'`;
}

/** A CJK run's clause: its pairs as a phrase, one pair as a lexeme, one character as a prefix. */
function cjkClause(characters: string[]): string {
  if (characters.length === 1) return `${lexeme(characters[0]!)}:*`;
  const pairs = characters.slice(1).map((character, i) => lexeme(characters[i]! + character));
  return pairs.length === 1 ? pairs[0]! : `(${pairs.join(" <-> ")})`;
}

/**
 * The to_tsquery('simple', …) text for a search box query, or null when nothing searchable is
 * left. Pass it as a parameter: `to_tsquery('simple', $1)`.
 */
export function buildPgTsQuery(query: string): string | null {
  const clauses: string[] = [];
  for (const term of queryTerms(query)) {
    if (CJK.test(term)) {
      // Folded as the document is (voiced kana lose their mark there too).
      const characters = [...foldDiacritics(term)].filter((character) => /[\p{L}\p{N}]/u.test(character));
      if (characters.length > 0) clauses.push(cjkClause(characters));
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
