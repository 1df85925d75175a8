import { createHighlighter, type BundledLanguage, type Highlighter } from "shiki";
import { createJavaScriptRegexEngine } from "shiki/engine/javascript";

const LANGUAGES = [
  "python", "javascript", "typescript", "tsx", "jsx", "bash", "shellscript", "powershell", "bat", "json", "jsonc",
  "yaml", "toml", "ini", "dotenv", "java", "kotlin", "go", "rust", "csharp", "php", "ruby", "sql", "dockerfile",
  "diff", "xml", "html", "css", "c", "cpp", "swift", "docker", "nginx", "http", "groovy",
] as const satisfies readonly BundledLanguage[];

// Names people and LLMs put on fences that shiki knows under another name.
const ALIASES: Record<string, string> = {
  py: "python", python3: "python", js: "javascript", node: "javascript", mjs: "javascript", cjs: "javascript",
  ts: "typescript", sh: "bash", shell: "bash", zsh: "bash", console: "bash", terminal: "bash", curl: "bash",
  ps: "powershell", ps1: "powershell", cmd: "bat", yml: "yaml", env: "dotenv", golang: "go", rs: "rust",
  cs: "csharp", "c#": "csharp", dotnet: "csharp", rb: "ruby", kt: "kotlin", gradle: "groovy", "c++": "cpp",
};

let highlighter: Promise<Highlighter> | undefined;

function getHighlighter(): Promise<Highlighter> {
  // The JavaScript regex engine avoids loading WebAssembly at run time.
  highlighter ??= createHighlighter({
    themes: ["github-light", "github-dark"],
    langs: [...LANGUAGES],
    engine: createJavaScriptRegexEngine(),
  });
  return highlighter;
}

export function normalizeCodeLanguage(language: string | null | undefined): string {
  const key = (language ?? "").trim().toLowerCase();
  const name = ALIASES[key] ?? key;
  return (LANGUAGES as readonly string[]).includes(name) ? name : "text";
}

/** Highlighted HTML for a code block; shiki escapes the code itself. */
export async function highlightCode(code: string, language: string | null | undefined): Promise<string> {
  const lang = normalizeCodeLanguage(language);
  const shiki = await getHighlighter();
  return shiki.codeToHtml(code, {
    lang,
    themes: { light: "github-light", dark: "github-dark" },
    defaultColor: false,
  });
}
