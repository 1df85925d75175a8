/** Errors in the program itself: syntax, empty values, types, names, keys/indexes, values, data parsing. */
import { block, ecoOf, ic, ident, inline, q, say, type CodeEco } from "../code/util";
import type { CodeBlock } from "../schema";
import type { Facts, KnowledgeEntry, L, Lang } from "../types";
import { t } from "../types";
import { whereText } from "./common";

const where = (f: Facts) => whereText(f);
const fileOf = (f: Facts) => f.frame?.file ?? null;
const lineOf = (f: Facts) => f.frame?.line ?? null;

/** "app.py 第 12 行" / "app.py line 12", or a generic phrase. */
function at(f: Facts): L {
  const file = fileOf(f);
  const line = lineOf(f);
  if (file && line) return t(`${ic(file)} 第 ${line} 行`, `${ic(file)} line ${line}`);
  return t("报错指向的那一行", "the line the error points to");
}

/** Debug print / breakpoint advice per ecosystem. */
function inspectCode(f: Facts, lang: Lang, expr: string): CodeBlock {
  const s = say(lang);
  switch (ecoOf(f)) {
    case "node":
      return block("javascript", [
        s(`// 在${lineOf(f) ? `第 ${lineOf(f)} 行` : "出错行"}之前打印，看清它到底是什么`, `// print it right before ${lineOf(f) ? `line ${lineOf(f)}` : "the failing line"} to see what it really is`),
        `console.log(typeof ${expr});`,
        `console.dir(${expr}, { depth: 5 });`,
        s("// 或者在这里打断点：node --inspect-brk app.js，然后用 Chrome 打开 chrome://inspect", "// or break here: node --inspect-brk app.js, then open chrome://inspect in Chrome"),
        "debugger;",
      ]);
    case "java":
      if (f.has(/\.kt:\d|kotlin\./)) return block("kotlin", [s("// 出错行之前打印它的值", "// print the value before the failing line"), `println("${expr} = $${expr}")`]);
      return block("java", [s("// 出错行之前记录它的值", "// log the value before the failing line"), `System.out.println("${expr} = " + java.util.Objects.toString(${expr}, "(empty)"));`]);
    case "go":
      return block("go", [s("// 出错行之前打印值和类型", "// print value and type before the failing line"), `fmt.Printf("%#v (%T)\\n", ${expr}, ${expr})`]);
    case "rust":
      return block("rust", [s("// 出错行之前打印", "// print before the failing line"), `dbg!(&${expr});`]);
    case "dotnet":
      return block("csharp", [s("// 出错行之前输出", "// log before the failing line"), `Console.WriteLine($"{${expr}?.GetType().Name ?? "(empty)"}: {${expr}}");`]);
    case "ruby":
      return block("ruby", [s("# 出错行之前打印", "# print before the failing line"), `p ${expr}`]);
    case "php":
      return block("php", [s("// 出错行之前打印", "// dump before the failing line"), `var_dump($${expr.replace(/^\$/, "")});`]);
    default:
      return block("python", [
        s(`# 在${lineOf(f) ? `第 ${lineOf(f)} 行` : "出错行"}之前打印，看清它的类型和值`, `# print it right before ${lineOf(f) ? `line ${lineOf(f)}` : "the failing line"} to see its type and value`),
        `print(type(${expr}), repr(${expr}))`,
        s("# 或者停在这里逐步检查（输入 p 变量名 查看，c 继续）", "# or stop here and inspect (type p name to print, c to continue)"),
        "breakpoint()",
      ]);
  }
}

/* ---------- code.syntax ---------- */

const isIndent = (f: Facts) => f.has(/IndentationError|TabError|unindent does not match|expected an indented block|unexpected indent/);
const isFString = (f: Facts) => Boolean(f.frame?.code && /\bf["']/.test(f.frame.code)) && f.has(/SyntaxError: invalid syntax/);
const isPy2Print = (f: Facts) => f.has(/Missing parentheses in call to 'print'|Missing parentheses in call to 'exec'/) || Boolean(f.frame?.code && /^print\s+["'\w]/.test(f.frame.code));
const isEsm = (f: Facts) => f.has(/Cannot use import statement outside a module|Unexpected token 'export'|require\(\) of ES Module|ERR_REQUIRE_ESM|Unexpected token 'import'/);
const isModernSyntax = (f: Facts) => f.has(/Unexpected token '\?'|Unexpected token '\.'|Unexpected token '\?\?='/);

export const codeSyntax: KnowledgeEntry = {
  category: "code.syntax",
  example: '  File "main.py", line 27\n    log(f"Debug mode : {\'ACTIVATED\' if debug else \'DEACTIVATED\'}")\n                                                                ^\nSyntaxError: invalid syntax',
  subject: (f) => (fileOf(f) ? `${inline(fileOf(f)!.replace(/^.*[\\/]/, ""), 60)}${lineOf(f) ? `:${lineOf(f)}` : ""}` : null),
  gist: (f) => t(`代码在${at(f).zh}无法被解析：写法不符合${ecoOf(f) === "node" ? " JavaScript" : ecoOf(f) === "python" ? " Python" : ""}的语法（或不符合当前解释器版本的语法）。`, `The code at ${at(f).en} cannot be parsed: it is not valid${ecoOf(f) === "node" ? " JavaScript" : ecoOf(f) === "python" ? " Python" : ""} syntax (or not for this interpreter version).`),
  summary: (f) => {
    if (isIndent(f)) return t(`Python 用缩进表示代码块，${at(f).zh}的缩进和上下文不一致：多了/少了空格，或者混用了 Tab 和空格（肉眼看起来对齐，解释器看来不一样）。`, `Python uses indentation for blocks, and ${at(f).en} does not line up with its context: extra or missing spaces, or tabs mixed with spaces (aligned to the eye, not to the interpreter).`);
    if (isFString(f)) return t(`出错行里用了 f-string（\`f"..."\`），而 f-string 需要 Python 3.6+。在这一行报 “invalid syntax”，几乎可以肯定是用了 Python 2 或 3.5 及以下的解释器在运行它（例如命令写成了 \`python\` 而它指向 Python 2）。`, `The failing line uses an f-string (\`f"..."\`), which needs Python 3.6+. "invalid syntax" on such a line almost always means Python 2 or ≤ 3.5 is running it (e.g. \`python\` points to Python 2).`);
    if (isPy2Print(f)) return t("这是 Python 2 的写法（`print \"x\"` 不带括号），在 Python 3 里是语法错误。要么把代码迁移到 Python 3（`print(\"x\")`，可以用 2to3 自动转换），要么用 Python 2 运行这个老项目。", "This is Python 2 syntax (`print \"x\"` without parentheses), a syntax error in Python 3. Migrate the code (`print(\"x\")`, 2to3 can convert it) or run this old project with Python 2.");
    if (isEsm(f)) return t("ES 模块（import/export）和 CommonJS（require/module.exports）混用了：Node 把这个文件当成 CommonJS 加载，却遇到了 import/export 语句（或反过来 require 了一个纯 ESM 包）。通过 package.json 的 `\"type\": \"module\"`、文件扩展名 .mjs/.cjs，或改用对应的导入方式统一起来。", "ES modules (import/export) and CommonJS (require/module.exports) are mixed: Node loads the file as CommonJS and meets import/export (or a CommonJS file requires an ESM-only package). Align them via `\"type\": \"module\"` in package.json, the .mjs/.cjs extension, or the matching import style.");
    if (isModernSyntax(f)) return t("代码用了较新的 JavaScript 语法（可选链 `?.`、空值合并 `??`），而运行它的 Node 版本太旧（Node 14 以下不支持）。升级 Node 即可。", "The code uses newer JavaScript syntax (optional chaining `?.`, nullish coalescing `??`) that the running Node is too old for (below Node 14). Upgrade Node.");
    return t(`解析器在${at(f).zh}遇到了不合法的写法。注意：真正的错误常常在报错位置的前一行——少了括号、引号、冒号或逗号，解析器要读到下一行才发现不对。`, `The parser met invalid syntax at ${at(f).en}. The real mistake is often on the line before — a missing bracket, quote, colon or comma that the parser only notices on the next line.`);
  },
  causes: [
    (f) => isIndent(f) && t("同一个代码块里混用了 Tab 和空格，或从网页/聊天里复制代码时缩进被改变。", "Tabs and spaces are mixed in one block, or copying from a web page/chat changed the indentation."),
    (f) => isFString(f) && t("`python` 命令指向了 Python 2 或旧版 Python 3（`python --version` 可确认），或者脚本的 shebang 写的是 `#!/usr/bin/env python`。", "`python` points to Python 2 or an old Python 3 (check with `python --version`), or the script's shebang is `#!/usr/bin/env python`."),
    (f) => isPy2Print(f) && t("项目是为 Python 2 写的，却用 Python 3 运行。", "The project was written for Python 2 and is run with Python 3."),
    (f) => isEsm(f) && t("package.json 没有 `\"type\": \"module\"`，文件却写了 import/export；或 require 了只提供 ESM 的新版包（如 node-fetch 3、chalk 5）。", "package.json lacks `\"type\": \"module\"` while the file uses import/export; or it requires an ESM-only package (node-fetch 3, chalk 5 …)."),
    t("括号、引号、花括号没有成对闭合，或者语句末尾少了冒号/逗号/分号。", "Unbalanced brackets, quotes or braces, or a missing colon/comma/semicolon at the end of a statement."),
    t("使用了当前语言版本还不支持的语法（如 Python 3.10 的 match、3.8 的 :=）。", "Syntax the current language version does not support yet (Python 3.10's match, 3.8's := …)."),
    (f) => where(f),
  ],
  solutions: [
    {
      title: (f) => (isFString(f) || isPy2Print(f) ? t("用正确版本的解释器运行", "Run it with the right interpreter version") : isEsm(f) ? t("统一模块格式（ESM 或 CommonJS）", "Use one module format (ESM or CommonJS)") : t("定位到出错行（以及它的上一行）并修正", "Go to the failing line (and the one before) and fix it")),
      steps: [
        (f) =>
          isFString(f)
            ? t("运行 `python --version`；低于 3.6 就改用 `python3 script.py`（Windows：`py -3 script.py`），或在虚拟环境里用新版本 Python。", "Run `python --version`; below 3.6, use `python3 script.py` (Windows: `py -3 script.py`) or a virtual environment with a newer Python.")
            : isPy2Print(f)
              ? t("用 `2to3 -w 文件.py` 把代码转换成 Python 3；或者（不想改代码时）用 Python 2.7 运行这个老项目。", "Convert the code with `2to3 -w file.py`; or, if you cannot change it, run the old project with Python 2.7.")
              : isEsm(f)
                ? t("整个项目用 ESM：在 package.json 加 `\"type\": \"module\"`，CommonJS 文件改名为 .cjs；或者保持 CommonJS，把 import 改成 require，ESM-only 的包用 `await import()` 加载。", "Go ESM: add `\"type\": \"module\"` to package.json and rename CommonJS files to .cjs; or stay CommonJS, switch import to require, and load ESM-only packages with `await import()`.")
                : t(`打开${at(f).zh}，同时检查它上面一行：括号/引号是否成对、行尾是否少了冒号或逗号。`, `Open ${at(f).en} and also check the line above: balanced brackets/quotes, a missing colon or comma at the end.`),
        (f) => isIndent(f) && t("在编辑器里显示空白字符，把整个文件的缩进统一成 4 个空格（VS Code：命令面板 → “Convert Indentation to Spaces”）。", "Show whitespace in the editor and convert the whole file to 4-space indentation (VS Code: Command Palette → \"Convert Indentation to Spaces\")."),
        (f) => f.frame?.code && t(`出错的代码：${ic(f.frame.code)}`, `The failing code: ${ic(f.frame.code)}`),
      ],
      code: (f, lang) => syntaxFixCode(f, lang),
    },
    {
      title: t("用工具快速检查语法", "Check the syntax with tools"),
      steps: [
        t("只做语法检查、不执行代码，能立刻列出所有语法错误的位置。", "A syntax-only check lists every syntax error without running the code."),
        t("配置格式化工具（black/ruff、prettier）在保存时自动格式化，缩进和括号问题会直接暴露。", "Let a formatter (black/ruff, prettier) run on save; indentation and bracket problems show up at once."),
      ],
      code: (f, lang) => {
        const s = say(lang);
        const file = fileOf(f) ?? (ecoOf(f) === "node" ? "app.js" : "main.py");
        if (ecoOf(f) === "node") return block("bash", [s("# 只检查语法，不执行", "# syntax check only, no execution"), `node --check ${q(file)}`, "npx eslint ."]);
        if (ecoOf(f) === "java") return block("bash", ["mvn -q compile", s("# 或单个文件", "# or a single file"), `javac ${q(file)}`]);
        if (ecoOf(f) === "go") return block("bash", ["gofmt -l .", "go vet ./..."]);
        return block("bash", [s("# 只编译不执行，报出语法错误的位置", "# compile without running; reports where the syntax breaks"), `python -m py_compile ${q(file)}`, s("# 检查 Tab/空格混用", "# find mixed tabs and spaces"), `python -m tabnanny ${q(file)}`, "ruff check ."]);
      },
    },
  ],
  prevention: [
    t("编辑器开启保存时格式化和语法高亮/实时检查（ruff、ESLint、IDE 的检查器）。", "Turn on format-on-save and live checking in the editor (ruff, ESLint, IDE inspections)."),
    t("在项目里固定语言版本（.python-version、.nvmrc、engines 字段），命令统一用 `python3` / 项目的 npm scripts。", "Pin the language version in the project (.python-version, .nvmrc, engines) and run through `python3` / the project's npm scripts."),
    t("提交前用 pre-commit 钩子跑格式化和 lint。", "Run the formatter and linter in a pre-commit hook."),
  ],
  tools: [
    (f) => (ecoOf(f) === "node" ? t("ESLint / Prettier / node --check", "ESLint / Prettier / node --check") : t("ruff / black / python -m py_compile / tabnanny", "ruff / black / python -m py_compile / tabnanny")),
    t("VS Code：“Render Whitespace” 显示 Tab 与空格", "VS Code: \"Render Whitespace\" to see tabs and spaces"),
    t("pre-commit：提交前自动检查", "pre-commit: automatic checks before each commit"),
  ],
};

function syntaxFixCode(f: Facts, lang: Lang): CodeBlock {
  const s = say(lang);
  if (isFString(f)) {
    return block("bash", [
      "python --version",
      s("# 低于 3.6：用 Python 3 运行", "# below 3.6: run it with Python 3"),
      `python3 ${q(fileOf(f) ?? "main.py")}`,
      s("# Windows", "# Windows"),
      `py -3 ${q(fileOf(f) ?? "main.py")}`,
    ]);
  }
  if (isPy2Print(f)) return block("python", [s("# Python 2（错误）", "# Python 2 (fails on Python 3)"), '# print "hello", name', s("# Python 3", "# Python 3"), 'print("hello", name)']);
  if (isEsm(f)) {
    return block("json", [
      "{",
      '  "name": "my-app",',
      '  "type": "module",',
      '  "main": "index.js"',
      "}",
    ]);
  }
  if (isModernSyntax(f)) return block("bash", ["node --version", "nvm install --lts && nvm use --lts"]);
  if (isIndent(f) || ecoOf(f) === "python") {
    return block("python", [
      s("# 同一个代码块里的每一行缩进必须完全相同（统一用 4 个空格）", "# every line in a block must be indented identically (use 4 spaces)"),
      "def main(items):",
      "    for item in items:",
      "        if item:",
      "            print(item)",
      "    return len(items)",
    ]);
  }
  return block("bash", [s("# 定位语法错误", "# locate the syntax error"), ecoOf(f) === "node" ? `node --check ${q(fileOf(f) ?? "app.js")}` : `python -m py_compile ${q(fileOf(f) ?? "main.py")}`]);
}

/* ---------- code.null_reference ---------- */

/** The variable that held the empty value, read from the echoed source line when possible. */
function culprit(f: Facts): string | null {
  const code = f.frame?.code;
  const prop = f.property;
  if (code && prop) {
    const m = new RegExp(`([A-Za-z_$][\\w$.]{0,80})\\s*\\??\\.\\s*${prop.replace(/[^\w$]/g, "")}\\b`).exec(code);
    if (m) return m[1]!;
  }
  if (code && f.has(/not subscriptable|\(reading '\d+'\)|undefined method `\[\]'/)) {
    const m = /([A-Za-z_$][\w$.]{0,80})\s*\[/.exec(code);
    if (m) return m[1]!;
  }
  const java = /because "([\w$.]{1,80})" is null/.exec(f.text) ?? /because the return value of "([\w$.()]{1,120})" is null/.exec(f.text);
  if (java) return java[1]!;
  return null;
}

function nullGuardCode(f: Facts, lang: Lang): CodeBlock {
  const s = say(lang);
  const prop = f.property && /^[\w$]+$/.test(f.property) ? f.property : null;
  const name = ident(culprit(f)?.split(".").pop(), "data");
  switch (ecoOf(f)) {
    case "node": {
      const isArrayMethod = prop && /^(?:map|filter|forEach|length|reduce|find|some|every|slice|join|includes|push)$/.test(prop);
      if (f.has(/react|render|useState|bundle\.js|jsx/i) && isArrayMethod) {
        return block("javascript", [
          s("// React：数据异步加载，首次渲染时还没有值——给状态一个空数组作为初始值", "// React: the data loads asynchronously and is absent on the first render — start the state as an empty array"),
          "const [items, setItems] = useState([]);",
          "",
          "useEffect(() => {",
          '  fetch("/api/items")',
          "    .then((res) => res.json())",
          `    .then((body) => setItems(Array.isArray(body.items) ? body.items : [])); // ${s("接口结构不对时也不崩", "survive an unexpected response shape")}`,
          "}, []);",
          "",
          `return <ul>{items.${prop === "map" ? "map" : "map"}((item) => <li key={item.id}>{item.title}</li>)}</ul>;`,
        ]);
      }
      if (isArrayMethod) {
        return block("javascript", [
          s(`// ${name} 在读取 .${prop} 时还没有值（或不是数组）：先归一化成数组`, `// ${name} is empty (or not an array) when .${prop} is read: normalise it to an array first`),
          `const list = Array.isArray(${name}) ? ${name} : [];`,
          prop === "length" ? "const count = list.length;" : `const result = list.${prop}((item) => item);`,
        ]);
      }
      return block("javascript", [
        s(`// 读取 .${prop ?? "x"} 之前 ${name} 还没有值：不该为空时尽早报错，说清楚是谁`, `// ${name} is empty when .${prop ?? "x"} is read: if it must not be, fail early and say which value`),
        `if (!${name}) {`,
        `  throw new Error(${q(`${name} is empty before reading .${prop ?? "x"} — check where it is set`)});`,
        "}",
        `const value = ${name}.${prop ?? "x"};`,
        "",
        s("// 允许为空时：可选链 + 默认值", "// when it may be empty: optional chaining + a default"),
        `const safeValue = ${name}?.${prop ?? "x"} ?? defaultValue;`,
      ]);
    }
    case "java":
      if (f.has(/lateinit property/)) {
        return block("kotlin", [
          s(`// lateinit 属性在赋值前被读取：在使用前初始化，或先检查`, `// the lateinit property is read before assignment: initialise it first, or check`),
          `if (::${ident(f.property, "view")}.isInitialized) {`,
          `    ${ident(f.property, "view")}.text = value`,
          "}",
          s("// 更稳妥：在 onCreate/onViewCreated 里完成初始化后再触发会用到它的回调", "// better: initialise in onCreate/onViewCreated before any callback that uses it can run"),
        ]);
      }
      return block("java", [
        "import java.util.Objects;",
        "import java.util.Optional;",
        "",
        s(`// 让空值在源头就报出清楚的错误，而不是在后面某处 NPE`, `// fail at the source with a clear message instead of an NPE somewhere later`),
        `Objects.requireNonNull(${name}, ${q(`${name} must be set before use`)});`,
        "",
        s("// 可能为空的返回值用 Optional 表达，并给出默认值", "// express possibly-empty results with Optional and a default"),
        `String label = Optional.ofNullable(${name}).map(Object::toString).orElse("(none)");`,
      ]);
    case "dotnet":
      return block("csharp", [
        s("// 可能为空的值用 ?. 和 ?? 处理；不该为空的参数尽早检查", "// handle possibly-empty values with ?. and ??; check arguments that must not be empty early"),
        `ArgumentNullException.ThrowIfNull(${name});`,
        `var label = ${name}?.ToString() ?? "(none)";`,
        s("// 在 .csproj 打开可空引用类型检查：<Nullable>enable</Nullable>", "// enable nullable reference checks in the .csproj: <Nullable>enable</Nullable>"),
      ]);
    case "go":
      return block("go", [
        s("// 指针/map/接口在使用前检查 nil，并把错误返回给调用者", "// check pointers/maps/interfaces for nil before use and return an error"),
        `if ${name} == nil {`,
        `\treturn fmt.Errorf(${q(`${name} is nil`)})`,
        "}",
        s("// 常见来源：忽略了 err 的返回值——err != nil 时另一个返回值通常是 nil", "// a common source: ignoring err — when err != nil the other result is usually nil"),
      ]);
    case "ruby":
      return block("ruby", [s("# 安全导航运算符：为 nil 时返回 nil 而不是抛 NoMethodError", "# safe navigation: returns nil instead of raising NoMethodError"), `value = ${name}&.${ident(f.property, "first")}`, s("# 或者给默认值", "# or give a default"), `value = (${name} || []).first`]);
    case "php":
      return block("php", [s("// PHP 8 空安全运算符", "// PHP 8 nullsafe operator"), `$value = $${name}?->${ident(f.property, "name")} ?? 'default';`]);
    case "rust":
      return block("rust", [s("// 用 match / if let 处理 None，而不是 unwrap()", "// handle None with match / if let instead of unwrap()"), `let value = match ${name} {`, "    Some(v) => v,", `    None => return Err("${name} is missing".into()),`, "};"]);
    default: {
      const key = /\[\s*["'](\w{1,60})["']\s*\]/.exec(f.frame?.code ?? "")?.[1];
      return block("python", [
        s(`# ${name} 是 None：先找出它为什么没有值，并在使用前检查`, `# ${name} is None: find out why it has no value, and check before using it`),
        `if ${name} is None:`,
        `    raise ValueError(${q(s(`${name} 是 None，检查它在哪里被赋值（函数没有 return？查询/匹配没有结果？）`, `${name} is None — check where it is assigned (missing return? empty query/match?)`))})`,
        prop ? `value = ${name}.${prop}` : key ? `value = ${name}[${q(key)}]` : `value = ${name}`,
        "",
        s("# 可以接受缺省值时：", "# when a default is acceptable:"),
        key ? `value = (${name} or {}).get(${q(key)}, 0)` : `value = getattr(${name}, ${q(prop ?? "attr")}, None)`,
      ]);
    }
  }
}

export const codeNullReference: KnowledgeEntry = {
  category: "code.null_reference",
  example: "Traceback (most recent call last):\n  File \"train.py\", line 509, in train_rgb_ir\n    nc = 1 if opt.single_cls else int(data_dict['nc'])  # number of classes\nTypeError: 'NoneType' object is not subscriptable",
  subject: (f) => culprit(f) ?? (f.property ? (ecoOf(f) === "node" ? `.${f.property}` : f.property) : f.exception),
  gist: (f) => {
    const c = culprit(f);
    const prop = f.property;
    if (prop === "[]") return t(`${c ? `变量 ${c}` : "某个值"}是 nil，代码却对它用 [] 取下标。`, `${c ? `The variable ${c}` : "A value"} is nil, yet the code indexes it with [].`);
    if (ecoOf(f) === "node" && prop) {
      // Quote the runtime's own word when the paste has it.
      const empty = f.has(/of undefined/) ? "undefined" : f.has(/of null/) ? "null" : null;
      return t(`代码读取 .${prop} 时，它所属的那个值是${empty ? ` ${empty}` : "空的"}：对象还没有值（数据未加载、接口结构不同或属性路径写错）。`, `The code reads .${prop} on a value that is ${empty ?? "empty"}: the object has no value yet (data not loaded, a different API shape, or a wrong property path).`);
    }
    return t(
      `${c ? `变量 ${c}` : "某个变量"}的值是空的（${ecoOf(f) === "python" ? "None" : ecoOf(f) === "go" ? "nil" : ecoOf(f) === "ruby" ? "nil" : "空值"}），代码却在它上面${prop ? `读取 ${prop}` : "取属性、下标或调用方法"}。`,
      `${c ? `The variable ${c}` : "A variable"} holds no value (${ecoOf(f) === "python" ? "None" : ecoOf(f) === "go" || ecoOf(f) === "ruby" ? "nil" : "an empty value"}), yet the code ${prop ? `reads ${prop} on it` : "accesses an attribute, index or method on it"}.`,
    );
  },
  summary: (f) => {
    const c = culprit(f);
    if (f.has(/lateinit property/)) return t(`Kotlin 的 lateinit 属性 ${ic(f.property ?? "")} 在赋值之前就被访问了：通常是生命周期顺序问题（回调在 onCreate/onViewCreated 初始化之前触发），或者初始化代码在某个分支里没有执行。`, `The Kotlin lateinit property ${ic(f.property ?? "")} was read before it was assigned: usually a lifecycle ordering issue (a callback fired before onCreate/onViewCreated initialised it) or an initialisation branch that did not run.`);
    if (ecoOf(f) === "node") return t(`JavaScript 在一个没有值的对象上读取了属性${f.property ? ` ${ic(f.property)}` : ""}。最常见的原因：数据还没加载完就被使用（异步请求、React 首次渲染）、接口返回的结构和代码预期的不同（少了一层、字段名不同、返回的是错误对象），或者属性路径写错。`, `JavaScript read${f.property ? ` ${ic(f.property)}` : " a property"} on an object that has no value. Most often the data is used before it has loaded (async requests, React's first render), the API returned a different shape than expected (a missing level, another field name, an error object), or the property path is misspelled.`);
    if (ecoOf(f) === "python") return t(`${c ? ic(c) : "某个变量"} 的值是 None，而代码把它当成了对象/字典/列表来用。None 通常来自：函数没有 return（或走了没有 return 的分支）、\`dict.get\`/\`re.match\`/查询没有找到结果、配置文件加载失败、或者调用了原地修改的方法（如 \`list.sort()\`）并使用了它的返回值。`, `${c ? ic(c) : "A variable"} is None but the code uses it as an object/dict/list. None usually comes from a function without return (or a branch without one), a \`dict.get\`/\`re.match\`/query that found nothing, a config file that failed to load, or using the return value of an in-place method such as \`list.sort()\`.`);
    return t("代码使用了一个空引用（None、nil 或空对象）。报错的位置只是“用”它的地方，真正的问题在它“为什么是空的”：没有初始化、查询没有结果、返回值被忽略，或异步数据还没到。", "The code used an empty reference. The failing line is only where it is used; the real question is why it is empty: never initialised, a lookup with no result, an ignored return value, or async data that has not arrived yet.");
  },
  causes: [
    (f) => ecoOf(f) === "python" && t("函数在某些分支没有 return，默认返回 None。", "A function has a branch without return, so it returns None."),
    (f) => ecoOf(f) === "python" && t("`re.match`、`dict.get`、ORM 的 `.first()`、`os.environ.get` 没有找到结果时返回 None。", "`re.match`, `dict.get`, an ORM's `.first()` and `os.environ.get` return None when nothing is found."),
    (f) => ecoOf(f) === "python" && f.has(/yaml|json|config|cfg|data_dict/i) && t("配置/数据文件为空或加载失败（空的 YAML 文件 `yaml.safe_load` 会返回 None）。", "A config/data file is empty or failed to load (an empty YAML file makes `yaml.safe_load` return None)."),
    (f) => ecoOf(f) === "node" && t("异步数据还没返回就渲染/使用（组件首次渲染时 state 还是初始值）。", "Async data is used before it arrives (the component's first render still has the initial state)."),
    (f) => ecoOf(f) === "node" && t("接口返回了错误对象或不同的结构（例如 `{ error: … }` 而不是 `{ items: [...] }`），代码没有检查。", "The API returned an error object or another shape (`{ error: … }` instead of `{ items: [...] }`) and the code did not check."),
    (f) => ecoOf(f) === "java" && t("对象没有被注入/初始化（Spring 里 new 出来的对象不会被注入、@Autowired 字段在构造函数里还不可用）。", "An object was never injected/initialised (objects created with new are not injected by Spring; @Autowired fields are not ready in the constructor)."),
    (f) => ecoOf(f) === "go" && t("忽略了 `err` 返回值：出错时另一个返回值通常是 nil。", "An ignored `err`: when it is set, the other return value is usually nil."),
    t("属性/键名拼写错误，或取值路径少了一层。", "A misspelled property/key, or a path missing a level."),
    (f) => where(f),
  ],
  solutions: [
    {
      title: t("找出是哪个值为空、它从哪里来", "Find which value is empty and where it comes from"),
      steps: [
        (f) => (culprit(f) ? t(`出错行里为空的是 ${ic(culprit(f)!)}；顺着代码往上找它最后一次被赋值的地方。`, `The empty value on the failing line is ${ic(culprit(f)!)}; follow the code up to where it was last assigned.`) : t(`在${at(f).zh}打印或断点检查每个被访问的变量，看哪个是空的。`, `At ${at(f).en}, print or break and inspect each accessed variable to see which one is empty.`)),
        t("检查给它赋值的那个函数/请求：是否在某些条件下返回空（没有 return、查不到数据、接口报错）。", "Check the function/request that sets it: does it return nothing under some condition (no return, no data found, an API error)?"),
      ],
      code: (f, lang) => inspectCode(f, lang, ident(culprit(f)?.split(".").pop(), "data")),
    },
    {
      title: t("在使用前检查空值，或给出合理的默认值", "Check for the empty value before use, or give a sensible default"),
      steps: [
        t("不该为空的值：在它产生的地方立即报出清晰的错误（带上上下文），而不是让它流到后面。", "For values that must not be empty, fail right where they are produced with a clear message and context, instead of letting them flow on."),
        t("允许为空的值：用语言提供的空安全写法（可选链 `?.`、`??`、`dict.get`、Optional）给默认值。", "For values that may be empty, use the language's empty-safe forms (`?.`, `??`, `dict.get`, Optional) with a default."),
      ],
      code: (f, lang) => nullGuardCode(f, lang),
    },
    {
      title: t("从源头修复：让这个值不再为空", "Fix the source so the value is never empty"),
      steps: [
        t("函数的每个分支都明确 return；查询类函数约定好“找不到”时返回什么（抛异常或返回空集合）。", "Make every branch return explicitly; decide what lookups return when nothing is found (raise, or an empty collection)."),
        t("处理接口数据前先检查状态码和结构；异步数据加载完成前显示加载状态。", "Check the status and shape of API data before using it; show a loading state until async data arrives."),
        (f) => (ecoOf(f) === "python" ? t("开启类型检查（mypy/pyright），`Optional[...]` 类型会强制你处理 None。", "Enable type checking (mypy/pyright): `Optional[...]` forces you to handle None.") : ecoOf(f) === "node" ? t("使用 TypeScript 的 `strictNullChecks`，编译期就能发现可能为空的访问。", "Use TypeScript's `strictNullChecks` to catch possibly-empty access at compile time.") : t("开启编译器/IDE 的空值分析（Kotlin 可空类型、C# Nullable、Java 的 @Nullable 注解）。", "Turn on nullability analysis (Kotlin nullable types, C# Nullable, Java @Nullable annotations).")),
      ],
    },
  ],
  prevention: [
    t("类型标注里明确哪些值可能为空，让类型检查器替你把关。", "Mark possibly-empty values in types and let the type checker enforce handling."),
    t("外部数据（接口、文件、用户输入）进入程序时先校验结构（pydantic、zod）。", "Validate external data (APIs, files, user input) at the boundary (pydantic, zod)."),
    t("避免“静默返回空”的函数：找不到时抛出带信息的异常或返回空集合。", "Avoid functions that silently return nothing: raise an informative error or return an empty collection."),
  ],
  tools: [
    (f) => (ecoOf(f) === "node" ? t("TypeScript strictNullChecks / ESLint", "TypeScript strictNullChecks / ESLint") : ecoOf(f) === "java" ? t("IntelliJ 的空值分析 / SpotBugs / NullAway", "IntelliJ nullability inspections / SpotBugs / NullAway") : t("mypy / pyright：静态检查 Optional", "mypy / pyright: static Optional checks")),
    t("调试器断点（pdb/breakpoint()、Chrome DevTools、IDE）", "Debugger breakpoints (pdb/breakpoint(), Chrome DevTools, your IDE)"),
    t("pydantic / zod：在边界校验数据结构", "pydantic / zod: validate data shapes at the boundary"),
  ],
};

/* ---------- code.type ---------- */

const pyTypes = (f: Facts) => /can only concatenate str \(not "(\w+)"\) to str|unsupported operand type\(s\) for ([^:]{1,10}): '(\w+)' and '(\w+)'/.exec(f.text);

function typeFixCode(f: Facts, lang: Lang): CodeBlock {
  const s = say(lang);
  if (f.has(/cannot be cast to class com\.alibaba\.fastjson|JSONObject cannot be cast/)) {
    const target = /cannot be cast to class ([\w.$]{1,200})/.exec(f.text)?.[1] ?? "com.example.Item";
    const simple = target.split(".").pop()!;
    return block("java", [
      "import com.alibaba.fastjson.JSON;",
      "import com.alibaba.fastjson.JSONObject;",
      "import com.alibaba.fastjson.TypeReference;",
      "",
      s(`// 反序列化时没有给出具体类型，元素被解析成了 JSONObject，不能直接强转为 ${simple}`, `// deserialised without a concrete type, the element became a JSONObject and cannot be cast to ${simple}`),
      s("// 错误：(", "// wrong: (") + `${simple}) obj`,
      s("// 正确：按目标类型转换", "// right: convert to the target type"),
      `${simple} item = obj instanceof JSONObject ? ((JSONObject) obj).toJavaObject(${simple}.class) : (${simple}) obj;`,
      "",
      s("// 集合/泛型要用 TypeReference 保留元素类型（例如从 Redis 缓存读出的 JSON）", "// for collections/generics keep the element type with TypeReference (e.g. JSON read from a Redis cache)"),
      `List<${simple}> items = JSON.parseObject(json, new TypeReference<List<${simple}>>() {});`,
    ]);
  }
  switch (ecoOf(f)) {
    case "node": {
      const fn = f.notCallable ?? "fn";
      return block("javascript", [
        s(`// ${fn} 不是函数：先看它实际是什么`, `// ${fn} is not a function: see what it actually is`),
        `console.log(typeof ${fn.split(".")[0]}, ${fn.split(".")[0]});`,
        "",
        s("// 常见原因 1：默认导出和命名导出搞混", "// common cause 1: default vs named export mixed up"),
        `// import ${fn.split(".").pop()} from "./lib.js";     ${s("← 模块只有命名导出时，这样拿到的不是函数", "← not a function if the module only has named exports")}`,
        `// import { ${fn.split(".").pop()} } from "./lib.js";  ${s("← 正确", "← right")}`,
        s("// 常见原因 2：fetch 的结果要先 await res.json() 才是数据", "// common cause 2: a fetch Response needs await res.json() before it is data"),
        "const data = await (await fetch(url)).json();",
      ]);
    }
    case "java":
      return block("java", [s("// 转换前先检查实际类型（Java 16+ 模式匹配）", "// check the actual type before casting (Java 16+ pattern matching)"), "if (value instanceof Target target) {", "    use(target);", "} else {", '    throw new IllegalStateException("unexpected type: " + value.getClass().getName());', "}"]);
    case "go":
      return block("go", [s("// 显式转换类型；接口值用类型断言并检查 ok", "// convert explicitly; for interface values use a checked type assertion"), "n := int64(count)", "s, ok := value.(string)", "if !ok {", '\treturn fmt.Errorf("unexpected type %T", value)', "}", "_ = s"]);
    case "rust":
      return block("rust", [s("// 数值类型之间要显式转换；字符串解析用 parse 并处理错误", "// convert numeric types explicitly; parse strings and handle the error"), "let total: u64 = count as u64 + offset;", "let port: u16 = text.trim().parse()?;"]);
    case "dotnet":
      return block("csharp", [s("// 用模式匹配代替强制转换", "// pattern matching instead of a hard cast"), "if (value is Target target)", "{", "    Use(target);", "}", "var n = int.Parse(text); // " + s("字符串转数字要显式解析", "parse strings to numbers explicitly")]);
    default: {
      const m = pyTypes(f);
      if (m) {
        return block("python", [
          s("# 不同类型不能直接拼接/运算：显式转换成同一种类型", "# values of different types do not mix: convert explicitly"),
          "count = 3",
          'label = "total: " + str(count)       ' + s("# str + int → 先 str()", "# str + int → str() first"),
          'label = f"total: {count}"            ' + s("# 或者用 f-string", "# or an f-string"),
          'total = int("42") + count            ' + s("# 字符串里的数字 → int()/float()", "# digits in a string → int()/float()"),
        ]);
      }
      if (f.notCallable) {
        return block("python", [
          s(`# '${f.notCallable}' 对象不可调用：这个名字被一个值覆盖了（常见：变量名和函数/内置函数同名）`, `# a '${f.notCallable}' object is not callable: the name was overwritten by a value (often a variable named like a function/built-in)`),
          "# list = [1, 2, 3]      " + s("← 覆盖了内置 list()", "← shadows the built-in list()"),
          "# items = list(range(3))  " + s("← 这里就会报错", "← fails here"),
          "numbers = [1, 2, 3]     " + s("# 改个名字即可", "# just rename it"),
          "items = list(range(3))",
        ]);
      }
      return inspectCode(f, lang, ident(culprit(f), "value"));
    }
  }
}

export const codeType: KnowledgeEntry = {
  category: "code.type",
  example: 'Traceback (most recent call last):\n  File "report.py", line 147, in process_item\n    line = "size: " + size\nTypeError: can only concatenate str (not "int") to str',
  subject: (f) => f.notCallable ?? f.exception,
  gist: (f) => {
    const m = pyTypes(f);
    if (m?.[1]) return t(`字符串不能直接和 ${m[1]} 拼接，要先把其中一个显式转换成同一种类型。`, `A str cannot be concatenated with ${m[1]}; convert one side explicitly first.`);
    if (m) return t(`${m[2]} 运算不支持 ${m[3]} 和 ${m[4]} 这两种类型放在一起。`, `The ${m[2]} operator does not accept ${m[3]} and ${m[4]} together.`);
    const cast = /class ([\w.$]{1,200}) cannot be cast to class ([\w.$]{1,200})/.exec(f.text);
    if (cast) return t(`${cast[1]!.split(".").pop()} 类型的对象不能强制转换成 ${cast[2]!.split(".").pop()}。`, `An object of type ${cast[1]!.split(".").pop()} cannot be cast to ${cast[2]!.split(".").pop()}.`);
    if (f.notCallable) return t(`${f.notCallable} 不是函数，却被当成函数调用了。`, `${f.notCallable} is not a function but is called like one.`);
    return t("某个值的类型和代码预期的不一致：把它当成了另一种类型来运算、调用或转换。", "A value's type is not what the code expects: it is used, called or cast as another type.");
  },
  summary: (f) => {
    const m = pyTypes(f);
    if (m) return t(`Python 不会自动转换类型：${m[1] ? `字符串不能直接和 ${ic(m[1])} 拼接` : `${ic(m[2]!)} 运算的两边是 ${ic(m[3]!)} 和 ${ic(m[4]!)}`}。把其中一个显式转换（\`str()\`、\`int()\`、\`float()\`），或用 f-string 格式化。`, `Python does not convert types implicitly: ${m[1] ? `a str cannot be concatenated with ${ic(m[1])}` : `the operands of ${ic(m[2]!)} are ${ic(m[3]!)} and ${ic(m[4]!)}`}. Convert one of them explicitly (\`str()\`, \`int()\`, \`float()\`) or use an f-string.`);
    if (f.has(/cannot be cast to class com\.alibaba\.fastjson|JSONObject cannot be cast/)) return t("fastjson 在反序列化时不知道具体类型（泛型被擦除、缓存里存的是 JSON），于是把对象解析成了 `JSONObject`；之后把它强制转换成业务类就会抛 ClassCastException。按目标类型转换（`toJavaObject`）或在解析时用 `TypeReference` 指定泛型类型。", "fastjson did not know the concrete type while deserialising (erased generics, JSON read back from a cache) and produced a `JSONObject`; casting it to your class then throws ClassCastException. Convert to the target type (`toJavaObject`) or give the generic type with `TypeReference` when parsing.");
    if (f.notCallable && ecoOf(f) === "node") return t(`${ic(f.notCallable)} 不是函数：它可能根本不存在（导入方式错了、方法名拼错、对象上没有这个方法），也可能被同名变量覆盖了。打印 \`typeof\` 看看它实际是什么。`, `${ic(f.notCallable)} is not a function: it may be missing (wrong import style, a misspelled method, an object without that method) or shadowed by a variable of the same name. Print its \`typeof\` to see what it is.`);
    if (f.notCallable) return t(`${ic(f.notCallable)} 类型的对象被当成函数调用了：通常是某个名字被一个值覆盖了（例如把变量命名为 \`list\`、\`str\`、\`dict\`），或者多写了一对括号。`, `An object of type ${ic(f.notCallable)} was called like a function: usually a name was overwritten by a value (a variable named \`list\`, \`str\`, \`dict\` …) or there is an extra pair of parentheses.`);
    return t("值的实际类型和代码预期的不一致。找到这个值的来源（函数返回、反序列化、用户输入），在边界处转换成正确的类型，而不是在使用处强转。", "The value's actual type differs from what the code expects. Find where it comes from (a return value, deserialisation, user input) and convert it to the right type at that boundary, not at the point of use.");
  },
  causes: [
    (f) => ecoOf(f) === "python" && t("从文件、命令行参数、`input()`、JSON 读来的数字其实是字符串。", "Numbers read from files, CLI arguments, `input()` or JSON are actually strings."),
    (f) => ecoOf(f) === "python" && t("变量名覆盖了内置函数或导入的函数（`list`、`str`、`max`、`json` …）。", "A variable shadows a built-in or an imported function (`list`, `str`, `max`, `json` …)."),
    (f) => ecoOf(f) === "node" && t("默认导入/命名导入写反，或 CommonJS/ESM 互相导入时拿到的是模块对象而不是函数。", "Default vs named import mixed up, or CommonJS/ESM interop returned the module object instead of the function."),
    (f) => ecoOf(f) === "java" && t("反序列化/泛型擦除后得到的对象类型和强转的目标类型不同。", "After deserialisation/erased generics the object's type differs from the cast target."),
    t("函数返回值的类型在不同分支里不一致（有时返回列表，有时返回字符串或空值）。", "A function returns different types on different branches (a list sometimes, a string or nothing other times)."),
    (f) => where(f),
  ],
  solutions: [
    {
      title: t("在出错处显式转换成正确的类型", "Convert to the right type explicitly where it fails"),
      steps: [
        (f) => (f.frame?.code ? t(`出错的代码：${ic(f.frame.code)}——确认参与运算/调用的每个值的类型。`, `The failing code: ${ic(f.frame.code)} — check the type of every value involved.`) : t(`在${at(f).zh}检查参与运算/调用的每个值的类型。`, `At ${at(f).en}, check the type of every value involved.`)),
        t("用明确的转换函数，而不是依赖隐式转换；转换可能失败时（字符串转数字）处理异常。", "Use explicit conversions rather than implicit ones; handle failures where a conversion can fail (string to number)."),
      ],
      code: (f, lang) => typeFixCode(f, lang),
    },
    {
      title: t("在数据入口统一类型，并用类型检查兜底", "Normalise types at the data boundary and let a type checker back you up"),
      steps: [
        t("读取配置、请求参数、JSON 时立即转换/校验成目标类型（pydantic、zod、Jackson/fastjson 的目标类）。", "Convert/validate config, request parameters and JSON into their target types on read (pydantic, zod, Jackson/fastjson target classes)."),
        (f) => (ecoOf(f) === "python" ? t("加类型标注并运行 mypy/pyright，很多类型错误在运行前就能发现。", "Add type hints and run mypy/pyright to catch many type errors before running.") : ecoOf(f) === "node" ? t("迁移到 TypeScript（或给 JS 加 `// @ts-check`），调用不存在的方法会在编辑器里直接标红。", "Move to TypeScript (or add `// @ts-check` to JS): calling a missing method is flagged in the editor.") : t("利用编译器的类型检查，避免原始类型（Object、interface{}、dynamic）在代码里到处传递。", "Lean on the compiler's type checks and avoid passing raw types (Object, interface{}, dynamic) around.")),
      ],
      code: (f, lang) => inspectCode(f, lang, ident(culprit(f) ?? f.notCallable?.split(".")[0], "value")),
    },
  ],
  prevention: [
    t("函数签名写清楚参数和返回值类型，同一个函数始终返回同一种类型。", "Declare parameter and return types, and make each function always return one type."),
    t("外部数据在边界处解析成强类型对象。", "Parse external data into typed objects at the boundary."),
    (f) => (ecoOf(f) === "python" || ecoOf(f) === null ? t("不要用内置函数名或模块名做变量名。", "Never name variables after built-ins or modules.") : t("避免在代码里传递 Object / any / interface{} 这类不带类型信息的值。", "Avoid passing Object / any / interface{} values around without type information.")),
  ],
  tools: [
    (f) => (ecoOf(f) === "node" ? t("TypeScript / ESLint（no-shadow、import 插件）", "TypeScript / ESLint (no-shadow, import plugin)") : ecoOf(f) === "java" ? t("IDE 的类型提示 / Jackson、fastjson 的 TypeReference", "IDE type hints / TypeReference in Jackson or fastjson") : t("mypy / pyright / pydantic", "mypy / pyright / pydantic")),
    t("调试器：在出错行查看变量的实际类型", "A debugger: look at the actual types on the failing line"),
  ],
};

/* ---------- code.name ---------- */

const pyImports: Record<string, string> = {
  np: "import numpy as np",
  pd: "import pandas as pd",
  plt: "import matplotlib.pyplot as plt",
  tf: "import tensorflow as tf",
  nn: "import torch.nn as nn",
  F: "import torch.nn.functional as F",
  Path: "from pathlib import Path",
  datetime: "from datetime import datetime",
  timedelta: "from datetime import timedelta",
  defaultdict: "from collections import defaultdict",
  Counter: "from collections import Counter",
  dataclass: "from dataclasses import dataclass",
  Optional: "from typing import Optional",
  List: "from typing import List",
  Dict: "from typing import Dict",
  Any: "from typing import Any",
  partial: "from functools import partial",
  sleep: "from time import sleep",
};
const stdModules = new Set(["os", "sys", "re", "json", "time", "math", "random", "traceback", "logging", "subprocess", "shutil", "glob", "copy", "itertools", "functools", "collections", "csv", "pickle", "argparse", "threading", "asyncio", "datetime", "uuid", "hashlib", "base64", "string", "socket", "typing", "pathlib", "tempfile", "io", "struct", "torch", "numpy", "pandas", "requests", "yaml", "cv2"]);

const jsGlobals: Record<string, L> = {
  require: t("当前文件是 ES 模块（package.json 有 `\"type\": \"module\"` 或扩展名 .mjs），ESM 里没有 `require`：改用 `import`，或用 `createRequire(import.meta.url)`。", "The file is an ES module (`\"type\": \"module\"` or .mjs) and ESM has no `require`: use `import`, or `createRequire(import.meta.url)`."),
  __dirname: t("ES 模块里没有 `__dirname`：用 `import.meta.dirname`（Node 20.11+）或 `path.dirname(fileURLToPath(import.meta.url))`。", "ES modules have no `__dirname`: use `import.meta.dirname` (Node 20.11+) or `path.dirname(fileURLToPath(import.meta.url))`."),
  __filename: t("ES 模块里没有 `__filename`：用 `import.meta.filename`（Node 20.11+）或 `fileURLToPath(import.meta.url)`。", "ES modules have no `__filename`: use `import.meta.filename` (Node 20.11+) or `fileURLToPath(import.meta.url)`."),
  window: t("代码在服务端（Node、Next.js 的 SSR、测试环境）执行，那里没有 `window`：只在浏览器端访问它（放进 `useEffect`，或先用 `typeof window` 判断）。", "The code runs on the server (Node, Next.js SSR, tests) where there is no `window`: touch it only in the browser (inside `useEffect`, or after checking `typeof window`)."),
  document: t("代码在服务端执行，那里没有 `document`：把 DOM 操作放到只在浏览器执行的地方（如 `useEffect`）。", "The code runs on the server, which has no `document`: move DOM access into browser-only code (e.g. `useEffect`)."),
  localStorage: t("服务端没有 `localStorage`：只在浏览器端（`useEffect` 里）读写它。", "There is no `localStorage` on the server: read/write it only in the browser (inside `useEffect`)."),
  process: t("浏览器里没有 `process`：前端读取环境变量要用打包工具提供的方式（Vite：`import.meta.env.VITE_*`；Next.js：`NEXT_PUBLIC_*`）。", "Browsers have no `process`: read env vars the bundler's way (Vite: `import.meta.env.VITE_*`; Next.js: `NEXT_PUBLIC_*`)."),
  fetch: t("Node 18 以下没有全局 `fetch`：升级 Node，或安装 `undici`/`node-fetch`。", "Node below 18 has no global `fetch`: upgrade Node, or install `undici`/`node-fetch`."),
};

function nameFixCode(f: Facts, lang: Lang): CodeBlock | null {
  const s = say(lang);
  const name = f.undefinedName;
  if (f.has(/APIRemovedInV1|no longer supported in openai>=1\.0\.0|openai\.ChatCompletion|openai\.Completion/)) {
    return block("python", [
      s("# openai>=1.0：旧的 openai.ChatCompletion.create 已删除，改用客户端对象", "# openai>=1.0: openai.ChatCompletion.create is gone, use a client object"),
      "import os",
      "",
      "from openai import OpenAI",
      "",
      'client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])',
      "resp = client.chat.completions.create(",
      `    model=${q(f.model ?? "gpt-4o-mini")},`,
      '    messages=[{"role": "user", "content": "Hello"}],',
      ")",
      "print(resp.choices[0].message.content)  " + s("# 旧写法是 resp['choices'][0]['message']['content']", "# was resp['choices'][0]['message']['content']"),
      "",
      s("# 不想改代码时临时锁定旧版本：pip install openai==0.28", "# to keep the old code for now: pip install openai==0.28"),
    ]);
  }
  if (f.has(/mysql_connect|mysql_query/)) {
    return block("php", [
      "<?php",
      s("// mysql_* 函数在 PHP 7 中已移除，改用 mysqli 或 PDO", "// the mysql_* functions were removed in PHP 7: use mysqli or PDO"),
      '$pdo = new PDO("mysql:host=127.0.0.1;dbname=app;charset=utf8mb4", getenv("DB_USER"), getenv("DB_PASSWORD"), [',
      "    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,",
      "]);",
      '$stmt = $pdo->prepare("SELECT * FROM users WHERE username = ?");',
      "$stmt->execute([$username]);",
      "$user = $stmt->fetch(PDO::FETCH_ASSOC);",
    ]);
  }
  if (f.has(/is not a member of .std.|was not declared in this scope/) && name) {
    const headers: Record<string, string> = { cout: "iostream", cin: "iostream", endl: "iostream", cerr: "iostream", string: "string", vector: "vector", map: "map", sort: "algorithm", unique_ptr: "memory", shared_ptr: "memory", make_unique: "memory", thread: "thread", mutex: "mutex", function: "functional", setw: "iomanip", ifstream: "fstream", ofstream: "fstream", stringstream: "sstream", printf: "cstdio", memcpy: "cstring", strlen: "cstring", exit: "cstdlib" };
    const h = headers[name.replace(/^std::/, "")];
    return block("cpp", [
      h ? `#include <${h}>  // ${s(`std::${name.replace(/^std::/, "")} 在这个头文件里声明`, `std::${name.replace(/^std::/, "")} is declared here`)}` : s("// 引入声明该名称的头文件", "// include the header that declares the name"),
      "",
      "int main() {",
      name.replace(/^std::/, "") === "cout" ? '    std::cout << "ok" << std::endl;' : `    // std::${name.replace(/^std::/, "")} ...`,
      "    return 0;",
      "}",
    ]);
  }
  switch (ecoOf(f)) {
    case "node":
      if (name === "require") return block("javascript", ['import { createRequire } from "node:module";', "", "const require = createRequire(import.meta.url);", s("// 或者直接改成 import：import fs from \"node:fs\";", "// or simply switch to import: import fs from \"node:fs\";")]);
      if (name === "__dirname" || name === "__filename") return block("javascript", ['import path from "node:path";', 'import { fileURLToPath } from "node:url";', "", "const __filename = fileURLToPath(import.meta.url);", "const __dirname = path.dirname(__filename);"]);
      if (name === "window" || name === "document" || name === "localStorage") return block("javascript", [s("// 只在浏览器端执行（React/Next.js）", "// run only in the browser (React/Next.js)"), "useEffect(() => {", `  const value = ${name === "localStorage" ? 'window.localStorage.getItem("key")' : `${name}.title`};`, "  console.log(value);", "}, []);"]);
      return name ? block("javascript", [s(`// ${name} 未定义：声明它、导入它，或检查拼写/作用域`, `// ${name} is not defined: declare it, import it, or check spelling/scope`), `import { ${ident(name, "helper")} } from "./${ident(name, "helper")}.js";`]) : null;
    case "java":
      return block("java", [s("// cannot find symbol：检查 import、拼写和依赖；IDE 里用 Alt+Enter 自动导入", "// cannot find symbol: check imports, spelling and dependencies; Alt+Enter in the IDE adds the import"), `import java.util.List;`, `import java.util.ArrayList;`]);
    case "go":
      return block("bash", [s("# 名字找不到：同一个包的其他文件要一起编译；跨包使用的名字要大写开头", "# a name Go cannot find: compile the package's other files too; names used across packages start with a capital letter"), "go build ./...", "go vet ./..."]);
    case "python":
    case null: {
      if (!name) {
        const attr = /module '([\w.]{1,80})' has no attribute '(\w{1,80})'/.exec(f.text);
        if (attr) {
          return block("bash", [
            s(`# 看看导入的 ${attr[1]} 到底是哪个文件（同名的本地文件会遮住真正的包）`, `# which file is the imported ${attr[1]}? (a local file of the same name shadows the real package)`),
            `python -c ${q(`import ${attr[1]}; print(${attr[1]}.__file__, getattr(${attr[1]}, '__version__', ''))`)}`,
            s(`# 是第三方包：查版本，${attr[2]} 可能在新版本里改名或移除了`, `# if it is a third-party package, check the version: ${attr[2]} may have been renamed or removed`),
            `python -m pip show ${attr[1]!.split(".")[0]}`,
          ]);
        }
        return null;
      }
      const imp = pyImports[name] ?? (stdModules.has(name) ? `import ${name}` : null);
      if (imp) return block("python", [s(`# 在文件顶部导入 ${name}`, `# import ${name} at the top of the file`), imp]);
      return block("python", [
        s(`# ${name} 在使用之前必须先定义（赋值、def、import），并且在当前作用域里可见`, `# ${name} must be defined (assigned, def, import) before use and visible in this scope`),
        `${ident(name, "value")} = None  ` + s("# 例如在 if/try 之前给一个初始值", "# e.g. give it an initial value before the if/try"),
      ]);
    }
    default:
      return null;
  }
}

export const codeName: KnowledgeEntry = {
  category: "code.name",
  example: "Traceback (most recent call last):\n  File \"python.py\", line 181, in run_python_script\n    logger.error(\"failed: %s\", traceback.format_exc())\nNameError: name 'traceback' is not defined",
  subject: (f) => f.undefinedName ?? (/has no attribute '(\w{1,80})'/.exec(f.text)?.[1] ?? null),
  gist: (f) => (f.undefinedName ? t(`代码使用了 ${f.undefinedName}，但在当前作用域里找不到这个名字（没有定义、没有导入或拼错）。`, `The code uses ${f.undefinedName}, but no such name exists in this scope (not defined, not imported, or misspelled).`) : t("代码访问了一个不存在的名字、属性或方法。", "The code refers to a name, attribute or method that does not exist.")),
  summary: (f) => {
    const n = f.undefinedName;
    if (f.has(/APIRemovedInV1|no longer supported in openai>=1\.0\.0/)) return t("openai Python SDK 1.0 是不兼容升级：`openai.ChatCompletion`、`openai.Completion` 等旧接口已被删除。你的代码（或依赖的项目）按 0.x 写法调用，而环境里装的是 1.x。要么按新写法改代码（`client.chat.completions.create`，可以用 `openai migrate` 自动迁移），要么暂时锁定 `openai==0.28`。", "openai-python 1.0 broke compatibility: `openai.ChatCompletion`, `openai.Completion` and friends were removed. Your code (or a project you depend on) uses the 0.x style while 1.x is installed. Either update the code (`client.chat.completions.create`; `openai migrate` automates it) or pin `openai==0.28` for now.");
    if (f.has(/mysql_connect|mysql_query/)) return t("`mysql_connect` 等 mysql_* 函数在 PHP 7.0 中已被移除。老代码需要改用 mysqli 或 PDO（推荐 PDO + 预处理语句，顺便避免 SQL 注入）。", "The mysql_* functions such as `mysql_connect` were removed in PHP 7.0. Old code must move to mysqli or PDO (PDO with prepared statements is recommended, and avoids SQL injection).");
    if (n && ecoOf(f) === "node" && jsGlobals[n]) return jsGlobals[n]!;
    if (n && (pyImports[n] || stdModules.has(n))) return t(`${ic(n)} 是模块或模块里的名字，使用前必须先导入：在文件顶部加上 ${ic(pyImports[n] ?? `import ${n}`)}。`, `${ic(n)} is a module (or comes from one) and must be imported first: add ${ic(pyImports[n] ?? `import ${n}`)} at the top of the file.`);
    if (f.has(/is not a member of .std./)) return t(`${ic(`std::${n ?? ""}`)} 在某个标准头文件里声明，而当前文件没有包含它（以前可能是通过别的头文件间接包含的，换了编译器/版本后就不行了）。`, `${ic(`std::${n ?? ""}`)} is declared in a standard header the file does not include (it may have been included indirectly before, which a new compiler/version no longer does).`);
    if (f.has(/has no attribute/)) return t("对象或模块上没有这个属性：名字拼错、对象类型不是你以为的那种，或者库的版本改了 API；如果是模块，还可能是项目里有一个同名文件遮住了真正的库（比如把自己的脚本命名为 `openai.py`、`random.py`）。", "The object or module has no such attribute: a typo, an object of a different type than you think, or an API change between library versions; for modules, a file in your project with the same name may shadow the real library (a script named `openai.py` or `random.py`).");
    return t("代码引用了一个在当前作用域里不存在的名字：拼写错误、忘了导入/定义、在定义之前使用，或者变量只在某个分支/函数内部定义。", "The code refers to a name that does not exist in this scope: a typo, a missing import/definition, use before definition, or a variable defined only inside one branch/function.");
  },
  causes: [
    (f) => f.undefinedName && (pyImports[f.undefinedName] || stdModules.has(f.undefinedName)) && t(`忘了导入 ${ic(f.undefinedName)}。`, `${ic(f.undefinedName)} was never imported.`),
    t("名字拼写错误（大小写也算）。", "A misspelled name (case counts)."),
    t("变量只在 if/try/循环的某个分支里赋值，另一个分支走到使用处时它不存在。", "The variable is assigned only in one branch of an if/try/loop, and another branch reaches the use."),
    t("在定义之前使用，或在函数内部定义却在外部使用（作用域问题）。", "Used before its definition, or defined inside a function and used outside (scope)."),
    (f) => f.has(/has no attribute/) && t("库升级后 API 改名/移除，或本地同名文件遮住了第三方库。", "A library upgrade renamed/removed the API, or a local file of the same name shadows the library."),
    (f) => where(f),
  ],
  solutions: [
    {
      title: (f) => (f.has(/APIRemovedInV1|no longer supported in openai>=1\.0\.0/) ? t("按 openai 1.x 的写法调用（或锁定 0.28）", "Use the openai 1.x API (or pin 0.28)") : f.undefinedName ? t(`定义或导入 ${f.undefinedName}`, `Define or import ${f.undefinedName}`) : t("修正名字或导入", "Fix the name or the import")),
      steps: [
        (f) => (f.frame?.code ? t(`出错的代码：${ic(f.frame.code)}`, `The failing code: ${ic(f.frame.code)}`) : t(`打开${at(f).zh}。`, `Open ${at(f).en}.`)),
        (f) => (f.undefinedName && ecoOf(f) === "node" && jsGlobals[f.undefinedName] ? jsGlobals[f.undefinedName]! : t("确认名字拼写正确；它来自其他模块就在文件顶部导入；它是变量就确保在所有路径上都先赋值。", "Check the spelling; import it at the top if it lives in another module; if it is a variable, make sure every path assigns it first.")),
      ],
      code: (f, lang) => nameFixCode(f, lang) ?? inspectCode(f, lang, "dir()"),
    },
    {
      title: t("让编辑器/静态检查提前发现未定义的名字", "Let the editor or a linter catch missing names early"),
      steps: [
        t("未定义名字、未使用的导入、拼写错误都可以在运行前被静态检查发现。", "Undefined names, unused imports and typos can all be found before running."),
        t("对模块属性的问题，确认导入的模块来自哪里（打印 `__file__`），以及库的版本。", "For module attributes, check where the module comes from (print `__file__`) and the library version."),
      ],
      code: (f, lang) => {
        const s = say(lang);
        if (ecoOf(f) === "node") return block("bash", [s("# no-undef 会标出所有未定义的变量", "# no-undef flags every variable that is never declared"), "npx eslint --rule 'no-undef: error' ."]);
        if (ecoOf(f) === "java" || ecoOf(f) === "go" || ecoOf(f) === "rust" || ecoOf(f) === "dotnet") return block("bash", [ecoOf(f) === "java" ? "mvn -q compile" : ecoOf(f) === "go" ? "go vet ./..." : ecoOf(f) === "rust" ? "cargo check" : "dotnet build"]);
        return block("bash", [s("# F821 = 未定义的名字，F401 = 未使用的导入", "# F821 = name not defined, F401 = unused import"), "ruff check --select F821,F401 ."]);
      },
    },
  ],
  prevention: [
    t("使用带静态检查的编辑器（Pylance、ESLint、IDE 检查），未定义的名字会直接标红。", "Use an editor with static checks (Pylance, ESLint, IDE inspections) so names that are not defined get underlined."),
    t("不要把自己的文件命名成标准库或第三方库的名字。", "Never name your own files after standard or third-party modules."),
    t("升级库的主版本前阅读迁移指南，并锁定依赖版本。", "Read the migration guide before a major library upgrade, and pin versions."),
  ],
  tools: [
    (f) => (ecoOf(f) === "node" ? t("ESLint（no-undef）/ TypeScript", "ESLint (no-undef) / TypeScript") : t("ruff / pyflakes / Pylance", "ruff / pyflakes / Pylance")),
    (f) => f.has(/openai/) && t("`openai migrate`：自动把 0.x 代码迁移到 1.x", "`openai migrate`: migrates 0.x code to 1.x automatically"),
    t("IDE 的“转到定义”与自动导入（VS Code / PyCharm / IntelliJ）", "Go to Definition and auto-import in your IDE (VS Code / PyCharm / IntelliJ)"),
  ],
};

/* ---------- code.index_key ---------- */

function indexFixCode(f: Facts, lang: Lang): CodeBlock {
  const s = say(lang);
  const key = f.missingKey;
  if (key === "choices" || (key && f.has(/openai|completion|choices|response/i) && ecoOf(f) !== "node")) {
    return block("python", [
      "import requests",
      "",
      "resp = requests.post(url, headers=headers, json=payload, timeout=60)",
      "data = resp.json()",
      s(`# 出错时接口返回的是 {"error": …}，没有 "${key}"：先检查再取值`, `# on failure the API returns {"error": …} without "${key}": check before indexing`),
      `if resp.status_code != 200 or ${q(key)} not in data:`,
      `    raise RuntimeError(f"API error {resp.status_code}: {data.get('error', data)}")`,
      `${key === "choices" ? 'text = data["choices"][0]["message"]["content"]' : `value = data[${q(key)}]`}`,
    ]);
  }
  switch (ecoOf(f)) {
    case "node":
      return block("javascript", [s("// 访问前检查键/下标是否存在", "// check the key/index exists before access"), `const value = obj?.[${q(key ?? "key")}] ?? defaultValue;`, "const first = list.length > 0 ? list[0] : defaultValue;", "const last = list.at(-1); " + s("// 空数组时 at(-1) 不会抛错", "// at(-1) does not throw on an empty array")]);
    case "java":
      return block("java", [
        s("// 合法下标是 0 … size()-1：循环条件用 <，不要用 <=", "// valid indexes are 0 … size()-1: loop with <, not <="),
        "for (int i = 0; i < list.size(); i++) {",
        "    process(list.get(i));",
        "}",
        s("// Map 取值给默认值", "// a default for Map lookups"),
        'String v = map.getOrDefault("key", "");',
      ]);
    case "go":
      return block("go", [s("// 访问前检查长度；map 用 comma-ok 判断键是否存在", "// check the length first; use comma-ok for map keys"), "if i < len(items) {", "\tuse(items[i])", "}", 'v, ok := m["key"]', "if !ok {", '\treturn fmt.Errorf("key missing")', "}", "_ = v"]);
    case "rust": {
      const info = f.indexInfo;
      return block("rust", [
        info?.index && info.length && info.index === info.length ? s(`// 长度是 ${info.length}，下标 ${info.index} 刚好越界一位：循环/区间的上界差了 1`, `// length ${info.length}, index ${info.index}: off by one — the loop/range upper bound is one too far`) : s("// 用 get() 代替 [] 下标，越界时得到 None 而不是 panic", "// use get() instead of [] to get None instead of a panic"),
        "match v.get(i) {",
        "    Some(x) => use_value(x),",
        '    None => eprintln!("index {} out of range (len {})", i, v.len()),',
        "}",
        s("// 区间用 0..v.len()（不含上界），不要用 0..=v.len()", "// ranges: 0..v.len() (exclusive), not 0..=v.len()"),
      ]);
    }
    case "dotnet":
      return block("csharp", [s("// 取值前检查", "// check before access"), 'if (dict.TryGetValue("key", out var value)) { Use(value); }', "var first = list.Count > 0 ? list[0] : default;"]);
    default:
      if (key) {
        return block("python", [
          s(`# 键 ${q(key)} 不存在：先看看实际有哪些键`, `# the key ${q(key)} is missing: see which keys exist`),
          "print(list(data.keys()))",
          s("# 允许缺失时用 get 给默认值", "# when it may be missing, use get with a default"),
          `value = data.get(${q(key)})`,
          `if value is None:`,
          `    raise KeyError(f${q(`'${key}' missing, got keys: {list(data)}`)})`,
        ]);
      }
      return block("python", [
        s("# 访问下标前先检查长度（split 的结果尤其要检查）", "# check the length before indexing (especially split results)"),
        "parts = line.strip().split(\",\")",
        "if len(parts) < 3:",
        `    print(${q(s("跳过格式不对的行：", "skipping malformed line: "))}, repr(line))`,
        "else:",
        "    value = parts[2]",
      ]);
  }
}

export const codeIndexKey: KnowledgeEntry = {
  category: "code.index_key",
  example: "Traceback (most recent call last):\n  File \"awesome_chat.py\", line 297, in parse_task\n    return response.json()[\"choices\"][0][\"text\"]\nKeyError: 'choices'",
  subject: (f) => (f.missingKey ? `'${f.missingKey}'` : f.indexInfo?.index ? `index ${f.indexInfo.index}` : f.exception),
  gist: (f) => (f.missingKey ? t(`字典/对象里没有键 ${f.missingKey}。`, `The dict/object has no key ${f.missingKey}.`) : f.indexInfo?.index && f.indexInfo.length ? t(`下标 ${f.indexInfo.index} 超出了范围（长度只有 ${f.indexInfo.length}，合法下标是 0 到 ${Number(f.indexInfo.length) - 1}）。`, `Index ${f.indexInfo.index} is out of range (length ${f.indexInfo.length}; valid indexes are 0 to ${Number(f.indexInfo.length) - 1}).`) : t("访问了不存在的键，或者下标超出了列表/数组的范围。", "A missing key was accessed, or an index beyond the list/array.")),
  summary: (f) => {
    const key = f.missingKey;
    if (key === "choices" || (key && f.has(/openai|completion|choices|api/i)))
      return t(`${ic(key)} 不在接口返回的数据里：请求失败时，大模型 API（以及中转站）返回的是 \`{"error": …}\` 这样的错误体，里面没有 ${ic(key)}。真正的错误信息就在这个响应体里——先打印它，再按它的内容（Key 无效、额度不足、模型不存在……）处理。`, `${ic(key)} is not in the API's response: when a request fails, LLM APIs (and gateways) return an error body such as \`{"error": …}\` with no ${ic(key)}. The real error is in that body — print it, then handle what it says (invalid key, quota, unknown model …).`);
    const info = f.indexInfo;
    if (info?.index && info.length && info.index === info.length) return t(`下标 ${info.index} 等于长度 ${info.length}：典型的差一错误（off-by-one）。合法下标是 0 到 ${Number(info.length) - 1}，循环条件应该用 \`<\` 而不是 \`<=\`，或者区间上界多算了 1。`, `Index ${info.index} equals the length ${info.length}: a classic off-by-one. Valid indexes are 0 to ${Number(info.length) - 1}; loop with \`<\` not \`<=\`, or the range's upper bound is one too high.`);
    if (key) return t(`数据里没有键 ${ic(key)}：数据结构和代码预期的不一样（字段名不同、少了一层、某些记录缺这个字段），或者数据来自一个失败的请求/空文件。`, `The data has no key ${ic(key)}: its shape differs from what the code expects (another field name, a missing level, some records lack it), or it came from a failed request/empty file.`);
    return t("访问的下标超出了序列的长度：列表为空、`split()` 的结果比预期少，或循环边界差了 1。", "The index is beyond the sequence's length: an empty list, fewer `split()` parts than expected, or a loop bound off by one.");
  },
  causes: [
    (f) => f.missingKey && t("上游（接口、文件、数据库）返回的数据结构和预期不同，或返回了错误信息而不是正常数据。", "The upstream (API, file, database) returned a different shape, or an error instead of data."),
    (f) => f.missingKey && t("键名大小写/拼写不一致，或需要多取一层（如 `data[\"result\"][\"items\"]`）。", "The key's case/spelling differs, or there is one more level (e.g. `data[\"result\"][\"items\"]`)."),
    (f) => !f.missingKey && t("列表为空（查询没有结果、文件为空），却直接取了 `[0]`。", "The list is empty (no query results, an empty file) and `[0]` was taken anyway."),
    (f) => !f.missingKey && t("按分隔符切分后的段数比预期少（某些行格式不同、末尾有空行）。", "Splitting produced fewer parts than expected (some lines differ, trailing blank lines)."),
    (f) => !f.missingKey && t("循环边界或下标计算差了 1。", "A loop bound or index calculation is off by one."),
    (f) => where(f),
  ],
  solutions: [
    {
      title: (f) => (f.missingKey === "choices" ? t("先检查接口返回的是不是错误体", "Check whether the API returned an error body") : t("访问前检查键/下标是否存在", "Check the key/index exists before access")),
      steps: [
        (f) => (f.frame?.code ? t(`出错的代码：${ic(f.frame.code)}`, `The failing code: ${ic(f.frame.code)}`) : t(`打开${at(f).zh}。`, `Open ${at(f).en}.`)),
        (f) => (f.missingKey ? t("打印数据实际的键（或整个响应），确认结构；请求类数据先判断状态码。", "Print the data's actual keys (or the whole response) to confirm its shape; for responses, check the status first.") : t("访问下标前判断长度；解析文本时跳过或报告格式不对的行。", "Check the length before indexing; skip or report malformed lines when parsing text.")),
      ],
      code: (f, lang) => indexFixCode(f, lang),
    },
    {
      title: t("打印出错时的数据，确认它的真实结构", "Print the data at the failure to see its real shape"),
      steps: [
        t("在出错行之前打印数据（或设置断点），看清楚它有哪些键、有多少元素。", "Print the data (or break) right before the failing line to see its keys and length."),
        t("数据来自外部时，在入口处用 schema 校验结构（pydantic、zod、JSON Schema），错误信息会直接指出缺了哪个字段。", "For external data, validate its shape at the entry point (pydantic, zod, JSON Schema); the error names the missing field."),
      ],
      code: (f, lang) => inspectCode(f, lang, ident(culprit(f), "data")),
    },
  ],
  prevention: [
    t("外部数据统一经过结构校验，而不是到处用 `data[\"a\"][\"b\"]` 直接取。", "Validate external data once instead of indexing `data[\"a\"][\"b\"]` everywhere."),
    t("调用 API 后先检查状态码/错误字段，再读取结果字段。", "After calling an API, check the status/error field before reading results."),
    t("遍历优先用 for-each / enumerate，少手写下标。", "Prefer for-each / enumerate over hand-written indexes."),
  ],
  tools: [
    t("pydantic / zod / JSON Schema：校验数据结构", "pydantic / zod / JSON Schema: validate data shapes"),
    t("调试器与 pprint / console.dir：查看嵌套数据", "A debugger and pprint / console.dir: inspect nested data"),
  ],
};

/* ---------- code.value ---------- */

/** `assert a == b` → `assert a == b, f"{a!r} != {b!r}"`, from the echoed source line when there is one. */
function assertWithMessage(code: string | null): string {
  const m = code ? /^assert\s+([^,=!<>]{1,80}?)\s*(==|!=|<=|>=|<|>)\s*([^,]{1,80}?)\s*$/.exec(code) : null;
  if (m) return `assert ${m[1]} ${m[2]} ${m[3]}, f"{${m[1]}!r} ${m[2]} {${m[3]}!r} failed"`;
  if (code && /^assert\s/.test(code) && !code.includes(",")) return `${code}, "explain what was expected here"`;
  return 'assert len(rows) > 0, f"expected rows, got {rows!r}"';
}

function valueFixCode(f: Facts, lang: Lang): CodeBlock {
  const s = say(lang);
  if (f.has(/Comparison method violates its general contract/)) {
    return block("java", [
      s("// 比较器必须满足：自反、对称、传递，且对相同输入结果稳定", "// a comparator must be reflexive, symmetric, transitive and stable for the same inputs"),
      s("// 错误：用减法（会溢出）或只返回 1/-1、从不返回 0", "// wrong: subtraction (overflows) or returning only 1/-1, never 0"),
      "// list.sort((a, b) -> a.getScore() - b.getScore());",
      "// list.sort((a, b) -> a.getScore() > b.getScore() ? 1 : -1);",
      "",
      s("// 正确：用 Integer.compare / Comparator.comparing", "// right: Integer.compare / Comparator.comparing"),
      "list.sort(Comparator.comparingInt(Item::getScore));",
      "list.sort((a, b) -> Double.compare(a.getX(), b.getX()));",
      s("// 比较的字段在排序过程中不能被其他线程修改", "// the compared fields must not change while sorting (other threads)"),
    ]);
  }
  if (f.has(/invalid literal for int\(\)|could not convert string to float/)) {
    return block("python", [
      s("# 字符串转数字前先清理，并处理无法转换的情况", "# clean strings before converting, and handle values that do not convert"),
      "def to_int(text, default=None):",
      "    try:",
      '        return int(str(text).strip().replace(",", ""))',
      "    except ValueError:",
      "        return default",
      "",
      'print(to_int(" 1,024 "), to_int("abc", default=0))',
    ]);
  }
  if (f.has(/too many values to unpack|not enough values to unpack/)) {
    return block("python", [
      s("# 解包时两边数量必须相同；数量不定时用 * 收集剩余部分", "# both sides of an unpacking must match; collect the rest with * when the count varies"),
      'first, second, *rest = line.split(",")',
      s("# 或先检查长度", "# or check the length first"),
      'parts = line.split(",")',
      "if len(parts) != 2:",
      '    raise ValueError(f"expected 2 fields, got {len(parts)}: {line!r}")',
    ]);
  }
  if (f.has(/AssertionError/) && ecoOf(f) !== "java") {
    return block("python", [
      s("# 给断言加上说明，失败时能看到实际的值", "# give the assertion a message so failures show the actual values"),
      assertWithMessage(f.frame?.code ?? null),
      s("# 断言用于检查“不可能发生”的情况；校验输入请用 if + raise ValueError（python -O 会跳过 assert）", "# asserts check impossible states; validate input with if + raise ValueError (python -O skips asserts)"),
    ]);
  }
  switch (ecoOf(f)) {
    case "node":
      return block("javascript", [s("// 校验参数范围，给出清晰的错误", "// validate argument ranges with a clear error"), "const n = Number(input);", "if (!Number.isInteger(n) || n < 0 || n > 1_000_000) {", "  throw new RangeError(`expected 0..1000000, got ${input}`);", "}", "const arr = new Array(n);"]);
    case "java":
      return block("java", [s("// 在方法入口校验参数", "// validate arguments at method entry"), "if (count < 0) {", '    throw new IllegalArgumentException("count must be >= 0, got " + count);', "}", "int port = Integer.parseInt(text.trim()); // " + s("NumberFormatException 时给出原始字符串", "report the raw text on NumberFormatException")]);
    default:
      return block("python", [s("# 在函数入口校验取值范围，报错时带上实际的值", "# validate the value range at function entry and include the actual value"), "def set_ratio(ratio: float) -> None:", "    if not 0.0 <= ratio <= 1.0:", '        raise ValueError(f"ratio must be in [0, 1], got {ratio!r}")']);
  }
}

export const codeValue: KnowledgeEntry = {
  category: "code.value",
  example: 'Traceback (most recent call last):\n  File "convert.py", line 12, in <module>\n    total += int(row[2])\nValueError: invalid literal for int() with base 10: \'N/A\'',
  subject: (f) => f.exception,
  gist: (f) => (f.has(/AssertionError/) && !f.has(/AssertionError:/) ? t("断言失败：assert 检查的条件为假。", "An assertion failed: the condition checked by assert is false.") : t("参数的类型是对的，但取值不合法（格式不对、超出范围或违反约定）。", "The argument has the right type but an invalid value (wrong format, out of range, or breaking a contract).")),
  summary: (f) => {
    if (f.has(/Comparison method violates its general contract/)) return t("Java 的 TimSort 发现比较器自相矛盾：例如 a<b、b<c 但 c<a，或者 compare(a,b) 与 compare(b,a) 不对称。常见原因是用减法比较（整数溢出）、只返回 1/-1 从不返回 0、比较浮点数时没有处理特殊值，或排序期间字段被并发修改。", "Java's TimSort found the comparator contradicting itself: e.g. a<b, b<c but c<a, or compare(a,b) not mirroring compare(b,a). Usual causes: comparing by subtraction (integer overflow), returning only 1/-1 and never 0, unhandled special floating-point values, or fields modified concurrently during the sort.");
    if (f.has(/invalid literal for int\(\)|could not convert string to float/)) return t("要转换成数字的字符串不是合法的数字（空串、带空格/逗号/单位、\"N/A\"、表头）。数据里混进了非数字内容，需要在转换前清理或跳过。", "The string to convert is not a valid number (empty, spaces/commas/units, \"N/A\", a header row). Non-numeric content is in the data; clean or skip it before converting.");
    if (f.has(/AssertionError/)) return t(`程序里的 \`assert\` 条件不成立${f.frame?.code ? `（${ic(f.frame.code)}）` : ""}：作者假设“这里一定为真”的前提被数据打破了。断言本身没有说明时，要在断言前打印相关变量，弄清是输入数据不符合预期，还是逻辑有误。`, `An \`assert\` in the program failed${f.frame?.code ? ` (${ic(f.frame.code)})` : ""}: an assumption the author took for granted was broken by the data. If the assertion has no message, print the variables involved to learn whether the input is unexpected or the logic is wrong.`);
    return t("函数收到了类型正确但取值不合法的参数。看报错信息里的具体值，追溯它是从哪里来的，在入口处校验或清理。", "A function received an argument of the right type but an invalid value. Look at the value in the message, trace where it came from, and validate or clean it at the entry point.");
  },
  causes: [
    (f) => f.has(/invalid literal|could not convert/) && t("CSV/Excel/接口数据里有空值、占位符（N/A、-）、千分位逗号或单位。", "CSV/Excel/API data holds blanks, placeholders (N/A, -), thousands separators or units."),
    (f) => f.has(/Comparison method violates/) && t("比较器用减法或只返回 ±1，违反了传递性/对称性。", "The comparator subtracts or only returns ±1, breaking transitivity/symmetry."),
    (f) => f.has(/AssertionError/) && t("输入数据不满足代码的假设（顺序、长度、取值范围）。", "The input breaks an assumption of the code (order, length, value range)."),
    t("参数超出允许范围（负数长度、比例大于 1、无效的枚举值）。", "An argument outside its allowed range (negative length, a ratio above 1, an unknown enum value)."),
    (f) => where(f),
  ],
  solutions: [
    {
      title: t("修正出错的取值，并在入口处校验", "Fix the offending value and validate at the entry point"),
      steps: [
        (f) => (f.frame?.code ? t(`出错的代码：${ic(f.frame.code)}`, `The failing code: ${ic(f.frame.code)}`) : t(`打开${at(f).zh}。`, `Open ${at(f).en}.`)),
        t("看报错信息里的实际值，找到它的来源；能清理的清理（去空格、去逗号），不能的就跳过并记录。", "Read the actual value in the message and find its source; clean what can be cleaned (spaces, commas), skip and log what cannot."),
      ],
      code: (f, lang) => valueFixCode(f, lang),
    },
    {
      title: t("打印触发错误的具体数据", "Print the data that triggers the error"),
      steps: [
        t("在出错行之前打印参与运算的值；批量处理时记录是哪一行/哪条记录触发的。", "Print the values involved right before the failing line; in batch jobs log which row/record triggered it."),
      ],
      code: (f, lang) => inspectCode(f, lang, ident(culprit(f), "value")),
    },
  ],
  prevention: [
    t("在数据进入程序时统一清洗和校验（pandas 的 `to_numeric(errors=\"coerce\")`、pydantic 校验器）。", "Clean and validate data as it enters (pandas `to_numeric(errors=\"coerce\")`, pydantic validators)."),
    t("断言只用于检查内部不变量，用户输入用明确的异常报告。", "Use assertions for internal invariants only; report bad user input with explicit exceptions."),
    t("为边界值（空、0、负数、超大值）写单元测试。", "Unit-test edge values (empty, 0, negative, huge)."),
  ],
  tools: [
    t("pytest / JUnit：为边界情况写测试", "pytest / JUnit: tests for edge cases"),
    t("pandas / pydantic：批量清洗和校验数据", "pandas / pydantic: bulk cleaning and validation"),
  ],
};

/* ---------- data.parse ---------- */

type ParseKind = "json-empty" | "json-html" | "json-quotes" | "unicode" | "yaml" | "serialize" | "json-end" | "generic";

function parseKind(f: Facts): ParseKind {
  if (f.has(/UnicodeDecodeError|UnicodeEncodeError|codec can't|illegal multibyte|invalid start byte|invalid continuation byte|MalformedInputException/)) return "unicode";
  if (f.has(/yaml\.|ScannerError|ParserError|mapping values are not allowed|could not find expected ':'|YAMLException/)) return "yaml";
  if (f.has(/is not JSON serializable|Converting circular structure to JSON|BigInt value can't be serialized/)) return "serialize";
  if (f.has(/Unexpected token '?<'?|<!DOCTYPE|<html|is not valid JSON/i)) return "json-html";
  if (f.has(/Expecting property name enclosed in double quotes|Unexpected token '\\''|Single quotes/)) return "json-quotes";
  if (f.has(/Unexpected end of JSON input|Unterminated string/)) return "json-end";
  if (f.has(/Expecting value: line 1 column 1 \(char 0\)|JSONDecodeError|json\.decoder/)) return "json-empty";
  return "generic";
}

function parseFixCode(f: Facts, lang: Lang): CodeBlock {
  const s = say(lang);
  const eco = ecoOf(f);
  switch (parseKind(f)) {
    case "unicode": {
      const enc = f.encoding && f.encoding !== "charmap" ? f.encoding : null;
      const file = f.path ?? "data.csv";
      return block("python", [
        enc === "gbk" || enc === "cp936"
          ? s(`# 用 ${enc} 读取 UTF-8 文件失败：Windows 中文系统的默认编码是 GBK，显式指定 utf-8`, `# reading a UTF-8 file as ${enc} failed: the default on Chinese Windows is GBK, so pass utf-8 explicitly`)
          : s("# 明确指定文件编码，不要依赖系统默认值", "# state the file encoding explicitly, never rely on the system default"),
        `with open(${q(file)}, encoding="utf-8-sig") as fh:  ${s("# utf-8-sig 还能去掉 Excel 导出的 BOM", "# utf-8-sig also strips the BOM Excel writes")}`,
        "    text = fh.read()",
        "",
        s("# 文件确实是 GBK（旧版 Excel/记事本导出）时：", "# if the file really is GBK (old Excel/Notepad exports):"),
        `# open(${q(file)}, encoding="gbk")`,
        s("# pandas 同理：pd.read_csv(path, encoding=\"utf-8-sig\")", "# pandas likewise: pd.read_csv(path, encoding=\"utf-8-sig\")"),
        s("# 不确定编码时先探测：pip install charset-normalizer，然后 normalizer -m 文件名", "# unsure? detect it: pip install charset-normalizer, then normalizer -m file"),
      ]);
    }
    case "yaml":
      return block("yaml", [
        s("# 值里有冒号、#、{} 或以特殊字符开头时要加引号", "# quote values that contain a colon, #, {} or start with a special character"),
        s("# 错误：", "# wrong:"),
        "# command: echo time: now",
        s("# 正确：", "# right:"),
        'command: "echo time: now"',
        s("# 缩进只能用空格，同一层级对齐；列表项 - 后面要有空格", "# indent with spaces only, aligned per level; a space after each list dash"),
        "services:",
        "  web:",
        "    ports:",
        '      - "8080:80"',
      ]);
    case "serialize":
      return eco === "node"
        ? block("javascript", [s("// BigInt / 循环引用不能直接 JSON.stringify：自定义 replacer", "// BigInt / circular references cannot be stringified directly: use a replacer"), "const seen = new WeakSet();", "const json = JSON.stringify(value, (key, v) => {", '  if (typeof v === "bigint") return v.toString();', '  if (typeof v === "object" && v) {', '    if (seen.has(v)) return "[Circular]";', "    seen.add(v);", "  }", "  return v;", "});"])
        : block("python", [
            "import json",
            "from datetime import date, datetime",
            "from decimal import Decimal",
            "",
            "",
            "def to_jsonable(o):",
            "    if isinstance(o, (datetime, date)):",
            "        return o.isoformat()",
            "    if isinstance(o, Decimal):",
            "        return str(o)",
            "    if isinstance(o, set):",
            "        return sorted(o)",
            `    raise TypeError(f"${s("无法序列化", "cannot serialise")} {type(o).__name__}")`,
            "",
            "",
            "text = json.dumps(data, default=to_jsonable, ensure_ascii=False)",
          ]);
    case "json-quotes":
      return block("python", [s("# 单引号不是合法 JSON：这通常是 Python 的 str(dict)。传输时用 json.dumps", "# single quotes are not JSON: that is usually Python's str(dict). Use json.dumps when sending"), "import ast", "import json", "", "payload = json.dumps(data)  " + s("# 正确的 JSON", "# proper JSON"), s("# 已经拿到单引号字符串时，可以用 ast.literal_eval 读回来", "# if you already have the single-quoted string, read it back with ast.literal_eval"), "data = ast.literal_eval(text)"]);
    default:
      if (eco === "node") {
        return block("javascript", [
          `const res = await fetch(${q(f.url && /^https?:\/\//.test(f.url) && !/[*…]/.test(f.url) ? f.url : "https://api.example.com/endpoint")});`,
          "const text = await res.text();",
          `${s("// 先确认拿到的是 JSON：失败时常常是 HTML 错误页或空响应", "// make sure it is JSON first: failures are often an HTML error page or an empty body")}`,
          'if (!res.ok || !res.headers.get("content-type")?.includes("json")) {',
          "  throw new Error(`HTTP ${res.status} ${res.headers.get(\"content-type\")}: ${text.slice(0, 300)}`);",
          "}",
          "const data = JSON.parse(text);",
        ]);
      }
      return block("python", [
        "import requests",
        "",
        `resp = requests.get(${q(f.url && /^https?:\/\//.test(f.url) && !/[*…]/.test(f.url) ? f.url : "https://api.example.com/endpoint")}, timeout=30)`,
        s("# 先看状态码和内容类型：JSON 解析失败时，响应常常是空的或是一个 HTML 错误页", "# check status and content type first: when JSON parsing fails the body is often empty or an HTML error page"),
        'if resp.status_code != 200 or "json" not in resp.headers.get("content-type", ""):',
        '    raise RuntimeError(f"HTTP {resp.status_code} {resp.headers.get(\'content-type\')}: {resp.text[:300]!r}")',
        "data = resp.json()",
      ]);
  }
}

export const dataParse: KnowledgeEntry = {
  category: "data.parse",
  // Not a message any known-error entry answers, so this test exercises the category template itself.
  example: 'Traceback (most recent call last):\n  File "load.py", line 7, in <module>\n    cfg = yaml.safe_load(f)\nyaml.scanner.ScannerError: mapping values are not allowed here\n  in "config.yaml", line 3, column 9',
  subject: (f) => (parseKind(f) === "unicode" && f.encoding ? `${f.encoding} codec` : f.exception),
  gist: (f) => {
    switch (parseKind(f)) {
      case "unicode":
        return t(`文件/数据的实际编码和读取时使用的编码${f.encoding ? `（${f.encoding}）` : ""}不一致，字节无法解码。`, `The data's real encoding differs from the one used to read it${f.encoding ? ` (${f.encoding})` : ""}, so the bytes cannot be decoded.`);
      case "yaml":
        return t("YAML 文件的格式不合法（通常是缩进或未加引号的特殊字符）。", "The YAML file is malformed (usually indentation or an unquoted special character).");
      case "serialize":
        return t("要转换成 JSON 的对象里有 JSON 不支持的类型（datetime、Decimal、set、自定义对象、循环引用）。", "The object to serialise holds types JSON does not support (datetime, Decimal, set, custom objects, cycles).");
      case "json-html":
        return t("期望拿到 JSON，实际收到的是 HTML 页面（通常是错误页或登录页）。", "JSON was expected but an HTML page arrived (usually an error or login page).");
      case "json-empty":
        return t("要解析的内容不是 JSON：第一个字符就不对，通常是空响应或 HTML/纯文本错误信息。", "The content is not JSON from the very first character: usually an empty body or an HTML/plain-text error.");
      default:
        return t("数据无法按预期格式解析。", "The data could not be parsed in the expected format.");
    }
  },
  summary: (f) => {
    switch (parseKind(f)) {
      case "unicode":
        return f.encoding === "gbk" || f.encoding === "cp936"
          ? t("Windows 中文系统上 `open()` 默认用 GBK 解码，而文件其实是 UTF-8（现在绝大多数文件都是），遇到 GBK 不认识的字节就报错。读写文本时始终显式指定 `encoding=\"utf-8\"`（Excel 导出的 CSV 用 `utf-8-sig`）。", "On Chinese Windows `open()` decodes as GBK by default, while the file is UTF-8 (as almost all files are now), so bytes GBK does not know fail. Always pass `encoding=\"utf-8\"` for text files (`utf-8-sig` for CSVs exported by Excel).")
          : t(`用 ${f.encoding ? ic(f.encoding) : "某种编码"} 解码失败：文件的真实编码不同（GBK/UTF-16/Latin-1），或者这根本不是文本文件（压缩包、图片、Excel 的 .xlsx）。先确认文件编码，再显式指定。`, `Decoding as ${f.encoding ? ic(f.encoding) : "this encoding"} failed: the file uses another encoding (GBK/UTF-16/Latin-1), or it is not text at all (an archive, an image, an .xlsx). Find the real encoding and pass it explicitly.`);
      case "yaml":
        return t(`YAML 解析失败${f.path ? `（${ic(f.path)}）` : ""}：报错里的行号、列号指向出问题的位置。“mapping values are not allowed here” 几乎总是因为值里有冒号却没加引号，或者缩进错了一级。`, `YAML parsing failed${f.path ? ` (${ic(f.path)})` : ""}: the line and column in the error point at the spot. "mapping values are not allowed here" is almost always an unquoted value containing a colon, or indentation off by one level.`);
      case "serialize":
        return t("JSON 只支持字符串、数字、布尔、数组、对象和空值。datetime、Decimal、set、ORM 对象等需要先转换成这些基本类型（如 `isoformat()`、`str()`），或者给序列化函数提供自定义转换器。", "JSON only supports strings, numbers, booleans, arrays, objects and an empty value. datetime, Decimal, set, ORM objects and the like must first become those (e.g. `isoformat()`, `str()`), or the serialiser needs a custom converter.");
      case "json-html":
        return t("`Unexpected token <` 表示响应的第一个字符是 `<`——这是 HTML，不是 JSON。服务端返回了错误页（404/500/502）、登录页或 CDN 拦截页，或者请求发到了前端开发服务器而不是 API。JSON 解析错误只是表象，要看的是那个 HTML 的状态码和内容。", "`Unexpected token <` means the body starts with `<`: HTML, not JSON. The server returned an error page (404/500/502), a login page or a CDN block page, or the request hit the front-end dev server instead of the API. The parse error is only the symptom; look at that HTML's status and content.");
      case "json-empty":
        return t("“Expecting value: line 1 column 1 (char 0)” 表示第一个字符就不是合法 JSON：响应体为空（204、请求失败、超时后的空读取），或者是 HTML/纯文本错误信息。在调用 `.json()` 之前打印状态码和响应文本，真正的错误就在那里。", "\"Expecting value: line 1 column 1 (char 0)\" means the very first character is not JSON: an empty body (204, a failed request, an empty read after a timeout) or an HTML/plain-text error. Print the status and body text before calling `.json()`; the real error is there.");
      default:
        return t("数据不符合解析器期望的格式。找到报错给出的位置（行/列/字节偏移），查看那里的原始内容。", "The data does not match the format the parser expects. Go to the position the error gives (line/column/offset) and look at the raw content there.");
    }
  },
  causes: [
    (f) => (parseKind(f) === "json-empty" || parseKind(f) === "json-html") && t("请求失败（4xx/5xx），服务端返回了错误页而不是 JSON。", "The request failed (4xx/5xx) and the server returned an error page instead of JSON."),
    (f) => (parseKind(f) === "json-empty" || parseKind(f) === "json-html") && t("URL 写错，请求到了网站首页/前端路由，返回的是 HTML。", "A wrong URL reached the site's home page/front-end route, which returns HTML."),
    (f) => parseKind(f) === "json-empty" && t("要解析的文件为空，或读取前文件指针已在末尾。", "The file to parse is empty, or the read position was already at the end."),
    (f) => (f.provider || f.isRelay) && (parseKind(f) === "json-empty" || parseKind(f) === "json-html") && t("调用大模型 API 时拿到的不是 JSON：base_url 指向了网页或代理，或者网关/CDN 返回了 HTML 错误页（502、登录页、防火墙拦截页）。旧版 openai SDK（0.x）遇到这种响应时只会报 JSONDecodeError。", "An LLM API call got something other than JSON: base_url points at a web page or proxy, or a gateway/CDN returned an HTML error page (502, a login page, a firewall block). The old openai SDK (0.x) reports such a response only as JSONDecodeError."),
    (f) => parseKind(f) === "unicode" && t("没有显式指定编码，系统默认编码（Windows 上是 GBK/cp1252）与文件不一致。", "No explicit encoding, so the system default (GBK/cp1252 on Windows) does not match the file."),
    (f) => parseKind(f) === "unicode" && t("文件带 BOM，或混有不同编码的内容。", "The file has a BOM or mixes encodings."),
    (f) => parseKind(f) === "yaml" && t("值里含有 `: `、`#`、`{`、`*` 等特殊字符却没有加引号；或缩进用了 Tab/层级不对齐。", "A value holds `: `, `#`, `{`, `*` … without quotes; or indentation uses tabs/misaligned levels."),
    (f) => where(f),
  ],
  solutions: [
    {
      title: (f) => {
        switch (parseKind(f)) {
          case "unicode":
            return t("显式指定正确的编码", "Specify the right encoding explicitly");
          case "yaml":
            return t("按报错的行列号修正 YAML", "Fix the YAML at the reported line and column");
          case "serialize":
            return t("提供自定义的 JSON 转换", "Provide a custom JSON conversion");
          case "json-quotes":
            return t("生成标准 JSON（双引号）", "Produce standard JSON (double quotes)");
          default:
            return t("解析前检查响应的状态码和内容类型", "Check the status and content type before parsing");
        }
      },
      steps: [
        (f) => {
          switch (parseKind(f)) {
            case "unicode":
              return t("所有 `open()`/`read_csv()` 都显式写上 `encoding=`；确实是 GBK 的老文件就写 `encoding=\"gbk\"`。", "Pass `encoding=` to every `open()`/`read_csv()`; for genuine GBK legacy files use `encoding=\"gbk\"`.");
            case "yaml":
              return t(`打开${f.path ? ` ${ic(f.path)}` : " 报错的文件"}，到报错指出的行列：给含冒号等特殊字符的值加引号，统一用空格缩进。`, `Open${f.path ? ` ${ic(f.path)}` : " the file"} at the reported line/column: quote values with colons and other special characters, indent with spaces only.`);
            case "serialize":
              return t("把不支持的类型转换成字符串/数字后再序列化，或给 `json.dumps` 传 `default=`。", "Convert unsupported types to strings/numbers first, or pass `default=` to `json.dumps`.");
            case "json-quotes":
              return t("发送方用 `json.dumps` / `JSON.stringify` 生成 JSON，而不是 `str(dict)`。", "Have the sender use `json.dumps` / `JSON.stringify`, not `str(dict)`.");
            default:
              return t("调用 `.json()` / `JSON.parse` 之前，检查状态码是 2xx、Content-Type 含 json；否则把响应文本打印出来——那才是真正的错误信息。", "Before `.json()` / `JSON.parse`, check for a 2xx status and a JSON Content-Type; otherwise print the body text — that is the real error message.");
          }
        },
      ],
      code: (f, lang) => parseFixCode(f, lang),
    },
    {
      title: t("查看出错位置的原始内容", "Look at the raw content at the failing position"),
      steps: [
        t("打印原始字节/文本的前几百个字符（或报错偏移附近的内容），确认它是什么格式。", "Print the first few hundred characters of the raw bytes/text (or around the reported offset) to see what format it is."),
        t("文件类问题用 `file` 命令或编辑器右下角的编码显示确认真实编码。", "For files, confirm the real encoding with the `file` command or the editor's status bar."),
      ],
      code: (f, lang) => {
        const s = say(lang);
        const file = f.path ?? (parseKind(f) === "yaml" ? "config.yml" : "data.csv");
        if (parseKind(f) === "unicode" || parseKind(f) === "yaml") {
          return block("bash", [
            s("# 文件的真实编码/类型", "# the file's real encoding/type"),
            `file -i ${q(file)}`,
            s("# 查看出错附近的原始字节", "# look at the raw bytes near the failure"),
            `head -c 200 ${q(file)} | xxd | head`,
            parseKind(f) === "yaml" ? s("# 用 yamllint 找出所有格式问题", "# list every YAML problem with yamllint") : null,
            parseKind(f) === "yaml" ? `yamllint ${q(file)}` : null,
          ]);
        }
        return block("bash", [s("# 用 curl 看看接口实际返回了什么（状态码、类型、内容）", "# see what the endpoint really returns (status, type, body)"), `curl -sS -i ${q(f.url && /^https?:/.test(f.url) ? f.url : "https://api.example.com/endpoint")} | head -40`]);
      },
    },
  ],
  prevention: [
    t("所有文本读写都显式指定 UTF-8。", "Always read and write text as explicit UTF-8."),
    t("HTTP 客户端统一封装：非 2xx 或非 JSON 响应时抛出带状态码和响应片段的错误。", "Wrap your HTTP client so non-2xx or non-JSON responses raise an error with the status and a body snippet."),
    t("配置文件纳入 CI 校验（yamllint、JSON Schema）。", "Validate config files in CI (yamllint, JSON Schema)."),
  ],
  tools: [
    (f) => (parseKind(f) === "unicode" ? t("charset-normalizer / chardet / file -i：检测文件编码", "charset-normalizer / chardet / file -i: detect encodings") : parseKind(f) === "yaml" ? t("yamllint / 在线 YAML 校验器", "yamllint / an online YAML validator") : t("curl -i / jq：查看原始响应并校验 JSON", "curl -i / jq: inspect the raw response and validate JSON")),
    t("编辑器的编码显示与转换功能（VS Code 右下角）", "The editor's encoding display and conversion (VS Code status bar)"),
  ],
};

export const codeEntries: KnowledgeEntry[] = [codeSyntax, codeNullReference, codeType, codeName, codeIndexKey, codeValue, dataParse];

export type { CodeEco };
