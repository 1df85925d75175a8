/**
 * Text preparation: every regex of the classifier runs on bounded text built here, so the cost
 * of a paste stays linear in its size whatever the patterns are.
 */

import { stripAssistantAnswer } from "@/lib/text/cjk";

const HEAD_CHARS = 16 * 1024;
const TAIL_CHARS = 16 * 1024;
const MIDDLE_CHARS = 8 * 1024;
const MIDDLE_LINE_CHARS = 400;

const errorishLine = /error|exception|caused by|fatal|fail|denied|refused|panic|错误|失败|异常|拒绝/i;

/** Head and tail of a long paste plus the error-looking lines between them. */
export function boundedWindow(text: string): string {
  if (text.length <= HEAD_CHARS + TAIL_CHARS + MIDDLE_CHARS) return text;
  const middleStart = HEAD_CHARS;
  const middleEnd = text.length - TAIL_CHARS;
  const picked: string[] = [];
  let budget = MIDDLE_CHARS;
  let pos = text.indexOf("\n", middleStart);
  while (pos !== -1 && pos < middleEnd && budget > 0) {
    let next = text.indexOf("\n", pos + 1);
    if (next === -1 || next > middleEnd) next = middleEnd;
    const line = text.slice(pos + 1, Math.min(next, pos + 1 + MIDDLE_LINE_CHARS));
    if (errorishLine.test(line)) {
      picked.push(line);
      budget -= line.length + 1;
    }
    pos = next === middleEnd ? -1 : next;
  }
  return `${text.slice(0, HEAD_CHARS)}\n${picked.join("\n")}\n${text.slice(middleEnd)}`;
}


export { cjkRatio, hasCjk, stripAssistantAnswer } from "@/lib/text/cjk";

const entities: Record<string, string> = { "&quot;": '"', "&#39;": "'", "&#x27;": "'", "&lt;": "<", "&gt;": ">", "&amp;": "&" };

/** Errors copied from web pages arrive HTML-escaped; the bodies inside must read as JSON again. */
export function unescapeHtml(text: string): string {
  return text.includes("&quot;") || text.includes("&#39;") || text.includes("&#x27;")
    ? text.replace(/&(?:quot|#39|#x27|lt|gt|amp);/g, (e) => entities[e] ?? e)
    : text;
}

/**
 * Stack-frame and source-echo lines: context for ecosystem detection, noise for category signals.
 * An optional log prefix (timestamps, "> " quotes, box-drawing borders) may precede a frame.
 */
const frameLine =
  /^(?:[\d>│|][\d\-/:.,T+>│| ]{0,39}?)?\s*(?:at\s|File\s"|#\d+\s(?:\S{1,300}\.php\(\d+\)|\{main\}|\[internal function\])|from\s\S+:\d+:in\s|\.\.\.\s\d+\s(?:more|common frames omitted)|\d+:\s+0x[0-9a-f]+|\S+\.go:\d+\s\+0x)/;
const pythonFrame = /^((?:[\d>│|][\d\-/:.,T+>│| ]{0,39}?)?\s*)File\s"[^"\n]*",\sline\s\d+/;
const caretLine = /^\s*[\^~]+\s*$/;

export interface Evidence {
  /** The window without frames and echoed source lines. */
  text: string;
  /** Start offset of the part that holds the innermost cause (Python exception chains). */
  focusStart: number;
  focusEnd: number;
}

export function evidenceOf(window: string): Evidence {
  const lines = window.split("\n");
  const kept: string[] = [];
  let pyIndent = -1;
  for (const line of lines) {
    if (line.length === 0) {
      kept.push(line);
      continue;
    }
    const py = pythonFrame.exec(line);
    if (py) {
      pyIndent = py[1]!.length;
      continue;
    }
    if (pyIndent >= 0) {
      const indent = line.length - line.trimStart().length;
      if (line.trim() !== "" && indent > pyIndent) continue;
      if (line.trim() !== "") pyIndent = -1;
    }
    if (frameLine.test(line) || caretLine.test(line)) continue;
    kept.push(line);
  }
  const text = kept.join("\n");
  const { start, end } = focusOf(text);
  return { text, focusStart: start, focusEnd: end };
}

const directCause = "The above exception was the direct cause of the following exception";
const duringHandling = "During handling of the above exception, another exception occurred";

/**
 * Python prints a chain oldest first. "direct cause" means the earlier block is the cause to
 * label; "during handling" means the later block is the one that matters.
 */
function focusOf(text: string): { start: number; end: number } {
  const markers: { at: number; len: number; isCause: boolean }[] = [];
  for (const [phrase, isCause] of [
    [directCause, true],
    [duringHandling, false],
  ] as const) {
    let i = text.indexOf(phrase);
    while (i !== -1) {
      markers.push({ at: i, len: phrase.length, isCause });
      i = text.indexOf(phrase, i + phrase.length);
    }
  }
  if (markers.length === 0) return { start: 0, end: text.length };
  markers.sort((a, b) => a.at - b.at);
  let k = markers.length - 1;
  let end = text.length;
  let start = markers[k]!.at + markers[k]!.len;
  while (k >= 0 && markers[k]!.isCause) {
    end = markers[k]!.at;
    start = k > 0 ? markers[k - 1]!.at + markers[k - 1]!.len : 0;
    k--;
  }
  return { start, end };
}


export function lineAt(text: string, index: number): { start: number; end: number } {
  const start = text.lastIndexOf("\n", index - 1) + 1;
  let end = text.indexOf("\n", index);
  if (end === -1) end = text.length;
  return { start, end };
}

/** The text known-error entries match against: the classifier's bounded, unescaped window. */
export function knownWindow(input: string): string {
  return unescapeHtml(boundedWindow(stripAssistantAnswer(input)));
}
