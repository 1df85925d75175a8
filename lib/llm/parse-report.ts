import type { Language } from "@/lib/classifier/schema";
import { reportSchema, type CodeBlock, type Report, type Solution } from "@/lib/report/schema";
import { reportHeadings } from "./prompt";

export type ParseOptions = {
  language: Language;
  source: "llm" | "cache";
  /** Used when the answer has no usable `# title`. */
  fallbackTitle: string;
  /** Fills the sections the answer lacks. */
  ruleReport?: Omit<Report, "markdown"> | null;
};

export type ParseFailure = "empty" | "html" | "invalid";
export type ParseResult = { ok: true; report: Report } | { ok: false; reason: ParseFailure; message: string };

type SectionKey = "translation" | "causes" | "solutions" | "prevention" | "tools";

/** Heading texts accepted for each section besides the ones the prompt asks for, lower-cased. */
const sectionSynonyms: Record<SectionKey, string[]> = {
  translation: ["错误翻译", "报错翻译", "错误信息翻译", "中文翻译", "翻译", "translation", "error translation", "translated error", "what the error says"],
  causes: [
    "原因分析", "错误原因", "可能原因", "可能的原因", "根本原因", "问题分析", "错误分析", "原因说明", "原因",
    "cause analysis", "causes", "cause", "root cause", "root cause analysis", "possible causes", "likely causes",
    "why it happened", "why this happens", "what went wrong", "analysis",
  ],
  solutions: [
    "解决方案", "解决方法", "解决办法", "解决步骤", "修复方案", "修复方法", "修复建议", "处理方法",
    "solutions", "solution", "fixes", "fix", "how to fix", "how to fix it", "resolution", "possible solutions", "suggested fixes",
  ],
  prevention: [
    "预防措施", "预防建议", "如何预防", "预防", "避免再次发生", "最佳实践建议", "最佳实践",
    "prevention", "preventive measures", "how to prevent", "how to prevent it", "prevention tips", "best practices",
  ],
  tools: [
    "推荐工具", "工具推荐", "推荐工具与资源", "相关工具", "调试工具", "工具",
    "recommended tools", "tools", "useful tools", "debugging tools", "tooling", "tools and resources",
  ],
};

const synonymToSection = new Map<string, SectionKey>(
  (Object.entries(sectionSynonyms) as Array<[SectionKey, string[]]>).flatMap(([key, names]) =>
    [reportHeadings.zh[key], reportHeadings.en[key], ...names].map((n) => [n.toLowerCase(), key] as const),
  ),
);
/** Longest first, so that "root cause analysis" wins over "root cause". */
const synonymsByLength = [...synonymToSection.keys()].sort((a, b) => b.length - a.length);

const ORIGINAL_LABELS = ["原文", "原始报错", "原始错误", "错误原文", "报错原文", "original error", "original message", "original"];
const TRANSLATED_LABELS = ["译文", "中文翻译", "中文释义", "翻译", "translated", "translation", "in plain english", "plain english", "meaning"];

const joiners: Record<Language, { first: string; next: string }> = {
  zh: { first: "：", next: "；" },
  en: { first: ": ", next: "; " },
};

const defaults: Record<Language, { causes: string; solution: string; title: string }> = {
  zh: { causes: "详见下方完整报告。", solution: "解决方案", title: "报错分析" },
  en: { causes: "See the full report below.", solution: "Solution", title: "Error diagnosis" },
};

// ---------------------------------------------------------------------------------------------
// Normalising the raw answer

function stripThinkBlocks(text: string): string {
  // Reasoning models served through relays or Ollama prepend <think>…</think>.
  let out = "";
  let from = 0;
  for (;;) {
    const open = text.indexOf("<think>", from);
    if (open < 0) break;
    const close = text.indexOf("</think>", open);
    if (close < 0) break;
    out += text.slice(from, open);
    from = close + "</think>".length;
  }
  return out + text.slice(from);
}

/** Small models sometimes wrap the whole report in ```markdown … ```. */
function unwrapWholeFence(text: string): string {
  const lines = text.split("\n");
  if (lines.length < 3) return text;
  const open = /^(`{3,}|~{3,})\s*(markdown|md)?\s*$/i.exec(lines[0]!.trim());
  const last = lines[lines.length - 1]!.trim();
  if (!open || last !== open[1]) return text;
  const inner = lines.slice(1, -1).join("\n");
  return /^#{1,6}\s/m.test(inner) ? inner : text;
}

function normalize(raw: string): string {
  const text = stripThinkBlocks(raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n")).trim();
  return unwrapWholeFence(text).trim();
}

function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 200).toLowerCase();
  if (/^<!doctype html|^<html[\s>]|^<head[\s>]|^<body[\s>]/.test(head)) return true;
  return head.startsWith("<") && /<\/(html|body)>/i.test(text) && !/^#{1,6}\s/m.test(text);
}

// ---------------------------------------------------------------------------------------------
// Lines, fences and headings

type Line = { text: string; isCode: boolean; isFence: boolean; fenceInfo?: string };

function toLines(text: string): Line[] {
  const lines: Line[] = [];
  let fence: { char: string; length: number } | null = null;
  for (const raw of text.split("\n")) {
    const match = /^\s*(`{3,}|~{3,})(.*)$/.exec(raw);
    if (fence === null) {
      if (match && !(match[1]![0] === "`" && match[2]!.includes("`"))) {
        fence = { char: match[1]![0]!, length: match[1]!.length };
        lines.push({ text: raw, isCode: false, isFence: true, fenceInfo: match[2]!.trim() });
      } else {
        lines.push({ text: raw, isCode: false, isFence: false });
      }
      continue;
    }
    const closes = match && match[1]![0] === fence.char && match[1]!.length >= fence.length && match[2]!.trim() === "";
    if (closes) {
      fence = null;
      lines.push({ text: raw, isCode: false, isFence: true });
    } else {
      lines.push({ text: raw, isCode: true, isFence: false });
    }
  }
  return lines;
}

const BULLET = /^(\s*)([-*+•·▪●◦]|\d{1,3}[.)、．]|[①-⑳])\s+(.*)$/;
const NUMBERING = /^(\d{1,2}[.)、．]|[一二三四五六七八九十]{1,3}[、.．]|\(\d{1,2}\)|（\d{1,2}）|[①-⑳])\s*/;
const SOLUTION_LABEL = /^(方案|方法|解决方案|solution|option|fix|approach|method)\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*[:：.、\-–—)]?\s*/i;
/** Lines longer than this are prose, never a heading; also keeps every regex on short input. */
const MAX_HEADING_CHARS = 160;

/** The words of a heading without markup, numbering, emoji or a trailing colon. */
function cleanLabel(text: string): string {
  let t = text.trim().replace(/^[^\p{L}\p{N}]+/u, "");
  t = t.replace(NUMBERING, "").replace(/^[^\p{L}\p{N}]+/u, "");
  t = t.replace(/[\s*_`:：#]+$/u, "");
  return t.replace(/\*\*|__|`/g, "").replace(/\s+/g, " ").trim();
}

function sectionOfLabel(label: string): SectionKey | null {
  const lower = label.toLowerCase();
  const exact = synonymToSection.get(lower);
  if (exact) return exact;
  for (const name of synonymsByLength) {
    if (!lower.startsWith(name) || lower.length > name.length + 24) continue;
    const rest = lower.slice(name.length);
    // "Solution 1: …" is a sub-heading of the solutions, not the section itself.
    if (/^\s*([0-9]|[一二三四五六七八九十])/.test(rest)) continue;
    if (/^[\s(（\-–—:：/|&]/.test(rest)) return synonymToSection.get(name)!;
  }
  return null;
}

type Heading = {
  kind: "atx" | "marked" | "bare";
  level: number;
  text: string;
  section: SectionKey | null;
  /** Text after "Heading:" on the same line. */
  inline: string | null;
};

function readHeading(raw: string): Heading | null {
  const trimmed = raw.trim();
  if (!trimmed || trimmed.length > MAX_HEADING_CHARS) return null;
  if (/^[-*+]\s/.test(trimmed) && !/^\*\*/.test(trimmed)) return null;
  const atx = /^(#{1,6})(.*)$/.exec(trimmed);
  const kind: Heading["kind"] = atx ? "atx" : /^[^\p{L}\p{N}]|^\d{1,2}[.)、．]|^[一二三四五六七八九十]{1,3}、/u.test(trimmed) ? "marked" : "bare";
  const body = atx ? atx[2]!.replace(/\s#+\s*$/, "").trim() : trimmed;
  const level = atx ? atx[1]!.length : 2;

  const whole = cleanLabel(body);
  const wholeSection = kind === "bare" ? (synonymToSection.get(whole.toLowerCase()) ?? null) : sectionOfLabel(whole);
  if (wholeSection || kind === "atx") return { kind, level, text: whole, section: wholeSection, inline: null };
  if (kind === "bare") return null;

  // "**原因分析**：这是…" — a marked heading followed by its first sentence.
  const colon = body.search(/[:：]/);
  if (colon <= 0) return null;
  const section = sectionOfLabel(cleanLabel(body.slice(0, colon)));
  if (!section) return null;
  const inline = body.slice(colon + 1).replace(/^[\s*_]+/, "").trim();
  return { kind, level, text: cleanLabel(body.slice(0, colon)), section, inline: inline || null };
}

function isBoldOnly(text: string): boolean {
  return text.length <= MAX_HEADING_CHARS && /^\s*(\*\*|__)[^*_].*(\*\*|__)\s*[:：]?\s*$/.test(text);
}

function isThematicBreak(text: string): boolean {
  return /^\s*([-*_])(\s*\1){2,}\s*$/.test(text);
}

// ---------------------------------------------------------------------------------------------
// Splitting into sections

type Section = { key: SectionKey | "preamble" | "other"; level: number; lines: Line[] };

type Document = { title: string | null; sections: Map<SectionKey, Line[]>; preamble: Line[] };

function splitSections(lines: Line[]): Document {
  let title: string | null = null;
  const sections = new Map<SectionKey, Line[]>();
  const preamble: Line[] = [];
  let current: Section = { key: "preamble", level: 0, lines: preamble };
  const open = (key: SectionKey, level: number) => {
    const existing = sections.get(key);
    const target = existing ?? [];
    if (!existing) sections.set(key, target);
    current = { key, level, lines: target };
  };
  const startOther = (level: number) => {
    current = { key: "other", level, lines: [] };
  };

  for (const line of lines) {
    if (line.isCode || line.isFence) {
      current.lines.push(line);
      continue;
    }
    if (isThematicBreak(line.text) && current.key !== "solutions" && current.key !== "preamble") {
      startOther(0);
      continue;
    }
    const heading = readHeading(line.text);
    if (!heading) {
      current.lines.push(line);
      continue;
    }
    if (heading.section === null) {
      // Only ATX headings get here.
      const isSolutionLabel = SOLUTION_LABEL.test(heading.text);
      if (heading.level === 1 && title === null && sections.size === 0 && !isSolutionLabel) {
        title = heading.text;
      } else if (isSolutionLabel) {
        // "### 方案一：…" belongs to the solutions, even when the model forgot "## 解决方案".
        if (current.key !== "solutions") open("solutions", Math.max(1, heading.level - 1));
        current.lines.push(line);
      } else if (current.key !== "preamble" && heading.level <= current.level) {
        startOther(heading.level);
      } else {
        current.lines.push(line);
      }
      continue;
    }
    if (heading.section === current.key || (heading.inline !== null && sections.has(heading.section))) {
      // "Translation: …" inside the translation section is a label, not a new section; and
      // "**Cause**: …" deep in another section is prose once that section has been seen.
      // "Translation: …" inside the translation section is a label, not a new section.
      if (heading.kind !== "atx") current.lines.push(line);
      continue;
    }
    open(heading.section, heading.kind === "atx" ? heading.level : 2);
    if (heading.inline !== null) {
      current.lines.push({ text: heading.section === "translation" ? line.text : heading.inline, isCode: false, isFence: false });
    }
  }
  return { title, sections, preamble };
}

// ---------------------------------------------------------------------------------------------
// Reading a section's blocks

type Blocks = {
  /** Paragraphs and list items in document order (headings and code excluded). */
  ordered: string[];
  paragraphs: string[];
  items: string[];
  codes: CodeBlock[];
};

function joinText(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  // No space between two CJK characters.
  return /[\u3000-\u9fff\uff00-\uffef]$/.test(a) && /^[\u3000-\u9fff\uff00-\uffef]/.test(b) ? a + b : `${a} ${b}`;
}

function readBlocks(lines: Line[], language: Language): Blocks {
  const blocks: Blocks = { ordered: [], paragraphs: [], items: [], codes: [] };
  let paragraph = "";
  let item: { text: string; hasSubItems: boolean } | null = null;
  let itemIsOpen = false; // a following unindented line continues the item (lazy continuation)
  let listIndent: number | null = null; // indent of the current list's top-level items
  let code: { language: string; lines: string[] } | null = null;

  const flushParagraph = () => {
    const text = paragraph.trim();
    if (text) {
      blocks.paragraphs.push(text);
      blocks.ordered.push(text);
    }
    paragraph = "";
  };
  const flushCode = () => {
    const content = code?.lines.join("\n").replace(/^\n+|\s+$/g, "");
    if (code && content?.trim()) blocks.codes.push({ language: code.language, content });
    code = null;
  };
  const flushItem = () => {
    const text = item?.text.trim();
    if (text) {
      blocks.items.push(text);
      blocks.ordered.push(text);
    }
    item = null;
    itemIsOpen = false;
  };

  for (const line of lines) {
    if (line.isFence) {
      if (code === null) {
        flushParagraph();
        const lang = (line.fenceInfo ?? "").split(/\s+/)[0]!.replace(/[^\w+#.-]/g, "");
        code = { language: lang || "text", lines: [] };
      } else {
        flushCode();
      }
      continue;
    }
    if (line.isCode) {
      code?.lines.push(line.text);
      continue;
    }
    const text = line.text;
    if (!text.trim()) {
      flushParagraph();
      itemIsOpen = false;
      continue;
    }
    if (isThematicBreak(text) || /^\s*#{1,6}\s/.test(text) || isBoldOnly(text) || /^\s*\|/.test(text)) {
      // Sub-headings, rules and tables are kept in the markdown, not in the lists.
      flushParagraph();
      itemIsOpen = false;
      continue;
    }
    const bullet = BULLET.exec(text);
    const indent = text.length - text.trimStart().length;
    const content = text.trim().replace(/^>\s?/, "");
    if (bullet) {
      const isNested = item !== null && listIndent !== null && bullet[1]!.length >= listIndent + 2;
      if (isNested) {
        const current = item!;
        const joiner = current.hasSubItems ? joiners[language].next : /[:：;；,，.。]$/.test(current.text) ? "" : joiners[language].first;
        current.text = current.text + joiner + bullet[3]!.trim();
        current.hasSubItems = true;
      } else {
        flushParagraph();
        flushItem();
        listIndent = listIndent === null ? bullet[1]!.length : Math.min(listIndent, bullet[1]!.length);
        item = { text: bullet[3]!.trim(), hasSubItems: false };
      }
      itemIsOpen = true;
      continue;
    }
    if (item !== null && (itemIsOpen || indent >= (listIndent ?? 0) + 2)) {
      item.text = joinText(item.text, content);
      itemIsOpen = true;
      continue;
    }
    flushItem();
    listIndent = null;
    paragraph = joinText(paragraph, content);
  }
  flushCode(); // an unclosed fence runs to the end
  flushParagraph();
  flushItem();
  return blocks;
}

/** List items when the section has a list, otherwise its paragraphs. */
function listOf(lines: Line[], language: Language): string[] {
  const blocks = readBlocks(lines, language);
  return blocks.items.length ? blocks.items : blocks.paragraphs;
}

// ---------------------------------------------------------------------------------------------
// Sections

function labelPattern(labels: string[]): RegExp {
  const names = [...labels].sort((a, b) => b.length - a.length).join("|");
  return new RegExp(`^(?:${names})(?:\\*\\*|__)?[ \\t]*[:：](.*)$`, "i");
}
const ORIGINAL_LINE = labelPattern(ORIGINAL_LABELS);
const TRANSLATED_LINE = labelPattern(TRANSLATED_LABELS);

/** The value of a "原文：…" / "Translation: …" line, whatever the markup around the label. */
function labelled(pattern: RegExp, text: string): string | null {
  const match = pattern.exec(text.replace(/^[\s>*_•-]+/, ""));
  return match ? match[1]! : null;
}

function cleanValue(text: string): string {
  let t = text.trim().replace(/^(\*\*|__)|(\*\*|__)$/g, "").trim();
  if (/^`[^`]+`$/.test(t)) t = t.slice(1, -1);
  return t.trim();
}

function readTranslation(lines: Line[]): { original: string; translated: string } | null {
  const values: { original: string[]; translated: string[] } = { original: [], translated: [] };
  let target: "original" | "translated" | null = null;
  let hasBlankAfterValue = false;
  for (const line of lines) {
    if (line.isFence) continue;
    const text = line.text;
    if (!line.isCode) {
      const original = labelled(ORIGINAL_LINE, text);
      const translated = original === null ? labelled(TRANSLATED_LINE, text) : null;
      if (original !== null || translated !== null) {
        target = original !== null ? "original" : "translated";
        hasBlankAfterValue = false;
        const value = cleanValue((original ?? translated)!);
        if (value) values[target].push(value);
        continue;
      }
      if (!text.trim()) {
        if (target && values[target].length) hasBlankAfterValue = true;
        continue;
      }
    }
    if (target === null || hasBlankAfterValue) continue;
    const value = cleanValue(line.isCode ? text : text.replace(/^\s*>\s?/, ""));
    if (value) values[target].push(value);
  }
  const original = values.original.join("\n").trim();
  const translated = values.translated.join("\n").trim();
  return original && translated ? { original, translated } : null;
}

function readCauses(lines: Line[], language: Language): { summary: string | null; items: string[] } {
  const blocks = readBlocks(lines, language);
  return { summary: blocks.paragraphs[0] ?? null, items: blocks.items };
}

function solutionTitle(heading: string, language: Language, index: number): string {
  const text = cleanLabel(heading);
  const withoutLabel = text.replace(SOLUTION_LABEL, "").trim();
  return withoutLabel || text || `${defaults[language].solution} ${index + 1}`;
}

function atxLevel(line: Line): number {
  if (line.isCode || line.isFence) return 0;
  return /^\s*(#{1,6})\s*\S/.exec(line.text)?.[1]!.length ?? 0;
}

/** Solutions are split at their sub-headings: the highest ATX level present, else "方案一：…" / "Solution 1: …" lines. */
function isSolutionHeadingLine(line: Line, atxSplitLevel: number): boolean {
  if (line.isCode || line.isFence || line.text.length > MAX_HEADING_CHARS) return false;
  if (atxSplitLevel) return atxLevel(line) === atxSplitLevel;
  if (/^\s*[-*+•·]\s/.test(line.text)) return false;
  return SOLUTION_LABEL.test(cleanLabel(line.text));
}

function readSolutions(lines: Line[], language: Language): Solution[] {
  const atxSplitLevel = lines.reduce((min, line) => {
    const level = atxLevel(line);
    return level > 0 && (min === 0 || level < min) ? level : min;
  }, 0);
  const parts: Array<{ title: string; lines: Line[] }> = [];
  let current: { title: string; lines: Line[] } | null = null;
  for (const line of lines) {
    if (isSolutionHeadingLine(line, atxSplitLevel)) {
      current = { title: solutionTitle(line.text.replace(/^\s*#{1,6}/, ""), language, parts.length), lines: [] };
      parts.push(current);
      continue;
    }
    current?.lines.push(line);
  }
  if (parts.length === 0) {
    const blocks = readBlocks(lines, language);
    if (!blocks.ordered.length && !blocks.codes.length) return [];
    return [{ title: defaults[language].solution, steps: blocks.ordered, ...(blocks.codes[0] ? { code: blocks.codes[0] } : {}) }];
  }
  return parts.map((part) => {
    const blocks = readBlocks(part.lines, language);
    return { title: part.title, steps: blocks.ordered, ...(blocks.codes[0] ? { code: blocks.codes[0] } : {}) };
  });
}

const GENERIC_TITLE = /^(代码糕手|errdoc)$|^(专业)?报错分析(助理|报告)?$|^错误分析(报告)?$|^(error )?(analysis|diagnosis)( report)?$|^errdoc report$|^report$/i;

function cleanTitle(raw: string | null): string | null {
  if (!raw) return null;
  let title = raw.replace(/\*\*|__|`/g, "").replace(/\s+/g, " ").trim();
  title = title.replace(/^(代码糕手|errdoc)\s*[-–—:：|]\s*/i, "");
  title = title.replace(/^(专业)?(报错分析报告|错误分析报告|报错分析|error (analysis|diagnosis)( report)?|errdoc report|report)\s*[-–—:：|]\s*/i, "");
  title = title.trim();
  return !title || GENERIC_TITLE.test(title) ? null : title;
}

// ---------------------------------------------------------------------------------------------

function fail(reason: ParseFailure): ParseResult {
  const messages: Record<ParseFailure, string> = {
    empty: "The LLM answer is empty.",
    html: "The LLM answer is an HTML page, not a report.",
    invalid: "The LLM answer could not be turned into a report.",
  };
  return { ok: false, reason, message: messages[reason] };
}

function build(markdown: string, options: ParseOptions): Omit<Report, "markdown"> {
  const { language, ruleReport } = options;
  const doc = splitSections(toLines(markdown));
  const section = (key: SectionKey) => doc.sections.get(key);

  const translationLines = section("translation");
  const translation =
    (translationLines ? readTranslation(translationLines) : readTranslation(doc.preamble)) ?? ruleReport?.translation ?? null;

  const causesLines = section("causes");
  const parsedCauses = causesLines ? readCauses(causesLines, language) : null;
  // An answer without any section is prose about the cause.
  const prose = doc.sections.size === 0 ? readBlocks(doc.preamble, language) : null;
  const causes = parsedCauses
    ? {
        summary: parsedCauses.summary ?? ruleReport?.causes.summary ?? parsedCauses.items[0] ?? defaults[language].causes,
        items: parsedCauses.items,
      }
    : (ruleReport?.causes ?? { summary: prose?.paragraphs[0] ?? defaults[language].causes, items: prose?.items ?? [] });

  /** A section the answer lacks, or left empty, is taken from the rule report. */
  const orRule = <T>(parsed: T[], rule: T[] | undefined): T[] => (parsed.length ? parsed : (rule ?? []));
  const read = <T>(key: SectionKey, reader: (lines: Line[], language: Language) => T[]): T[] => {
    const lines = section(key);
    return lines ? reader(lines, language) : [];
  };

  const title =
    cleanTitle(doc.title) ?? (options.fallbackTitle.trim() || ruleReport?.title || defaults[language].title);
  return {
    source: options.source,
    language,
    // An AI report keeps the basis of the rule report it started from (DESIGN.md).
    basis: ruleReport?.basis ?? "category",
    knownError: ruleReport?.knownError ?? null,
    title: title.length > 200 ? `${title.slice(0, 199)}…` : title,
    translation,
    causes,
    solutions: orRule(read("solutions", readSolutions), ruleReport?.solutions),
    prevention: orRule(read("prevention", listOf), ruleReport?.prevention),
    tools: orRule(read("tools", listOf), ruleReport?.tools),
  };
}

/**
 * Turns the model's Markdown into a Report. Tolerant of the many ways models write headings,
 * labels and lists; sections it cannot find are taken from the rule-based report. The raw
 * answer is always kept whole in `report.markdown` (less any <think> block and an outer
 * ```markdown fence). Never throws: an empty answer or an HTML page is `{ ok: false }`.
 */
export function parseLlmMarkdown(markdown: string, options: ParseOptions): ParseResult {
  try {
    if (typeof markdown !== "string") return fail("empty");
    const text = normalize(markdown);
    if (!text) return fail("empty");
    if (looksLikeHtml(text)) return fail("html");
    const parsed = reportSchema.safeParse({ ...build(text, options), markdown: text });
    if (parsed.success) return { ok: true, report: parsed.data };
    // A field the schema refuses (should not happen): keep the answer with the safest content.
    const fallback = reportSchema.safeParse({
      source: options.source,
      language: options.language,
      basis: options.ruleReport?.basis ?? "category",
      knownError: options.ruleReport?.knownError ?? null,
      title: options.fallbackTitle.trim() || defaults[options.language].title,
      translation: null,
      causes: { summary: defaults[options.language].causes, items: [] },
      solutions: [],
      prevention: [],
      tools: [],
      markdown: text,
    });
    return fallback.success ? { ok: true, report: fallback.data } : fail("invalid");
  } catch {
    return fail("invalid");
  }
}
