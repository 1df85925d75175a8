/**
 * Facts the report needs beyond the classifier's: module names, paths, ports, model names,
 * missing keys, the user's stack frame. Every pattern is anchored on a literal, uses bounded
 * or disjoint quantifiers only, and runs on bounded text, so the cost stays linear.
 */

const HEAD = 24 * 1024;
const TAIL = 24 * 1024;

export { stripAssistantAnswer } from "@/lib/text/cjk";

/** The head and the tail of a long paste: where errors and their innermost causes live. */
export function boundText(text: string): string {
  if (text.length <= HEAD + TAIL) return text;
  return `${text.slice(0, HEAD)}\n…\n${text.slice(text.length - TAIL)}`;
}

const trailing = /[.,;:!?'"`)\]}>»，。；：）】]+$/;
const clean = (s: string | undefined | null): string | null => {
  if (s == null) return null;
  const v = s.trim().replace(trailing, "");
  return v.length > 0 ? v : null;
};

function first(text: string, patterns: RegExp[]): string | null {
  for (const p of patterns) {
    const m = p.exec(text);
    const v = clean(m?.[1]);
    if (v) return v;
  }
  return null;
}

/* ---------- dependencies ---------- */

export function extractPythonModule(text: string): string | null {
  return first(text, [/No module named ['"]?([A-Za-z_][\w.]{0,120})/, /ModuleNotFoundError: ['"]?([A-Za-z_][\w.]{0,120})/]);
}

/** `cannot import name 'X' from 'pkg'`: the package is there but has no such name (version). */
export function extractImportName(text: string): { name: string; from: string | null } | null {
  const m = /cannot import name ['"]?(\w{1,120})['"]?(?: from ['"]?([\w.]{1,120}))?/.exec(text);
  return m ? { name: m[1]!, from: clean(m[2]) } : null;
}

export function extractNodeModule(text: string): string | null {
  return first(text, [
    /Cannot find (?:module|package) ['"]([^'"\n]{1,300})['"]/,
    /Can't resolve ['"]([^'"\n]{1,300})['"]/,
    /Could not resolve ["']([^'"\n]{1,300})["']/,
    /Failed to resolve (?:import|module specifier) ["']([^'"\n]{1,300})["']/,
    /Module not found: Error: Can't resolve ['"]([^'"\n]{1,300})['"]/,
  ]);
}

export function extractMissingCommand(text: string): string | null {
  // Patterns that start with a name run at every position: only try them when their literal is there.
  if (!/command not found|不是内部或外部命令|is not recognized as|executable file not found|ENOENT|Cannot run program|No such file or directory/.test(text)) return null;
  return first(text, [
    /(?:^|\n)\s*(?:[\w./-]{1,60}: )?(?:line \d{1,6}: )?([\w.+-]{1,60}): command not found/,
    /command not found: ([\w.+-]{1,60})/,
    /['"‘’“”]?([\w.+-]{1,60})['"‘’“”]? 不是内部或外部命令/,
    /['"‘’“”]?([\w.+-]{1,60})['"‘’“”]? is not recognized as (?:an internal or external command|the name of a cmdlet)/,
    /exec: "([\w.+-]{1,60})": executable file not found/,
    /spawn ([\w.+-]{1,60}) ENOENT/,
    /Cannot run program "([^"\n]{1,120})"/,
    /No such file or directory: '([\w.+-]{1,60})'(?!\S)/,
  ]);
}

export function extractJavaClass(text: string): string | null {
  const v = first(text, [
    /ClassNotFoundException:\s*([\w$.]{1,200})/,
    /NoClassDefFoundError:\s*([\w$./]{1,200})/,
    /Could not find or load main class ([\w$.]{1,200})/,
  ]);
  return v ? v.replace(/\//g, ".") : null;
}

export function extractGoPackage(text: string): string | null {
  return first(text, [
    /no required module provides package ([\w./@~-]{1,200})/,
    /cannot find package "([^"\n]{1,200})"/,
    /cannot find module providing package ([\w./@~-]{1,200})/,
    /package ([\w./-]{1,200}) is not in (?:GOROOT|std)/,
  ]);
}

export function extractSharedLibrary(text: string): string | null {
  if (!/shared librar|shared object|Library not loaded|DLL|\.dll/i.test(text)) return null;
  return first(text, [
    /error while loading shared libraries: ([\w.+-]{1,120})/,
    /(?:cannot open shared object file|Library not loaded):?\s*@?[\w/]{0,200}?([\w.+-]{1,120}\.(?:so[\w.]*|dylib))/,
    /Unable to load (?:DLL|shared library) ['"]([^'"\n]{1,120})['"]/,
    /([\w.+-]{1,120}\.dll) (?:was not found|is missing|not found)/i,
  ]);
}

export function extractPhpClass(text: string): string | null {
  return first(text, [/Class ['"]([\w\\]{1,200})['"] not found/, /Class "([\w\\]{1,200})" not found/]);
}

export function extractRubyGem(text: string): string | null {
  return first(text, [/cannot load such file -- ([\w./-]{1,120})/, /Could not find gem '([\w.-]{1,120})/]);
}

/* ---------- network ---------- */

export function extractPort(text: string): number | null {
  const patterns = [
    /EADDRINUSE:? address already in use [^\n]{0,60}?:(\d{2,5})\b/,
    /address already in use[^\n\d]{0,20}(?:[\w.\]-]{0,60}:)?(\d{2,5})\b/i,
    /[Pp]ort (\d{2,5}) (?:is )?(?:already )?(?:in use|allocated|taken)/,
    /(?:listen tcp\d?|bind for|Bind for) [\w.[\]:-]{0,60}:(\d{2,5})\b/,
    /:(\d{2,5}):? bind: /,
    /listen EADDRINUSE[^\n]{0,60}?:(\d{2,5})\b/,
    /(?:\bport|端口)\s*[:=]?\s*(\d{2,5})\b[^\n]{0,60}(?:in use|占用|already|allocated)/i,
  ];
  for (const p of patterns) {
    const m = p.exec(text);
    if (m) {
      const n = Number(m[1]);
      if (n > 0 && n < 65536) return n;
    }
  }
  return null;
}

/** `host:port` of a refused / reset / timed-out connection. */
export function extractHostPort(text: string): { host: string; port: number | null } | null {
  const patterns = [
    /(?:ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH)\s+\[?([\w.:-]{1,80}?)\]?:(\d{2,5})\b/,
    /Cannot connect to host ([\w.-]{1,120}):(\d{2,5})/,
    /host=['"]([\w.-]{1,120})['"],\s*port=(\d{2,5})/,
    /dial tcp ([\w.-]{1,120}):(\d{2,5})/,
    /connect to (?:server at |host )?"?([\w.-]{1,120})"?(?: \([\d.:]{1,45}\))?,? port (\d{2,5})/,
    /Failed to connect to ([\w.-]{1,120}) port (\d{2,5})/,
    /(?:getaddrinfo (?:ENOTFOUND|EAI_AGAIN)|Could not resolve host:?|lookup) ([\w-]{1,63}(?:\.[\w-]{1,63}){1,8})()/,
    /Connection to ([\w.-]{1,120}) timed out()/,
  ];
  for (const p of patterns) {
    const m = p.exec(text);
    if (m) {
      const port = m[2] ? Number(m[2]) : null;
      return { host: m[1]!.toLowerCase(), port: port && port < 65536 ? port : null };
    }
  }
  return null;
}

export function extractCorsOrigin(text: string): { target: string | null; origin: string | null } | null {
  const m = /Access to (?:fetch|XMLHttpRequest) at '([^'\n]{1,500})' from origin '([^'\n]{1,200})'/.exec(text);
  if (m) return { target: m[1]!, origin: m[2]! };
  return /CORS/.test(text) ? { target: null, origin: null } : null;
}

/* ---------- files ---------- */

export function extractPath(text: string): string | null {
  return first(text, [
    /(?:No such file or directory|Permission denied|拒绝访问。?|系统找不到指定的(?:文件|路径)。?|Is a directory|Not a directory|File exists):\s*'([^'\n]{1,400})'/,
    /(?:ENOENT|EACCES|EPERM|EISDIR|ENOTDIR|EBUSY|EEXIST): [^\n,]{1,80}, \w{1,20} '([^'\n]{1,400})'/,
    /FileNotFoundException: ([^\n]{1,400}?) \((?:No such file or directory|The system cannot find|系统找不到)/,
    /Could not find (?:a part of the path|file) '([^'\n]{1,400})'/,
    /(?:open|stat|lstat|mkdir|remove) ([^\s:]{1,400}): (?:no such file or directory|permission denied)/,
    /can't open file '([^'\n]{1,400})'/,
    /(?:npm ERR!|npm error) path ([^\s]{1,400})/,
    /\[Errno (?:2|13)\] [^:\n]{1,80}: '([^'\n]{1,400})'/,
    /(?:cannot access|cannot open|cannot stat) '([^'\n]{1,400})'/,
    /(?:Permission denied|No such file or directory)[^\n/]{0,20}((?:\/[\w.@+-]{1,80}){1,20})/,
  ]);
}

/* ---------- code ---------- */

export function extractMissingKey(text: string): string | null {
  return first(text, [/KeyError: (?:'([^'\n]{1,120})'|"([^"\n]{1,120})")/, /KeyError: ([\w.-]{1,120})/, /key ['"]([^'"\n]{1,120})['"] not found/i]) ?? keyErrorDouble(text);
}

function keyErrorDouble(text: string): string | null {
  const m = /KeyError: "([^"\n]{1,120})"/.exec(text);
  return clean(m?.[1]);
}

/** The property or attribute read on an empty / wrong value. */
export function extractProperty(text: string): string | null {
  // Ruby's `[]` is a method name that the trailing-punctuation clean-up would eat.
  const ruby = /undefined method [`']([^'`\s]{1,120})' for nil/.exec(text);
  if (ruby) return ruby[1]!;
  return first(text, [
    /\(reading '([^'\n]{1,120})'\)/,
    /Cannot read propert(?:y|ies) '([^'\n]{1,120})' of/,
    /has no attribute '([^'\n]{1,120})'/,
    /undefined method [`']([^'`\n]{1,120})'/,
    /Cannot invoke "[\w$.]{0,200}\.(\w{1,120})\(/,
    /lateinit property (\w{1,120}) has not been initialized/,
    /Cannot set propert(?:y|ies) of \w+ \(setting '([^'\n]{1,120})'\)/,
  ]);
}

export function extractUndefinedName(text: string): string | null {
  return first(text, [
    /NameError: (?:global )?name '([^'\n]{1,120})' is not defined/,
    /ReferenceError: ([\w$]{1,120}) is not defined/,
    /cannot find symbol[\s\S]{0,120}?symbol:\s+(?:variable|method|class) (\w{1,120})/,
    /\bundefined: ([\w.]{1,120})/,
    /Call to undefined (?:function|method) ([\w:\\>-]{1,120})\(/,
    /cannot find (?:value|function|type|macro) `([\w:]{1,120})` in this scope/,
    /The name '(\w{1,120})' does not exist in the current context/,
    /'([\w:]{1,120})' (?:was not declared in this scope|is not a member of)/,
    /‘([\w:]{1,120})’ (?:was not declared in this scope|is not a member of)/,
    /use of undeclared (?:identifier|crate or module) [`']([\w:]{1,120})[`']/,
  ]);
}

/** The `x` in `x is not a function` / `'x' object is not callable`. */
export function extractNotCallable(text: string): string | null {
  return first(text, [/TypeError: ([\w$.[\]]{1,120}) is not a function/, /'(\w{1,60})' object is not callable/]);
}

export function extractIndexInfo(text: string): { index: string | null; length: string | null } | null {
  const patterns: [RegExp, number, number][] = [
    [/the len is (\d{1,20}) but the index is (\d{1,20})/, 2, 1],
    [/[Ii]ndex:? (-?\d{1,20}) out of bounds for length (\d{1,20})/, 1, 2],
    [/index out of range \[(-?\d{1,20})\] with length (\d{1,20})/, 1, 2],
    [/Index was outside the bounds of the array()()/, 1, 2],
  ];
  for (const [p, i, l] of patterns) {
    const m = p.exec(text);
    if (m) return { index: clean(m[i]), length: clean(m[l]) };
  }
  return null;
}

export function extractEncoding(text: string): string | null {
  return first(text, [/'([\w-]{2,20})' codec can't (?:decode|encode)/, /UnicodeDecodeError: '([\w-]{2,20})'/, /charmap/]);
}

/* ---------- LLM APIs ---------- */

const modelToken =
  /\b((?:gpt-[\w.-]{1,40}|chatgpt-[\w.-]{1,40}|o[134](?:-mini|-pro|-preview)?(?:-\d{4}-\d\d-\d\d)?|claude-[\w.-]{1,60}|gemini-[\w.-]{1,40}|deepseek-[\w.-]{1,40}|glm-[\w.-]{1,30}|qwen[\w.:-]{0,40}|llama[\w.:-]{0,40}|mistral-[\w.-]{1,40}|moonshot-[\w.-]{1,30}|kimi-[\w.-]{1,30}|doubao-[\w.-]{1,60}|grok-[\w.-]{1,30}|text-embedding-[\w.-]{1,30}|dall-e-[23]|whisper-1))\b/i;

/** The model the request named, when the text says it. */
export function extractModel(text: string): string | null {
  const v = first(text, [
    /The model [`'"]([^`'"\s]{1,100})[`'"] does not exist/,
    /\bmodel [`'"]([^`'"\s]{1,100})[`'"] (?:not found|is not found|does not exist|is not supported)/i,
    /models\/([\w.:-]{1,100}) is not found/,
    /对于模型\s*([^\s（(，,]{1,100})\s*无可用渠道/,
    /下模型\s*([^\s（(，,]{1,100}?)\s*(?:的可用渠道|无可用渠道|無可用管道)/,
    /模型\s*([\w./:-]{1,100})\s*(?:倍率|的价格)/,
    /for model ([\w./:-]{1,100}) under group/,
    /(?:no access to model|无权(?:使用|访问)模型)[：:\s]*([\w./:-]{1,100})/i,
    /"model"\s*:\s*"([^"\s]{1,100})"/,
    /'model'\s*:\s*'([^'\s]{1,100})'/,
    /access model\(([^)\s]{1,100})\)/,
    /requested model ([\w./:-]{1,100})/,
    /output tokens for ([\w.:-]{1,100})/,
    /Rate limit reached for ([\w.-]{1,100}) in organization/,
    /\b[Mm]odel[=:]\s*['"]?([\w./-]{2,100}(?::[\w.-]{1,40})?)/,
  ]);
  if (v) return v;
  return clean(modelToken.exec(text)?.[1]);
}

/** `当前分组 default 下对于模型  无可用渠道`: the model slot is empty, so the request named no model. */
export function hasEmptyRelayModel(text: string): boolean {
  return /对于模型\s{0,3}无可用渠道|下模型\s{0,3}(?:的可用渠道|无可用渠道)|for model\s{1,3}under group/.test(text);
}

export function extractGroup(text: string): string | null {
  return first(text, [
    /当前分组\s*([^\s，,：:（(]{1,60}?)\s*下/,
    /分组\s*([^\s，,：:（(]{1,60}?)\s*(?:下模型|下对于模型|已被禁用|已被弃用|不存在)/,
    /无权访问\s*([^\s，,]{1,60}?)\s*分组/,
    /under group ([\w.-]{1,60})/,
    /\bgroup: ([\w.-]{1,60})/,
  ]);
}

export function extractTokenLimits(text: string): { limit: number; requested: number | null } | null {
  const patterns: [RegExp, number, number][] = [
    [/maximum context length is (\d{2,9}) tokens[^\n]{0,120}?(?:requested|resulted in) (\d{2,9}) tokens/, 1, 2],
    [/maximum context length is (\d{2,9}) tokens/, 1, 0],
    [/prompt is too long: (\d{2,9}) tokens > (\d{2,9}) maximum/, 2, 1],
    [/max_tokens:? (\d{2,9}) > (\d{2,9})/, 2, 1],
    [/(\d{2,9}) tokens? > (\d{2,9})/, 2, 1],
    [/context (?:window|length) (?:of|is) (\d{2,9})/, 1, 0],
  ];
  for (const [p, li, ri] of patterns) {
    const m = p.exec(text);
    if (m) return { limit: Number(m[li]), requested: ri ? Number(m[ri]) : null };
  }
  return null;
}

/** Seconds the server asked us to wait, as written. */
export function extractRetryAfter(text: string): string | null {
  const m =
    /(?:try again in|retry after|retry in|reset after|Retry-After:?)\s*(\d{1,7}(?:\.\d{1,3})?)\s*(ms|s|seconds?|秒)?/i.exec(text) ??
    /(\d{1,7}(?:\.\d{1,3})?)\s*(秒)后重试/.exec(text);
  if (!m) return null;
  const unit = m[2]?.toLowerCase() ?? "s";
  const n = Number(m[1]);
  if (!Number.isFinite(n)) return null;
  return unit === "ms" ? String(Math.max(1, Math.ceil(n / 1000))) : String(Math.ceil(n));
}

/** Remaining and needed quota in relay pre-consume messages. */
export function extractQuota(text: string): { remain: string; need: string | null } | null {
  const m =
    /(?:用户剩余额度|剩余额度|user quota|remain quota|RemainQuota)\s*[:：=]\s*([＄$¥]?-?[\d.]{1,20})(?:[^\n]{0,40}?(?:需要预扣费额度|需要额度|need quota)\s*[:：=]\s*([＄$¥]?[\d.]{1,20}))?/i.exec(
      text,
    );
  return m ? { remain: m[1]!.replace("＄", "$"), need: m[2] ? m[2].replace("＄", "$") : null } : null;
}

/* ---------- databases ---------- */

export type DbKind = "sqlite" | "postgres" | "mysql" | "mongodb" | "redis" | "sqlserver" | "oracle";

export function extractDbKind(text: string): DbKind | null {
  if (/sqlite|SQLITE_/i.test(text)) return "sqlite";
  if (/postgres|psycopg|\bPG::|\bpg_hba|SQLSTATE\[|\brelation\s+["»“]|\b5432\b|Npgsql|asyncpg/i.test(text)) return "postgres";
  if (/mysql|mariadb|\bER_[A-Z_]{3,}|\b3306\b|pymysql|SQLSTATE\[HY000\]/i.test(text)) return "mysql";
  if (/mongo/i.test(text)) return "mongodb";
  if (/redis|\b6379\b/i.test(text)) return "redis";
  if (/sql ?server|mssql|SqlException|\b1433\b/i.test(text)) return "sqlserver";
  if (/\bORA-\d{5}/.test(text)) return "oracle";
  return null;
}

export function extractRelation(text: string): string | null {
  return first(text, [
    /relation ["»“]([^"«”\n]{1,120})["«”] does not exist/,
    /Relation ["»“]([^"«”\n]{1,120})["«”] existiert nicht/,
    /no such table: ([\w.]{1,120})/,
    /Table '([\w.]{1,120})' doesn't exist/,
  ]);
}

/* ---------- git / containers / builds ---------- */

export function extractGitBranch(text: string): string | null {
  return first(text, [/\[rejected\]\s+([\w./-]{1,100}) ->/, /git push \S{1,60} ([\w./-]{1,100})/, /src refspec ([\w./-]{1,100}) does not match/]);
}

export function extractConflictFiles(text: string): string[] {
  const files: string[] = [];
  const re = /Merge conflict in ([^\n]{1,300})/g;
  for (let m = re.exec(text), n = 0; m && n < 20; m = re.exec(text), n++) {
    const f = m[1]!.trim();
    if (!files.includes(f)) files.push(f);
  }
  return files;
}

export function extractImage(text: string): string | null {
  return first(text, [
    /manifest for ([\w./:@-]{1,200}) not found/,
    /pull access denied for ([\w./-]{1,200})/,
    /Failed to pull image "([^"\n]{1,200})"/,
    /(?:Back-off pulling image|image) "([^"\n]{1,200})"/,
    /docker pull ([\w./:@-]{1,200})/,
  ]);
}

/** Kubernetes pod (names are lowercase DNS labels) and its namespace when the event names it (`pod=name_namespace(uid)`). */
export function extractPod(text: string): { name: string; namespace: string | null } | null {
  const event = /\bpod[=/ ]"?([a-z0-9][a-z0-9.-]{0,120})(?:_([a-z0-9][a-z0-9-]{0,60}))?\(/.exec(text);
  if (event) return { name: event[1]!, namespace: event[2] ?? null };
  const name = first(text, [/\bpod\/([a-z0-9][a-z0-9.-]{0,120})/, /\bpod "([a-z0-9][a-z0-9.-]{0,120})"/, /container=([a-z0-9][a-z0-9.-]{0,120})/]);
  return name ? { name, namespace: null } : null;
}

export function extractRustCode(text: string): string | null {
  return clean(/error\[(E\d{4})\]/.exec(text)?.[1]);
}

export function extractJavaRelease(text: string): string | null {
  return first(text, [/invalid (?:target|source) release:?\s*([\d.]{1,5})/, /release version ([\d.]{1,5}) not supported/]);
}

export function extractClassVersion(text: string): { found: number; supported: number } | null {
  const m = /class file version (\d{2})\.0\), this version of the Java Runtime only recognizes class file versions up to (\d{2})\.0/.exec(text);
  return m ? { found: Number(m[1]), supported: Number(m[2]) } : null;
}

export function extractMemoryNeed(text: string): { need: string; available: string } | null {
  const m = /requires more system memory \(([\d.]{1,10}\s?[KMGT]i?B)\) than is available \(([\d.]{1,10}\s?[KMGT]i?B)\)/.exec(text);
  return m ? { need: m[1]!, available: m[2]! } : null;
}

/* ---------- the user's frame ---------- */

export interface Frame {
  file: string;
  line: number;
  func: string | null;
  /** The source line Python echoes under the frame. */
  code: string | null;
}

const libraryPath = /site-packages|dist-packages|[\\/]lib[\\/]python\d|[\\/]Lib[\\/]|(?:python\d[\d.]*|anaconda\d?|miniconda\d?|miniforge\d?)[\\/]lib[\\/]|node_modules|node:internal|<frozen |^internal\/|[\\/]go[\\/]src[\\/]|[\\/]pkg[\\/]mod[\\/]|\.cargo[\\/]registry|[\\/]rustc[\\/]/;

/** The last Python frame in the user's code (library frames only when nothing else). */
export function extractPythonFrame(text: string): Frame | null {
  const re = /File "([^"\n]{1,400})", line (\d{1,7})(?:, in ([\w<>.]{1,120}))?[^\S\n]*\n([^\n]{0,400})/g;
  let user: Frame | null = null;
  let any: Frame | null = null;
  for (let m = re.exec(text), n = 0; m && n < 500; m = re.exec(text), n++) {
    const codeLine = m[4]!.trim();
    const code = codeLine && !/^File "|^\^|^[~^ ]+$|Error\b|Exception\b/.test(codeLine) ? codeLine : null;
    const frame: Frame = { file: m[1]!, line: Number(m[2]), func: m[3] ?? null, code };
    any = frame;
    if (!libraryPath.test(frame.file)) user = frame;
    re.lastIndex = m.index + m[0].length - m[4]!.length;
  }
  // Only library frames (the SDK, the standard library): pointing there does not help the user.
  return user ?? (any && !libraryPath.test(any.file) ? any : null);
}

function firstFrame(text: string, re: RegExp, toFrame: (m: RegExpExecArray) => Frame, skip: RegExp): Frame | null {
  let fallback: Frame | null = null;
  for (let m = re.exec(text), n = 0; m && n < 500; m = re.exec(text), n++) {
    const f = toFrame(m);
    if (!skip.test(f.file) && !skip.test(f.func ?? "")) return f;
    fallback ??= f;
  }
  return fallback;
}

const javaLibrary = /^(?:java|javax|jdk|sun|kotlin|kotlinx|scala|org\.springframework|org\.apache|android|androidx|com\.android|dalvik|io\.netty|retrofit2|okhttp3|com\.sun|org\.junit)\./;

export function extractFrame(text: string, ecosystem: string | null): Frame | null {
  switch (ecosystem) {
    case "python":
      return extractPythonFrame(text);
    case "node":
    case "browser":
      return firstFrame(
        text,
        /\bat (?:([\w$.<>[\] ]{1,120}) \()?((?:https?:\/\/[^\s()]{1,300}?|(?:[A-Za-z]:)?[^\s():]{1,400})\.(?:m?js|cjs|ts|tsx|jsx|vue|svelte)):(\d{1,7}):\d{1,7}\)?/g,
        (m) => ({ file: m[2]!, line: Number(m[3]), func: m[1]?.trim() || null, code: null }),
        libraryPath,
      );
    case "java":
      return firstFrame(
        text,
        /\bat ([\w$.<>]{1,300})\(([\w$]{1,120}\.(?:java|kt|scala|groovy)):(\d{1,7})\)/g,
        (m) => ({ file: m[2]!, line: Number(m[3]), func: m[1]!, code: null }),
        javaLibrary,
      );
    case "go":
      return firstFrame(text, /(?:^|\s)((?:[\w.@~-]{0,120}\/){0,20}[\w.-]{1,120}\.go):(\d{1,7})/gm, (m) => ({ file: m[1]!, line: Number(m[2]), func: null, code: null }), libraryPath);
    case "rust":
      return firstFrame(text, /((?:[\w.@~-]{0,120}[\\/]){0,20}[\w.-]{1,120}\.rs):(\d{1,7}):\d{1,7}/g, (m) => ({ file: m[1]!, line: Number(m[2]), func: null, code: null }), libraryPath);
    case "dotnet":
      return firstFrame(text, /\bat ([\w$.<>`]{1,300})\([^)\n]{0,300}\) in ([^\n]{1,300}?\.cs):line (\d{1,7})/g, (m) => ({ file: m[2]!, line: Number(m[3]), func: m[1]!, code: null }), /^$/);
    case "php":
      return firstFrame(text, /\bin ([^\s:]{1,300}\.php)(?: on line |:)(\d{1,7})/g, (m) => ({ file: m[1]!, line: Number(m[2]), func: null, code: null }), /[\\/]vendor[\\/]/);
    case "ruby":
      return firstFrame(text, /((?:[\w.@~-]{0,120}\/){0,20}[\w.-]{1,120}\.(?:rb|haml|erb|slim)):(\d{1,7}):in/g, (m) => ({ file: m[1]!, line: Number(m[2]), func: null, code: null }), /[\\/]gems[\\/]/);
    case "c":
    case "cpp":
      return firstFrame(
        text,
        /((?:[\w.@~-]{0,120}\/){0,20}[\w.-]{1,120}\.(?:c|cc|cpp|cxx|h|hh|hpp)):(\d{1,7}):\d{1,7}: (?:fatal )?error/g,
        (m) => ({ file: m[1]!, line: Number(m[2]), func: null, code: null }),
        /^\/usr\//,
      );
    default:
      return null;
  }
}

/* ---------- all of them ---------- */

export interface ExtractedFacts {
  pythonModule: string | null;
  importName: { name: string; from: string | null } | null;
  nodeModule: string | null;
  missingCommand: string | null;
  javaClass: string | null;
  goPackage: string | null;
  sharedLibrary: string | null;
  phpClass: string | null;
  rubyGem: string | null;
  port: number | null;
  hostPort: { host: string; port: number | null } | null;
  cors: { target: string | null; origin: string | null } | null;
  path: string | null;
  missingKey: string | null;
  property: string | null;
  undefinedName: string | null;
  notCallable: string | null;
  indexInfo: { index: string | null; length: string | null } | null;
  encoding: string | null;
  model: string | null;
  modelIsEmpty: boolean;
  group: string | null;
  tokenLimits: { limit: number; requested: number | null } | null;
  retryAfter: string | null;
  quota: { remain: string; need: string | null } | null;
  dbKind: DbKind | null;
  relation: string | null;
  gitBranch: string | null;
  conflictFiles: string[];
  image: string | null;
  pod: { name: string; namespace: string | null } | null;
  rustCode: string | null;
  javaRelease: string | null;
  classVersion: { found: number; supported: number } | null;
  memoryNeed: { need: string; available: string } | null;
  frame: Frame | null;
}

export function extractFacts(text: string, ecosystem: string | null): ExtractedFacts {
  return {
    pythonModule: extractPythonModule(text),
    importName: extractImportName(text),
    nodeModule: extractNodeModule(text),
    missingCommand: extractMissingCommand(text),
    javaClass: extractJavaClass(text),
    goPackage: extractGoPackage(text),
    sharedLibrary: extractSharedLibrary(text),
    phpClass: extractPhpClass(text),
    rubyGem: extractRubyGem(text),
    port: extractPort(text),
    hostPort: extractHostPort(text),
    cors: extractCorsOrigin(text),
    path: extractPath(text),
    missingKey: extractMissingKey(text),
    property: extractProperty(text),
    undefinedName: extractUndefinedName(text),
    notCallable: extractNotCallable(text),
    indexInfo: extractIndexInfo(text),
    encoding: extractEncoding(text),
    model: extractModel(text),
    modelIsEmpty: hasEmptyRelayModel(text),
    group: extractGroup(text),
    tokenLimits: extractTokenLimits(text),
    retryAfter: extractRetryAfter(text),
    quota: extractQuota(text),
    dbKind: extractDbKind(text),
    relation: extractRelation(text),
    gitBranch: extractGitBranch(text),
    conflictFiles: extractConflictFiles(text),
    image: extractImage(text),
    pod: extractPod(text),
    rustCode: extractRustCode(text),
    javaRelease: extractJavaRelease(text),
    classVersion: extractClassVersion(text),
    memoryNeed: extractMemoryNeed(text),
    frame: extractFrame(text, ecosystem),
  };
}
