import type { CodeBlock } from "../schema";
import type { Facts, Lang } from "../types";

/** Pick the comment / message text for the report language. */
export const say = (lang: Lang) => (zh: string, en: string) => (lang === "zh" ? zh : en);

export const block = (language: string, lines: (string | false | null | undefined)[]): CodeBlock => ({
  language,
  content: lines.filter((l): l is string => typeof l === "string").join("\n").replace(/\n{3,}/g, "\n\n").trim(),
});

/** A double-quoted string literal valid in Python, JS/TS, Go, Java, C#, Rust and JSON. */
export const q = (s: string): string => JSON.stringify(s);

/** A single-quoted POSIX shell word. */
export const shq = (s: string): string => (/^[\w.:/@%+=,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'"'"'`)}'`);

/** The language families the report writes code for. */
export type CodeEco = "python" | "node" | "java" | "go" | "rust" | "dotnet" | "php" | "ruby" | "shell";

/** The ecosystem to write code for, or null when the paste does not say. */
export function codeEcoOf(ecosystem: string | null): CodeEco | null {
  switch (ecosystem) {
    case "python":
    case "node":
    case "java":
    case "go":
    case "rust":
    case "dotnet":
    case "php":
    case "ruby":
    case "shell":
      return ecosystem;
    case "browser":
    case "typescript":
    case "javascript":
    case "deno":
    case "bun":
      return "node";
    case "kotlin":
    case "scala":
      return "java";
    default:
      return null;
  }
}

export const ecoOf = (f: Facts): CodeEco | null => codeEcoOf(f.ecosystem);

/** Keep text safe inside inline code: no backticks, one line, bounded. */
export function inline(s: string, max = 160): string {
  const one = s.replace(/`/g, "'").replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** `x` as Markdown inline code. */
export const ic = (s: string): string => `\`${inline(s)}\``;

/** A Python identifier-ish name safe to paste into generated code, else a fallback. */
export const ident = (s: string | null | undefined, fallback: string): string => (s && /^[A-Za-z_$][\w$]{0,60}$/.test(s) ? s : fallback);
