/**
 * Judging a candidate value: is it a real secret or something a person typed in its place
 * (a placeholder, a variable, a word)? And reading an assigned value up to where it ends.
 * All functions are linear in the value's length.
 */

/** The mask character: a secret is shown as `prefix…last4`. */
export const ELLIPSIS = "…";
/** Generic secrets are replaced by `[REDACTED:<kind>]`. */
export const MARKER_PREFIX = "[REDACTED";

/** Values that stand for "no value" or name a type, a word, not a secret. */
const PLACEHOLDER_WORDS = new Set([
  "",
  "none",
  "null",
  "nil",
  "undefined",
  "true",
  "false",
  "yes",
  "no",
  "on",
  "off",
  "n/a",
  "na",
  "empty",
  "str",
  "string",
  "bytes",
  "int",
  "number",
  "bool",
  "boolean",
  "any",
  "optional",
  "secretstr",
  "required",
  "redacted",
  "hidden",
  "masked",
  "omitted",
  "removed",
]);

/** Words that only appear in a value someone wrote to be replaced: YOUR_API_KEY, sk-...-here. */
const PLACEHOLDER_HINT = /(?:^|[^a-z])your(?:[^a-z]|$)|placeholder|dummy|redacted|[-_]here$|x{4}|\.{3}|•|<|>/i;

/** An environment variable's name used in place of its value: OPENAI_API_KEY, DB_PASSWORD. */
const ENV_NAME = /^[A-Z][A-Z0-9_]*$/;
const ENV_NAME_WORD = /KEY|TOKEN|SECRET|PASS|PWD|AUTH|CRED/;

/**
 * A reference to where the value lives: $X, ${X, ${{ secrets.X, %X%, {{ x, process.env.X,
 * {api_key} (f-strings), settings.api_key (dotted names of letters only: a token with dots has digits).
 */
const REFERENCE = /^(?:\$\{?[A-Za-z_]\w*\}?|\$?\{\{.*|\{[A-Za-z_][\w.]*\}?|%[A-Za-z_]\w*%|[A-Za-z_$][A-Za-z_$]*(?:\.[A-Za-z_$][A-Za-z_$]*)+)$/;

/** A variable named after what it holds: `password=db_password`, `apiKey: apiKey`. */
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const SECRET_WORD = /pass|pwd|key|token|secret|auth|cred/i;
const COMPOUND = /_|[a-z][A-Z]/;

/** The value is an already redacted mask (ours or a provider's), so redacting again changes nothing. */
export function isMasked(value: string): boolean {
  return value.includes(ELLIPSIS) || value.includes(MARKER_PREFIX) || value.includes("**");
}

/** True for values that are not secrets but stand in for one. */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (PLACEHOLDER_WORDS.has(v.toLowerCase())) return true;
  if (isMasked(v) || PLACEHOLDER_HINT.test(v) || REFERENCE.test(v)) return true;
  if (v.includes("_") && ENV_NAME.test(v) && ENV_NAME_WORD.test(v)) return true;
  if (isOneCharRepeated(stripShortPrefix(v))) return true;
  return false;
}

/** `sk-xxxx`, `ghp_0000`: judge the part after a short alphabetic prefix. */
function stripShortPrefix(v: string): string {
  const m = /^[A-Za-z]{1,8}[-_]/.exec(v);
  return m && m[0].length < v.length ? v.slice(m[0].length) : v;
}

function isOneCharRepeated(v: string): boolean {
  if (v.length === 0) return true;
  for (let i = 1; i < v.length; i++) if (v[i] !== v[0]) return false;
  return true;
}

/**
 * A variable passed along, written bare (not quoted): `connect(password=password)`,
 * `OpenAI(api_key=api_key)`, `password=db_password`, `apiKey: apiKey`. A single word that
 * merely contains "pass" (`password123`) is a literal password, not a variable.
 */
export function isVariableName(value: string, key: string): boolean {
  if (!IDENTIFIER.test(value)) return false;
  return value.toLowerCase() === key.toLowerCase() || (COMPOUND.test(value) && SECRET_WORD.test(value));
}

/** `/home/a/x`, `~/.ssh/id`, `C:\x`: a path, as in `PWD=/home/alice/project`. */
export function isPathLike(value: string): boolean {
  return /^(?:~(?:[\\/]|$)|\/[A-Za-z._]|[A-Za-z]:[\\/])/.test(value);
}

/**
 * Words and identifiers (`expired`, `Invalid Token`, `invalid_api_key`, `InvalidSignature`):
 * letters only, in words of three letters or more on average. Random mixed-case strings have
 * a capital every other letter or so, which makes their "words" short.
 */
const WORDS = /^[A-Za-z][a-z]*(?:[ _.-][A-Za-z][a-z]*|[A-Z][a-z]*)*$/;
export function isWordLike(value: string): boolean {
  if (!WORDS.test(value)) return false;
  let words = 1;
  let letters = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const isUpper = c >= 65 && c <= 90;
    const isLetter = isUpper || (c >= 97 && c <= 122);
    if (isLetter) letters++;
    else words++;
    if (isUpper && i > 0) {
      const prev = value.charCodeAt(i - 1);
      if (prev >= 97 && prev <= 122) words++;
    }
  }
  return letters / words >= 3;
}

/**
 * A value assigned to `token=` / `api_key=` that is worth hiding: long enough, not only digits
 * (counts, ids, limits), not a word, not a placeholder.
 */
export function looksLikeToken(value: string): boolean {
  // A token holds no spaces ('My API Key' is a phrase) and is not a PEM armour line.
  if (/\s/.test(value) || value.startsWith("-----")) return false;
  return value.length >= 8 && !/^\d+$/.test(value) && !isWordLike(value) && !isPlaceholder(value);
}

/** A token found by its prefix alone is only a secret if it looks random: letters and digits. */
export function looksRandom(value: string): boolean {
  return /\d/.test(value) && /[A-Za-z]/.test(value) && !isPlaceholder(value);
}


export type ReadValue = { start: number; end: number; isQuoted: boolean };

/** Longer values are cut here: secrets are shorter, and it keeps every read bounded. */
const MAX_VALUE = 4096;

/**
 * Reads the value that starts at `start`, after an opening quote `open` ('' when bare; it may
 * carry a string prefix, as in f"…").
 * Quoted values end at the matching quote (escapes honoured) or the line's end; a quote
 * escaped as `\"` (a string inside a JSON string) ends at the next `\"`. Bare values end
 * at whitespace, quotes, brackets, `,` and `;` — and at `&` when `isQuery`.
 */
export function readValue(text: string, start: number, open: string, isQuery: boolean): ReadValue {
  const limit = Math.min(text.length, start + MAX_VALUE);
  let i = start;
  if (open === "") {
    while (i < limit && !isBareStop(text.charCodeAt(i), isQuery)) i++;
    return { start, end: i, isQuoted: false };
  }
  const quote = open[open.length - 1]!;
  if (open.includes("\\")) {
    // Escaped quote: the value ends at the next backslash-quote.
    while (i < limit && text[i] !== "\n" && text[i] !== "\r" && !(text[i] === "\\" && text[i + 1] === quote)) i++;
    return { start, end: i, isQuoted: true };
  }
  while (i < limit && text[i] !== quote && text[i] !== "\n" && text[i] !== "\r") i += text[i] === "\\" ? 2 : 1;
  return { start, end: Math.min(i, limit), isQuoted: true };
}

/**
 * CJK text around a value: ideographs, CJK punctuation (、。「」 and the ideographic space) and
 * full-width punctuation (，：；（）！？). A value written in Latin letters ends where Chinese
 * prose resumes: `密码：Hx5Rw9Qk3Lm，请检查` holds the password `Hx5Rw9Qk3Lm`.
 */
export function isCjkBoundary(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
    (c >= 0x3000 && c <= 0x303f) || // CJK symbols and punctuation
    (c >= 0xff01 && c <= 0xff0f) || // ！＂＃…／
    (c >= 0xff1a && c <= 0xff20) || // ：；＜＝＞？＠
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65) ||
    (c >= 0x2018 && c <= 0x201f) // curly quotes
  );
}

function isBareStop(c: number, isQuery: boolean): boolean {
  if (c >= 0x2018 && isCjkBoundary(c)) return true;
  switch (c) {
    case 9: // \t
    case 10: // \n
    case 13: // \r
    case 32: // space
    case 34: // "
    case 39: // '
    case 96: // `
    case 44: // ,
    case 59: // ;
    case 60: // <
    case 62: // >
    case 40: // (
    case 41: // )
    case 91: // [
    case 93: // ]
    case 125: // } (not {: `${DB_PASSWORD}` is read whole, then seen as a reference)
    case 92: // backslash
      return true;
    case 38: // &
    case 35: // #
      return isQuery;
    default:
      return false;
  }
}

/** After a `key: value` written like YAML, only the line's end (or a closing delimiter) may follow. */
export function endsLine(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && (text[i] === " " || text[i] === "\t")) i++;
  if (i >= text.length) return true;
  const c = text[i]!;
  // Chinese prose after the value (`密码：abc123 请检查`, `…，登录失败`) is not an English sentence.
  if (isCjkBoundary(text.charCodeAt(i))) return true;
  return c === "\n" || c === "\r" || c === "," || c === "}" || c === '"' || c === "'" || c === ";" || (c === "\\" && (text[i + 1] === "n" || text[i + 1] === "r"));
}
