/**
 * Model ids in generated code come from the paste or from an environment variable, never
 * invented. Generators write a marker where the paste names no model; `resolveModelRefs` turns
 * it into the language's read of `LLM_MODEL` (or `LLM_FALLBACK_MODEL`), and prose into words.
 */
import type { CodeBlock } from "../schema";
import type { Lang } from "../types";

export const MODEL_MARKER = "__ERRDOC_LLM_MODEL__";
export const FALLBACK_MODEL_MARKER = "__ERRDOC_FALLBACK_MODEL__";

const markers: [marker: string, env: string][] = [
  [MODEL_MARKER, "LLM_MODEL"],
  [FALLBACK_MODEL_MARKER, "LLM_FALLBACK_MODEL"],
];

function envRead(language: string, env: string): string | null {
  switch (language) {
    case "python":
      return `os.environ[${JSON.stringify(env)}]`;
    case "javascript":
    case "typescript":
    case "js":
    case "ts":
      return `process.env.${env}`;
    case "go":
      return `os.Getenv(${JSON.stringify(env)})`;
    case "java":
      return `System.getenv(${JSON.stringify(env)})`;
    case "csharp":
      return `Environment.GetEnvironmentVariable(${JSON.stringify(env)})`;
    case "php":
      return `getenv(${JSON.stringify(env)})`;
    case "ruby":
      return `ENV.fetch(${JSON.stringify(env)})`;
    case "rust":
      return `std::env::var(${JSON.stringify(env)}).expect(${JSON.stringify(`set ${env}`)})`;
    default:
      return null;
  }
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function resolveInShell(content: string, marker: string, env: string): string {
  const lines = content.split("\n").map((line) => {
    let out = "";
    let inSingle = false;
    for (let i = 0; i < line.length; i++) {
      if (line.startsWith(marker, i)) {
        out += inSingle ? `'"$${env}"'` : `\${${env}}`;
        i += marker.length - 1;
        continue;
      }
      const ch = line[i]!;
      if (ch === "'" && !inSingle) inSingle = true;
      else if (ch === "'" && inSingle) inSingle = false;
      out += ch;
    }
    return out;
  });
  return [`${env}="\${${env}:?export ${env}=the model you call}"`, ...lines].join("\n");
}

function resolveInString(content: string, marker: string, expr: string): string {
  // Inside a double-quoted literal: split it around the variable ("a/" + expr + ":b").
  const re = new RegExp(`"([^"\\n]*?)${escapeRe(marker)}([^"\\n]*?)"`, "g");
  return content.replace(re, (_m, before: string, after: string) =>
    [before ? JSON.stringify(before) : null, expr, after ? JSON.stringify(after) : null].filter(Boolean).join(" + "),
  );
}

/** The code block with every model marker replaced by an environment read in its language. */
export function resolveCodeModelRefs(code: CodeBlock): CodeBlock {
  let content = code.content;
  const language = code.language.toLowerCase();
  for (const [marker, env] of markers) {
    if (!content.includes(marker)) continue;
    if (/^(?:bash|sh|shell|zsh|console)$/.test(language)) {
      content = resolveInShell(content, marker, env);
      continue;
    }
    const expr = envRead(language, env);
    if (!expr) {
      content = content.split(marker).join(env);
      continue;
    }
    content = resolveInString(content, marker, expr).split(marker).join(expr);
    if (language === "python" && !/^import os$|^import os,|^from os /m.test(content)) content = `import os\n${content}`;
  }
  return { ...code, content };
}

/** Prose: a marker reads as "the model you call". */
export function resolveProseModelRefs(s: string, lang: Lang): string {
  if (!s.includes("__ERRDOC_")) return s;
  const words = lang === "zh" ? { main: "你调用的模型", fallback: "备选模型" } : { main: "the model you call", fallback: "a fallback model" };
  return s
    .replace(new RegExp(`\`?${MODEL_MARKER}\`?`, "g"), words.main)
    .replace(new RegExp(`\`?${FALLBACK_MODEL_MARKER}\`?`, "g"), words.fallback);
}
