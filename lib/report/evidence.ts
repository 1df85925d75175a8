/**
 * The evidence step: before any template, read what this paste itself says — the fix it prints
 * ("Did you mean …", "hint: …", "Please run `…`", allowed values, 请先执行 …) and the command
 * that failed, so the report never contradicts the message or reruns what failed.
 * Every pattern is literal-anchored with bounded quantifiers and runs line by line.
 */

export type FixKind = "did_you_mean" | "run" | "use_instead" | "allowed_values" | "retry_with" | "consider" | "hint";

export interface PrintedFix {
  kind: FixKind;
  /** The sentence as the message prints it (one line, trimmed). */
  text: string;
  /** A command to run, verbatim from the message, when it prints one. */
  command: string | null;
  /** The most specific piece of the fix: the command, the suggested name or the allowed values. */
  token: string;
}

const MAX_LINES = 4000;
const QUOTED = /[`'"‘“]([^`'"’”\n]{1,200})[`'"’”]/;

/** Lines that suggest how to see more, not how to fix: a stack trace, verbose output, a log file. */
const diagnosticOnly =
  /stack ?trace|backtrace|--verbose|--debug\b|--info\b|\s-X\b|-e switch|--stacktrace|--scan|more (?:details|information|output|info)|full (?:log|trace|output)|to display|to see (?:the|more|full)|for details|complete log|debug\.log|npm-debug|re-?run (?:maven|gradle|the build) (?:using|with)/i;
/** Notices that are not about the error (pip's upgrade notice, npm's funding line). */
const notice = /\[notice\]|new release of pip|npm notice|npm fund|looking for funding|update available|to suppress this|disable this message|advice\.\w+/i;

/** Commands a developer types in a shell: a printed fix starting with one is shown as code. */
const shellCommand =
  /^(?:sudo\s+)?(?:pip3?|python3?|py|uv|uvx|poetry|conda|mamba|pipx|npm|npx|yarn|pnpm|bun|bunx|node|deno|corepack|nvm|git|go|cargo|rustup|rustc|bundle|gem|rails|rake|composer|php|mvn|\.\/mvnw|gradle|\.\/gradlew|dotnet|nuget|docker|docker-compose|kubectl|helm|apt|apt-get|yum|dnf|brew|pacman|apk|systemctl|service|chmod|chown|mkdir|export|set|setx|ulimit|sysctl|ssh-keygen|ssh-add|ssh-keyscan|ollama|huggingface-cli|hf|pre-commit|make|cmake|xcode-select|sdkmanager|flutter|dart|swift|pod|terraform|az|gcloud|aws|firebase|vercel|supabase|prisma|alembic|django-admin|flask|uvicorn|pytest|tsc|eslint|next|vite)\b[^\n]{0,200}$/;

/** A printed command is shown as code only when it is complete: no `<placeholder>`, no `…`. */
const incomplete = /<[A-Za-z][\w -]{0,40}>|\.\.\.|…|\bYOUR_|\[[a-z-]{1,30}\]$/;

function shellCommandOf(candidate: string | null | undefined): string | null {
  if (!candidate) return null;
  const c = candidate.trim().replace(/^\$\s+/, "");
  return shellCommand.test(c) && !incomplete.test(c) ? c : null;
}

const clean = (s: string) => s.replace(/\s+/g, " ").trim();

interface LinePattern {
  kind: FixKind;
  pattern: RegExp;
  /** The specific piece of the fix, given the match and the following lines. */
  pick: (m: RegExpExecArray, next: string[]) => { token: string; command: string | null } | null;
}

/** The first quoted span in `s`, else `s` up to its closing punctuation. */
function firstQuotedOr(s: string): string {
  const q = QUOTED.exec(s);
  if (q) return q[1]!.trim();
  return s.replace(/[?？。.!]+\s*$/, "").trim();
}

/** The next non-empty, indented lines after a line that ends in "…:" (npm, git, go print the command there). */
function followingCommand(next: string[]): string | null {
  for (const l of next.slice(0, 3)) {
    const t = l.trim();
    if (!t) continue;
    return /^\s/.test(l) || shellCommandOf(t) ? t : null;
  }
  return null;
}

const patterns: LinePattern[] = [
  {
    kind: "did_you_mean",
    pattern: /\b(?:[Dd]id you mean|[Pp]erhaps you meant|[Mm]aybe you meant|[Tt]he most similar commands? (?:is|are))(?: to)?(?: one of these)?\s{0,3}[:?]?\s{0,3}([^\n]{0,200})/,
    pick: (m, next) => {
      const rest = m[1]!.trim();
      if (rest && rest !== "?") {
        const token = firstQuotedOr(rest);
        return token ? { token, command: shellCommandOf(token) } : null;
      }
      const following = followingCommand(next);
      return following ? { token: following, command: shellCommandOf(following) } : null;
    },
  },
  {
    kind: "retry_with",
    // npm wraps "retry\nnpm ERR! this command with --force or --legacy-peer-deps" over two lines.
    pattern: /(?:\b(?:retry|re-?run)\s{1,3}|^)(?:this|the) command with ([^\n]{1,160})/i,
    pick: (m) => ({ token: m[1]!.replace(/[.。]\s*$/, "").replace(/\s*to accept[^\n]{0,200}$/, "").trim(), command: null }),
  },
  {
    kind: "use_instead",
    pattern: /\b(?:[Pp]lease use|[Uu]se|[Tt]ry using)\s{1,3}([`'"‘“]?[^\n]{1,120}?[`'"’”]?)\s{1,3}instead\b/,
    pick: (m) => {
      const token = firstQuotedOr(m[1]!);
      return token ? { token, command: shellCommandOf(token) } : null;
    },
  },
  {
    kind: "allowed_values",
    pattern:
      /(?:must be one of|[Ss]upported values (?:are|is)|[Pp]ossible values(?: are)?|[Vv]alid values (?:are|is)|[Aa]llowed values(?: are)?|[Ee]xpected one of|should be one of|[Ss]upported (?:models|parameters|formats) (?:are|is|include)|可选值(?:为|是|有)|取值范围(?:为|是)|支持的(?:模型|参数|取值)(?:有|为|是|包括))\s{0,3}[:：]?\s{0,3}([^\n]{1,300})/,
    pick: (m) => {
      const token = m[1]!.replace(/[.。]\s*$/, "").trim();
      return token ? { token, command: null } : null;
    },
  },
  {
    kind: "run",
    pattern:
      /(?:\b[Rr]un|\b[Ee]xecute|\b[Rr]unning|\b[Ii]nstall (?:it |them )?(?:with|using|via|by running)|\b[Tt]ry|请(?:先)?(?:执行|运行|使用)|(?:建议|可以|可尝试|尝试)(?:执行|运行))\s{0,3}[:：]?\s{0,3}[`'"‘“]([^`'"’”\n]{2,200})[`'"’”]/,
    pick: (m) => ({ token: m[1]!.trim(), command: shellCommandOf(m[1]) }),
  },
  {
    kind: "run",
    // "to update it:" / "run:" at the end of a line, the command on the next (go mod, npm).
    pattern: /\b(?:[Rr]un|[Ee]xecute|[Tt]o (?:update|fix|install|resolve|upgrade) (?:it|this|them)|[Rr]un the following(?: command)?)\s{0,3}:\s{0,3}$/,
    pick: (_m, next) => {
      const c = followingCommand(next);
      return c ? { token: c, command: shellCommandOf(c) } : null;
    },
  },
  {
    kind: "run",
    pattern: /(?:请(?:先)?(?:执行|运行)|(?:建议|可以|可尝试|尝试)(?:执行|运行))\s{0,3}[:：]?\s{0,3}((?:sudo\s)?[a-z][\w.-]{1,30}\s[^\n，。；\u3400-\u9fff]{1,160})/,
    pick: (m) => {
      const c = shellCommandOf(m[1]!.trim());
      return c ? { token: c, command: c } : null;
    },
  },
  {
    kind: "consider",
    pattern:
      /\b[Cc]onsider (?:using|adding|changing|removing|importing|setting|increasing|decreasing|running|upgrading|downgrading|installing|defining|enabling|disabling|passing|specifying|borrowing|cloning|giving|making|wrapping|moving|marking|annotating|converting|restricting|introducing|replacing)\b([^\n]{1,200})/,
    pick: (m) => {
      const rest = m[1]!;
      const token = QUOTED.exec(rest)?.[1]?.trim() ?? clean(m[0]).replace(/[.。]\s*$/, "");
      return { token, command: shellCommandOf(token) };
    },
  },
  {
    kind: "hint",
    // rustc puts `help:` after the source excerpt's gutter and carets: "  |   ^^^^ help: …".
    pattern: /^\s{0,8}(?:\|[\s^~-]{0,200})?(?:=\s{0,3})?(?:hint|help|HINT|Hint|Help|提示|建议)\s{0,3}[:：]\s{0,3}([^\n]{3,300})/,
    pick: (m) => {
      const rest = m[1]!.trim();
      // "hint: See PEP 668 …" points at documentation; it is not a fix.
      if (/^(?:see|for more|more info|refer)/i.test(rest)) return null;
      const quoted = QUOTED.exec(rest)?.[1]?.trim();
      return { token: quoted ?? rest.replace(/[.。]\s*$/, ""), command: shellCommandOf(quoted) };
    },
  },
];

/** The commands the paste shows being run (`$ npm install`, `npm ERR! command …`), to never suggest them again. */
export function failedCommands(text: string): string[] {
  const out: string[] = [];
  const re = /^(?:\s{0,4}(?:\$|>|❯|#|PS [^\n>]{0,200}>)\s{1,3}([^\n]{2,200})|npm (?:ERR!|error) command (?:sh -c |cmd\.exe \/d \/s \/c )?([^\n]{2,200}))$/gm;
  for (let m = re.exec(text), n = 0; m && n < 200; m = re.exec(text), n++) out.push(clean(m[1] ?? m[2] ?? ""));
  return out.filter(Boolean);
}

const normalizeCommand = (c: string) => clean(c).replace(/^sudo /, "").replace(/^python3? -m /, "");

/** Whether running `command` would only repeat a command the paste shows failing (the same, or a prefix of it). */
export function rerunsFailedCommand(command: string, failed: readonly string[]): boolean {
  const c = normalizeCommand(command);
  return failed.some((f) => {
    const g = normalizeCommand(f);
    return g === c || g.startsWith(`${c} `);
  });
}

/**
 * The fix the message prints for itself, or null. Hints about seeing more output (stack traces,
 * --verbose, log files), tool notices, and commands that only rerun what failed are not fixes.
 */
export function extractPrintedFix(text: string): PrintedFix | null {
  const lines = text.split("\n", MAX_LINES);
  const failed = failedCommands(text);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.length > 2000) continue;
    const line = raw.replace(/^(?:npm (?:ERR!|error|warn)|yarn error|error|warning|ERROR|WARN(?:ING)?)[:!]?\s{0,3}(?=\S)/, "").replace(/^\[[^\]\n]{1,60}\]\s{0,3}/, "");
    if (notice.test(line) || diagnosticOnly.test(line)) continue;
    for (const p of patterns) {
      const m = p.pattern.exec(line);
      if (!m) continue;
      const picked = p.pick(m, lines.slice(i + 1, i + 4));
      if (!picked || !picked.token) continue;
      if (picked.command && rerunsFailedCommand(picked.command, failed)) continue;
      const text = p.kind === "hint" ? clean(line.replace(/^\s{0,8}(?:\|[\s^~-]{0,200})?(?:=\s{0,3})?/, "")) : clean(line);
      return { kind: p.kind, text: text.length > 300 ? `${text.slice(0, 299)}…` : text, command: picked.command, token: picked.token };
    }
  }
  return null;
}
