/**
 * Parses report code blocks in their own language: Python with `ast.parse`, JavaScript and
 * TypeScript with the TypeScript parser, shell with `bash -n`, JSON and YAML with their parsers,
 * anything else at least for balanced brackets. Blocks are checked in batches, one process per
 * language, so a test can check every report of every corpus.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ts from "typescript";
import { parse as parseYaml } from "yaml";

export interface CodeSample {
  language: string;
  content: string;
  /** Where the block came from, for the failure message. */
  where: string;
}

export interface CodeFailure extends CodeSample {
  error: string;
}

type Parser = "python" | "js" | "ts" | "tsx" | "jsx" | "shell" | "json" | "yaml" | "brackets";

export function parserFor(language: string): Parser {
  switch (language.toLowerCase()) {
    case "python":
    case "py":
    case "python3":
      return "python";
    case "javascript":
    case "js":
    case "mjs":
    case "cjs":
      return "js";
    case "jsx":
      return "jsx";
    case "typescript":
    case "ts":
      return "ts";
    case "tsx":
      return "tsx";
    case "bash":
    case "sh":
    case "shell":
    case "zsh":
    case "console":
      return "shell";
    case "json":
      return "json";
    case "yaml":
    case "yml":
      return "yaml";
    default:
      return "brackets";
  }
}

const pythonChecker = `
import ast, json, sys
blocks = json.load(sys.stdin)
out = []
for i, src in enumerate(blocks):
    try:
        ast.parse(src)
        out.append(None)
    except SyntaxError as e:
        out.append(f"{e.msg} (line {e.lineno})")
json.dump(out, sys.stdout)
`;

function checkPython(sources: string[]): (string | null)[] {
  if (sources.length === 0) return [];
  const r = spawnSync("python3", ["-c", pythonChecker], { input: JSON.stringify(sources), encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as (string | null)[];
}

function checkShell(sources: string[]): (string | null)[] {
  if (sources.length === 0) return [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "errdoc-sh-"));
  try {
    const files = sources.map((src, i) => {
      const file = path.join(dir, `${i}.sh`);
      fs.writeFileSync(file, src);
      return file;
    });
    const script = 'for f in "$@"; do out=$(bash -n "$f" 2>&1) || printf "%s\\t%s\\n" "$f" "$(printf "%s" "$out" | tr "\\n" " ")"; done';
    const r = spawnSync("bash", ["-c", script, "_", ...files], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    const failed = new Map<string, string>();
    for (const line of r.stdout.split("\n")) {
      const tab = line.indexOf("\t");
      if (tab > 0) failed.set(line.slice(0, tab), line.slice(tab + 1));
    }
    return files.map((f) => failed.get(f) ?? null);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function checkTs(source: string, parser: "js" | "ts" | "tsx" | "jsx"): string | null {
  const kind = { js: ts.ScriptKind.JS, jsx: ts.ScriptKind.JSX, ts: ts.ScriptKind.TS, tsx: ts.ScriptKind.TSX }[parser];
  const file = ts.createSourceFile(`snippet.${parser === "js" ? "mjs" : parser}`, source, ts.ScriptTarget.Latest, true, kind);
  const diagnostics = (file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
  if (!diagnostics || diagnostics.length === 0) return null;
  const d = diagnostics[0]!;
  const line = d.start !== undefined ? file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
  return `${ts.flattenDiagnosticMessageText(d.messageText, " ")} (line ${line})`;
}

const pairs: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

/** Brackets balance outside string literals and comments (`//`, `#`, `--` line comments). */
export function checkBrackets(source: string): string | null {
  const stack: string[] = [];
  let quote: string | null = null;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote || (ch === "\n" && quote !== "`")) quote = null;
      continue;
    }
    if (ch === '"' || ch === "`") {
      quote = ch;
      continue;
    }
    // A single quote opens a string only where it cannot be an apostrophe or a Rust lifetime.
    if (ch === "'" && !/[A-Za-z0-9&<]/.test(source[i - 1] ?? " ")) {
      quote = ch;
      continue;
    }
    if ((ch === "/" && source[i + 1] === "/") || (ch === "#" && /^|\s/.test(source[i - 1] ?? "\n") && !/[\[!]/.test(source[i + 1] ?? ""))) {
      const nl = source.indexOf("\n", i);
      i = nl === -1 ? source.length : nl;
      continue;
    }
    if (ch === "(" || ch === "[" || ch === "{") stack.push(ch);
    else if (ch === ")" || ch === "]" || ch === "}") {
      if (stack.pop() !== pairs[ch]) return `unbalanced ${ch} at offset ${i}`;
    }
  }
  return stack.length ? `unclosed ${stack.join("")}` : null;
}

/** Every block that does not parse in its language, with the parser's message. */
export function checkCodeBlocks(samples: readonly CodeSample[]): CodeFailure[] {
  const failures: CodeFailure[] = [];
  const python: CodeSample[] = [];
  const shell: CodeSample[] = [];
  for (const s of samples) {
    const parser = parserFor(s.language);
    let error: string | null = null;
    if (parser === "python") python.push(s);
    else if (parser === "shell") shell.push(s);
    else if (parser === "json") {
      try {
        JSON.parse(s.content);
      } catch (e) {
        error = (e as Error).message;
      }
    } else if (parser === "yaml") {
      try {
        parseYaml(s.content);
      } catch (e) {
        error = (e as Error).message.split("\n")[0]!;
      }
    } else if (parser === "brackets") error = checkBrackets(s.content);
    else error = checkTs(s.content, parser);
    if (error) failures.push({ ...s, error });
  }
  checkPython(python.map((s) => s.content)).forEach((error, i) => error && failures.push({ ...python[i]!, error }));
  checkShell(shell.map((s) => s.content)).forEach((error, i) => error && failures.push({ ...shell[i]!, error }));
  return failures;
}
