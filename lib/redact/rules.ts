import type { SecretKind } from "./schema";
import { endsLine, isPathLike, isPlaceholder, isVariableName, looksLikeToken, looksRandom } from "./values";

/**
 * The secret patterns, as data. Rules run in this order over the whole text, each on the
 * output of the one before: specific shapes (a PEM block, a JWT, provider keys) first, then
 * secrets found by their context (headers, URLs, assignments), then home paths. A later rule
 * leaves alone what an earlier one masked (`…` and `[REDACTED` are never secrets), so a key
 * in `Authorization: Bearer sk-…` is counted once, as the key it is.
 *
 * Every pattern is linear: no nested quantifiers that can split the same run two ways, token
 * runs start only at a token boundary, and assigned values are read by `readValue`, which
 * never reads past 4 KiB. Each rule carries examples that `rules.test.ts` runs.
 */

/**
 * How a found secret is shown:
 * - `ends`: recognisable prefix + `…` + last 4 characters (`sk-proj-…f3Xa`, `AKIA…MPLE`,
 *   `…9f2c` when the prefix is not public); when fewer than 16 characters would stay hidden,
 *   it falls back to the marker.
 * - `marker`: `[REDACTED:<kind>]`, keeping the whitespace around it (passwords, cookies, PEM bodies).
 * - `home`: a home directory `/home/alice` becomes `~`.
 */
export type Mask = "ends" | "marker" | "home";

/** A candidate the pattern found: `value` is the text the mask would replace. */
export type Candidate = {
  text: string;
  match: RegExpExecArray;
  value: string;
  /** The value was quoted ('…', "…"), so its extent is certain. */
  isQuoted: boolean;
  /** Index just past the value. */
  end: number;
};

export type RuleExample = {
  /** Text as pasted. */
  text: string;
  /** The secret in it, none of which (beyond `shown`) may survive. */
  secret: string;
  /** Exactly what redaction must produce. */
  redacted: string;
};

export type SecretRule = {
  id: string;
  kind: SecretKind;
  /**
   * Global regex with indices (`gd`). Either it has a `secret` group (and may have a `shown`
   * group at the start of it: the public prefix kept by `ends`), or it is an assignment: it
   * ends where a value starts, with the value's opening quote, if any, in group `open`.
   */
  pattern: RegExp;
  isAssignment?: boolean;
  mask: Mask;
  /** Whether the candidate is a real secret; placeholders, words and variables are not. */
  accept: (candidate: Candidate) => boolean;
  examples: RuleExample[];
};

/**
 * Starts only where the previous character is not in `chars` — or is the `n` of an escaped
 * newline (`\n`, `\r`, `\t`) in a JSON string, where a new line of text really starts.
 * (One negative lookbehind, not an alternation of two: V8 scans ~25× faster that way.)
 */
const after = (chars: string) => String.raw`(?<![${chars}](?<!\\[nrt]))`;
/** A token starts after a non-token character. */
const B = after(String.raw`\w-`);
/** `"key": `, `'key' => `, `key=`, `\"key\": ` — the closing quote of a key and the separator. */
const SEP = String.raw`(?:\\?["'])?[ \t]*[:=][ \t]*(?:\\?["'])?`;
/** Chinese text and full-width punctuation end a value written in Latin letters (see `isCjkBoundary`). */
const CJK = String.raw`\u2018-\u201f\u3000-\u303f\u4e00-\u9fff\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65`;
/** A header or assignment value: stops at whitespace, quotes, delimiters, backslashes and Chinese text. */
const VALUE = String.raw`[^\s"'\x60,;<>()[\]}\\${CJK}]+`;
/** The same, for a value at the end of a sentence: its last character is not a full stop. */
const VALUE_BEFORE_STOP = String.raw`[^\s"'\x60,;<>()[\]}\\${CJK}]*[^\s"'\x60,;<>()[\]}\\.${CJK}]`;
/** Spaces around a separator, the ideographic space included: `数据库密码 ： …`. */
const SP = String.raw`[ \t\u3000]*`;

const re = (source: string, flags = "") => new RegExp(source, `gd${flags}`);

/** The part of a prefixed token after its public prefix. */
function body(c: Candidate): string {
  const shown = c.match.groups?.shown ?? "";
  return c.value.slice(shown.length);
}

const randomBody = (c: Candidate) => looksRandom(body(c));
const notPlaceholder = (c: Candidate) => !isPlaceholder(c.value);

/** Words that name an auth scheme: `Authorization: Bearer` with no token after it is not a secret. */
const AUTH_SCHEMES = new Set(["bearer", "basic", "token", "jwt", "digest", "negotiate", "ntlm", "hoba", "mutual", "aws4-hmac-sha256", "sharedaccesssignature"]);

/** Where the matched keyword starts (the `key` group of an assignment, else the match). */
const keyStartOf = (c: Candidate) => c.match.indices?.groups?.key?.[0] ?? c.match.index;
const isAlnum = (ch: string | undefined) => ch !== undefined && /[A-Za-z0-9]/.test(ch);

/**
 * The keyword must begin a key or a word inside one: `DB_PASSWORD`, `x-api-key`, `dbPassword`,
 * `PGPASSWORD`, `数据库密码`, but not `mypassword` or `subtoken` — unless the glued word is a
 * whole query parameter or quoted key (`?corpsecret=`, `"appsecret":`), which names nothing else.
 */
function isKeyStart(c: Candidate): boolean {
  const at = keyStartOf(c);
  const first = c.text[at]!;
  if (!/[A-Za-z]/.test(first)) return true; // a Chinese label: 密码, 访问令牌
  const prev = c.text[at - 1];
  if (!isAlnum(prev)) return true;
  if (/[nrt]/.test(prev!) && c.text[at - 2] === "\\") return true; // after an escaped newline in a JSON string
  if (first >= "A" && first <= "Z") return true; // camelCase or ALLCAPS: dbPassword, PGPASSWORD
  return isWholeParameterName(c, at);
}

/** `?corpsecret=`, `&appkey=`, `"appsecret": `: the glued word is the whole name of a parameter or quoted key. */
function isWholeParameterName(c: Candidate, at: number): boolean {
  let i = at - 1;
  const stop = Math.max(0, at - 40);
  while (i >= stop && isAlnum(c.text[i])) i--;
  const before = c.text[i];
  return before === "?" || before === "&" || (Boolean(c.match.groups?.kq) && (before === '"' || before === "'"));
}

/**
 * The whole name of a key that ends where the keyword ends, read backwards over identifier
 * characters (at most 64): `GROQ_KEY`, `x-groq-key`, `settings.cacheKey`.
 */
function keyNameOf(c: Candidate): { name: string; start: number } {
  const keyword = c.match.groups?.key ?? c.match[0];
  const end = keyStartOf(c) + keyword.length;
  let start = keyStartOf(c);
  const stop = Math.max(0, start - 64);
  while (start > stop && /[\w.-]/.test(c.text[start - 1]!)) start--;
  return { name: c.text.slice(start, end), start };
}

/** The words of a key name: `x-groq-key` → x, groq, key; `sortKey` → sort, key; `AWS_S3_KEY` → aws, s3, key. */
function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[\s_.-]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** Code, not a literal: `api_key=get_key()`, `password=secrets[0]`. */
function isCall(c: Candidate): boolean {
  return !c.isQuoted && (c.text[c.end] === "(" || c.text[c.end] === "[");
}

/** `password: must be 8 characters` is prose; `password: hunter2` (YAML) ends its line. */
function isProseAfterColon(c: Candidate): boolean {
  const sep = c.match.groups?.sep;
  return !c.isQuoted && (sep === ":" || sep === "：") && !endsLine(c.text, c.end);
}

/** Code, not a literal: a bare variable (`password=db_password`) or a path (`PWD=/home/a/x`). */
function isCodeOrPath(c: Candidate): boolean {
  return isPathLike(c.value) || (!c.isQuoted && isVariableName(c.value, c.match.groups?.key ?? ""));
}

/**
 * `>` separates a key from its value only in an XML element, `<password>…</password>`; anywhere
 * else (`password > 5`, `List<Token> t`) it is code.
 */
function separatorFits(c: Candidate): boolean {
  if (c.match.groups?.sep !== ">") return true;
  return c.text[keyNameOf(c).start - 1] === "<" && c.text.startsWith("</", c.end);
}

function acceptHumanSecret(c: Candidate): boolean {
  return separatorFits(c) && isKeyStart(c) && !isCall(c) && !isProseAfterColon(c) && !isPlaceholder(c.value) && !isCodeOrPath(c);
}

function acceptToken(c: Candidate): boolean {
  return separatorFits(c) && isKeyStart(c) && !isCall(c) && looksLikeToken(c.value) && !isCodeOrPath(c);
}

/**
 * `pass` on its own is also a verb and a test result (`PASS: test_login`, `BYPASS=1`): it names a
 * password only as the last word of a longer key (`DB_PASS`, `smtpPass`, `--pass`), or as
 * `pass=` with a value that is not a count.
 */
function acceptPassword(c: Candidate): boolean {
  if (!acceptHumanSecret(c)) return false;
  const keyword = (c.match.groups?.key ?? "").toLowerCase();
  if (keyword !== "pass") return true;
  const at = keyStartOf(c);
  const prev = c.text[at - 1];
  if (prev === "_" || prev === "-" || prev === ".") return true;
  if (isAlnum(prev)) return /[a-z0-9]/.test(prev!) && c.text[at] === "P"; // smtpPass, not BYPASS
  return c.match.groups?.sep === "=" && !/^\d+$/.test(c.value);
}

/**
 * Words that make a `…_key` name something other than a credential: database and cache keys,
 * map keys, public keys, UI keys (`primary_key`, `sortKey`, `cache_key`, `public_key`, `hotKey`).
 */
const NON_SECRET_KEY_WORDS = new Set([
  "primary", "foreign", "sort", "partition", "range", "hash", "cache", "routing", "row", "column", "object",
  "lookup", "idempotency", "dedup", "dedupe", "deduplication", "unique", "composite", "public", "publishable",
  "pub", "shard", "translation", "i18n", "cursor", "hot", "short", "shortcut", "page", "item", "entry", "record",
  "attribute", "attr", "property", "prop", "react", "list", "state", "query", "search", "file", "path", "map",
  "dict", "field", "index", "label", "tag", "name", "type", "group", "message", "event", "sequence", "order",
  "natural", "surrogate", "candidate", "compound", "lock", "metric", "sticky", "parent", "child", "next",
  "prev", "previous", "first", "last", "start", "end", "bucket", "blob", "redis", "memcache", "kv", "ssh", "gpg",
  "pgp", "host", "known", "fingerprint", "locale", "lang", "i18next", "style", "theme", "color", "keyboard",
  "mapping", "model", "prompt", "sharding", "distribution", "dist", "cluster", "join", "socket", "websocket", "nonce",
]);

/** Words that make a `…_token` name a count, a tokenizer setting or a page cursor, not a credential. */
const NON_SECRET_TOKEN_WORDS = new Set([
  "max", "min", "num", "total", "count", "prompt", "completion", "input", "output", "cached", "reasoning",
  "remaining", "limit", "used", "page", "next", "continuation", "pagination", "cursor", "sync", "resume",
  "special", "pad", "bos", "eos", "unk", "sep", "cls", "mask", "stop", "start", "end", "public",
]);

/** A setting's name that says it holds a credential: `SmtpPassword`, `Stripe:SecretKey`, `api_token`. */
function isSecretName(name: string): boolean {
  const words = wordsOf(name.replace(/:/g, "."));
  const last = words[words.length - 1] ?? "";
  if (/^(?:password|passwd|pwd|passphrase|secret|apikey|token)$/.test(last)) return !words.some((w) => NON_SECRET_TOKEN_WORDS.has(w));
  return last === "key" && words.length > 1 && !words.some((w) => NON_SECRET_KEY_WORDS.has(w));
}

function hasWordIn(c: Candidate, words: ReadonlySet<string>): boolean {
  return wordsOf(keyNameOf(c).name).some((w) => words.has(w));
}

function acceptNamedToken(c: Candidate): boolean {
  return acceptToken(c) && !hasWordIn(c, NON_SECRET_TOKEN_WORDS);
}

/**
 * Any key whose last word is `key`: `GROQ_KEY`, `MISTRAL_KEY`, `x-groq-key`, `groqKey`,
 * `settings.llm.key`; a bare `key` only as a query parameter (`?key=…`, as Google and WeCom
 * use it). Not a glued word (`monkey`, `HOTKEY`), and not a key named for a database, a cache,
 * a map or a public key.
 */
function acceptKeySuffix(c: Candidate): boolean {
  if (!looksLikeToken(c.value) || isCall(c) || !separatorFits(c)) return false; // cheap checks first: `key=` is common
  const at = keyStartOf(c);
  const prev = c.text[at - 1];
  if (prev === "?" || prev === "&") {
    // ?key=…: always a credential in a URL.
  } else if (prev === "_" || prev === "-" || prev === ".") {
    if (!isAlnum(c.text[at - 2])) return false;
  } else if (isAlnum(prev)) {
    if (!(/[a-z0-9]/.test(prev!) && c.text[at] === "K")) return false;
  } else if (!isBareRandomKey(c.value)) {
    return false;
  }
  return !isProseAfterColon(c) && !isCodeOrPath(c) && !hasWordIn(c, NON_SECRET_KEY_WORDS);
}

/**
 * A bare `key = …` (a TOML or INI section's `key`, `{"key": …}`) names a map key or an object
 * path as often as a credential: only a long mixed-case random value counts, not a path, a
 * UUID or a hex digest (`"key": "uploads/a.png"`, `key: 9f8e…`).
 */
function isBareRandomKey(value: string): boolean {
  // Letters of both cases and several digits, no word separators: `Zq1Xw2Ce3Vr4Bt5Ny6Mu7Ik8`, not `Settings_v2_Final`.
  return value.length >= 16 && /^[A-Za-z0-9+/=~]+$/.test(value) && !value.includes("/") && /[a-z]/.test(value) && /[A-Z]/.test(value) && (value.match(/\d/g)?.length ?? 0) >= 3;
}

/** Random-looking: letters and digits, and mixed case or hexadecimal (not a word with a number in it). */
function looksHighEntropy(value: string): boolean {
  return looksRandom(value) && ((/[a-z]/.test(value) && /[A-Z]/.test(value)) || /^[0-9a-f]+$/i.test(value));
}

/** Three random parts (Discord), or 32 hex digits and a random part (Zhipu). */
function acceptDottedToken(c: Candidate): boolean {
  const parts = c.value.split(".");
  if (!looksHighEntropy(parts[0]!)) return false;
  if (parts.length === 3) return looksRandom(parts[2]!) && !isPlaceholder(c.value);
  return /^[0-9a-f]{32}$/i.test(parts[0]!) && parts[1]!.length >= 16 && looksHighEntropy(parts[1]!);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function acceptUrlPathCredential(c: Candidate): boolean {
  const isHook = /hook/i.test(c.match.groups?.word ?? "");
  // 40 hex digits after hooks/ is a git commit; a webhook's own id is the secret.
  if (UUID.test(c.value) || /^[0-9a-f]+$/i.test(c.value)) return isHook && !/^[0-9a-f]{40}$/i.test(c.value);
  return looksHighEntropy(c.value) && !isPlaceholder(c.value);
}

/** `X-Amz-Signature=`, `&sig=`, `signature=`; not `design=` or `assign=`. */
function acceptSignature(c: Candidate): boolean {
  const prev = c.text[c.match.index - 1];
  const startsWord = !isAlnum(prev) || (/[a-z0-9]/.test(prev!) && c.text[c.match.index] === "S");
  return startsWord && looksRandom(c.value) && !isPlaceholder(c.value);
}

/** Options that take no value (`--no-password`, `--ask-pass`) are followed by the next argument, not a password. */
function acceptPasswordOption(c: Candidate): boolean {
  const option = (c.match.groups?.option ?? "").toLowerCase();
  if (/^(?:no|ask|ask-become|ask-vault|prompt|skip)-?$/.test(option)) return false;
  return !isPlaceholder(c.value) && !/^stdin$/i.test(c.value);
}

/**
 * Command-line clients and the short option that takes their password. Glued: `mysql -pSECRET`
 * (a space would make it the database name). Spaced: `sshpass -p SECRET`. Each command's other
 * arguments (at most 24) may come before the option.
 */
const GLUED_PASSWORD_FLAGS: Array<[commands: string, option: string]> = [
  [String.raw`mysql(?:dump|admin|import|show|check|slap|binlog|pump|sh)?|mariadb(?:-?(?:dump|admin|import|show|check))?|mycli`, "-p"],
  [String.raw`7z[arz]?|rar|unrar`, "-p"],
];
const SPACED_PASSWORD_FLAGS: Array<[commands: string, option: string]> = [
  ["redis-cli", "-a"],
  [String.raw`sshpass|mongo(?:sh|dump|restore|import|export|stat|top)?|(?:docker|podman|nerdctl|buildah|skopeo|oras|crane|helm(?:[ \t]+registry)?)[ \t]+login`, "-p"],
  [String.raw`sqlcmd|osql|bcp|zip|unzip`, "-P"],
  [String.raw`ldap(?:search|add|modify|delete|passwd|whoami|compare|modrdn)`, "-w"],
];

/** `command … option<gap>password`: the option is never skipped as one of the other arguments. */
function cliPassword(table: Array<[string, string]>, gap: string): RegExp {
  const alternatives = table.map(
    ([commands, option]) => String.raw`(?:${commands})(?:\.exe)?(?:[ \t]+(?!${option}(?:[ \t]|$))\S+){0,24}?[ \t]+${option}`,
  );
  const value = gap ? String.raw`[^\s"'-][^\s"']*` : String.raw`[^\s"']+`;
  return re(String.raw`${after(String.raw`\w-`)}(?:${alternatives.join("|")})${gap}(?<q>["']?)(?<secret>${value})`);
}

/** `key`, closing quote, `]` (as in os.environ["KEY"] = …), separator, opening quote. */
const assignment = (keys: string) =>
  re(String.raw`(?<key>${keys})(?<kq>\\?["'])?\]?${SP}(?<sep>=>|=(?!=)|:(?!:)|：|>)${SP}(?<open>[fFbBrRuU]?\\?["'\x60])?`, "i");

export const secretRules: SecretRule[] = [
  {
    id: "pem-private-key",
    kind: "private_key",
    pattern: re(String.raw`-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----(?<secret>[^-]*(?:-(?!----)[^-]*)*)-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----`),
    mask: "marker",
    accept: (c) => c.value.trim().length > 0,
    examples: [
      {
        text: "ValueError: Could not deserialize key data.\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi6Z4ZcSyF6dBnJ1kCpS8uLQp2n\nq4Ft7Vw0aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789abcdefghijklmnopqrs\n-----END RSA PRIVATE KEY-----\n",
        secret: "MIIEowIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi6Z4ZcSyF6dBnJ1kCpS8uLQp2n",
        redacted: "ValueError: Could not deserialize key data.\n-----BEGIN RSA PRIVATE KEY-----\n[REDACTED:private_key]\n-----END RSA PRIVATE KEY-----\n",
      },
      {
        text: '{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\\n-----END PRIVATE KEY-----\\n"}',
        secret: "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7",
        redacted: '{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\n[REDACTED:private_key]\\n-----END PRIVATE KEY-----\\n"}',
      },
      {
        text: "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n-----END OPENSSH PRIVATE KEY-----",
        secret: "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
        redacted: "-----BEGIN OPENSSH PRIVATE KEY-----\n[REDACTED:private_key]\n-----END OPENSSH PRIVATE KEY-----",
      },
    ],
  },
  {
    // A paste cut before the END line: hide the base64 lines that follow.
    id: "pem-private-key-unterminated",
    kind: "private_key",
    pattern: re(String.raw`-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----(?<secret>[A-Za-z0-9+/=\r\n\\]+)`),
    mask: "marker",
    accept: (c) => c.value.replace(/\\[nrt]|\s/g, "").length >= 16,
    examples: [
      {
        text: "paramiko.ssh_exception.SSHException: not a valid RSA private key file\n-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDZ\nq8Fv2Xw3Lm9Tn",
        secret: "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDZ",
        redacted: "paramiko.ssh_exception.SSHException: not a valid RSA private key file\n-----BEGIN PRIVATE KEY-----\n[REDACTED:private_key]",
      },
    ],
  },
  {
    id: "jwt",
    kind: "jwt",
    pattern: re(String.raw`${B}(?<secret>(?<shown>eyJ)[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]*)`),
    mask: "ends",
    accept: notPlaceholder,
    examples: [
      {
        text: "jwt.exceptions.ExpiredSignatureError: Signature has expired. token=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwiZXhwIjoxNzAwMDAwMDAwfQ.Qm9vZ2llV29vZ2llU2lnbmF0dXJlMTIzNDU2Nzg5MGFi",
        secret: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwiZXhwIjoxNzAwMDAwMDAwfQ.Qm9vZ2llV29vZ2llU2lnbmF0dXJlMTIzNDU2Nzg5MGFi",
        redacted: "jwt.exceptions.ExpiredSignatureError: Signature has expired. token=eyJ…MGFi",
      },
    ],
  },
  {
    id: "anthropic-key",
    kind: "anthropic_key",
    pattern: re(String.raw`${B}(?<secret>(?<shown>sk-ant-)[a-z]{3,8}\d{2}-[\w-]{20,})`),
    mask: "ends",
    accept: randomBody,
    examples: [
      {
        text: "anthropic.AuthenticationError: Error code: 401 - invalid x-api-key sk-ant-api03-Xq7mN2pL9vR4tY8wK3zB6cD1fG5hJ0sA-uE9iO2pQ4rT7yU1wE3rT5yU8iO0pA2sD4fG6hJ8kL0zX2cV4bN6mQ2aa",
        secret: "sk-ant-api03-Xq7mN2pL9vR4tY8wK3zB6cD1fG5hJ0sA-uE9iO2pQ4rT7yU1wE3rT5yU8iO0pA2sD4fG6hJ8kL0zX2cV4bN6mQ2aa",
        redacted: "anthropic.AuthenticationError: Error code: 401 - invalid x-api-key sk-ant-…Q2aa",
      },
      {
        text: "ANTHROPIC_ADMIN_KEY=sk-ant-admin01-Lk8Jh7Gf6Ds5Aa4Qw3Er2Ty1Ui0OpZx9Cv8Bn7Mm6Nb5Vc4Xz3",
        secret: "sk-ant-admin01-Lk8Jh7Gf6Ds5Aa4Qw3Er2Ty1Ui0OpZx9Cv8Bn7Mm6Nb5Vc4Xz3",
        redacted: "ANTHROPIC_ADMIN_KEY=sk-ant-…4Xz3",
      },
    ],
  },
  {
    id: "openai-key",
    kind: "openai_key",
    pattern: re(String.raw`${B}(?<secret>(?<shown>sk-(?:proj|svcacct|admin)-)[\w-]{20,})`),
    mask: "ends",
    accept: randomBody,
    examples: [
      {
        text: "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-Rk3vT9wLq2Zb7YhN4cXe8PjA1sGm6DfU0iKo5BnVtW2yQ8eR4tY6uI0pA1sD3fG5hJ7kL9zX1cV3bN5mf3Xa.', 'type': 'invalid_request_error'}}",
        secret: "sk-proj-Rk3vT9wLq2Zb7YhN4cXe8PjA1sGm6DfU0iKo5BnVtW2yQ8eR4tY6uI0pA1sD3fG5hJ7kL9zX1cV3bN5mf3Xa",
        redacted: "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-…f3Xa.', 'type': 'invalid_request_error'}}",
      },
      {
        text: "OPENAI_API_KEY=sk-svcacct-Zt4Yx8Wv2Ut6Sr0Qp4On8Ml2Kj6Ih0Gf4Ed8Cb2Aa9",
        secret: "sk-svcacct-Zt4Yx8Wv2Ut6Sr0Qp4On8Ml2Kj6Ih0Gf4Ed8Cb2Aa9",
        redacted: "OPENAI_API_KEY=sk-svcacct-…2Aa9",
      },
      {
        text: 'curl https://api.openai.com/v1/organization/users -H "Authorization: Bearer sk-admin-Pq9Wr8Et7Yu6Io5Pa4Sd3Fg2Hj1Kl0Zx9Cv8Bn7M"',
        secret: "sk-admin-Pq9Wr8Et7Yu6Io5Pa4Sd3Fg2Hj1Kl0Zx9Cv8Bn7M",
        redacted: 'curl https://api.openai.com/v1/organization/users -H "Authorization: Bearer sk-admin-…Bn7M"',
      },
    ],
  },
  {
    // Legacy user keys: 48 characters with "T3BlbkFJ" ("OpenAI" in base64) in the middle.
    id: "openai-legacy-key",
    kind: "openai_key",
    pattern: re(String.raw`${B}(?<secret>(?<shown>sk-)[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})(?![\w-])`),
    mask: "ends",
    accept: randomBody,
    examples: [
      {
        text: "openai.error.AuthenticationError: Incorrect API key provided: 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.",
        secret: "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",
        redacted: "openai.error.AuthenticationError: Incorrect API key provided: sk-…St90.",
      },
    ],
  },
  {
    // DeepSeek (and DashScope) keys: sk- and 32 lowercase hex digits.
    id: "deepseek-key",
    kind: "deepseek_key",
    pattern: re(String.raw`${B}(?<secret>(?<shown>sk-)[0-9a-f]{32})(?![\w-])`),
    mask: "ends",
    accept: randomBody,
    examples: [
      {
        text: "DEEPSEEK_API_KEY=sk-3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e",
        secret: "sk-3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e",
        redacted: "DEEPSEEK_API_KEY=sk-…9c2e",
      },
    ],
  },
  {
    // one-api / new-api relay tokens: sk- and 48 letters and digits.
    id: "relay-key",
    kind: "relay_key",
    pattern: re(String.raw`${B}(?<secret>(?<shown>sk-)[A-Za-z0-9]{48})(?![\w-])`),
    mask: "ends",
    accept: randomBody,
    examples: [
      {
        text: 'client = OpenAI(base_url="https://api.example-relay.com/v1", api_key="sk-Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0Lz9Xc8Vb7Nm6Qa5Ws4Ed3")',
        secret: "sk-Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0Lz9Xc8Vb7Nm6Qa5Ws4Ed3",
        redacted: 'client = OpenAI(base_url="https://api.example-relay.com/v1", api_key="sk-…4Ed3")',
      },
    ],
  },
  {
    id: "google-api-key",
    kind: "google_key",
    pattern: re(String.raw`${B}(?<secret>(?<shown>AIza)[\w-]{35})(?![\w-])`),
    mask: "ends",
    accept: randomBody,
    examples: [
      {
        text: "google.api_core.exceptions.InvalidArgument: 400 POST https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-pro:generateContent?key=AIzaSyD3k9Lm2Np8Qr4St6Uv0Wx2Yz4Ab6Cx9Zk",
        secret: "AIzaSyD3k9Lm2Np8Qr4St6Uv0Wx2Yz4Ab6Cx9Zk",
        redacted: "google.api_core.exceptions.InvalidArgument: 400 POST https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-pro:generateContent?key=AIza…x9Zk",
      },
    ],
  },
  {
    id: "google-oauth-token",
    kind: "google_oauth_token",
    pattern: re(String.raw`${B}(?<secret>(?<shown>ya29\.)[\w-]{20,})`),
    mask: "ends",
    accept: randomBody,
    examples: [
      {
        text: "google.auth.exceptions.RefreshError: access_token=ya29.a0AfB_byC3x9Lk2Mn4Op6Qr8St0Uv2Wx4Yz6Ab8Cd0Ef2Gh4Ij6Kl8",
        secret: "ya29.a0AfB_byC3x9Lk2Mn4Op6Qr8St0Uv2Wx4Yz6Ab8Cd0Ef2Gh4Ij6Kl8",
        redacted: "google.auth.exceptions.RefreshError: access_token=ya29.…6Kl8",
      },
    ],
  },
  {
    id: "aws-access-key",
    kind: "aws_access_key",
    pattern: re(String.raw`${after("A-Za-z0-9")}(?<secret>(?<shown>A(?:KIA|SIA))[A-Z0-9]{16})(?![A-Za-z0-9])`),
    mask: "ends",
    accept: randomBody,
    examples: [
      {
        text: "botocore.exceptions.ClientError: An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid. AccessKeyId: AKIA4HKQ7ZL2MN3PR5TU",
        secret: "AKIA4HKQ7ZL2MN3PR5TU",
        redacted: "botocore.exceptions.ClientError: An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid. AccessKeyId: AKIA…R5TU",
      },
      {
        text: "aws_access_key_id = ASIAY3FZ8QW2KX7LMN4P",
        secret: "ASIAY3FZ8QW2KX7LMN4P",
        redacted: "aws_access_key_id = ASIA…MN4P",
      },
    ],
  },
  {
    id: "github-token",
    kind: "github_token",
    pattern: re(String.raw`${B}(?<secret>(?<shown>gh[pousr]_|github_pat_)[A-Za-z0-9_]{30,})`),
    mask: "ends",
    accept: randomBody,
    examples: [
      {
        text: "remote: Invalid username or token. fatal: Authentication failed for 'https://x-access-token:ghp_R8tY2uI4oP6aS8dF0gH2jK4lZ6xC8vB01234@github.com/acme/app.git/'",
        secret: "ghp_R8tY2uI4oP6aS8dF0gH2jK4lZ6xC8vB01234",
        redacted: "remote: Invalid username or token. fatal: Authentication failed for 'https://x-access-token:ghp_…1234@github.com/acme/app.git/'",
      },
      {
        text: "GITHUB_TOKEN=github_pat_11ABCDE2F0aBcDeFgHiJkL_mNoPqRsTuVwXyZ0123456789aBcDeFgHiJkLmNoPqRsTuVwXyZ01234567",
        secret: "github_pat_11ABCDE2F0aBcDeFgHiJkL_mNoPqRsTuVwXyZ0123456789aBcDeFgHiJkLmNoPqRsTuVwXyZ01234567",
        redacted: "GITHUB_TOKEN=github_pat_…4567",
      },
    ],
  },
  {
    id: "gitlab-token",
    kind: "gitlab_token",
    pattern: re(String.raw`${B}(?<secret>(?<shown>glpat-)[\w-]{20,})`),
    mask: "ends",
    accept: randomBody,
    examples: [
      {
        text: "ERROR: 401 Unauthorized (PRIVATE-TOKEN: glpat-x7Yz2Ab4Cd6Ef8Gh0Ij2K)",
        secret: "glpat-x7Yz2Ab4Cd6Ef8Gh0Ij2K",
        redacted: "ERROR: 401 Unauthorized (PRIVATE-TOKEN: glpat-…Ij2K)",
      },
    ],
  },
  {
    id: "slack-token",
    kind: "slack_token",
    pattern: re(String.raw`${B}(?<secret>(?<shown>xox[abposre]-|xapp-)[A-Za-z0-9-]{10,})`),
    mask: "ends",
    accept: randomBody,
    examples: [
      {
        text: "slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://www.slack.com/api/chat.postMessage) token: xoxb-2468013579-1357924680123-Qw3Er5Ty7Ui9Op1As3Df5Gh7",
        secret: "xoxb-2468013579-1357924680123-Qw3Er5Ty7Ui9Op1As3Df5Gh7",
        redacted: "slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://www.slack.com/api/chat.postMessage) token: xoxb-…5Gh7",
      },
      {
        text: "SLACK_APP_TOKEN=xapp-1-A0123BCDEF4-5678901234567-9f8e7d6c5b4a39281706f5e4d3c2b1a0",
        secret: "xapp-1-A0123BCDEF4-5678901234567-9f8e7d6c5b4a39281706f5e4d3c2b1a0",
        redacted: "SLACK_APP_TOKEN=xapp-…b1a0",
      },
    ],
  },
  {
    id: "slack-webhook",
    kind: "slack_webhook",
    pattern: re(String.raw`hooks\.slack\.com/(?:services|workflows|triggers)/(?<secret>[A-Za-z0-9_/-]{20,})`),
    mask: "ends",
    accept: (c) => looksRandom(c.value),
    examples: [
      {
        text: "requests.exceptions.HTTPError: 404 Client Error: Not Found for url: https://hooks.slack.com/services/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",
        secret: "T01ABC2DEF3/B04GHI5JKL6/q1W2e3R4t5Y6u7I8o9P0aS1d",
        redacted: "requests.exceptions.HTTPError: 404 Client Error: Not Found for url: https://hooks.slack.com/services/…aS1d",
      },
    ],
  },
  {
    // Credentials that are a segment of a URL path: Discord and Feishu webhooks, IFTTT keys,
    // …/hooks/<token>, …/token/<token>. An id-shaped value (UUID, hex digest) counts only
    // after a webhook word, where it is the secret (Feishu: /bot/v2/hook/<uuid>).
    id: "url-path-credential",
    kind: "token",
    pattern: re(String.raw`/(?<word>webhooks?|hooks?|keys?|tokens?|secrets?|api[_-]?keys?)/(?:\d{5,20}/)?(?<secret>[\w-]{20,})(?![\w-])`, "i"),
    mask: "ends",
    accept: acceptUrlPathCredential,
    examples: [
      {
        text: "discord.errors.NotFound: 404 Not Found (error code: 10015): Unknown Webhook\nPOST https://discord.com/api/webhooks/1187654321098765432/Xq7mN2pL9vR4tY8wK3zB6cD1fG5hJ0sAuE9iO2pQ4rT7yU1wE3rT5yU8iO0pA2sD4fG6hJ8k",
        secret: "Xq7mN2pL9vR4tY8wK3zB6cD1fG5hJ0sAuE9iO2pQ4rT7yU1wE3rT5yU8iO0pA2sD4fG6hJ8k",
        redacted: "discord.errors.NotFound: 404 Not Found (error code: 10015): Unknown Webhook\nPOST https://discord.com/api/webhooks/1187654321098765432/…hJ8k",
      },
      {
        text: '{"code":19001,"msg":"param invalid: incoming webhook access token invalid"} url=https://open.feishu.cn/open-apis/bot/v2/hook/5b2c9e1d-84f3-4a6e-9c07-2d1f8e3b6a94',
        secret: "5b2c9e1d-84f3-4a6e-9c07-2d1f8e3b6a94",
        redacted: '{"code":19001,"msg":"param invalid: incoming webhook access token invalid"} url=https://open.feishu.cn/open-apis/bot/v2/hook/…6a94',
      },
    ],
  },
  {
    id: "stripe-key",
    kind: "stripe_key",
    pattern: re(String.raw`${B}(?<secret>(?<shown>(?:sk|rk)_(?:live|test)_|whsec_)[A-Za-z0-9]{16,})`),
    mask: "ends",
    accept: randomBody,
    examples: [
      {
        text: "stripe.error.AuthenticationError: Invalid API Key provided: sk_live_51Hx8Yz2Ab4Cd6Ef8Gh0Ij2Kl4Mn6Op8Qr0St2Uv4Wx6Yz8",
        secret: "sk_live_51Hx8Yz2Ab4Cd6Ef8Gh0Ij2Kl4Mn6Op8Qr0St2Uv4Wx6Yz8",
        redacted: "stripe.error.AuthenticationError: Invalid API Key provided: sk_live_…6Yz8",
      },
      {
        text: "STRIPE_WEBHOOK_SECRET=whsec_9a8B7c6D5e4F3g2H1i0J9k8L7m6N5o4P",
        secret: "whsec_9a8B7c6D5e4F3g2H1i0J9k8L7m6N5o4P",
        redacted: "STRIPE_WEBHOOK_SECRET=whsec_…5o4P",
      },
    ],
  },
  {
    id: "huggingface-token",
    kind: "huggingface_token",
    pattern: re(String.raw`${B}(?<secret>(?<shown>hf_)[A-Za-z0-9]{30,})(?![\w-])`),
    mask: "ends",
    accept: randomBody,
    examples: [
      {
        text: "huggingface_hub.errors.HfHubHTTPError: 401 Client Error: Unauthorized for url: https://huggingface.co/api/whoami-v2 (token hf_aB3cD5eF7gH9iJ1kL3mN5oP7qR9sT1uV3wX)",
        secret: "hf_aB3cD5eF7gH9iJ1kL3mN5oP7qR9sT1uV3wX",
        redacted: "huggingface_hub.errors.HfHubHTTPError: 401 Client Error: Unauthorized for url: https://huggingface.co/api/whoami-v2 (token hf_…V3wX)",
      },
    ],
  },
  {
    // Keys known by a public prefix, one table for every vendor: Groq gsk_, xAI xai-, Perplexity
    // pplx-, Replicate r8_, Cerebras csk-, Fireworks fw_, Tavily tvly-, Jina jina_, npm npm_,
    // Notion ntn_, Supabase sbp_, Linear lin_api_, Shopify shpat_…, DigitalOcean dop_v1_…,
    // Docker Hub dckr_pat_, Alibaba Cloud LTAI, Tencent Cloud AKID. The body is letters and digits.
    id: "prefixed-key",
    kind: "api_key",
    pattern: re(String.raw`${B}(?<secret>(?<shown>gsk_|xai-|pplx-|r8_|csk-|fw_|tvly-(?:dev-|prod-)?|jina_|npm_|ntn_|sbp_|lin_api_|shp(?:at|ss|ca|pa)_|do[opr]_v1_|dckr_pat_|LTAI|AKID)[A-Za-z0-9]{16,})(?![\w-])`),
    mask: "ends",
    accept: randomBody,
    examples: [
      {
        text: "groq.AuthenticationError: Error code: 401 - {'error': {'message': 'Invalid API Key', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}\nGROQ_API_KEY=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",
        secret: "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",
        redacted: "groq.AuthenticationError: Error code: 401 - {'error': {'message': 'Invalid API Key', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}\nGROQ_API_KEY=gsk_…4tY6",
      },
      {
        text: "aliyunsdkcore.acs_exception.exceptions.ServerException: HTTP Status: 404 Error:InvalidAccessKeyId.NotFound Specified access key is not found. AccessKeyId: LTAI5tQx8Wm2Rk7Vn3Zp9Ly4",
        secret: "LTAI5tQx8Wm2Rk7Vn3Zp9Ly4",
        redacted: "aliyunsdkcore.acs_exception.exceptions.ServerException: HTTP Status: 404 Error:InvalidAccessKeyId.NotFound Specified access key is not found. AccessKeyId: LTAI…9Ly4",
      },
    ],
  },
  {
    // Prefixed keys whose body holds `-`, `_` or dots: NVIDIA nvapi-, PyPI pypi-AgE…, Grafana
    // glsa_/glc_, Sentry sntrys_/sntryu_, Atlassian ATATT, SendGrid SG.x.y, Vault hvs.
    id: "prefixed-key-dotted",
    kind: "api_key",
    pattern: re(String.raw`${B}(?<secret>(?<shown>nvapi-|pypi-(?=AgE)|glsa_|glc_|sntry[su]_|ATATT|SG\.|hvs\.)[\w-]{16,}(?:\.[\w-]{8,}){0,2})`),
    mask: "ends",
    accept: randomBody,
    examples: [
      {
        text: "python_http_client.exceptions.UnauthorizedError: HTTP Error 401: Unauthorized\nsg = SendGridAPIClient('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')",
        secret: "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",
        redacted: "python_http_client.exceptions.UnauthorizedError: HTTP Error 401: Unauthorized\nsg = SendGridAPIClient('SG.…s5cr')",
      },
    ],
  },
  {
    // A Telegram bot token (bot id, colon, 35 characters), bare or in a Bot API URL path:
    // https://api.telegram.org/bot<id>:<token>/sendMessage.
    id: "telegram-bot-token",
    kind: "token",
    pattern: re(String.raw`(?:${B}bot|${after(String.raw`\w:-`)})(?<secret>\d{5,12}:[\w-]{30,})`),
    mask: "ends",
    accept: (c) => looksRandom(c.value.slice(c.value.indexOf(":") + 1)),
    examples: [
      {
        text: "telegram.error.InvalidToken: Invalid token\nrequests.exceptions.HTTPError: 404 Client Error: Not Found for url: https://api.telegram.org/bot7204518236:AAHk3Lm9Qx2Vz8Wn5Rt1Yp4Sd6Fg0Jh2Kc7/sendMessage",
        secret: "AAHk3Lm9Qx2Vz8Wn5Rt1Yp4Sd6Fg0Jh2Kc7",
        redacted: "telegram.error.InvalidToken: Invalid token\nrequests.exceptions.HTTPError: 404 Client Error: Not Found for url: https://api.telegram.org/bot…2Kc7/sendMessage",
      },
    ],
  },
  {
    // Unprefixed tokens of random dotted parts: a Discord bot token (base64 user id . 6 . 27+),
    // a Zhipu key (32 hex . 16). Every part must look random: module paths and host names do not.
    id: "dotted-token",
    kind: "token",
    pattern: re(String.raw`${after(String.raw`\w.-`)}(?<secret>[A-Za-z0-9]{20,}\.[\w-]{6,}(?:\.[\w-]{20,})?)(?![\w-])`),
    mask: "ends",
    accept: acceptDottedToken,
    examples: [
      {
        text: "discord.errors.LoginFailure: Improper token has been passed.\nclient.run('MTE4NzY1NDMyMTA5ODc2NTQzMg.GhIjKl.Tq7Wm2Xn9Kp4Rz8Lc3Vb6Yd1aQ0sW9eR')",
        secret: "MTE4NzY1NDMyMTA5ODc2NTQzMg.GhIjKl.Tq7Wm2Xn9Kp4Rz8Lc3Vb6Yd1aQ0sW9eR",
        redacted: "discord.errors.LoginFailure: Improper token has been passed.\nclient.run('…W9eR')",
      },
      {
        text: "zhipuai.core._errors.APIAuthenticationError: Error code: 401, with error text {\"error\":{\"code\":\"1000\",\"message\":\"身份验证失败。\"}}\nclient = ZhipuAI(api_key=\"4f1c9a7e2b8d4e6fa3c05b9d7e1f2a8c.Qx7Lm2Wn9Rv4Kz8T\")",
        secret: "4f1c9a7e2b8d4e6fa3c05b9d7e1f2a8c.Qx7Lm2Wn9Rv4Kz8T",
        redacted: "zhipuai.core._errors.APIAuthenticationError: Error code: 401, with error text {\"error\":{\"code\":\"1000\",\"message\":\"身份验证失败。\"}}\nclient = ZhipuAI(api_key=\"…Kz8T\")",
      },
    ],
  },
  {
    // Any other sk- key (OpenRouter, Moonshot, SiliconFlow, relays): random letters and digits.
    id: "sk-key",
    kind: "api_key",
    pattern: re(String.raw`${B}(?<secret>(?<shown>sk-)[\w-]{20,})`),
    mask: "ends",
    accept: randomBody,
    examples: [
      {
        text: 'openai.AuthenticationError: Error code: 401 - {"error":{"message":"No auth credentials found","code":401}} key=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',
        secret: "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",
        redacted: 'openai.AuthenticationError: Error code: 401 - {"error":{"message":"No auth credentials found","code":401}} key=sk-…5f8a',
      },
    ],
  },
  {
    // Azure OpenAI keys are 32 hex digits: in an `api-key` header or an AZURE_…KEY variable.
    id: "azure-openai-key",
    kind: "azure_key",
    pattern: re(String.raw`${B}(?:api-key|AZURE_[A-Z0-9_]*KEY)${SEP}(?<secret>[0-9a-fA-F]{32})(?![\w-])`, "i"),
    mask: "ends",
    accept: (c) => looksRandom(c.value),
    examples: [
      {
        text: "curl https://my-resource.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-06-01 -H \"api-key: 0a1b2c3d4e5f60718293a4b5c6d7e8f9\"",
        secret: "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        redacted: "curl https://my-resource.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-06-01 -H \"api-key: …e8f9\"",
      },
      {
        text: "AZURE_OPENAI_API_KEY=9f8e7d6c5b4a39281706f5e4d3c2b1a0",
        secret: "9f8e7d6c5b4a39281706f5e4d3c2b1a0",
        redacted: "AZURE_OPENAI_API_KEY=…b1a0",
      },
    ],
  },
  {
    id: "azure-account-key",
    kind: "azure_key",
    pattern: re(String.raw`${B}(?:AccountKey|SharedAccessKey)=(?<secret>[A-Za-z0-9+/]{20,}={0,2})`),
    mask: "ends",
    accept: notPlaceholder,
    examples: [
      {
        text: "azure.core.exceptions.ClientAuthenticationError: Server failed to authenticate the request. Connection string: DefaultEndpointsProtocol=https;AccountName=acmestore;AccountKey=q8W7e6R5t4Y3u2I1o0P9a8S7d6F5g4H3j2K1l0Z9x8C7v6B5n4M3q2W1e0R9t8Y7u6I5o4P3a2S1d0F9g8H7j6K5l4Z3x2C==;EndpointSuffix=core.windows.net",
        secret: "q8W7e6R5t4Y3u2I1o0P9a8S7d6F5g4H3j2K1l0Z9x8C7v6B5n4M3q2W1e0R9t8Y7u6I5o4P3a2S1d0F9g8H7j6K5l4Z3x2C==",
        redacted: "azure.core.exceptions.ClientAuthenticationError: Server failed to authenticate the request. Connection string: DefaultEndpointsProtocol=https;AccountName=acmestore;AccountKey=…2C==;EndpointSuffix=core.windows.net",
      },
    ],
  },
  {
    // The signature of an Azure SAS URL or SharedAccessSignature token.
    id: "azure-sas-signature",
    kind: "azure_sas",
    pattern: re(String.raw`${B}sig=(?<secret>[A-Za-z0-9%+/=_-]{16,})`),
    mask: "ends",
    accept: notPlaceholder,
    examples: [
      {
        text: "AuthorizationFailure: https://acmestore.blob.core.windows.net/uploads/report.pdf?sv=2022-11-02&ss=b&srt=o&sp=r&se=2025-01-01T00:00:00Z&sig=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZg%3D",
        secret: "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZg%3D",
        redacted: "AuthorizationFailure: https://acmestore.blob.core.windows.net/uploads/report.pdf?sv=2022-11-02&ss=b&srt=o&sp=r&se=2025-01-01T00:00:00Z&sig=…g%3D",
      },
    ],
  },
  {
    // The signature of a presigned or signed URL, and of an AWS SigV4 Authorization header:
    // X-Amz-Signature=, X-Goog-Signature=, Signature= (CloudFront, OSS), q-signature= (COS),
    // sign=, signature=. Whoever holds the URL holds the access it grants.
    id: "url-signature",
    kind: "url_signature",
    pattern: re(String.raw`(?<kw>[Ss]ignature|SIGNATURE|[Ss]ig|SIG|[Ss]ign|SIGN)=(?!=)(?<secret>[A-Za-z0-9%+/=_~.-]{16,})`),
    mask: "ends",
    accept: acceptSignature,
    examples: [
      {
        text: "<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>\nGET https://acme.s3.amazonaws.com/a.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20250101T000000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=9f8e7d6c5b4a39281706f5e4d3c2b1a00a1b2c3d4e5f60718293a4b5c6d7e8f9",
        secret: "9f8e7d6c5b4a39281706f5e4d3c2b1a00a1b2c3d4e5f60718293a4b5c6d7e8f9",
        redacted: "<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>\nGET https://acme.s3.amazonaws.com/a.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20250101T000000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=…e8f9",
      },
      {
        text: "Authorization: AWS4-HMAC-SHA256 Credential=AKIA4HKQ7ZL2MN3PR5TU/20250101/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024",
        secret: "fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024",
        redacted: "Authorization: AWS4-HMAC-SHA256 Credential=AKIA…R5TU/20250101/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=…1024",
      },
    ],
  },
  {
    id: "aws-secret-key",
    kind: "aws_secret",
    pattern: re(String.raw`${after("A-Za-z0-9")}(?:aws[_-]?)?secret[_-]?access[_-]?key${SEP}(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`, "i"),
    mask: "ends",
    accept: notPlaceholder,
    examples: [
      {
        text: "[default]\naws_access_key_id = AKIA4HKQ7ZL2MN3PR5TU\naws_secret_access_key = 7Hq2Lm9Xv4Tb8Wn1Rz5Yk3Pd6Sg0Fj2Ac4Ue7iOq",
        secret: "7Hq2Lm9Xv4Tb8Wn1Rz5Yk3Pd6Sg0Fj2Ac4Ue7iOq",
        redacted: "[default]\naws_access_key_id = AKIA…R5TU\naws_secret_access_key = …7iOq",
      },
      {
        text: '{"Credentials": {"AccessKeyId": "ASIAY3FZ8QW2KX7LMN4P", "SecretAccessKey": "b9Jk2Lm+Np4Qr6St8Uv/Wx0Yz2Ab4Cd6Ef8Gh0Ij", "SessionToken": "..."}}',
        secret: "b9Jk2Lm+Np4Qr6St8Uv/Wx0Yz2Ab4Cd6Ef8Gh0Ij",
        redacted: '{"Credentials": {"AccessKeyId": "ASIA…MN4P", "SecretAccessKey": "…h0Ij", "SessionToken": "..."}}',
      },
    ],
  },
  {
    id: "basic-auth-header",
    kind: "basic_auth",
    pattern: re(String.raw`${B}(?:proxy-)?authorization${SEP}Basic[ \t]+(?<secret>[A-Za-z0-9+/=._~-]+)`, "i"),
    mask: "marker",
    accept: notPlaceholder,
    examples: [
      {
        text: "> GET /api/v4/projects HTTP/1.1\n> Authorization: Basic YWxpY2U6czNjcjN0LXBhc3N3MHJk\n< HTTP/1.1 401 Unauthorized",
        secret: "YWxpY2U6czNjcjN0LXBhc3N3MHJk",
        redacted: "> GET /api/v4/projects HTTP/1.1\n> Authorization: Basic [REDACTED:basic_auth]\n< HTTP/1.1 401 Unauthorized",
      },
    ],
  },
  {
    // curl -u user:password
    id: "curl-user",
    kind: "basic_auth",
    pattern: re(String.raw`${after(String.raw`^\s"'`)}(?:-u|--user|-U|--proxy-user)(?:[ \t]+|=)["']?(?<user>[^\s:"']+):(?<secret>[^\s"']+)`),
    mask: "marker",
    accept: (c) => !isPlaceholder(c.value) && !/^\d+$/.test(c.value) && c.value !== c.match.groups?.user,
    examples: [
      {
        text: "$ curl -u admin:Pa55w0rd-Q7 https://registry.example.com/v2/_catalog\n{\"errors\":[{\"code\":\"UNAUTHORIZED\"}]}",
        secret: "Pa55w0rd-Q7",
        redacted: "$ curl -u admin:[REDACTED:basic_auth] https://registry.example.com/v2/_catalog\n{\"errors\":[{\"code\":\"UNAUTHORIZED\"}]}",
      },
    ],
  },
  {
    // A password glued to its short option: mysql -p<password> (`-p secret` would be a database
    // name), 7z/rar -p<password>. The command's other arguments may come first.
    id: "cli-password-glued",
    kind: "password",
    pattern: cliPassword(GLUED_PASSWORD_FLAGS, ""),
    mask: "marker",
    accept: notPlaceholder,
    examples: [
      {
        text: "$ mysql -h 10.0.0.5 -P 3306 -uroot -pS3cr3t!Pw shop\nERROR 1045 (28000): Access denied for user 'root'@'10.0.0.7' (using password: YES)",
        secret: "S3cr3t!Pw",
        redacted: "$ mysql -h 10.0.0.5 -P 3306 -uroot -p[REDACTED:password] shop\nERROR 1045 (28000): Access denied for user 'root'@'10.0.0.7' (using password: YES)",
      },
      {
        text: "$ 7z x backup.7z -pZx8Cv7Bn6\nERROR: Wrong password : backup.sql",
        secret: "Zx8Cv7Bn6",
        redacted: "$ 7z x backup.7z -p[REDACTED:password]\nERROR: Wrong password : backup.sql",
      },
    ],
  },
  {
    // A password given as the argument after a short option: sshpass -p, docker/podman/helm …
    // login -p, mongosh -p, redis-cli -a, sqlcmd -P, ldapsearch -w, zip -P.
    id: "cli-password-argument",
    kind: "password",
    pattern: cliPassword(SPACED_PASSWORD_FLAGS, "[ \\t]+"),
    mask: "marker",
    accept: notPlaceholder,
    examples: [
      {
        text: "$ docker login -u ci-bot -p Rw8Lq3Zx7Vn2 registry.example.com\nError response from daemon: Get \"https://registry.example.com/v2/\": unauthorized: incorrect username or password",
        secret: "Rw8Lq3Zx7Vn2",
        redacted: "$ docker login -u ci-bot -p [REDACTED:password] registry.example.com\nError response from daemon: Get \"https://registry.example.com/v2/\": unauthorized: incorrect username or password",
      },
      {
        text: "$ redis-cli -h cache -p 6379 -a 'r3d1s-Wqz8Kp' ping\n(error) WRONGPASS invalid username-password pair or user is disabled.",
        secret: "r3d1s-Wqz8Kp",
        redacted: "$ redis-cli -h cache -p 6379 -a '[REDACTED:password]' ping\n(error) WRONGPASS invalid username-password pair or user is disabled.",
      },
      {
        text: "$ sqlcmd -S tcp:sql.internal,1433 -U sa -P Hx5!Rw9Qk3Lm -Q \"SELECT 1\"\nSqlcmd: Error: Microsoft ODBC Driver 18 for SQL Server : Login failed for user 'sa'..",
        secret: "Hx5!Rw9Qk3Lm",
        redacted: "$ sqlcmd -S tcp:sql.internal,1433 -U sa -P [REDACTED:password] -Q \"SELECT 1\"\nSqlcmd: Error: Microsoft ODBC Driver 18 for SQL Server : Login failed for user 'sa'..",
      },
    ],
  },
  {
    // user/password@database for Oracle tools and thin JDBC URLs: sqlplus scott/tiger@orcl.
    id: "oracle-connect-password",
    kind: "password",
    pattern: re(String.raw`(?:${after(String.raw`\w-`)}(?:sqlplus|sqlldr|expdp|impdp|rman(?:[ \t]+target)?)(?:\.exe)?(?:[ \t]+-\w+)*[ \t]+["']?|:thin:)(?<user>[\w$#.]+)/(?<secret>[^\s@/"']+)`, "i"),
    mask: "marker",
    accept: (c) => notPlaceholder(c) && !/^(?:as|nolog)$/i.test(c.value),
    examples: [
      {
        text: "$ sqlplus -S scott/T1ger-Qx8@orcl\nERROR:\nORA-01017: invalid username/password; logon denied",
        secret: "T1ger-Qx8",
        redacted: "$ sqlplus -S scott/[REDACTED:password]@orcl\nERROR:\nORA-01017: invalid username/password; logon denied",
      },
      {
        text: "java.sql.SQLException: ORA-01017: invalid username/password; logon denied (url jdbc:oracle:thin:app/Or4cle-Pw9@db.internal:1521/ORCL)",
        secret: "Or4cle-Pw9",
        redacted: "java.sql.SQLException: ORA-01017: invalid username/password; logon denied (url jdbc:oracle:thin:app/[REDACTED:password]@db.internal:1521/ORCL)",
      },
    ],
  },
  {
    // A .netrc entry: machine <host> login <user> password <password>.
    id: "netrc-password",
    kind: "password",
    pattern: re(String.raw`${after(String.raw`\w-`)}login[ \t]+\S+[ \t]+password[ \t]+(?<secret>[^\s"']+)`),
    mask: "marker",
    accept: notPlaceholder,
    examples: [
      {
        text: "fatal: Authentication failed for 'https://git.example.com/acme/app.git/'\n$ cat ~/.netrc\nmachine git.example.com login ci-bot password Nt7Rc-Lw2Zx",
        secret: "Nt7Rc-Lw2Zx",
        redacted: "fatal: Authentication failed for 'https://git.example.com/acme/app.git/'\n$ cat ~/.netrc\nmachine git.example.com login ci-bot password [REDACTED:password]",
      },
    ],
  },
  {
    // A password option followed by its value: --password <pw>, --db-pass <pw>, keytool
    // -storepass <pw>, openssl -passin pass:<pw>. (`--password=<pw>` is an assignment.)
    id: "cli-password-option",
    kind: "password",
    pattern: re(String.raw`(?<![\w-])--?(?<option>[a-z][a-z-]{0,24}?)?(?:pass(?:word|wd|phrase|in|out)?|pwd)[ \t]+(?<q>["']?)(?<secret>[^\s"'-][^\s"']*)`, "i"),
    mask: "marker",
    accept: acceptPasswordOption,
    examples: [
      {
        text: "keytool error: java.io.IOException: keystore password was incorrect\n$ keytool -list -keystore app.jks -storepass Ks7Wq2Lm9Xv",
        secret: "Ks7Wq2Lm9Xv",
        redacted: "keytool error: java.io.IOException: keystore password was incorrect\n$ keytool -list -keystore app.jks -storepass [REDACTED:password]",
      },
      {
        text: "$ argocd login argocd.example.com --username admin --password 'Zq8-Vn3-Lw7'\nFATA[0001] rpc error: code = Unauthenticated desc = Invalid username or password",
        secret: "Zq8-Vn3-Lw7",
        redacted: "$ argocd login argocd.example.com --username admin --password '[REDACTED:password]'\nFATA[0001] rpc error: code = Unauthenticated desc = Invalid username or password",
      },
    ],
  },
  {
    // Authorization header with a bearer (or scheme-less) token, as a header line, in a Python
    // dict or JSON repr, or in curl -H "…".
    id: "authorization-header",
    kind: "bearer_token",
    pattern: re(String.raw`${B}(?:proxy-)?authorization(?:[fFbBrRuU]?\\?["'])?[ \t]*[:=][ \t]*(?:[fFbBrRuU]?\\?["'])?(?:(?:Bearer|Token|JWT|Negotiate|NTLM|SharedAccessSignature)[ \t]+)?(?<secret>${VALUE})`, "i"),
    mask: "ends",
    accept: (c) => !AUTH_SCHEMES.has(c.value.toLowerCase()) && !isPlaceholder(c.value),
    examples: [
      {
        text: "requests.exceptions.HTTPError: 401 Client Error\nrequest headers: {'User-Agent': 'python-requests/2.31.0', 'Authorization': 'Bearer 8f3kDq2LmZ7xWv9TnB4yHc6RjP1sGa5E', 'Content-Type': 'application/json'}",
        secret: "8f3kDq2LmZ7xWv9TnB4yHc6RjP1sGa5E",
        redacted: "requests.exceptions.HTTPError: 401 Client Error\nrequest headers: {'User-Agent': 'python-requests/2.31.0', 'Authorization': 'Bearer …Ga5E', 'Content-Type': 'application/json'}",
      },
      {
        text: 'curl -s https://relay.example.com/v1/models -H "Authorization: Bearer tk_Zp4Lq8Rm2Vn6Xb0Yc3Wd7Ef1" -H "Content-Type: application/json"',
        secret: "tk_Zp4Lq8Rm2Vn6Xb0Yc3Wd7Ef1",
        redacted: 'curl -s https://relay.example.com/v1/models -H "Authorization: Bearer …7Ef1" -H "Content-Type: application/json"',
      },
      {
        text: "authorization: abc123",
        secret: "abc123",
        redacted: "authorization: [REDACTED:bearer_token]",
      },
    ],
  },
  {
    // A bearer token outside a header (logged, or in prose): only when it looks random.
    id: "bearer-token",
    kind: "bearer_token",
    pattern: re(String.raw`${B}[Bb]earer[ \t]+(?<secret>[A-Za-z0-9._~+/=-]{16,})`),
    mask: "ends",
    accept: (c) => looksRandom(c.value),
    examples: [
      {
        text: "WARN upstream rejected credentials (bearer Tq7Wm2Xn9Kp4Rz8Lc3Vb6Yd1) for channel #11",
        secret: "Tq7Wm2Xn9Kp4Rz8Lc3Vb6Yd1",
        redacted: "WARN upstream rejected credentials (bearer …6Yd1) for channel #11",
      },
    ],
  },
  {
    // "Incorrect API key provided: <key>" echoes the key; some relays echo it whole.
    id: "key-provided",
    kind: "api_key",
    pattern: re(String.raw`(?:api[ _-]?key|token)[ \t]+provided:?[ \t]*(?<secret>${VALUE_BEFORE_STOP})`, "i"),
    mask: "ends",
    accept: (c) => c.value.length >= 6 && !isPlaceholder(c.value),
    examples: [
      {
        text: "Error code: 401 - {'error': {'message': 'Incorrect API key provided: Wq3Er5Ty7Ui9Op1As3Df5Gh7Jk9. You can find your API key at https://platform.openai.com/account/api-keys.'}}",
        secret: "Wq3Er5Ty7Ui9Op1As3Df5Gh7Jk9",
        redacted: "Error code: 401 - {'error': {'message': 'Incorrect API key provided: …7Jk9. You can find your API key at https://platform.openai.com/account/api-keys.'}}",
      },
    ],
  },
  {
    id: "cookie-header",
    kind: "cookie",
    pattern: re(String.raw`${B}(?:set-)?cookie${SEP}(?<secret>[^\r\n"'\\]+)`, "i"),
    mask: "marker",
    accept: (c) => c.value.includes("=") && !isPlaceholder(c.value.trim()),
    examples: [
      {
        text: "< HTTP/2 403\n< set-cookie: session=9f8a7b6c5d4e3f2a1b0c; Path=/; HttpOnly; Secure\n> Cookie: csrftoken=Lk2Jh4Gf6Ds8; sessionid=z9x8c7v6b5n4m3q2",
        secret: "9f8a7b6c5d4e3f2a1b0c",
        redacted: "< HTTP/2 403\n< set-cookie: [REDACTED:cookie]\n> Cookie: [REDACTED:cookie]",
      },
      {
        text: "headers={'Cookie': 'sessionid=z9x8c7v6b5n4m3q2; theme=dark', 'Accept': '*/*'}",
        secret: "z9x8c7v6b5n4m3q2",
        redacted: "headers={'Cookie': '[REDACTED:cookie]', 'Accept': '*/*'}",
      },
    ],
  },
  {
    // scheme://user:password@host
    id: "url-password",
    kind: "url_password",
    // Anchored on "://" (checked to follow a scheme character): a scan for "scheme:" at every letter is slow.
    pattern: re(String.raw`:(?<=[A-Za-z0-9+.-]:)(?:\\?/){2}(?<user>[^\s:@/?#"'<>\\]*):(?<secret>[^\s/"'<>]+)@`),
    mask: "marker",
    accept: notPlaceholder,
    examples: [
      {
        text: 'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "db.internal" (10.0.0.5), port 5432 failed: FATAL:  password authentication failed for user "app"\n(Background on this error at: https://sqlalche.me/e/20/e3q8) url=postgresql://app:Xk9#mQ2!vL7p@db.internal:5432/app',
        secret: "Xk9#mQ2!vL7p",
        redacted: 'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "db.internal" (10.0.0.5), port 5432 failed: FATAL:  password authentication failed for user "app"\n(Background on this error at: https://sqlalche.me/e/20/e3q8) url=postgresql://app:[REDACTED:url_password]@db.internal:5432/app',
      },
      {
        text: "redis.exceptions.AuthenticationError: invalid password (REDIS_URL=redis://:r3d1sP4ss@cache:6379/0)",
        secret: "r3d1sP4ss",
        redacted: "redis.exceptions.AuthenticationError: invalid password (REDIS_URL=redis://:[REDACTED:url_password]@cache:6379/0)",
      },
    ],
  },
  {
    id: "password-assignment",
    kind: "password",
    pattern: assignment(String.raw`pass(?:word|wd|phrase|code)?|pwd|(?:密码|口令|授权码)[为是]?`),
    isAssignment: true,
    mask: "marker",
    accept: acceptPassword,
    examples: [
      {
        text: "DB_HOST=localhost\nDB_PASSWORD=Tr0ub4dor&3x\nDB_USER=app",
        secret: "Tr0ub4dor&3x",
        redacted: "DB_HOST=localhost\nDB_PASSWORD=[REDACTED:password]\nDB_USER=app",
      },
      {
        text: "psycopg2.connect(host='db', user='app', password='s3cr3t-P@ss')",
        secret: "s3cr3t-P@ss",
        redacted: "psycopg2.connect(host='db', user='app', password='[REDACTED:password]')",
      },
      {
        text: "spring:\n  datasource:\n    password: hunter2wq\n",
        secret: "hunter2wq",
        redacted: "spring:\n  datasource:\n    password: [REDACTED:password]\n",
      },
      {
        text: "SMTP_HOST=smtp.qq.com\nSMTP_PASS=Kq8Lw3Zx7Vn2\nREDIS_PWD=Rd5Mx8Wq2Lp",
        secret: "Kq8Lw3Zx7Vn2",
        redacted: "SMTP_HOST=smtp.qq.com\nSMTP_PASS=[REDACTED:password]\nREDIS_PWD=[REDACTED:password]",
      },
      {
        text: "连接失败，数据库密码 ： Hx5Rw9Qk3Lm，请检查配置",
        secret: "Hx5Rw9Qk3Lm",
        redacted: "连接失败，数据库密码 ： [REDACTED:password]，请检查配置",
      },
      {
        text: "<server>\n  <id>nexus</id>\n  <username>deploy</username>\n  <password>Mv8Lq2Zx7Wn4</password>\n</server>",
        secret: "Mv8Lq2Zx7Wn4",
        redacted: "<server>\n  <id>nexus</id>\n  <username>deploy</username>\n  <password>[REDACTED:password]</password>\n</server>",
      },
      {
        text: "邮箱授权码：qwertyuiopasdfgh\n口令=Pa55w0rd",
        secret: "qwertyuiopasdfgh",
        redacted: "邮箱授权码：[REDACTED:password]\n口令=[REDACTED:password]",
      },
    ],
  },
  {
    id: "secret-assignment",
    kind: "secret",
    pattern: assignment(String.raw`secret(?:[ _-]?key)?`),
    isAssignment: true,
    mask: "marker",
    accept: acceptHumanSecret,
    examples: [
      {
        text: '{"client_id": "web-app", "client_secret": "Gx7-Vb2.Nm9_Qw4~Lp1", "grant_type": "client_credentials"}',
        secret: "Gx7-Vb2.Nm9_Qw4~Lp1",
        redacted: '{"client_id": "web-app", "client_secret": "[REDACTED:secret]", "grant_type": "client_credentials"}',
      },
      {
        text: "SECRET_KEY=django-insecure-q8w7e6r5t4y3u2i1",
        secret: "django-insecure-q8w7e6r5t4y3u2i1",
        redacted: "SECRET_KEY=[REDACTED:secret]",
      },
    ],
  },
  {
    // .NET appSettings and similar key/value attributes: <add key="SmtpPassword" value="…" />.
    id: "key-value-attribute",
    kind: "secret",
    pattern: re(String.raw`${B}key[ \t]*=[ \t]*(?<q>["'])(?<name>[\w.:-]{1,64})\k<q>[ \t]+value[ \t]*=[ \t]*(?<vq>["'])(?<secret>[^"'\r\n]{1,512})\k<vq>`, "i"),
    mask: "marker",
    accept: (c) => isSecretName(c.match.groups?.name ?? "") && !isPlaceholder(c.value),
    examples: [
      {
        text: "System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was not authenticated.\n<add key=\"SmtpPassword\" value=\"Sm7Tp-Lw2Zx9\" />",
        secret: "Sm7Tp-Lw2Zx9",
        redacted: "System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was not authenticated.\n<add key=\"SmtpPassword\" value=\"[REDACTED:secret]\" />",
      },
    ],
  },
  {
    id: "api-key-assignment",
    kind: "api_key",
    // Named keys (api_key, x-api-key, AccessKey, API Key, 密钥), and any other key named by its
    // last word: GROQ_KEY, MISTRAL_KEY, x-groq-key, groqKey, ?key= (one pass over the text for both).
    pattern: assignment(String.raw`(?:api|access|account|subscription|private|master|app|auth|signing|encryption|license)[ _-]?key|key|(?:密钥|秘钥)[为是]?`),
    isAssignment: true,
    mask: "ends",
    accept: (c) => (/^key$/i.test(c.match.groups?.key ?? "") ? acceptKeySuffix(c) : acceptToken(c)),
    examples: [
      {
        text: "HTTP/1.1 401 Unauthorized\nx-api-key: 7Kd9Lq2Mz5Nx8Pw1Rv4Sy6Tb3Uc0Ve7W",
        secret: "7Kd9Lq2Mz5Nx8Pw1Rv4Sy6Tb3Uc0Ve7W",
        redacted: "HTTP/1.1 401 Unauthorized\nx-api-key: …Ve7W",
      },
      {
        text: "GET https://api.example.com/v1/search?q=test&api_key=a1b2c3d4e5f6g7h8i9j0k1l2&page=2 -> 403",
        secret: "a1b2c3d4e5f6g7h8i9j0k1l2",
        redacted: "GET https://api.example.com/v1/search?q=test&api_key=…k1l2&page=2 -> 403",
      },
      {
        // Too short to show its last 4 characters safely.
        text: "x-goog-api-key: Zq1Xw2Ce3Vr4",
        secret: "Zq1Xw2Ce3Vr4",
        redacted: "x-goog-api-key: [REDACTED:api_key]",
      },
      {
        text: "API密钥：Xk9mQ2vL7pRt4Wz8Lc3Vb6Yd\nAPI Key: Zq1Xw2Ce3Vr4Bt5Ny6Mu7Ik8",
        secret: "Xk9mQ2vL7pRt4Wz8Lc3Vb6Yd",
        redacted: "API密钥：…b6Yd\nAPI Key: …7Ik8",
      },
      {
        text: "groq.AuthenticationError: Error code: 401\nMISTRAL_KEY=Zq1Xw2Ce3Vr4Bt5Ny6Mu7Ik8",
        secret: "Zq1Xw2Ce3Vr4Bt5Ny6Mu7Ik8",
        redacted: "groq.AuthenticationError: Error code: 401\nMISTRAL_KEY=…7Ik8",
      },
      {
        text: '[mistral]\nmodel = "mistral-large-latest"\nkey = "Zq1Xw2Ce3Vr4Bt5Ny6Mu7Ik8"',
        secret: "Zq1Xw2Ce3Vr4Bt5Ny6Mu7Ik8",
        redacted: '[mistral]\nmodel = "mistral-large-latest"\nkey = "…7Ik8"',
      },
      {
        text: 'curl "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=5b2c9e1d-84f3-4a6e-9c07-2d1f8e3b6a94" -d @msg.json',
        secret: "5b2c9e1d-84f3-4a6e-9c07-2d1f8e3b6a94",
        redacted: 'curl "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…6a94" -d @msg.json',
      },
    ],
  },
  {
    id: "token-assignment",
    kind: "token",
    pattern: assignment(String.raw`token|auth|令牌[为是]?`),
    isAssignment: true,
    mask: "ends",
    accept: acceptNamedToken,
    examples: [
      {
        text: "telegram.error.InvalidToken: Invalid token\nBOT_TOKEN=7204518236:AAHk3Lm9Qx2Vz8Wn5Rt1Yp4Sd6Fg0Jh2Kc7",
        secret: "7204518236:AAHk3Lm9Qx2Vz8Wn5Rt1Yp4Sd6Fg0Jh2Kc7",
        redacted: "telegram.error.InvalidToken: Invalid token\nBOT_TOKEN=…2Kc7",
      },
      {
        text: '{"auths": {"registry.example.com": {"auth": "YWxpY2U6UGE1NXcwcmQtUTc="}}}',
        secret: "YWxpY2U6UGE1NXcwcmQtUTc=",
        redacted: '{"auths": {"registry.example.com": {"auth": "…UTc="}}}',
      },
      {
        text: "访问令牌: Tq7Wm2Xn9Kp4Rz8Lc3Vb6Yd1（已过期）",
        secret: "Tq7Wm2Xn9Kp4Rz8Lc3Vb6Yd1",
        redacted: "访问令牌: …6Yd1（已过期）",
      },
    ],
  },
  {
    // /home/alice, /Users/alice, C:\Users\alice, C:\\Users\\alice (escaped), /mnt/c/Users/alice → ~
    id: "home-path",
    kind: "home_path",
    pattern: re(
      String.raw`${after(String.raw`\w.~-`)}(?<secret>(?:(?:[A-Za-z]:|/mnt/[a-z]|/[a-z])(?:\\\\|[\\/])[Uu]sers|(?:\\\\|[\\/])(?:Users|home))(?:\\\\|[\\/])(?!(?:Public|Default|Default User|Shared|All Users)(?:[\\/"']|$))(?:[^\\/\s"'<>:*?|,;()[\]{}]+(?: [^\\/\s"'<>:*?|,;()[\]{}]+){1,3}(?=[\\/])|[^\\/\s"'<>:*?|,;()[\]{}]+(?=[\\/\s"'<>:,;)\]}]|$)))`,
    ),
    mask: "home",
    accept: () => true,
    examples: [
      {
        text: 'Traceback (most recent call last):\n  File "/home/alice/project/app.py", line 3, in <module>',
        secret: "/home/alice",
        redacted: 'Traceback (most recent call last):\n  File "~/project/app.py", line 3, in <module>',
      },
      {
        text: "npm ERR! A complete log of this run can be found in: /Users/bob.smith/.npm/_logs/2024-01-01T00_00_00_000Z-debug-0.log",
        secret: "/Users/bob.smith",
        redacted: "npm ERR! A complete log of this run can be found in: ~/.npm/_logs/2024-01-01T00_00_00_000Z-debug-0.log",
      },
      {
        text: '  File "C:\\Users\\Carol King\\Desktop\\x.py", line 1',
        secret: "Carol King",
        redacted: '  File "~\\Desktop\\x.py", line 1',
      },
      {
        text: '{"file": "C:\\\\Users\\\\dave\\\\AppData\\\\Local\\\\app.log"}',
        secret: "dave",
        redacted: '{"file": "~\\\\AppData\\\\Local\\\\app.log"}',
      },
    ],
  },
];
