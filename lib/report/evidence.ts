/**
 * The evidence step: before any template, read what this paste itself says — the fix it prints
 * ("Did you mean …", "hint: …", "Please run `…`", a command on the line after "to add it:",
 * allowed values, 请先执行 …) and the commands it shows failing, so the report never
 * contradicts the message or reruns what failed. Line by line; every pattern is literal-anchored
 * with bounded quantifiers.
 */

export type FixKind = "did_you_mean" | "run" | "use_instead" | "allowed_values" | "retry_with" | "consider" | "hint";

export interface PrintedFix {
  kind: FixKind;
  /** The sentence as the message prints it (one line, trimmed). */
  text: string;
  /** A complete command to run, verbatim from the message, when it prints one. */
  command: string | null;
  /** The most specific piece of the fix: the command, the suggested name or the allowed values. */
  token: string;
}

const MAX_LINES = 4000;
const QUOTED = /[`'"‘“]([^`'"’”\n]{1,200})[`'"’”]/;
const QUOTED_ALL = /[`'"‘“]([^`'"’”\n]{2,200})[`'"’”]/g;

/** Lines that suggest how to see more, not how to fix: a stack trace, verbose output, a log file. */
const diagnosticOnly =
  /stack ?trace|backtrace|--verbose|--debug\b|--info\b|\s-X\b|-e switch|--stacktrace|--scan|more (?:details|information|output|info)|full (?:log|trace|output)|to display|to see (?:the|more|full)|for details|complete log|debug\.log|npm-debug|re-?run (?:maven|gradle|the build) (?:using|with)|for more information|run again for more|to see a list|to list all|resume the build|you can resume/i;
/** Notices that are not about the error (pip's upgrade notice, npm's funding line, git's advice switches). */
const notice = /\[notice\]|new release of pip|npm notice|npm fund|looking for funding|update available|^\s*(?:hint:\s*)?(?:to suppress this|disable this message)|advice\.\w+ false/i;
/** A quoted command counts as a fix only on a line that asks for an action. */
const actionIntent = /\b(?:run|running|use|using|try|execute|install|type|enter|with|please|need|needs|should|must|requires?|consider|can|may|might|fix|resolve|instead)\b|请|执行|运行|使用|安装|可以|需要|建议/i;
/** A quoted command on such a line is the one that failed, not a fix. */
const failureReport = /\bexit(?:ed)?\b|exit (?:code|status)|returned non-zero|command failed|failed with|errored|non-zero exit/i;

/** Commands a developer types in a shell: a printed fix starting with one is shown as code. */
const shellCommand =
  /^(?:sudo\s+)?(?:pip3?|python3?(?:\.\d+)?|py|uv|uvx|poetry|conda|mamba|pipx|npm|npx|yarn|pnpm|bun|bunx|node|deno|corepack|nvm|git|go|cargo|rustup|rustc|bundle|bundler|gem|rails|bin\/rails|rake|composer|php|artisan|mvn|\.\/mvnw|gradle|\.\/gradlew|dotnet|nuget|docker|docker-compose|podman|kubectl|helm|minikube|apt|apt-get|yum|dnf|brew|pacman|apk|snap|systemctl|service|chmod|chown|mkdir|export|set|setx|ulimit|sysctl|ssh-keygen|ssh-add|ssh-keyscan|ollama|huggingface-cli|hf|pre-commit|make|cmake|xcode-select|sdkmanager|flutter|dart|swift|pod|terraform|tofu|az|gcloud|aws|firebase|vercel|supabase|prisma|alembic|django-admin|flask|uvicorn|pytest|tsc|eslint|next|vite|sdk|rbenv|pyenv|asdf|winget|choco|scoop|Set-ExecutionPolicy|wsl|dpkg|zypper|nix|nix-env|opam|cabal|stack|mix|keytool|openssl|update-alternatives|usermod|git-lfs|volta|fnm|(?:\.\/)?bin\/[\w-]{1,30})(?=\s|$)[^\n]{0,200}$/;

/** A printed command is shown as code only when it is complete: no `<placeholder>`, no `…`. */
const incomplete = /<[A-Za-z][\w -]{0,40}>|\.\.\.|…|\bYOUR_|\[[a-z-]{1,30}\]$/;

const clean = (s: string) => s.replace(/\s+/g, " ").trim();

/** A command as printed, less a trailing `# comment` and a `$ ` prompt; null when it is not a command line. */
function commandLike(candidate: string | null | undefined): string | null {
  if (!candidate) return null;
  const c = clean(candidate.replace(/^\$\s+/, "").replace(/\s+#\s[^\n]{0,200}$/, ""));
  // `git --help`, `npm help x`: pointers to documentation, never a fix.
  // A tool's bare name ('git', 'rails') is not a command to run; `git --help` points at documentation.
  return shellCommand.test(c) && /\s\S/.test(c) && !/(?:^|\s)(?:--help|-h|help)(?:\s|$)/.test(c) ? c : null;
}

const isComplete = (command: string) => !incomplete.test(command);

/**
 * A line without the prefixes logs and tools put before it: timestamps and counters
 * (`3.026 `, `63 `), `[…]` tags, log levels, `npm ERR!`, box-drawing gutters, `> ` quotes.
 */
export function stripLinePrefix(line: string): string {
  let s = line;
  for (let i = 0; i < 6; i++) {
    const next = s
      .replace(/^\s{0,12}\d{4}-\d\d-\d\d[T ][\d:.,]{5,20}(?:Z|[+-]\d\d:?\d\d)?\s{1,4}/, "")
      .replace(/^\s{0,12}\d{1,6}(?:\.\d{1,6})?\s{1,6}(?=\S)/, "")
      .replace(/^\s{0,12}#\d{1,4}\s{1,4}/, "")
      .replace(/^\s{0,12}\[[^\]\n]{0,60}\]\s{0,4}/, "")
      .replace(/^\s{0,12}(?:npm (?:ERR!|error|warn)|yarn error|error|warning|ERROR|WARN(?:ING)?|SEVERE|FATAL|INFO|E)(?::|!)?(?:\s{1,12}(?=\S)|\s{0,12}$)/, "")
      .replace(/^\s{0,12}[│┃║╎>]\s{0,12}/, "");
    if (next === s) break;
    s = next;
  }
  return s;
}

/** The first quoted span in `s`, else `s` up to its closing punctuation. */
function firstQuotedOr(s: string): string {
  const q = QUOTED.exec(s);
  if (q) return q[1]!.trim();
  return s.replace(/[?？。.!]+\s*$/, "").trim();
}

interface Candidate {
  kind: FixKind;
  /** Higher wins; ties go to the earlier line. */
  rank: number;
  line: number;
  text: string;
  token: string;
  command: string | null;
}

const RANK = { command: 6, use: 5, retry: 5, values: 4, didYouMean: 4, partialCommand: 3, consider: 2, hint: 1 } as const;

/** The next non-empty lines after line `i`, prefixes stripped (for a command printed below its intro). */
function following(lines: string[], i: number, n = 4): string[] {
  const out: string[] = [];
  for (let j = i + 1; j < lines.length && j <= i + 8 && out.length < n; j++) {
    const s = stripLinePrefix(lines[j]!).replace(/^(?:hint|提示)\s{0,3}[:：]\s{0,8}/, "").replace(/^\d{1,6}\s{0,4}[+|]\s{0,8}/, "").replace(/^[+|]\s{0,8}/, "").trim();
    if (s) out.push(s);
  }
  return out;
}

function commandCandidate(kind: FixKind, line: number, text: string, command: string): Candidate {
  const complete = isComplete(command);
  return { kind, rank: complete ? RANK.command : RANK.partialCommand, line, text, token: command, command: complete ? command : null };
}

/** Intros after which tools print the command on the next line ("to add it:", "use", "Run", "call:"). */
const intro =
  /(?:\b(?:run|execute|use|call|using|type|command|commands|following|to add(?: it)?|to update(?: it)?|to fix(?: it| this)?|to resolve(?: it| this)?|to install(?: it)?|try again using|try)\b[^\n]{0,12}[:.]?|[:：])\s{0,4}$|(?:执行|运行)[^\n]{0,30}[:：]?\s{0,4}$/i;

function candidatesOf(lines: string[], failed: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  const add = (c: Candidate | null) => {
    if (!c || !c.token) return;
    if (c.command && rerunsFailedCommand(c.command, failed)) return;
    if (!c.command && c.kind === "run" && rerunsFailedCommand(c.token, failed)) return;
    out.push(c);
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.length > 2000) continue;
    const line = stripLinePrefix(raw);
    if (!line.trim() || notice.test(raw) || notice.test(line) || diagnosticOnly.test(line)) continue;
    const text = clean(line.replace(/^(?:hint|help|HINT|Hint|Help|提示)\s{0,3}[:：]\s{0,4}/, "")).slice(0, 300);
    let m: RegExpExecArray | null;

    // Did you mean …? — the suggestion on the same line, or on the next one.
    if ((m = /\b(?:[Dd]id you mean|[Pp]erhaps you meant|[Mm]aybe you meant|[Tt]he most similar commands? (?:is|are))(?: to)?(?: one of these| this)?\s{0,3}[:?]?\s{0,3}([^\n]{0,200})/.exec(line))) {
      const rest = m[1]!.trim().replace(/^[?:]\s{0,3}/, "");
      const next = rest ? null : following(lines, i, 1)[0] ?? null;
      const bare = rest.replace(/\?\s{0,3}$/, "");
      // A suggestion that is code keeps its quotes (print("x")); prose around a quoted name gives the name.
      const suggestion = rest ? (/^[\w.$]{1,60}\(/.test(bare) ? bare : firstQuotedOr(bare)) : next;
      if (suggestion) {
        const command = commandLike(suggestion);
        add(command ? { ...commandCandidate("did_you_mean", i, next ? `${text} ${next}` : text, command), rank: RANK.didYouMean } : { kind: "did_you_mean", rank: RANK.didYouMean, line: i, text, token: suggestion, command: null });
      }
    }
    if ((m = /; maybe "([^"\n]{1,80})"\?/.exec(line))) add({ kind: "did_you_mean", rank: RANK.didYouMean, line: i, text, token: m[1]!, command: null });
    if ((m = /\b[Pp]erhaps you (forgot [^?\n]{1,80})\?/.exec(line))) add({ kind: "hint", rank: RANK.didYouMean, line: i, text, token: m[1]!, command: null });

    // retry this command with --force or --legacy-peer-deps (npm wraps it over two lines).
    if ((m = /(?:\b(?:retry|re-?run)\s{1,3}|^)(?:this|the) command with ([^\n]{1,160})/i.exec(line))) {
      add({ kind: "retry_with", rank: RANK.retry, line: i, text, token: m[1]!.replace(/[.。]\s{0,3}$/, "").replace(/\s{0,3}to accept[^\n]{0,200}$/, "").trim(), command: null });
    }

    // Use X instead / To avoid this error, use X / please use X with Y.
    if ((m = /\b(?:[Pp]lease use|[Uu]se|[Tt]ry using)\s{1,3}([`'"‘“]?[^\n]{1,120}?[`'"’”]?)\s{1,3}instead\b/.exec(line))) {
      const token = firstQuotedOr(m[1]!);
      const command = commandLike(token);
      add(command ? { ...commandCandidate("use_instead", i, text, command), rank: RANK.use } : { kind: "use_instead", rank: RANK.use, line: i, text, token, command: null });
    } else if ((m = /(?:[Tt]o avoid this error[^\n]{0,80}?,\s{0,3}|\b[Pp]lease )use\s{1,3}([^\n]{2,160}?)(?:\s{1,3}(?:by itself|to map|to\s|in order|if you|when)|[.;]\s|$)/.exec(line))) {
      const body = m[1]!.trim();
      const quoted = QUOTED.exec(body);
      add({ kind: "use_instead", rank: RANK.use, line: i, text, token: quoted && quoted[0].length === body.length ? quoted[1]! : `use ${body}`, command: null });
    }

    // Allowed values: "Supported values are: …", "is not one of […]", "Input should be 'a' or 'b'".
    if (
      (m =
        /(?:must be one of|[Ss]upported values (?:are|is)|[Pp]ossible values(?: are)?|[Vv]alid (?:values|options|choices) (?:are|is|include)|[Aa]llowed values(?: are)?|[Ee]xpected one of|should be one of|should be alternating|[Cc]hoose one of|is not one of|[Pp]lease use a valid [\w ]{1,30}|[Ii]nput should be|[Ss]upported (?:models|parameters|formats) (?:are|is|include)|可选值(?:为|是|有)|取值范围(?:为|是)|支持的(?:模型|参数|取值)(?:有|为|是|包括))\s{0,3}[:：]?\s{0,3}((?:\[[^\]\n]{1,300}\])|[^\n]{1,300})/.exec(line))
    ) {
      const token = m[1]!.replace(/(?:\.\s|["}]|\s-\s|\sat line\s)[^\n]{0,300}$/, "").replace(/[.。]\s{0,3}$/, "").trim();
      if (token) add({ kind: "allowed_values", rank: RANK.values, line: i, text, token, command: null });
    }
    if ((m = /\bmust be set to ['"`]([^'"`\n]{1,60})['"`]/.exec(line))) add({ kind: "allowed_values", rank: RANK.values, line: i, text, token: m[1]!, command: null });

    // Quoted commands: "Run `bundle install`", "use \"pnpm install --no-frozen-lockfile\"", "requires Accelerate: `pip install accelerate`".
    const isHintLine = /^\s{0,8}(?:hint|提示)\s{0,3}[:：]/.test(stripLinePrefix(raw));
    if (!failureReport.test(line) && (actionIntent.test(line) || isHintLine)) {
      // Backtick spans first: they may hold quotes (`pip install 'accelerate>=0.26.0'`).
      const spans = [...line.matchAll(/`([^`\n]{2,200})`/g), ...line.matchAll(QUOTED_ALL)].slice(0, 24);
      for (const q of spans) {
        // The span must be what an action word points at ("Try 'apt --fix-broken install'"), not an argument list.
        const lead = line.slice(Math.max(0, q.index - 30), q.index);
        if (!isHintLine && !/(?:\b(?:run|running|use|using|try|execute|type|enter|with|please|command|e\.g\.|or)|[:：(]|执行|运行|使用)\s{0,3}$/i.test(lead)) continue;
        const command = commandLike(q[1]);
        if (command) {
          add(commandCandidate("run", i, text, command));
          break;
        }
      }
    }
    // Unquoted: "Run conda init before conda activate", "请先执行 npm install 安装依赖".
    if ((m = /(?:\b[Rr]un|\b[Ee]xecute|\busing|请(?:先)?(?:执行|运行)|(?:建议|可以|可尝试|尝试)(?:执行|运行))\s{0,3}[:：]?\s{1,3}((?:sudo\s)?[a-z][\w./-]{1,30}\s[^\n，。；`'"\u3400-\u9fff]{1,160})/.exec(line))) {
      const cut = m[1]!.split(/\s(?:before|to|and then|first|in order|if|then|again|from|inside|within)\s|[,;]\s|\.\s|\.$/)[0]!;
      const command = commandLike(cut);
      // Less explicit than a quoted command: a quoted one on another line wins.
      if (command) add({ ...commandCandidate("run", i, text, command), rank: isComplete(command) ? RANK.command - 1 : RANK.partialCommand });
    }
    // The command on the lines after an intro: go's "to add it:", git's "use" / "Run" / "call:", brew's "…files:".
    if (intro.test(line) && !/^\s{0,12}(?:at |File ")/.test(raw)) {
      for (const next of following(lines, i, 3)) {
        const command = commandLike(next);
        if (command) {
          const c = commandCandidate("run", i, `${text} ${command}`, command);
          add(c.command ? { ...c, rank: RANK.command + 1 } : c);
          break;
        }
      }
    }

    // Consider …ing / Try …ing: a printed suggestion in words.
    if ((m = /\b(?:[Cc]onsider|[Tt]ry) [a-z]{2,20}ing\b([^\n]{0,200})/.exec(line))) {
      const quoted = QUOTED.exec(m[1]!)?.[1]?.trim();
      const command = commandLike(quoted);
      const clause = clean(m[0]).replace(/[.。]\s{0,3}$/, "");
      // "Consider adding this directory to PATH": the directory is named on the line before.
      const before = /\bthis (?:directory|path|file|folder)\b/.test(clause) && i > 0 ? `${clean(stripLinePrefix(lines[i - 1]!))} ` : "";
      add(command ? { ...commandCandidate("consider", i, text, command), rank: Math.min(RANK.command, RANK.consider + 3) } : { kind: "consider", rank: RANK.consider, line: i, text: `${before}${text}`.slice(0, 300), token: clause, command: null });
    }

    // "install 'path-browserify'" (webpack), "需为 boolean", "must use the user role", "To disable safe mode, toggle …".
    if ((m = /(?:^|-\s{1,3}|need to\s{1,3}|please\s{1,3})install\s{1,3}['"`]([@\w./-]{2,100})['"`]/i.exec(line)) && !commandLike(m[1])) add({ kind: "run", rank: RANK.values, line: i, text, token: m[1]!, command: null });
    if ((m = /(?:需为|应为|必须为|必须是)\s{0,3}([^\s，。；\n]{1,40})/.exec(line))) add({ kind: "allowed_values", rank: RANK.values, line: i, text, token: m[1]!, command: null });
    // Instructions, not constraints: "must use the user role", "must alternate" (not "must be <= 192").
    if ((m = /\bmust (?:use|alternate|start with|begin with)\b[^\n"]{1,160}/.exec(line))) add({ kind: "hint", rank: RANK.consider, line: i, text, token: clean(m[0]), command: null });
    if ((m = /\b[Tt]o (?:disable|enable|fix|avoid|resolve|solve|allow|permit|turn off|turn on|update|install|accept)\b[^\n,]{1,80},\s{0,3}([^\n]{3,200})/.exec(line))) add({ kind: "hint", rank: RANK.consider + 1, line: i, text, token: clean(m[1]!).replace(/[.。]\s{0,3}$/, ""), command: null });
    if ((m = /\bOffending [\w-]{1,20} key (?:for IP )?in ([^\s:]{1,200}:\d{1,6})/.exec(line))) add({ kind: "hint", rank: RANK.values, line: i, text, token: m[1]!, command: null });
    if ((m = /(?:^|[.!]\s{1,3})((?:Use|Install|Add|Set|Enable|Upgrade|Update|Remove|Make sure|Ensure|Specify|Pass|Provide|Change|Increase|Reduce|Downgrade|Rename|Move|Delete|Disable|Switch to)\b[^\n]{2,200})/.exec(line)) && !/^(?:Use of|Update available)/.test(m[1]!)) {
      add({ kind: "hint", rank: RANK.hint + 1, line: i, text, token: clean(m[1]!).replace(/[.。]\s{0,3}$/, ""), command: null });
    }
    if ((m = /\b(?:[Mm]ake sure|[Ee]nsure) (?:to |that |you )?[^\n]{3,200}/.exec(line))) add({ kind: "hint", rank: RANK.hint + 1, line: i, text, token: clean(m[0]).replace(/[.。]\s{0,3}$/, ""), command: null });
    if ((m = /请(?:先)?(?:设置|开启|开始|使用|确认|安装|升级|更新|配置|切换)[^\n。，；;"'}]{1,60}/.exec(line))) add({ kind: "hint", rank: RANK.hint + 1, line: i, text, token: m[0], command: null });

    // hint: / help: / 提示： — rustc puts `help:` after the gutter and carets ("  |   ^^^^ help: …").
    if ((m = /^\s{0,8}(?:\|[\s^~-]{0,200})?(?:=\s{0,3})?(?:hint|help|HINT|Hint|Help|提示|建议)\s{0,3}[:：]\s{0,3}([^\n]{3,300})/.exec(line))) {
      const rest = m[1]!.trim();
      if (/^(?:see|for more|more info|refer)/i.test(rest)) continue;
      const quoted = QUOTED.exec(rest)?.[1]?.trim();
      // rustc prints the code to add on the gutter lines below: "28 + use common::Category;".
      const code = following(lines, i, 3).find((l) => /^(?:use |#\[|let |fn |impl |pub |mut |&|\*|\.)/.test(l));
      add({ kind: "hint", rank: code ? RANK.values : RANK.hint, line: i, text: code ? `${text} ${code}` : text, token: code ?? quoted ?? rest.replace(/[.。]\s{0,3}$/, ""), command: null });
    }
  }
  return out;
}

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

/** Pastes copied out of JSON logs carry `\n` escapes: read them as the lines they were. */
function unescapeJsonText(text: string): string {
  return text.replace(/\\r\\n|\\n/g, "\n").replace(/\\t/g, "\t").replace(/\\"/g, '"');
}

/**
 * The fix the message prints for itself, or null. Hints about seeing more output (stack traces,
 * --verbose, log files), tool notices, and commands that only rerun what failed are not fixes.
 * When a message prints several, a complete command beats a suggested name, which beats prose.
 */
export function extractPrintedFix(text: string): PrintedFix | null {
  const failed = failedCommands(text);
  let candidates = candidatesOf(text.split("\n", MAX_LINES), failed);
  if (candidates.length === 0 && /\\n/.test(text)) candidates = candidatesOf(unescapeJsonText(text).split("\n", MAX_LINES), failed);
  let best: Candidate | null = null;
  for (const c of candidates) if (!best || c.rank > best.rank) best = c;
  if (!best) return null;
  const shown = best.text.length > 300 ? `${best.text.slice(0, 299)}…` : best.text;
  return { kind: best.kind, text: shown, command: best.command, token: best.token };
}
