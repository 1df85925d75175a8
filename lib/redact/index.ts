/**
 * Secret redaction, applied to every paste before it is stored, rendered, exported or sent
 * to an LLM. Pure and synchronous; linear in the text's length (a 256 KiB paste takes a few ms).
 *
 * - `redactSecrets(text)` → `{ text, findings }`: the text with every secret masked, and how
 *   many of each kind were masked (never the values). Idempotent; JSON and Python reprs stay
 *   valid (only characters inside a value are replaced).
 * - `describeRedactions(findings, lang)` → "2 API keys and 1 password" / "2 个 API 密钥和 1 个密码".
 * - `hasSecrets(text)` → whether `redactSecrets` would change anything.
 *
 * Masking convention (see `Mask` in rules.ts):
 * - keys and tokens keep their public prefix and last 4 characters: `sk-proj-…f3Xa`,
 *   `sk-ant-…Q2aa`, `AIza…x9Zk`, `ghp_…1234`, `AKIA…MPLE`, `eyJ…sw5c`; a key found by its
 *   context but without a public prefix keeps only its last 4: `x-api-key: …Ve7W`;
 * - when fewer than 16 characters would stay hidden, and always for passwords, Basic
 *   credentials, cookies, `secret=` values and PEM bodies: `[REDACTED:<kind>]`;
 * - a home directory becomes `~`: `/home/alice/app.py` → `~/app.py`, `C:\Users\alice\x` → `~\x`.
 * The output never holds more than the last 4 characters of a secret. Placeholders
 * (`YOUR_API_KEY`, `sk-xxxx`, `<your-key>`, `$OPENAI_API_KEY`, `os.environ[…]`) and masks
 * (`sk-proj-****abcd`) are left as they are.
 */
export { describeRedactions } from "./describe";
export { hasSecrets, redactSecrets, type RedactionResult } from "./redact";
export { secretRules, type Mask, type SecretRule } from "./rules";
export {
  redactionFindingSchema,
  secretKinds,
  secretKindSchema,
  type RedactionFinding,
  type RedactionLanguage,
  type SecretKind,
} from "./schema";
