/**
 * 错误翻译 without an LLM: pick the one line that carries the error, then translate it between
 * English and Chinese with the phrase dictionary, keeping URLs, ids, quoted names and code as
 * they are.
 *
 * Policy (what the report shows under 错误翻译 / Translation):
 * - the key line is in the other language and the dictionary covers it → a real translation;
 * - the key line is already in the report's language → a plain-words restatement of what it
 *   means (the renderer labels it 释义 / In plain words), because repeating the same sentence
 *   under "译文" helps nobody;
 * - the dictionary does not cover it → the translation says honestly that a word-for-word
 *   translation needs the LLM, followed by the gist.
 */
import { cjkChars, hasCjk } from "@/lib/text/cjk";
import { exceptionGloss, phraseRows } from "./phrases";
import type { Lang } from "./types";

/* ---------- the key line ---------- */

const MAX_LINE = 400;

function unescapeJson(s: string): string {
  return s
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\\[nrt]/g, " ")
    .replace(/\\(["'\\/])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

const requestIdPart = /\s*[(（]\s*request id:?\s*[\w-]{1,80}\s*[)）]/gi;

function isMeaningful(msg: string): boolean {
  const core = msg.replace(requestIdPart, "").trim();
  if (/^\{|^\[\s*[{"']/.test(core)) return false;
  return /[A-Za-z\u4e00-\u9fff]{2}/.test(core);
}

/** The API's own message: the innermost `message` of a JSON or Python-dict error body. */
export function apiMessage(text: string): string | null {
  const escaped = /\\"(?:message|detail|error_msg|msg)\\"\s*:\s*\\"((?:[^"\\]|\\[^"]){1,2000})\\"/g;
  let inner: string | null = null;
  for (let m = escaped.exec(text), n = 0; m && n < 20; m = escaped.exec(text), n++) {
    const v = unescapeJson(m[1]!);
    if (isMeaningful(v)) inner = v;
  }
  if (inner) return inner;
  const fields = [
    /"(?:message|detail|error_msg|errorMessage|msg|error)"\s*:\s*"((?:[^"\\\n]|\\.){1,2000})"/g,
    /'(?:message|detail|error|msg)'\s*:\s*(?:'((?:[^'\\\n]|\\.){1,2000})'|"((?:[^"\\\n]|\\.){1,2000})")/g,
  ];
  for (const re of fields) {
    for (let m = re.exec(text), n = 0; m && n < 20; m = re.exec(text), n++) {
      const v = unescapeJson((m[1] ?? m[2])!);
      if (isMeaningful(v)) return v;
    }
  }
  return null;
}

const framePattern =
  /^\s*(?:at\s|File\s"|#\d+\s|\^+\s*$|~+\s*$|\.\.\.\s\d+\smore|Traceback\b|hint:|To\s+(?:https?:|git@)|During handling|The above exception|```|\{|\}|\]|\[$|json$|Show Details$|\|\s|\d+\s*\|)/;
const noisePrefix =
  /^(?:\s*>\s*)+|^\s*(?:npm (?:ERR!|error)|gyp ERR!|yarn error|E\s{2,}|\[?(?:ERR|ERROR|FATAL|CRITICAL|WARN)\]?:?(?=\s)|\d{4}[-/]\d\d[-/]\d\d[ T]\d\d:\d\d:\d\d(?:[.,]\d{1,6})?(?:\s*[+-]\d\d:?\d\d)?|\d{1,6}\.\d{1,3}(?=\s)|\[\d\d:\d\d:\d\d\])\s*/;
/** npm/gyp bookkeeping lines (after their prefix is stripped): never the error itself. */
const npmNoise = /^(?:code|errno|syscall|argv|node v|npm\s+v|Darwin|Linux|Windows_NT|System\b|command|cwd|node -v|node-gyp -v|not ok|stack\b|A complete log|Please|$)/;
const npmLine = /^\s*(?:npm (?:ERR!|error)|gyp ERR!)/;

function stripNoise(line: string): string {
  let s = line;
  for (let i = 0; i < 6; i++) {
    const next = s.replace(noisePrefix, "");
    if (next === s) break;
    s = next;
  }
  s = s.replace(/^[│|]\s*|\s*[│|]$/g, "").replace(/^\*\*|\*\*$/g, "").trim();
  // Pipe-separated log lines (gin, gateway logs): keep the segment that holds the error.
  if ((s.match(/ \| /g)?.length ?? 0) >= 2) {
    const parts = s.split(" | ");
    const best = parts.reduce((a, b) => (scoreLine(b) > scoreLine(a) ? b : a), parts[parts.length - 1]!);
    s = best.trim();
  }
  return s;
}

const errorWords =
  /error|exception|fatal|panic|fail|denied|refused|not found|cannot|can't|could not|couldn't|unable|invalid|rejected|conflict|not allowed|not supported|exceeded|insufficient|too (?:many|large|long|low)|out of|more .{1,40} than is available|timed? ?out|unavailable|not (?:defined|a function|recognized)|undefined|no such|no module|does not exist|missing|forbidden|unauthorized|killed|overloaded|blocked|illegal|core dumped|segmentation|错误|失败|异常|拒绝|无法|不是内部或外部命令|未找到|找不到|不存在|超时|已用尽|不足|无可用|饱和|无效|过于频繁|已过期|不可用|封禁|无权|繁忙|欠费/i;

/** Phrases that name the root cause outright: such a line beats a generic wrapper line. */
const strongPhrases =
  /blocked by CORS policy|command not found|不是内部或外部命令|is not recognized as|No module named|Cannot find module|EADDRINUSE|address already in use|Permission denied|No such file or directory|ENOENT|EACCES|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|CERTIFICATE_VERIFY_FAILED|out of memory|Illegal instruction|Segmentation fault|Merge conflict|\[rejected\]|无效的令牌|额度|无可用渠道|负载已饱和|CrashLoopBackOff|ImagePullBackOff|manifest unknown|Cannot connect to the Docker daemon|Module not found|Can't resolve|Could not resolve|Failed to resolve import|cannot find symbol|undefined reference to|is not defined|has no attribute|Cannot read propert|NullPointerException|OutOfMemoryError|heap out of memory/i;
/** Wrapper lines that only say a build or command failed: the cause is on another line. */
const wrapperLine = /^(?:Failed to compile|Build failed|Compilation failed|Compiling failed|error Command failed|ERROR in\s*$|Error: Process completed with exit code|Command failed with exit code|\S{0,40}exited with code \d)/i;

function scoreLine(line: string): number {
  const s = line.trim();
  if (!s) return -100;
  let score = 0;
  if (errorWords.test(s)) score += 8;
  if (strongPhrases.test(s)) score += 10;
  if (wrapperLine.test(s)) score -= 6;
  // A console dump of an error object (`AxiosError {message: 'Network Error', …}`) wraps the real cause.
  if (/\{\s*\w+:\s*['"]/.test(s)) score -= 8;
  if (/^(?:[\w.$]*(?:Error|Exception|Failure)\b|error\b|fatal\b|FATAL ERROR|panic:|E\d{4}|Uncaught\b|Unhandled\b)/i.test(s)) score += 4;
  if (/\b[45]\d\d\b/.test(s)) score += 2;
  if (/request id/i.test(s)) score += 2;
  if (/"code"\s*:\s*"E[A-Z]{3,}"/.test(s)) score += 6;
  if (/[:：]\s*$/.test(s)) score -= s.length < 24 ? 10 : 3;
  if (s.split(/\s+/).length <= 2 && !/[:：]/.test(s) && !/[\u4e00-\u9fff]{4}/.test(s)) score -= 6;
  if (/^"?[\w-]+"?\s*:\s*[{[]\s*$/.test(s)) score -= 20;
  if (/^</.test(s)) score -= 6;
  if (s.length > MAX_LINE) score -= 3;
  return score;
}

function lineStartsWithException(line: string, name: string): boolean {
  const s = line.replace(/^\s*(?:>\s*)?(?:Caused by:\s*|Uncaught\s+(?:\(in promise\)\s+)?|Exception in thread "[^"\n]{0,80}"\s+|E\s+|\[cause\]:\s*|cause:\s*|Error:\s+(?=\w+(?:Error|Exception)))/, "");
  if (!s.startsWith(name) && !new RegExp(`^(?:[\\w$]+\\.){1,12}${name.replace(/[$]/g, "\\$")}\\b`).test(s)) return false;
  const rest = s.slice(s.indexOf(name) + name.length);
  return /^(?:\s*\[[\w.]+\])?(?:\s*\(\d+\))?(?::|\s*$|\s*\{)/.test(rest);
}

function cut(s: string): string {
  const one = s.replace(/\s+/g, " ").replace(/,\s*$/, "").trim();
  return one.length > MAX_LINE ? `${one.slice(0, MAX_LINE - 1)}…` : one;
}

/**
 * The line worth translating: the API's own message, else the best-scoring error line, where
 * the innermost exception line (with its message when that continues on the next line) gets a
 * strong bonus. Never a stack frame, a log prefix or a JSON brace.
 */
export function pickKeyLine(text: string, exception: string | null): string | null {
  const msg = apiMessage(text);
  if (msg) return cut(msg);
  const title = /<title>([^<\n]{3,200})<\/title>/i.exec(text);
  if (title) return cut(title[1]!);

  const lines = text.split("\n", 4000);
  let exceptionAt = -1;
  if (exception) for (let i = 0; i < lines.length; i++) if (lineStartsWithException(lines[i]!, exception)) exceptionAt = i;

  let best: string | null = null;
  let bestScore = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (framePattern.test(raw) && i !== exceptionAt) continue;
    let line = stripNoise(raw);
    if (!line || (npmLine.test(raw) && npmNoise.test(line)) || (framePattern.test(line) && i !== exceptionAt)) continue;
    let score = scoreLine(line);
    if (i === exceptionAt) {
      score += 8;
      // `openai.lib._old_api.APIRemovedInV1:` with the message on the next line.
      if (/[:：]\s*$/.test(line)) {
        const next = lines.slice(i + 1, i + 4).find((l) => l.trim() && !framePattern.test(l));
        if (next) {
          line = `${line} ${next.trim()}`;
          score += 3;
        }
      }
    }
    if (score > bestScore) {
      best = line;
      bestScore = score;
    }
  }
  if (best) return cut(best);
  const firstLine = lines.map((l) => stripNoise(l)).find((l) => /[A-Za-z\u4e00-\u9fff]{2}/.test(l));
  return firstLine ? cut(firstLine) : null;
}

/* ---------- protecting what must not change ---------- */

const OPEN = "\uE000";
const CLOSE = "\uE001";
const DONE_OPEN = "\uE002";
const DONE_CLOSE = "\uE003";
const unmark = (s: string): string => s.replace(/[\uE002\uE003]/g, "");

interface Protected {
  text: string;
  slots: string[];
}

const protectPatterns: RegExp[] = [
  /\bhttps?:\/\/[^\s'"<>`)\]}，。]{1,2000}/g,
  /`([^`\n]{1,300})`/g,
  /(?<![A-Za-z])'([^'\n]{1,300})'(?![A-Za-z])/g,
  /"([^"\n]{1,300})"/g,
  /[‘“«»]([^’”«»\n]{1,300})[’”«»]/g,
  /\bsk-[\w…*.-]{1,120}|\[REDACTED\]/g,
  /:::\d{1,5}\b|\b(?:\d{1,3}(?:\.\d{1,3}){3}|localhost)(?::\d{1,5})?\b|\[[0-9a-fA-F:]{2,45}\](?::\d{1,5})?/g,
  /(?<![\w)])(?:[A-Za-z]:\\|~?\/)[^\s'"<>，。)]{1,400}/g,
  /\b[A-Za-z]\w{0,80}_\w{1,80}\b/g,
  /\b(?=[A-Za-z0-9_-]{0,80}\d)(?=[A-Za-z0-9_-]{0,80}[A-Za-z])[A-Za-z0-9_-]{16,}\b/g,
  /\b[a-z_]\w{1,60}(?:\.\w{2,60}){1,10}\b/g,
];

function hide(p: Protected, value: string): string {
  p.slots.push(value);
  return `${OPEN}${p.slots.length - 1}${CLOSE}`;
}

function protect(line: string): Protected {
  const p: Protected = { text: line, slots: [] };
  for (const re of protectPatterns) {
    const quoted = re.source.includes("([^");
    p.text = p.text.replace(re, (whole: string, inner?: string) => {
      if (whole.includes(OPEN) && !quoted) return whole;
      if (quoted && typeof inner === "string") {
        if (inner.includes(OPEN)) return whole;
        // Prose in quotes is translated; names, paths and code are kept.
        if (/\s/.test(inner) && !/[\\/]/.test(inner)) return whole;
        const at = whole.indexOf(inner);
        return `${whole.slice(0, at)}${hide(p, inner)}${whole.slice(at + inner.length)}`;
      }
      return hide(p, whole);
    });
  }
  return p;
}

function restore(text: string, slots: string[]): string {
  return text.replace(/\uE000(\d{1,4})\uE001/g, (_, i: string) => slots[Number(i)] ?? "");
}

/* ---------- compiled phrases ---------- */

interface Compiled {
  re: RegExp;
  names: string[];
  target: string;
  weight: number;
}

/** `{x}` a name or number, `{x+}` any non-space run (paths, images), `{x*}` a short phrase. */
const SLOTS: Record<string, string> = {
  "": `([^\\s'"\`，,：:；;（）()]{0,120})`,
  "+": `([^\\s'"\`]{1,200})`,
  "*": `([^\\n'"\`()（）]{1,120}?)`,
};

function compile(source: string, target: string, from: Lang): Compiled {
  const names: string[] = [];
  const parts = source.split(/\{(\w+[*+]?)\}/);
  let body = "";
  parts.forEach((part, i) => {
    if (i % 2 === 1) {
      const kind = /[*+]$/.test(part) ? part.slice(-1) : "";
      names.push(kind ? part.slice(0, -1) : part);
      body += SLOTS[kind];
      return;
    }
    let lit = part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    if (from === "zh") {
      lit = lit
        .replace(/\s+/g, "\\s*")
        .replace(/[，,]/g, "[，,]\\s*")
        .replace(/[：:]/g, "[：:]\\s*")
        .replace(/\\\(|（/g, "[（(]")
        .replace(/\\\)|）/g, "[）)]")
        .replace(/。/g, "[。.]?");
    } else {
      lit = lit.replace(/\s+/g, "\\s+");
      // A quoted name in a phrase ('NoneType', 'no-cors') was protected in the line: accept either form.
      lit = lit.replace(/'([^'\s]{1,80})'/g, "'(?:$1|\\uE000\\d{1,4}\\uE001)'");
    }
    body += lit;
  });
  const startsWord = from === "en" && /^[\w{]/.test(source);
  const endsWord = from === "en" && /[\w}]$/.test(source);
  const pattern = `${startsWord ? "(?<![\\w$.\\-/])" : ""}${body}${endsWord ? "(?![\\w$\\-/])" : ""}`;
  const cleanTarget = target.replace(/\{(\w+)[*+]\}/g, "{$1}");
  return { re: new RegExp(pattern, from === "en" ? "gi" : "g"), names, target: cleanTarget, weight: source.replace(/\{\w+[*+]?\}/g, "").replace(/\s+/g, "").length };
}

let compiled: { en2zh: Compiled[]; zh2en: Compiled[] } | null = null;

function phrases(): { en2zh: Compiled[]; zh2en: Compiled[] } {
  if (compiled) return compiled;
  const en2zh: Compiled[] = [];
  const zh2en: Compiled[] = [];
  for (const [en, zh, dir] of phraseRows) {
    if (dir !== "zh2en") en2zh.push(compile(en, zh, "en"));
    if (dir !== "en2zh") zh2en.push(compile(zh, en, "zh"));
  }
  en2zh.sort((a, b) => b.weight - a.weight);
  zh2en.sort((a, b) => b.weight - a.weight);
  compiled = { en2zh, zh2en };
  return compiled;
}

function applyPhrases(text: string, list: Compiled[]): string {
  let out = text;
  for (const c of list) {
    c.re.lastIndex = 0;
    if (!c.re.test(out)) continue;
    c.re.lastIndex = 0;
    out = out.replace(c.re, (...args: unknown[]) => {
      const groups = args.slice(1, 1 + c.names.length) as (string | undefined)[];
      // Marked as done, so the coverage count ignores the names carried over in slots.
      return `${DONE_OPEN}${c.target.replace(/\{(\w+)\}/g, (_, name: string) => groups[c.names.indexOf(name)] ?? "")}${DONE_CLOSE}`;
    });
  }
  return out;
}

/* ---------- language measures ---------- */

const techWords = new Set([
  "http", "https", "url", "uri", "api", "id", "ids", "json", "ip", "sdk", "ssl", "tls", "cors", "dns", "cpu", "gpu",
  "cuda", "npm", "pip", "git", "docker", "sql", "token", "tokens", "key", "pod", "tcp", "utf", "post", "get", "ok",
  "llm", "ms", "kb", "mb", "gb", "gib", "mib", "vs", "eg", "ie", "openai", "anthropic", "gemini", "azure", "deepseek",
]);

/** English words of running prose (not identifiers, acronyms, ids or code). */
export function proseWords(text: string): string[] {
  const stripped = text
    .replace(/\uE002[^\uE003]{0,2000}\uE003/g, " ")
    .replace(/\uE000\d{1,4}\uE001/g, " ")
    .replace(/\bhttps?:\/\/\S{1,2000}/g, " ")
    .replace(/[\w$.-]{0,80}[\d_$][\w$.-]{0,80}/g, " ")
    .replace(/\b\w{1,60}\.\w{1,60}(?:\.\w{1,60})*\b/g, " ");
  const words = stripped.match(/[A-Za-z]{2,}(?:'[a-z]{1,3})?/g) ?? [];
  return words.filter(
    (w) =>
      !/^[A-Z]{2,}s?$/.test(w) &&
      !/[a-z][A-Z]/.test(w) &&
      !/^[A-Z][a-z]+[A-Z]/.test(w) &&
      !/(?:Error|Exception|Errno)$/.test(w) &&
      !techWords.has(w.toLowerCase()),
  );
}


export { hasCjk };

/** Is the line already written in `lang` (so translating it would only repeat it)? */
export function isInLanguage(line: string, lang: Lang): boolean {
  if (lang === "en") return !hasCjk(line);
  if (!hasCjk(line)) return false;
  const words = proseWords(line.replace(requestIdPart, " "));
  const han = line.match(cjkChars)?.length ?? 0;
  return words.length <= 2 || han >= words.length * 3;
}

/* ---------- translating a line ---------- */

function tidyZh(s: string): string {
  return s
    .replace(/\s*:\s+/g, "：")
    .replace(/([\u4e00-\u9fff）])\s*:(?!\/\/)/g, "$1：")
    .replace(/([\u4e00-\u9fff])\s*,\s*/g, "$1，")
    .replace(/：(?:\s*[:：])+/g, "：")
    .replace(/([\u4e00-\u9fff])\s*\.(?:\s+|$)/g, "$1。")
    .replace(/,\s*(?=[\u4e00-\u9fff])/g, "，")
    .replace(/：\s*，/g, "，")
    .replace(/，\s*，/g, "，")
    .replace(/，\s*：/g, "：")
    .replace(/\s+([，。：；）])/g, "$1")
    .replace(/([（，。：；])\s+/g, "$1")
    .replace(/[ \t]{2,}/g, " ")
    .trim();
}

function tidyEn(s: string): string {
  return s
    .replace(/，/g, ", ")
    .replace(/；/g, "; ")
    .replace(/：/g, ": ")
    .replace(/（/g, " (")
    .replace(/）/g, ") ")
    .replace(/。/g, ". ")
    .replace(/！/g, "! ")
    .replace(/？/g, "? ")
    .replace(/＄/g, "$")
    .replace(/\(\s+/g, "(")
    .replace(/\s+([),.;:!?])/g, "$1")
    .replace(/([,;:])(?=\S)/g, (m, _p, off: number, str: string) => (/\d/.test(str[off - 1] ?? "") && /\d/.test(str[off + 1] ?? "") ? m : `${m} `))
    .replace(/\s{2,}/g, " ")
    .replace(/:\s+\/\//g, "://")
    .trim();
}

function glossExceptions(s: string): string {
  return s.replace(/(?<![\w.])((?:[a-z_][\w]{0,60}\.){0,8})([A-Z]\w{2,60})(?=\s*[:：]|\s*$)/g, (whole, prefix: string, name: string) => {
    const g = exceptionGloss[name];
    return g ? `${prefix}${name}（${g}）` : whole;
  });
}

/** Punctuation width and spacing do not count as translating. */
const sameText = (s: string): string =>
  s
    .replace(/[：]/g, ":")
    .replace(/[，]/g, ",")
    .replace(/[（]/g, "(")
    .replace(/[）]/g, ")")
    .replace(/[。]/g, ".")
    .replace(/\s+/g, "");

export interface LineTranslation {
  text: string;
  /** Every foreign-language phrase was covered by the dictionary. */
  isComplete: boolean;
  isChanged: boolean;
}

/** Translate one line into `to`; URLs, ids, quoted names and code stay as they are. */
export function translateLine(line: string, to: Lang): LineTranslation {
  const p = protect(line);
  const { en2zh, zh2en } = phrases();
  if (to === "zh") {
    const before = proseWords(p.text).length;
    const out = applyPhrases(p.text, en2zh);
    const left = proseWords(out).length;
    const text = glossExceptions(restore(tidyZh(unmark(out)), p.slots));
    const isComplete = left === 0 || (left <= 2 && left <= before * 0.25);
    return { text, isComplete, isChanged: sameText(text) !== sameText(line) };
  }
  const out = applyPhrases(p.text, zh2en);
  const left = out.replace(/\uE000\d{1,4}\uE001/g, "").match(cjkChars)?.length ?? 0;
  const text = restore(tidyEn(unmark(out)), p.slots);
  return { text, isComplete: left === 0, isChanged: sameText(text) !== sameText(line) };
}

/* ---------- the report's translation ---------- */

export interface TranslationResult {
  original: string;
  translated: string;
  kind: "translation" | "partial" | "restatement" | "gist";
}

/**
 * The 错误翻译 section: the key line and its translation into `lang`, a restatement when it
 * is already in `lang`, a partial translation marked as such, or the gist when the dictionary
 * cannot translate any of it.
 */
export function translateError(text: string, exception: string | null, lang: Lang, gist: string): TranslationResult | null {
  const original = pickKeyLine(text, exception);
  if (!original) return null;
  if (isInLanguage(original, lang)) {
    return { original, translated: gist, kind: "restatement" };
  }
  const t = translateLine(original, lang);
  if (t.isComplete && t.isChanged) return { original, translated: t.text, kind: "translation" };
  // A partial translation still helps; one short note says which it is.
  if (t.isChanged) return { original, translated: lang === "zh" ? `${t.text}（个别术语保留原文）` : `${t.text} (some terms left as in the original)`, kind: "partial" };
  return { original, translated: lang === "zh" ? `大意：${gist}` : `In short: ${gist}`, kind: "gist" };
}
