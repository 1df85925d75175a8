/** Missing dependencies, failed installs and failed builds. */
import { block, ecoOf, ic, inline, q, say } from "../code/util";
import {
  commandInstall,
  composerFor,
  isStdlibGap,
  mavenFor,
  nodeSpecifier,
  pipPackageFor,
  pythonStdlibGaps,
  topModule,
  typesPackageFor,
} from "../packages";
import type { CodeBlock } from "../schema";
import type { Facts, KnowledgeEntry, L, Lang } from "../types";
import { t } from "../types";
import { whereText } from "./common";

/* ---------- what is missing ---------- */

type Missing =
  | { kind: "python"; module: string; pkg: string; isStdlib: boolean }
  | { kind: "python-name"; name: string; from: string | null }
  | { kind: "node"; spec: string; pkg: string; subpath: string | null; isTypes: boolean }
  | { kind: "node-path"; path: string }
  | { kind: "node-builtin"; name: string }
  | { kind: "command"; command: string }
  | { kind: "subprocess"; program: string | null }
  | { kind: "java"; className: string }
  | { kind: "go"; pkg: string }
  | { kind: "library"; lib: string }
  | { kind: "php"; className: string; pkg: string | null }
  | { kind: "ruby"; gem: string }
  | { kind: "unknown" };

export function missingOf(f: Facts): Missing {
  if (f.pythonModule && (f.ecosystem === "python" || f.ecosystem === null || f.has(/ModuleNotFoundError|No module named/))) {
    return { kind: "python", module: f.pythonModule, pkg: pipPackageFor(f.pythonModule), isStdlib: isStdlibGap(f.pythonModule) };
  }
  if (f.importName && f.has(/cannot import name/)) return { kind: "python-name", name: f.importName.name, from: f.importName.from };
  if (f.nodeModule) {
    const s = nodeSpecifier(f.nodeModule);
    if (s.kind === "relative") return { kind: "node-path", path: s.path };
    if (s.kind === "builtin") return { kind: "node-builtin", name: s.name };
    return { kind: "node", spec: f.nodeModule, pkg: s.name, subpath: s.subpath, isTypes: f.has(/TS2307|corresponding type declarations|TS7016|Could not find a declaration file/) };
  }
  if (f.javaClass) return { kind: "java", className: f.javaClass };
  if (f.goPackage) return { kind: "go", pkg: f.goPackage };
  if (f.sharedLibrary) return { kind: "library", lib: f.sharedLibrary };
  if (f.phpClass) return { kind: "php", className: f.phpClass, pkg: composerFor(f.phpClass) };
  if (f.rubyGem) return { kind: "ruby", gem: f.rubyGem };
  if (f.has(/subprocess|Popen|_execute_child|CreateProcess|child_process|spawn /) && f.has(/WinError 2|系统找不到指定的文件|cannot find the file specified|No such file or directory|ENOENT/)) {
    return { kind: "subprocess", program: f.missingCommand };
  }
  if (f.missingCommand) return { kind: "command", command: f.missingCommand };
  return { kind: "unknown" };
}

const pyCmd = (f: Facts) => (f.has(/[A-Z]:\\|\\Users\\|WinError|Windows/) ? "py -m pip" : "python -m pip");

function missingName(m: Missing): string | null {
  switch (m.kind) {
    case "python":
      return m.module;
    case "python-name":
      return m.name;
    case "node":
      return m.spec;
    case "node-path":
      return m.path;
    case "node-builtin":
      return m.name;
    case "command":
      return m.command;
    case "subprocess":
      return m.program;
    case "java":
      return m.className;
    case "go":
      return m.pkg;
    case "library":
      return m.lib;
    case "php":
      return m.className;
    case "ruby":
      return m.gem;
    default:
      return null;
  }
}

function installCode(f: Facts, m: Missing, lang: Lang): CodeBlock | null {
  const s = say(lang);
  switch (m.kind) {
    case "python": {
      if (m.isStdlib) {
        return block("bash", [
          s("# 这是标准库的一部分，pip 装不了；用系统包管理器补上", "# this is part of the standard library: pip cannot install it, use the system package manager"),
          topModule(m.module).includes("tk") ? "sudo apt install python3-tk" : m.module === "distutils" ? `${pyCmd(f)} install setuptools` : "sudo apt install build-essential libffi-dev libsqlite3-dev liblzma-dev libbz2-dev libssl-dev",
          s("# 确认", "# check"),
          `python -c ${q(`import ${topModule(m.module)}`)}`,
        ]);
      }
      return block("bash", [
        s("# 用“运行脚本的那个 Python”安装，避免装进别的解释器", "# install with the same Python that runs the script, not some other interpreter"),
        `${pyCmd(f)} install ${m.pkg}`,
        "",
        s("# 确认装在了哪里、用的是哪个解释器", "# confirm where it went and which interpreter runs"),
        `python -c ${q(`import ${topModule(m.module)}, sys; print(${topModule(m.module)}.__file__); print(sys.executable)`)}`,
        "",
        s("# 记进依赖清单，别人/服务器才能复现", "# record it so others and servers get it too"),
        `echo ${q(m.pkg)} >> requirements.txt`,
      ]);
    }
    case "python-name": {
      const pkg = m.from ? pipPackageFor(m.from) : null;
      return block("bash", [
        s(`# 包装上了，但这个版本里没有 ${m.name}：看看装的是哪个版本`, `# the package is installed but this version has no ${m.name}: check which version you have`),
        pkg ? `${pyCmd(f)} show ${pkg}` : `${pyCmd(f)} list`,
        pkg ? s("# 升级到包含该名称的版本（或按项目要求的版本安装）", "# upgrade to a version that has the name (or install the version the project pins)") : null,
        pkg ? `${pyCmd(f)} install --upgrade ${pkg}` : null,
        s("# 项目里有没有与包同名的文件遮住了它？", "# does a file in your project shadow the package?"),
        `python -c ${q(`import ${pkg ? topModule(m.from ?? pkg) : "sys"}; print(${pkg ? topModule(m.from ?? pkg) : "sys"}.__file__)`)}`,
      ]);
    }
    case "node":
      return block("bash", [
        m.isTypes
          ? s(`# 只缺类型声明：装 ${typesPackageFor(m.pkg)}（包本身自带类型时不需要）`, `# only the type declarations are missing: install ${typesPackageFor(m.pkg)} (not needed if the package ships its own types)`)
          : s(`# ${m.spec} 属于 npm 包 ${m.pkg}`, `# ${m.spec} belongs to the npm package ${m.pkg}`),
        m.isTypes ? `npm install --save-dev ${typesPackageFor(m.pkg)}` : `npm install ${m.pkg}`,
        s("# pnpm / yarn 等价命令", "# pnpm / yarn equivalents"),
        m.isTypes ? `pnpm add -D ${typesPackageFor(m.pkg)}   # yarn add -D ${typesPackageFor(m.pkg)}` : `pnpm add ${m.pkg}   # yarn add ${m.pkg}`,
        "",
        s("# 确认 Node 能找到它", "# confirm Node can resolve it"),
        `node -e ${q(`console.log(require.resolve(${JSON.stringify(m.pkg)}))`)}`,
      ]);
    case "node-path":
      return block("bash", [
        s(`# ${m.path} 不是 npm 包，而是一个文件路径：先确认文件存在`, `# ${m.path} is not an npm package but a file path: check the file exists`),
        /\.(?:m?js|cjs|json|node)$/.test(m.path) ? `ls -l ${q(m.path)}` : `ls ${q(m.path)}*`,
        s("# 路径相对的是“写 import/require 的那个文件”，不是当前终端目录", "# the path is relative to the file that contains the import/require, not to your shell's directory"),
        s("# 如果它应该是构建产物（dist/、build/），先执行构建", "# if it is a build output (dist/, build/), build first"),
        "npm run build",
      ]);
    case "node-builtin":
      return block("bash", [
        s(`# node:${m.name} 是 Node 内置模块：Node 版本太旧，或代码被打包进了浏览器端`, `# node:${m.name} is a Node built-in: Node is too old, or the code is being bundled for the browser`),
        "node --version",
        "nvm install --lts && nvm use --lts",
      ]);
    case "subprocess": {
      const prog = m.program ?? "ffmpeg";
      return ecoOf(f) === "node"
        ? block("javascript", [
            'import { execFileSync, spawn } from "node:child_process";',
            "",
            s(`// 先确认程序在 PATH 里（Windows 用 where，其他系统用 which）`, `// check the program is on PATH first (where on Windows, which elsewhere)`),
            `const finder = process.platform === "win32" ? "where" : "which";`,
            `console.log(execFileSync(finder, [${q(prog)}]).toString());`,
            s("// 参数用数组传，不要把整条命令拼成一个字符串", "// pass arguments as an array, not one command string"),
            `spawn(${q(prog)}, ["-version"], { stdio: "inherit" });`,
          ])
        : block("python", [
            "import shutil",
            "import subprocess",
            "",
            `${s("# 先确认程序在 PATH 里；找不到就安装它，或者写绝对路径", "# make sure the program is on PATH; if not, install it or use its absolute path")}${m.program ? "" : s("（把 ffmpeg 换成你的命令）", " (replace ffmpeg with your command)")}`,
            `exe = shutil.which(${q(prog)})`,
            "if exe is None:",
            `    raise FileNotFoundError(${q(s(`${prog} 不在 PATH 里`, `${prog} is not on PATH`))})`,
            "",
            s("# 命令用列表传入（每个参数一项），不要把整条命令写成一个字符串", "# pass the command as a list (one item per argument), not as one string"),
            `subprocess.run([exe, "-version"], check=True)`,
          ]);
    }
    case "command": {
      const hint = commandInstall[m.command] ?? commandInstall[m.command.replace(/\d+$/, "")];
      return block("bash", [
        s(`# 看看 ${m.command} 到底在不在、在哪里`, `# is ${m.command} installed at all, and where?`),
        `command -v ${m.command} || echo ${q(s("不在 PATH 里", "not on PATH"))}`,
        s("# Windows：where " + m.command, "# Windows: where " + m.command),
        s("# 当前 PATH", "# the current PATH"),
        'echo "$PATH" | tr ":" "\\n"',
        hint ? `# ${inline(hint[lang], 300)}` : null,
      ]);
    }
    case "java": {
      const coord = mavenFor(m.className);
      if (!coord) {
        return block("bash", [
          s(`# 查哪个 jar 提供了 ${m.className}（Maven Central 按类名搜索）`, `# find which jar provides ${m.className} (Maven Central class search)`),
          `curl -s "https://search.maven.org/solrsearch/select?q=fc:${encodeURIComponent(m.className)}&rows=5&wt=json" | grep -o '"id":"[^"]*"'`,
          s("# 看看依赖树里有没有它、被哪个版本排除了", "# see whether it is in the dependency tree, or excluded"),
          "mvn dependency:tree",
        ]);
      }
      return block("xml", [
        `<!-- ${s(`pom.xml：${m.className} 来自这个依赖`, `pom.xml: ${m.className} comes from this dependency`)} -->`,
        "<dependency>",
        `    <groupId>${coord.group}</groupId>`,
        `    <artifactId>${coord.artifact}</artifactId>`,
        `    <version>${coord.version}</version>`,
        "</dependency>",
        "",
        `<!-- Gradle: implementation("${coord.group}:${coord.artifact}:${coord.version}") -->`,
      ]);
    }
    case "go":
      return block("bash", [s(`# 把 ${m.pkg} 加进 go.mod`, `# add ${m.pkg} to go.mod`), `go get ${m.pkg}`, "go mod tidy", "go build ./..."]);
    case "library":
      return block("bash", [
        s(`# 系统里有没有 ${m.lib}？`, `# is ${m.lib} on the system?`),
        `ldconfig -p | grep ${m.lib.replace(/\.so.*$/, "")}`,
        s("# 哪个系统包提供它（Debian/Ubuntu）", "# which package provides it (Debian/Ubuntu)"),
        `sudo apt install apt-file && sudo apt-file update && apt-file search ${m.lib}`,
        s("# 库是你自己编译出来的（在构建目录里）：告诉动态链接器去哪里找", "# if you built the library yourself (in the build tree): tell the dynamic linker where it is"),
        `export LD_LIBRARY_PATH="$(dirname "$(find . -name '${m.lib}*' -print -quit)"):$LD_LIBRARY_PATH"`,
        s("# 或者正式安装后刷新缓存", "# or install it properly and refresh the cache"),
        "sudo make install && sudo ldconfig",
      ]);
    case "php":
      return block("bash", [
        m.pkg ? `composer require ${m.pkg}` : s("# 在 https://packagist.org 按类名搜索对应的包，然后 composer require <包名>", "# search https://packagist.org for the package that provides the class, then composer require <package>"),
        "composer dump-autoload",
        s("# 入口文件顶部必须引入 Composer 的自动加载", "# the entry script must load Composer's autoloader at the top"),
        "# require __DIR__ . '/vendor/autoload.php';",
      ]);
    case "ruby":
      return block("bash", [`gem install ${m.gem}`, s("# 用 Bundler 管理时：把 gem 写进 Gemfile 再安装", "# with Bundler: add the gem to the Gemfile, then install"), `bundle add ${m.gem}`, "bundle exec ruby app.rb"]);
    default:
      return null;
  }
}

function envCheckCode(f: Facts, lang: Lang): CodeBlock {
  const s = say(lang);
  const eco = ecoOf(f);
  const m = missingOf(f);
  if (m.kind === "library") {
    const program = /(?:^|\n)(?:[^\n]{0,80}?\$ )?\s*(\S{1,200}?): error while loading shared libraries/.exec(f.text)?.[1] ?? "./your-program";
    return block("bash", [
      s("# 列出程序依赖的所有共享库，not found 的就是缺的", "# list every shared library the program needs; the ones marked not found are missing"),
      `ldd ${program} | grep "not found"`,
      s("# 当前的库搜索路径", "# the current library search path"),
      'echo "$LD_LIBRARY_PATH"',
      "ldconfig -p | wc -l",
    ]);
  }
  if (m.kind === "command" || m.kind === "subprocess") {
    const cmd = m.kind === "command" ? m.command : (m.program ?? "ffmpeg");
    return block("bash", [
      s("# macOS / Linux：命令在哪里？PATH 里有哪些目录？", "# macOS / Linux: where is the command, what is on PATH?"),
      `command -v ${cmd}`,
      'echo "$PATH" | tr ":" "\n"',
      s("# Windows（cmd）", "# Windows (cmd)"),
      `where ${cmd}`,
      "echo %PATH%",
    ]);
  }
  if (eco === "node") {
    return block("bash", [
      s("# 在项目根目录（有 package.json 的地方）执行", "# run in the project root (where package.json is)"),
      "node --version && npm --version",
      "npm ls --depth=0",
      s("# 依赖装坏了就重装：删掉 node_modules 后按锁文件安装", "# a broken install: remove node_modules and install from the lockfile"),
      "rm -rf node_modules && npm ci",
    ]);
  }
  if (eco === "java") {
    return block("bash", [s("# 运行时 classpath 里是否有这个 jar？打包时是否包含了依赖？", "# is the jar on the runtime classpath? did packaging include dependencies?"), "mvn dependency:tree", "mvn -q package && jar tf target/*.jar | head"]);
  }
  if (eco === "go") return block("bash", ["go env GOPATH GOMODCACHE GOFLAGS", "go mod tidy", "go mod verify"]);
  return block("bash", [
    s("# 运行脚本的解释器，和 pip 安装用的是同一个吗？", "# is the interpreter that runs the script the one pip installs into?"),
    "python -c \"import sys; print(sys.executable)\"",
    "python -m pip --version",
    "",
    s("# 用虚拟环境隔离项目依赖（Windows：.venv\\Scripts\\activate）", "# isolate the project's dependencies in a virtual environment (Windows: .venv\\Scripts\\activate)"),
    "python -m venv .venv && source .venv/bin/activate",
    "python -m pip install -r requirements.txt",
    "",
    s("# Jupyter：在 notebook 里用 %pip，装进当前内核", "# Jupyter: use %pip inside the notebook so it installs into the running kernel"),
    "# %pip install <package>",
  ]);
}

export const dependencyMissing: KnowledgeEntry = {
  category: "dependency.missing",
  example: "Traceback (most recent call last):\n  File \"app.py\", line 1, in <module>\n    import cv2\nModuleNotFoundError: No module named 'cv2'",
  subject: (f) => {
    const m = missingOf(f);
    if (m.kind === "python") return m.pkg !== m.module && !m.isStdlib ? `${m.module} → pip install ${m.pkg}` : m.module;
    if (m.kind === "node") return m.pkg;
    return missingName(m);
  },
  gist: (f) => {
    const m = missingOf(f);
    switch (m.kind) {
      case "python":
        return m.isStdlib ? t(`当前 Python 缺少标准库模块 ${m.module}（构建时没带上），pip 装不了它。`, `This Python lacks the standard-library module ${m.module} (left out at build time); pip cannot install it.`) : t(`当前 Python 环境里没有安装模块 ${m.module}（pip 包名：${m.pkg}）。`, `Module ${m.module} is not installed in this Python environment (pip package: ${m.pkg}).`);
      case "python-name":
        return t(`包能导入，但里面没有 ${m.name}：通常是包的版本不对。`, `The package imports but has no ${m.name}: usually the wrong version.`);
      case "node":
        return t(`Node 找不到包 ${m.pkg}：它没有安装在当前项目的 node_modules 里。`, `Node cannot find the package ${m.pkg}: it is not installed in this project's node_modules.`);
      case "node-path":
        return t(`${m.path} 是一个文件路径，这个文件不存在（路径写错或还没构建）。`, `${m.path} is a file path and that file does not exist (wrong path or not built yet).`);
      case "command":
        return t(`系统找不到命令 ${m.command}：它没安装，或者所在目录不在 PATH 里。`, `The system cannot find the command ${m.command}: it is not installed, or its directory is not on PATH.`);
      case "java":
        return t(`运行时 classpath 里没有类 ${m.className}：缺少提供它的 jar。`, `Class ${m.className} is not on the runtime classpath: the jar that provides it is missing.`);
      case "library":
        return t(`程序启动时找不到共享库 ${m.lib}。`, `The program cannot find the shared library ${m.lib} at start-up.`);
      case "subprocess":
        return t(`程序要启动的外部命令${m.program ? ` ${m.program}` : ""}找不到：它没安装或不在 PATH 里。`, `The external command the program starts${m.program ? ` (${m.program})` : ""} cannot be found: it is not installed or not on PATH.`);
      default:
        return t(`程序需要的${missingName(m) ? ` ${missingName(m)}` : "模块、包或程序"}没有安装或找不到。`, `Something the program needs${missingName(m) ? ` (${missingName(m)})` : ""} is not installed or cannot be found.`);
    }
  },
  summary: (f) => {
    const m = missingOf(f);
    switch (m.kind) {
      case "python":
        if (m.isStdlib) return t(`${ic(m.module)} 属于 Python 标准库，但你的 Python 在编译/打包时没带上它。${pythonStdlibGaps[topModule(m.module)]?.zh ?? ""}`, `${ic(m.module)} is standard library, but your Python was built or packaged without it. ${pythonStdlibGaps[topModule(m.module)]?.en ?? ""}`);
        return t(
          `Python 在当前解释器的 site-packages 里找不到 ${ic(topModule(m.module))}。${m.pkg !== topModule(m.module) ? `注意：导入名和安装名不一样，要安装的是 ${ic(m.pkg)}，不是 ${ic(topModule(m.module))}。` : ""}如果你“明明装过”，几乎都是装到了另一个解释器/虚拟环境里——用 \`python -m pip\` 安装可以保证装进正在运行的这个 Python。`,
          `Python cannot find ${ic(topModule(m.module))} in this interpreter's site-packages.${m.pkg !== topModule(m.module) ? ` Note that the import name and the distribution differ: install ${ic(m.pkg)}, not ${ic(topModule(m.module))}.` : ""} If you "already installed it", it almost always went into another interpreter/virtualenv — \`python -m pip\` installs into the Python you actually run.`,
        );
      case "python-name":
        return t(`${ic(m.from ?? "这个包")} 已安装，但导入不到 ${ic(m.name)}：这个名字在你装的版本里不存在（新版本删除/改名，或旧版本还没有）；也可能是项目里有同名文件（如 \`${m.from ?? "openai"}.py\`）遮住了真正的包。`, `${ic(m.from ?? "The package")} is installed but ${ic(m.name)} cannot be imported: the name does not exist in your version (removed/renamed in a newer release, or not yet in an older one), or a file in your project with the same name (e.g. \`${m.from ?? "openai"}.py\`) shadows the real package.`);
      case "node":
        return t(
          `${ic(m.spec)} 指向 npm 包 ${ic(m.pkg)}${m.subpath ? `（子路径 ${ic(m.subpath)}）` : ""}，但当前项目的 node_modules 里没有它：没执行安装、装在了别的目录（全局或上级目录）、或 node_modules 被删/装坏了。${m.isTypes ? "TypeScript 报的是缺少类型声明：运行时可能没问题，补上 @types 包即可。" : ""}`,
          `${ic(m.spec)} refers to the npm package ${ic(m.pkg)}${m.subpath ? ` (subpath ${ic(m.subpath)})` : ""}, which is not in this project's node_modules: never installed, installed elsewhere (globally or in a parent folder), or node_modules was deleted/broken.${m.isTypes ? " TypeScript is missing the type declarations: the runtime may be fine, add the @types package." : ""}`,
        );
      case "node-path":
        return t(`${ic(m.path)} 以 ./、../ 或 / 开头，它是文件路径而不是 npm 包，\`npm install\` 解决不了。要么路径写错了（相对路径是相对于写 import 的那个文件），要么文件还没生成（忘了构建、输出目录不同），要么扩展名不对（ESM 里 import 必须写 .js 扩展名）。`, `${ic(m.path)} starts with ./, ../ or /, so it is a file path, not an npm package; \`npm install\` will not help. Either the path is wrong (relative paths are resolved from the importing file), the file was never generated (build not run, different output folder), or the extension is missing (ESM imports need the .js extension).`);
      case "node-builtin":
        return t(`${ic(`node:${m.name}`)} 是 Node 内置模块：Node 版本太旧不支持 \`node:\` 前缀，或者这段代码被打包到了浏览器端（浏览器里没有 Node 内置模块）。`, `${ic(`node:${m.name}`)} is a Node built-in: either Node is too old for the \`node:\` prefix, or this code is bundled for the browser, which has no Node built-ins.`);
      case "command":
        return t(`Shell 在 PATH 的各个目录里都没找到 ${ic(m.command)}。要么程序根本没安装，要么装了但安装目录没加进 PATH（Windows 安装 Python 时没勾选 “Add to PATH” 是最常见的情况），要么装完没重开终端。`, `The shell found ${ic(m.command)} in none of the PATH directories. It is not installed, or its install directory is not on PATH (on Windows, installing Python without \"Add to PATH\" is the classic case), or the terminal was not reopened after installing.`);
      case "java":
        return t(`JVM 在运行时 classpath 里找不到 ${ic(m.className)}。编译能过、运行时报错，通常是依赖的 scope 是 provided/test、打包时没把依赖打进 jar，或者运行时用了不同的 classpath。`, `The JVM cannot find ${ic(m.className)} on the runtime classpath. If it compiles but fails at run time, the dependency is usually provided/test scoped, not packaged into the jar, or the runtime classpath differs.`);
      case "go":
        return t(`go.mod 里没有提供 ${ic(m.pkg)} 的模块。Go 不会自动下载新依赖，需要 \`go get\` 把它加入 go.mod。`, `No module in go.mod provides ${ic(m.pkg)}. Go does not add new dependencies by itself; \`go get\` puts it into go.mod.`);
      case "library":
        return t(`动态链接器在标准库目录（/lib、/usr/lib 及 ldconfig 缓存）和 LD_LIBRARY_PATH 里都没找到 ${ic(m.lib)}。要么缺少提供它的系统包，要么这个库是你自己编译的、还在构建目录里没有安装。`, `The dynamic linker found ${ic(m.lib)} neither in the standard directories (/lib, /usr/lib, the ldconfig cache) nor in LD_LIBRARY_PATH. Either a system package is missing, or you built the library yourself and it is still in the build tree.`);
      case "php":
        return t(`PHP 找不到类 ${ic(m.className)}：对应的 Composer 包${m.pkg ? `（${ic(m.pkg)}）` : ""}没安装，或者脚本没有引入 \`vendor/autoload.php\`。`, `PHP cannot find class ${ic(m.className)}: the Composer package${m.pkg ? ` (${ic(m.pkg)})` : ""} is not installed, or the script does not include \`vendor/autoload.php\`.`);
      case "ruby":
        return t(`Ruby 找不到 ${ic(m.gem)}：gem 没安装，或者没有通过 \`bundle exec\` 使用 Gemfile 里的版本。`, `Ruby cannot load ${ic(m.gem)}: the gem is not installed, or \`bundle exec\` was not used to load the Gemfile's versions.`);
      case "subprocess":
        return t("这不是缺少数据文件：报错发生在启动子进程时（`subprocess` / `Popen` / `spawn`），系统在 PATH 里找不到要执行的程序。Windows 上的 `[WinError 2]` 也常见于把整条命令写成一个字符串又没有 `shell=True`。", "This is not a missing data file: it fails while starting a child process (`subprocess` / `Popen` / `spawn`), because the system cannot find the program on PATH. On Windows, `[WinError 2]` is also typical when the whole command is one string without `shell=True`.");
      default:
        return t("程序运行时找不到它依赖的模块、包、类或可执行文件。先确认它有没有安装，再确认安装位置是否就是运行程序时查找的位置。", "At run time the program cannot find a module, package, class or executable it depends on. Check it is installed, then that it is installed where the program looks.");
    }
  },
  causes: [
    (f) => {
      const m = missingOf(f);
      if (m.kind === "python" && !m.isStdlib)
        return [
          m.pkg === topModule(m.module)
            ? t(`当前环境里从没安装过 ${ic(m.pkg)}（新建的虚拟环境、新机器、Docker 镜像里最常见）。`, `${ic(m.pkg)} was never installed in this environment (typical for a fresh virtualenv, a new machine or a Docker image).`)
            : t(`从没安装过 ${ic(m.pkg)}，或者装成了导入名 ${ic(topModule(m.module))}（在 PyPI 上那是另一个包，或者根本不存在）。`, `${ic(m.pkg)} was never installed, or ${ic(topModule(m.module))} (the import name) was installed instead, which on PyPI is another project or does not exist.`),
          t("装进了另一个解释器：系统 Python 与 conda/venv、pip 与 python 不对应、IDE 选错了解释器、Jupyter 内核不是这个环境。", "It went into another interpreter: system Python vs conda/venv, a pip that belongs to another python, the wrong interpreter in the IDE, a Jupyter kernel from another environment."),
          t(`项目里有和 ${ic(topModule(m.module))} 同名的文件或文件夹，或者模块是你自己的代码但运行目录/PYTHONPATH 不对。`, `A file or folder in your project is named ${ic(topModule(m.module))}, or the module is your own code and the working directory/PYTHONPATH is wrong.`),
        ];
      if (m.kind === "node")
        return [
          t("克隆项目后没有执行 `npm install`，或在子目录/上级目录里执行了安装。", "`npm install` was never run after cloning, or was run in another directory."),
          t("包只全局安装了（`npm i -g`），而 require/import 只在项目的 node_modules 里找。", "The package was only installed globally (`npm i -g`), but require/import looks in the project's node_modules."),
          t("包被列在 devDependencies 里，而生产环境用 `npm ci --omit=dev` 安装。", "The package sits in devDependencies while production installs with `npm ci --omit=dev`."),
        ];
      if (m.kind === "command")
        return [
          t(`${ic(m.command)} 没有安装。`, `${ic(m.command)} is not installed.`),
          t("装了但安装目录不在 PATH 里，或者装完后没有重开终端。", "It is installed but its directory is not on PATH, or the terminal was not reopened."),
          t("在 Docker/CI 里运行时，镜像里没有这个工具（本机有不代表镜像里有）。", "Inside Docker/CI the image lacks the tool (having it locally does not put it in the image)."),
        ];
      if (m.kind === "java")
        return [
          t("pom.xml/build.gradle 里没有声明提供该类的依赖，或版本里没有这个类（包名在大版本间变过，如 httpclient 4 → 5、javax → jakarta）。", "pom.xml/build.gradle lacks the dependency, or the declared version has no such class (package names changed across majors: httpclient 4 → 5, javax → jakarta)."),
          t("依赖的 scope 是 provided/test，或打包时没有把依赖打进 jar（普通 jar 不含依赖，需要 fat jar / shade）。", "The dependency is provided/test scoped, or packaging left it out (a plain jar has no dependencies; you need a fat/shaded jar)."),
          t("JDK 11 起移除了 JAXB、javax.activation 等 Java EE 模块，需要单独添加依赖。", "JDK 11 removed JAXB, javax.activation and other Java EE modules; add them as dependencies."),
        ];
      if (m.kind === "library")
        return [
          t("缺少提供该库的系统包（运行时包或 -dev 包）。", "A system package that provides the library is missing (runtime or -dev package)."),
          t("库是自己编译的，还在构建目录里，没有 `make install` 或没有运行 `ldconfig`。", "You built the library yourself and it is still in the build tree: no `make install`, or `ldconfig` not run."),
          t("版本号不匹配：系统里有 libX.so.2，程序要的是 libX.so.1。", "A version mismatch: the system has libX.so.2 while the program wants libX.so.1."),
        ];
      return null;
    },
    (f) => f.has(/WinError 2|系统找不到指定的文件|The system cannot find the file specified/) && f.has(/subprocess|Popen|spawn|CreateProcess/i) && t("Python 的 subprocess 启动外部程序失败：命令里的程序（如 ffmpeg、git、node）不在 PATH 里，或命令被当成了一个整体字符串（没有拆成列表、也没用 shell=True）。", "Python's subprocess could not start an external program: the program in the command (ffmpeg, git, node …) is not on PATH, or the command was passed as one string instead of a list (without shell=True)."),
    (f) => whereText(f),
  ],
  solutions: [
    {
      title: (f) => {
        const m = missingOf(f);
        switch (m.kind) {
          case "python":
            return m.isStdlib
              ? t(`用系统包管理器补上 ${m.module}`, `Add ${m.module} with the system package manager`)
              : m.pkg === topModule(m.module)
                ? t(`安装 ${m.pkg}`, `Install ${m.pkg}`)
                : t(`安装 ${m.pkg}（导入名 ${m.module}）`, `Install ${m.pkg} (imported as ${m.module})`);
          case "python-name":
            return t("把包升级/降级到包含该名称的版本", "Upgrade/downgrade the package to a version that has the name");
          case "node":
            return m.isTypes ? t(`安装类型声明 ${typesPackageFor(m.pkg)}`, `Install the type declarations ${typesPackageFor(m.pkg)}`) : t(`安装 npm 包 ${m.pkg}`, `Install the npm package ${m.pkg}`);
          case "node-path":
            return t("修正文件路径，或先构建出这个文件", "Fix the file path, or build the file first");
          case "node-builtin":
            return t("升级 Node，或不要把 Node 代码打包进浏览器", "Upgrade Node, or keep Node code out of the browser bundle");
          case "command":
            return t(`安装 ${m.command} 并把它加入 PATH`, `Install ${m.command} and put it on PATH`);
          case "subprocess":
            return t(`确认子进程要启动的程序${m.program ? ` ${m.program}` : ""}存在于 PATH 中`, `Make sure the program the subprocess starts${m.program ? ` (${m.program})` : ""} is on PATH`);
          case "java":
            return t(`添加提供 ${m.className.split(".").pop()} 的依赖`, `Add the dependency that provides ${m.className.split(".").pop()}`);
          case "go":
            return t(`用 go get 添加 ${m.pkg}`, `Add ${m.pkg} with go get`);
          case "library":
            return t(`让动态链接器找到 ${m.lib}`, `Let the dynamic linker find ${m.lib}`);
          case "php":
            return t("用 Composer 安装并加载自动加载器", "Install with Composer and load the autoloader");
          case "ruby":
            return t(`安装 gem ${m.gem}`, `Install the gem ${m.gem}`);
          default:
            return t("安装缺少的依赖", "Install the missing dependency");
        }
      },
      steps: [
        (f) => {
          const m = missingOf(f);
          switch (m.kind) {
            case "python":
              return m.isStdlib
                ? t(pythonStdlibGaps[topModule(m.module)]?.zh ?? "用系统包管理器安装对应的 Python 组件，或重装 Python。", pythonStdlibGaps[topModule(m.module)]?.en ?? "Install the matching Python component with the system package manager, or reinstall Python.")
                : t(`运行 \`${pyCmd(f)} install ${m.pkg}\`${m.pkg !== topModule(m.module) ? `（不是 \`pip install ${topModule(m.module)}\`）` : ""}。Jupyter 里用 \`%pip install ${m.pkg}\`（装进当前内核）；conda 环境里同样可以用 \`python -m pip\`。`, `Run \`${pyCmd(f)} install ${m.pkg}\`${m.pkg !== topModule(m.module) ? ` (not \`pip install ${topModule(m.module)}\`)` : ""}. In Jupyter use \`%pip install ${m.pkg}\` (installs into the running kernel); inside conda \`python -m pip\` works too.`);
            case "python-name":
              return t(`用 \`pip show\` 看当前版本，对照该包的更新日志确认 ${ic(m.name)} 在哪个版本引入/移除；同时检查项目里没有与包同名的 .py 文件。`, `Check the installed version with \`pip show\` and the package's changelog for when ${ic(m.name)} was added/removed; also make sure no .py file in your project has the package's name.`);
            case "node":
              return t(`在项目根目录（package.json 所在处）运行 \`npm install ${m.isTypes ? `-D ${typesPackageFor(m.pkg)}` : m.pkg}\`，它会写进 package.json。`, `Run \`npm install ${m.isTypes ? `-D ${typesPackageFor(m.pkg)}` : m.pkg}\` in the project root (where package.json is); it is recorded in package.json.`);
            case "node-path":
              return t(`检查 ${ic(m.path)}：相对路径从“写 import 的文件”所在目录算起；ESM（\`"type": "module"\`）里必须写完整扩展名，如 \`./utils.js\`。`, `Check ${ic(m.path)}: relative paths start from the importing file's directory; under ESM (\`"type": "module"\`) write the full extension, e.g. \`./utils.js\`.`);
            case "node-builtin":
              return t("`node --version` 低于 16 时升级到当前 LTS；前端项目里不要 import Node 内置模块，改用浏览器 API 或把逻辑移到服务端。", "If `node --version` is below 16, upgrade to the current LTS; in front-end code do not import Node built-ins: use browser APIs or move the logic server-side.");
            case "subprocess":
              return t("找到 `subprocess.Popen/run`（或 Node 的 spawn）里要启动的程序名：它没有安装、不在 PATH 里，或命令被写成了一整个字符串（Windows 上没有 `shell=True` 时会被当成一个文件名去找）。", "Find the program named in `subprocess.Popen/run` (or Node's spawn): it is not installed, not on PATH, or the command was written as one string (on Windows, without `shell=True` the whole string is looked up as a file name).");
            case "command": {
              const hint = commandInstall[m.command] ?? commandInstall[m.command.replace(/\d+$/, "")];
              return hint ?? t(`用系统的包管理器安装 ${ic(m.command)}（apt / brew / winget / choco），装完重开终端。`, `Install ${ic(m.command)} with your package manager (apt / brew / winget / choco), then open a new terminal.`);
            }
            case "java": {
              const c = mavenFor(m.className);
              return c ? t(`在 pom.xml 加入 \`${c.group}:${c.artifact}\`（Gradle 同理），然后重新构建。`, `Add \`${c.group}:${c.artifact}\` to pom.xml (or Gradle) and rebuild.`) : t(`在 Maven Central 按类名搜索 ${ic(m.className)} 找到对应的 artifact，加入依赖后重新构建。`, `Search Maven Central for the class ${ic(m.className)}, add the artifact it belongs to, and rebuild.`);
            }
            case "go":
              return t(`在模块根目录运行 \`go get ${m.pkg}\` 再 \`go mod tidy\`。`, `Run \`go get ${m.pkg}\`, then \`go mod tidy\`, in the module root.`);
            case "library":
              return t(`系统库：用包管理器安装提供 ${ic(m.lib)} 的包；自己编译的库：\`sudo make install && sudo ldconfig\`，或用 LD_LIBRARY_PATH 指向它所在的目录。`, `A system library: install the package that provides ${ic(m.lib)}; a library you built: \`sudo make install && sudo ldconfig\`, or point LD_LIBRARY_PATH at its directory.`);
            case "php":
              return t(`运行 \`composer require ${m.pkg ?? "<包名>"}\`，并确认入口文件第一行附近有 \`require __DIR__ . '/vendor/autoload.php';\`。`, `Run \`composer require ${m.pkg ?? "<package>"}\` and make sure the entry script has \`require __DIR__ . '/vendor/autoload.php';\` near the top.`);
            case "ruby":
              return t(`\`gem install ${m.gem}\`，或写进 Gemfile 后 \`bundle install\`，并用 \`bundle exec\` 运行。`, `\`gem install ${m.gem}\`, or add it to the Gemfile, \`bundle install\`, and run with \`bundle exec\`.`);
            default:
              return t("根据报错里的名字确定它属于哪个包/程序，用对应的包管理器安装。", "Work out which package or program the missing name belongs to and install it with the matching package manager.");
          }
        },
        (f) => {
          const m = missingOf(f);
          return m.kind === "python" || m.kind === "node" || m.kind === "java" || m.kind === "go" || m.kind === "php" || m.kind === "ruby"
            ? t("把依赖记进清单（requirements.txt / package.json / pom.xml / go.mod / composer.json / Gemfile）并提交，别的机器才能装上同样的依赖。", "Record the dependency (requirements.txt / package.json / pom.xml / go.mod / composer.json / Gemfile) and commit it so other machines get it too.")
            : null;
        },
      ],
      code: (f, lang) => installCode(f, missingOf(f), lang) ?? envCheckCode(f, lang),
    },
    {
      title: (f) => {
        const k = missingOf(f).kind;
        if (k === "library") return t("用 ldd 找出所有缺失的共享库", "Find every missing shared library with ldd");
        if (k === "command" || k === "subprocess") return t("确认 PATH 与运行环境", "Check PATH and the runtime environment");
        return t("确认依赖装进了“运行程序的那个环境”", "Make sure it is installed in the environment that runs the program");
      },
      steps: [
        (f) =>
          missingOf(f).kind === "library"
            ? t("`ldd` 会列出程序需要的全部共享库，标着 “not found” 的就是缺失的；一次把它们都补齐。", "`ldd` lists every shared library the program needs; the ones marked \"not found\" are missing — fix them all at once.")
            : missingOf(f).kind === "command" || missingOf(f).kind === "subprocess"
            ? t("`command -v`（Windows：`where`）找不到就说明不在 PATH；找到了却仍报错，多半是终端/IDE/服务启动时的 PATH 与你手动打开的终端不同。", "If `command -v` (Windows: `where`) finds nothing it is not on PATH; if it finds it but the error persists, the terminal/IDE/service starts with a different PATH than your shell.")
            : ecoOf(f) === "node"
              ? t("确认在 package.json 所在目录运行；用 `npm ls <包名>` 看它是否真的装上了。", "Run from the directory with package.json; `npm ls <package>` shows whether it is really installed.")
              : t("打印运行时用的解释器路径（`sys.executable`），和安装时用的 pip 对比；IDE（VS Code / PyCharm）里选择同一个解释器。", "Print the interpreter used at run time (`sys.executable`) and compare it with the pip you installed with; select the same interpreter in the IDE (VS Code / PyCharm)."),
        t("在 Docker/CI 中运行时，依赖要写进 Dockerfile / 流水线的安装步骤里，本机安装不会带进镜像。", "In Docker/CI, install dependencies in the Dockerfile / pipeline; what you installed locally is not in the image."),
      ],
      code: (f, lang) => envCheckCode(f, lang),
    },
    {
      when: (f) => missingOf(f).kind === "java" && f.has(/NoClassDefFoundError|ClassNotFoundException/),
      title: t("把依赖打进可运行的 jar", "Package the dependencies into the runnable jar"),
      steps: [
        t("`mvn package` 生成的普通 jar 不含依赖；用 maven-shade-plugin / Spring Boot 插件生成 fat jar，或运行时用 `-cp` 带上所有依赖。", "A plain `mvn package` jar has no dependencies: build a fat jar with maven-shade-plugin / the Spring Boot plugin, or pass every dependency with `-cp`."),
        t("检查依赖的 `<scope>`：provided 和 test 在运行时都不存在。", "Check the dependency's `<scope>`: provided and test are absent at run time."),
      ],
      code: () =>
        block("xml", [
          "<plugin>",
          "    <groupId>org.apache.maven.plugins</groupId>",
          "    <artifactId>maven-shade-plugin</artifactId>",
          "    <version>3.6.0</version>",
          "    <executions>",
          "        <execution>",
          "            <phase>package</phase>",
          "            <goals><goal>shade</goal></goals>",
          "        </execution>",
          "    </executions>",
          "</plugin>",
        ]),
    },
  ],
  prevention: [
    t("每个项目一个虚拟环境 / 一份 lockfile（requirements.txt + venv、package-lock.json、go.sum、poetry.lock）。", "One virtual environment and one lockfile per project (requirements.txt + venv, package-lock.json, go.sum, poetry.lock)."),
    t("新依赖一律通过包管理器添加，让清单文件自动更新，不要手动拷贝库文件。", "Add new dependencies through the package manager so the manifest updates; never copy library files by hand."),
    t("CI 里从零安装并运行一次测试，尽早发现“只在我电脑上能跑”的缺失依赖。", "Install from scratch and run the tests in CI to catch works-on-my-machine gaps early."),
  ],
  tools: [
    (f) => (missingOf(f).kind === "library" ? t("ldd / ldconfig -p / apt-file：查看缺哪些共享库、由哪个包提供", "ldd / ldconfig -p / apt-file: which shared libraries are missing and which package ships them") : ecoOf(f) === "node" ? t("npm ls / npx depcheck：查看已安装依赖、找出缺失或多余的包", "npm ls / npx depcheck: list installed packages, find missing or unused ones") : ecoOf(f) === "java" ? t("mvn dependency:tree / search.maven.org：查依赖树、按类名找 jar", "mvn dependency:tree / search.maven.org: inspect the tree, find a jar by class name") : t("python -m pip show / pip list：确认包装在哪个环境、是什么版本", "python -m pip show / pip list: which environment and version a package is in")),
    (f) => (ecoOf(f) === "python" || missingOf(f).kind === "python" ? t("venv / conda / uv：隔离每个项目的 Python 依赖", "venv / conda / uv: isolate each project's Python dependencies") : null),
    t("which / where / command -v：查看命令解析到的位置", "which / where / command -v: see where a command resolves"),
    t("Docker 多阶段构建：把运行所需的依赖明确写进镜像", "Docker multi-stage builds: put runtime dependencies into the image explicitly"),
  ],
};

/* ---------- dependency.install ---------- */

type InstallKind = "eresolve" | "node-gyp" | "pip-version" | "pip-build" | "composer" | "maven" | "generic";

function installKind(f: Facts): InstallKind {
  if (f.has(/ERESOLVE|peer dep|Could not resolve dependency/i)) return "eresolve";
  if (f.has(/gyp ERR!|node-gyp|node-pre-gyp|prebuild-install/i)) return "node-gyp";
  if (f.has(/Could not find a version that satisfies|No matching distribution found/i)) return "pip-version";
  if (f.has(/Failed building wheel|Microsoft Visual C\+\+ 14|error: command '\S{0,40}(?:gcc|cl\.exe|g\+\+)'|Python\.h: No such file|metadata-generation-failed|subprocess-exited-with-error/i)) return "pip-build";
  if (f.has(/composer|could not be resolved to an installable set/i)) return "composer";
  if (f.has(/Could not resolve dependencies for project|Could not find artifact|Failed to collect dependencies/i)) return "maven";
  return "generic";
}

const requirementOf = (f: Facts): string | null =>
  /(?:satisfies the requirement|distribution found for|Failed building wheel for|Building wheel for) ([A-Za-z0-9_.\-[\]]{1,80})/.exec(f.text)?.[1] ?? null;

export const dependencyInstall: KnowledgeEntry = {
  category: "dependency.install",
  example: "npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\nnpm ERR! Found: react@18.2.0\nnpm ERR! Could not resolve dependency:\nnpm ERR! peer react@\"^17.0.0\" from some-ui-lib@2.1.0",
  subject: (f) => {
    const k = installKind(f);
    if (k === "eresolve") return "npm ERESOLVE";
    if (k === "node-gyp") return "node-gyp";
    return requirementOf(f);
  },
  gist: (f) => {
    switch (installKind(f)) {
      case "eresolve":
        return t("npm 无法得到一棵满足所有 peer 依赖要求的依赖树：两个包要求的版本互相冲突。", "npm cannot build a dependency tree that satisfies every peer requirement: two packages want conflicting versions.");
      case "node-gyp":
        return t("一个带原生 C/C++ 扩展的 npm 包需要在本机编译，但编译失败了。", "An npm package with a native C/C++ addon had to be compiled locally, and the compilation failed.");
      case "pip-version":
        return t(`pip 找不到能装在当前 Python 版本/平台上的${requirementOf(f) ? ` ${requirementOf(f)}` : ""}版本。`, `pip found no version of${requirementOf(f) ? ` ${requirementOf(f)}` : " the package"} that installs on this Python version/platform.`);
      case "pip-build":
        return t(`pip 需要从源码编译${requirementOf(f) ? ` ${requirementOf(f)}` : "这个包"}，但本机缺少编译器或头文件。`, `pip had to build${requirementOf(f) ? ` ${requirementOf(f)}` : " the package"} from source, and the machine lacks a compiler or headers.`);
      case "composer":
        return t("Composer 找不到一组能同时满足所有版本约束的包。", "Composer cannot find a set of packages that satisfies every version constraint.");
      default:
        return t("依赖安装/解析失败：版本冲突、没有匹配的版本，或原生扩展编译失败。", "Installing/resolving dependencies failed: a version conflict, no matching version, or a native build failure.");
    }
  },
  summary: (f) => {
    switch (installKind(f)) {
      case "eresolve":
        return t("npm 7+ 会严格检查 peer 依赖：某个包声明它只兼容另一个包的某些版本（peer），而项目里装的版本不在范围内。正确的修法是让版本对齐（升级那个声明 peer 的包，或调整被依赖的版本）；`--legacy-peer-deps` 只是跳过检查，可能在运行时出问题。", "npm 7+ enforces peer dependencies strictly: one package declares it only works with certain versions of another (a peer), and the project has a version outside that range. The proper fix is to align versions (upgrade the package declaring the peer, or change the depended-on version); `--legacy-peer-deps` only skips the check and may break at run time.");
      case "node-gyp":
        return t("node-gyp 在本机编译原生扩展失败。常见原因：缺少编译工具链（Python 3、make、C++ 编译器；Windows 需要 Visual Studio Build Tools），或者这个包的版本太旧、不支持你当前的 Node 版本（新 Node 没有它的预编译包，源码又编译不过）。", "node-gyp failed to compile a native addon locally. Usually the toolchain is missing (Python 3, make, a C++ compiler; on Windows the Visual Studio Build Tools), or the package is too old for your Node version (no prebuilt binary for the new Node, and the source no longer compiles).");
      case "pip-version":
        return t("“Could not find a version that satisfies the requirement” 不一定是包不存在：更常见的是该包没有支持你当前 Python 版本/操作系统/CPU 架构的版本（例如 Python 3.13 太新、32 位 Python、ARM Mac），或者包名拼错、镜像源不同步、版本号固定得太死。", "\"Could not find a version that satisfies the requirement\" rarely means the package does not exist: more often no release supports your Python version/OS/CPU (Python 3.13 too new, 32-bit Python, ARM Mac), or the name is misspelled, the mirror is stale, or the pin is too strict.");
      case "pip-build":
        return t("没有适合你平台的预编译 wheel，pip 退回到源码编译，而本机缺少 C 编译器、Python 头文件（python3-dev）或该库依赖的系统库。最省事的办法通常是换一个有 wheel 的版本/Python 版本，其次才是安装编译环境。", "No prebuilt wheel matches your platform, so pip fell back to compiling from source, and the machine lacks a C compiler, the Python headers (python3-dev) or a system library. The easiest fix is usually a version/Python that has a wheel; installing the build toolchain comes second.");
      case "composer":
        return t("Composer 的依赖求解失败：某个包要求的依赖版本与项目里其他约束冲突，或者只有开发版（如 3.0.0RC3）满足要求而项目的 minimum-stability 是 stable。", "Composer's solver failed: a package needs dependency versions that clash with other constraints, or only a pre-release (e.g. 3.0.0RC3) satisfies it while minimum-stability is stable.");
      default:
        return t("包管理器没能完成安装。按错误输出中第一条真正的 ERROR（而不是最后的汇总）判断是版本冲突、找不到版本，还是编译失败。网络、证书、权限导致的安装失败要按对应类别处理。", "The package manager could not finish. Judge from the first real ERROR in the output (not the final summary) whether it is a version conflict, a missing version or a build failure. Network, certificate and permission failures belong to their own categories.");
    }
  },
  causes: [
    (f) => installKind(f) === "eresolve" && t("某个库（常见是 UI 组件库、ESLint 插件）还没有适配你升级后的主依赖版本（如 React 18/19、ESLint 9）。", "A library (often a UI kit or an ESLint plugin) has not caught up with your upgraded main dependency (React 18/19, ESLint 9 …)."),
    (f) => installKind(f) === "node-gyp" && t("缺少编译工具：`make`/`g++`（Linux：build-essential；macOS：`xcode-select --install`；Windows：VS Build Tools 的 “使用 C++ 的桌面开发”）。", "Build tools are missing: `make`/`g++` (Linux: build-essential; macOS: `xcode-select --install`; Windows: VS Build Tools with \"Desktop development with C++\")."),
    (f) => installKind(f) === "node-gyp" && t("包的版本太旧，不支持当前 Node（例如旧版 node-sass、sqlite3、bcrypt）；换用较新的版本或 Node LTS。", "The package version is too old for your Node (old node-sass, sqlite3, bcrypt …); use a newer version or a Node LTS."),
    (f) => installKind(f) === "pip-version" && t("当前 Python 版本太新或太旧，该包还没有（或已不再）提供对应的版本。", "Your Python is too new or too old; the package has no release for it (yet or any more)."),
    (f) => installKind(f) === "pip-version" && t("包名拼错，或 requirements.txt 里固定的版本号在 PyPI/镜像上不存在。", "The name is misspelled, or the version pinned in requirements.txt does not exist on PyPI/the mirror."),
    (f) => installKind(f) === "pip-build" && t("缺少编译器和 Python 头文件（Linux：build-essential、python3-dev；Windows：Microsoft C++ Build Tools）。", "Compiler and Python headers are missing (Linux: build-essential, python3-dev; Windows: Microsoft C++ Build Tools)."),
    (f) => installKind(f) === "pip-build" && t("该包依赖系统库（如 libpq-dev、libxml2-dev、libffi-dev），没有安装它的 -dev 包。", "The package needs a system library (libpq-dev, libxml2-dev, libffi-dev …) whose -dev package is missing."),
    (f) => installKind(f) === "composer" && t("依赖链中的某个包只发布了开发版/RC 版，而项目的 minimum-stability 是 stable。", "A package in the chain only has dev/RC releases while minimum-stability is stable."),
    t("锁文件与清单不一致，或缓存里有损坏的包。", "The lockfile and the manifest disagree, or the cache holds a corrupt package."),
  ],
  solutions: [
    {
      title: (f) => {
        switch (installKind(f)) {
          case "eresolve":
            return t("对齐冲突的版本", "Align the conflicting versions");
          case "node-gyp":
            return t("装好编译工具链，或换用支持当前 Node 的版本", "Install the build toolchain, or use a version that supports your Node");
          case "pip-version":
            return t("找一个匹配你 Python 版本的版本", "Find a release that matches your Python");
          case "pip-build":
            return t("优先安装预编译 wheel，其次补齐编译环境", "Prefer a prebuilt wheel; otherwise install the build toolchain");
          case "composer":
            return t("放宽约束或允许依赖一起升级", "Relax constraints or let dependencies update together");
          default:
            return t("从第一条错误入手修正依赖声明", "Fix the declaration from the first real error");
        }
      },
      steps: [
        (f) => {
          switch (installKind(f)) {
            case "eresolve":
              return t("读报错里的 `Found:`（项目里现有的版本）和 `Could not resolve dependency: peer …`（谁要求什么版本），把声明 peer 的包升级到支持你现有版本的新版；或者把主依赖调整到它要求的范围。", "Read `Found:` (what the project has) and `Could not resolve dependency: peer …` (who wants which version); upgrade the package that declares the peer to a release supporting your version, or move the main dependency into its range.");
            case "node-gyp":
              return t("先装编译工具，再删掉 node_modules 重新安装；仍失败就把这个包升级到最新版，或切换到 Node LTS（`nvm use --lts`）。", "Install the build tools, delete node_modules and reinstall; if it still fails, upgrade the package to its latest release or switch to Node LTS (`nvm use --lts`).");
            case "pip-version":
              return t(`用 \`pip index versions ${requirementOf(f) ?? "<包名>"}\` 查看可用版本；对照包的 PyPI 页面 “Requires: Python” 和支持的平台；必要时用 pyenv/conda 换一个 Python 版本。`, `List available versions with \`pip index versions ${requirementOf(f) ?? "<package>"}\`; compare with the PyPI page's \"Requires: Python\" and platforms; switch Python with pyenv/conda if needed.`);
            case "pip-build":
              return t("先升级 pip/setuptools/wheel，并尝试只装二进制包；不行再安装编译器和 -dev 头文件。", "Upgrade pip/setuptools/wheel and try binary-only installs first; otherwise install the compiler and -dev headers.");
            case "composer":
              return t("用 `composer why-not 包名 版本` 看是谁阻止了安装；加 `--with-all-dependencies` 允许连带升级；只有开发版可用时在 composer.json 设置 `\"minimum-stability\": \"dev\", \"prefer-stable\": true`。", "See who blocks it with `composer why-not package version`; allow cascading updates with `--with-all-dependencies`; if only pre-releases fit, set `\"minimum-stability\": \"dev\", \"prefer-stable\": true` in composer.json.");
            default:
              return t("滚动到输出里第一条 ERROR，找到出问题的包名和版本，然后调整依赖声明里的版本范围。", "Scroll to the first ERROR in the output, note the package and version at fault, and adjust the version range in the manifest.");
          }
        },
      ],
      code: (f, lang) => installFixCode(f, lang),
    },
    {
      title: t("清理后按锁文件重新安装", "Clean up and reinstall from the lockfile"),
      steps: [
        t("删除安装产物和缓存里的残留，再按锁文件安装，排除“装了一半”的状态。", "Remove install output and cached leftovers, then install from the lockfile to rule out a half-finished state."),
        (f) => installKind(f) === "eresolve" && t("实在无法对齐时才用 `npm install --legacy-peer-deps`（会跳过 peer 检查），并尽快升级相关包去掉它。", "Only when versions cannot be aligned, use `npm install --legacy-peer-deps` (it skips peer checks) and remove it after upgrading the packages involved."),
      ],
      code: (f, lang) => cleanInstallCode(f, lang),
    },
  ],
  prevention: [
    t("提交锁文件（package-lock.json、poetry.lock、composer.lock），CI 用 `npm ci` / `pip install -r` 精确复现。", "Commit the lockfile (package-lock.json, poetry.lock, composer.lock) and reproduce exactly in CI with `npm ci` / `pip install -r`."),
    t("固定运行时版本（.nvmrc、.python-version、Docker 基础镜像），团队和 CI 用同一个版本。", "Pin the runtime (.nvmrc, .python-version, the Docker base image) so the team and CI share one version."),
    t("升级主依赖（React、Node、Python）前先查看关键库的兼容性说明。", "Check key libraries' compatibility notes before upgrading a major dependency (React, Node, Python)."),
  ],
  tools: [
    (f) => (ecoOf(f) === "node" || installKind(f) === "eresolve" || installKind(f) === "node-gyp" ? t("npm explain <包名> / npm ls：查看某个版本是被谁引入的", "npm explain <package> / npm ls: see who pulls in a version") : t("pip index versions / pipdeptree：查看可用版本与依赖树", "pip index versions / pipdeptree: available versions and the dependency tree")),
    t("nvm / pyenv / uv：切换 Node 与 Python 版本", "nvm / pyenv / uv: switch Node and Python versions"),
    t("npm-check-updates / pip-review：批量检查可升级的依赖", "npm-check-updates / pip-review: check upgradable dependencies in bulk"),
  ],
};

function installFixCode(f: Facts, lang: Lang): CodeBlock {
  const s = say(lang);
  const req = requirementOf(f);
  switch (installKind(f)) {
    case "eresolve": {
      const peer = peerOf(f);
      if (!peer) {
        return block("bash", [
          s("# 报错里 “Found:” 是现有版本，“peer … from X” 是 X 要求的版本：先看依赖关系", "# in the error, \"Found:\" is what you have and \"peer … from X\" is what X wants: inspect the tree"),
          "npm ls --all | less",
          s("# 把声明 peer 的包升级到最新版后重试", "# upgrade the package that declares the peer, then retry"),
          "npm outdated",
        ]);
      }
      return block("bash", [
        s(`# 谁依赖了 ${peer.dep}、要求什么版本`, `# who depends on ${peer.dep}, and which versions they want`),
        `npm explain ${peer.dep}`,
        s(`# 把 ${peer.by} 升到最新，看看它是否已支持你的 ${peer.dep} 版本`, `# upgrade ${peer.by} and see whether it supports your ${peer.dep} now`),
        `npm install ${peer.by}@latest`,
        s("# 仍不兼容时，在 package.json 里用 overrides 统一版本（npm 8.3+）", "# if still incompatible, force one version with overrides in package.json (npm 8.3+)"),
        `# "overrides": { ${JSON.stringify(peer.by)}: { ${JSON.stringify(peer.dep)}: ${JSON.stringify(`$${peer.dep}`)} } }`,
      ]);
    }
    case "node-gyp":
      return block("bash", [
        s("# Debian/Ubuntu", "# Debian/Ubuntu"),
        "sudo apt install -y build-essential python3",
        s("# macOS", "# macOS"),
        "xcode-select --install",
        s("# Windows（管理员 PowerShell）：安装 VS Build Tools 的 C++ 工作负载", "# Windows (admin PowerShell): install the VS Build Tools C++ workload"),
        "winget install Microsoft.VisualStudio.2022.BuildTools --override \"--add Microsoft.VisualStudio.Workload.VCTools --includeRecommended --passive\"",
        "",
        s("# 用 LTS 版 Node 重新安装（老包常常不支持最新的 Node）", "# reinstall with a Node LTS (old packages often do not support the newest Node)"),
        "nvm install --lts && nvm use --lts",
        "rm -rf node_modules && npm install",
      ]);
    case "pip-version": {
      const name = req ? req.replace(/[=<>~!].*$/, "") : null;
      return block("bash", [
        "python --version",
        name ? null : s("# 把下面的包名换成报错里的那个", "# put the package from the error here"),
        name ? null : 'PKG="package-name"',
        s("# 这个包有哪些版本（对照 PyPI 页面上的 Requires: Python）", "# which versions exist (compare with Requires: Python on its PyPI page)"),
        `python -m pip index versions ${name ?? '"$PKG"'}`,
        s("# 去掉过死的版本号，让 pip 选一个兼容的", "# drop an over-strict pin and let pip pick a compatible release"),
        `python -m pip install ${name ?? '"$PKG"'}`,
        s("# 需要换 Python 版本时", "# when you need another Python version"),
        "pyenv install 3.12 && pyenv local 3.12",
      ]);
    }
    case "pip-build":
      return block("bash", [
        "python -m pip install --upgrade pip setuptools wheel",
        s("# 只接受预编译 wheel，看看有没有适合你平台的版本", "# accept prebuilt wheels only, to see whether one fits your platform"),
        `python -m pip install --only-binary=:all: ${req ?? "package-name"}`,
        "",
        s("# 需要源码编译时，先装编译环境（Debian/Ubuntu）", "# if it must compile, install the toolchain first (Debian/Ubuntu)"),
        "sudo apt install -y build-essential python3-dev",
        s("# Windows：安装 Microsoft C++ Build Tools（https://visualstudio.microsoft.com/visual-cpp-build-tools/）", "# Windows: install Microsoft C++ Build Tools (https://visualstudio.microsoft.com/visual-cpp-build-tools/)"),
      ]);
    case "composer": {
      const target = composerTarget(f);
      return block("bash", [
        target ? s("# 谁阻止了安装", "# who blocks the install") : null,
        target ? `composer why-not ${target}` : "composer diagnose",
        s("# 允许依赖一起升级", "# allow dependencies to update together"),
        target ? `composer require ${target} --with-all-dependencies` : "composer update --with-all-dependencies",
        s("# 只有开发版/RC 满足要求时", "# when only dev/RC releases fit"),
        "composer config minimum-stability dev && composer config prefer-stable true",
      ]);
    }
    default:
      return cleanInstallCode(f, lang);
  }
}

function peerOf(f: Facts): { dep: string; by: string } | null {
  const m = /peer ((?:@[\w.-]{1,60}\/)?[\w.-]{1,80})@"?[^"\s]{0,40}"? from ((?:@[\w.-]{1,60}\/)?[\w.-]{1,80})@/.exec(f.text);
  return m ? { dep: m[1]!, by: m[2]! } : null;
}

function composerTarget(f: Facts): string | null {
  return /composer require ([\w.-]{1,60}\/[\w.-]{1,60})/.exec(f.text)?.[1] ?? null;
}

function cleanInstallCode(f: Facts, lang: Lang): CodeBlock {
  const s = say(lang);
  if (ecoOf(f) === "python" || installKind(f).startsWith("pip")) {
    return block("bash", [
      s("# 新建一个干净的虚拟环境重新安装", "# reinstall into a fresh virtual environment"),
      "python -m venv .venv && source .venv/bin/activate",
      "python -m pip install --upgrade pip",
      "python -m pip cache purge",
      "python -m pip install -r requirements.txt",
    ]);
  }
  if (ecoOf(f) === "php" || installKind(f) === "composer") return block("bash", ["rm -rf vendor", "composer clear-cache", "composer install"]);
  if (ecoOf(f) === "java") return block("bash", [s("# 强制刷新依赖（-U 会重新检查远程仓库）", "# force a dependency refresh (-U re-checks remote repositories)"), "mvn -U clean install"]);
  return block("bash", [
    s("# 删除安装产物后按锁文件重新安装", "# remove install output and reinstall from the lockfile"),
    "rm -rf node_modules",
    "npm cache verify",
    "npm ci   " + s("# 没有 package-lock.json 时用 npm install", "# use npm install if there is no package-lock.json"),
  ]);
}

/* ---------- build.compile ---------- */

type BuildKind = "linker" | "rust-borrow" | "java-release" | "bundler" | "cpp" | "typescript" | "generic";

function buildKind(f: Facts): BuildKind {
  if (f.has(/undefined reference to|ld returned \d exit status|unresolved external symbol|ld: symbol\(s\) not found|LNK2019|LNK1120/)) return "linker";
  if (f.rustCode || f.has(/cannot borrow|borrow of moved value|does not live long enough/)) return "rust-borrow";
  if (f.javaRelease || f.has(/invalid (?:target|source) release|release version \d+ not supported|Unsupported class file major version/)) return "java-release";
  if (f.has(/Module build failed|Module parse failed|You may need an appropriate loader|\[vite\]|esbuild|rollup/i)) return "bundler";
  if (f.has(/error TS\d{4}/)) return "typescript";
  if (f.has(/\.(?:c|cc|cpp|h|hpp):\d+:\d+: (?:fatal )?error|fatal error: [\w/.-]{1,100}\.h: No such file/)) return "cpp";
  return "generic";
}

export const buildCompile: KnowledgeEntry = {
  category: "build.compile",
  example: "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.1:compile (default-compile) on project common-utils: Fatal error compiling: invalid target release: 17 -> [Help 1]",
  subject: (f) => (f.rustCode ? `error[${f.rustCode}]` : f.javaRelease ? t(`目标版本 ${f.javaRelease}`, `target release ${f.javaRelease}`) : null),
  gist: (f) => {
    switch (buildKind(f)) {
      case "linker":
        return t("编译通过了，但链接时找不到某些函数/符号的实现。", "Compilation passed, but linking could not find the implementation of some functions/symbols.");
      case "rust-borrow":
        return t("Rust 借用检查器拒绝了这段代码：同一个值在同一时间被可变和不可变地借用（或已被移动后再使用）。", "Rust's borrow checker rejected the code: a value is borrowed mutably and immutably at the same time (or used after a move).");
      case "java-release":
        return t(`构建要求用 Java ${f.javaRelease ?? "更高版本"} 编译，但当前运行 Maven/Gradle 的 JDK 版本更低。`, `The build targets Java ${f.javaRelease ?? "a newer release"}, but Maven/Gradle runs on an older JDK.`);
      case "bundler":
        return t("打包工具处理某个文件失败：缺少对应的 loader/插件，或文件里有它无法解析的语法。", "The bundler failed on a file: a loader/plugin is missing, or the file has syntax it cannot parse.");
      default:
        return t("编译/构建失败，第一条 error 指出了真正的原因。", "The build failed; the first error names the real cause.");
    }
  },
  summary: (f) => {
    switch (buildKind(f)) {
      case "linker":
        return t("“undefined reference to …” 是链接错误：头文件声明了函数，编译器相信它存在，但链接器在所有目标文件和库里都没找到实现。通常是没有链接对应的库（缺少 `-lxxx` 或库的顺序不对）、某个 .c/.cpp 文件没有加入构建，或者 C 与 C++ 混用时缺少 `extern \"C\"`。", "\"undefined reference to …\" is a link error: a header declared the function, the compiler trusted it, but the linker found no implementation in any object or library. Usually the library is not linked (missing `-lxxx` or wrong order), a .c/.cpp file is not part of the build, or C and C++ are mixed without `extern \"C\"`.");
      case "rust-borrow":
        return t(`借用规则：同一时刻要么有多个不可变引用，要么只有一个可变引用。${f.rustCode ? `运行 \`rustc --explain ${f.rustCode}\` 查看这个错误码的官方解释和示例。` : ""}通常的修法是缩小借用的作用域（先把需要的值取出来/复制出来，再进行可变操作），或者 clone 一份数据。`, `The borrowing rule: at any moment either several immutable references or exactly one mutable one.${f.rustCode ? ` Run \`rustc --explain ${f.rustCode}\` for the official explanation and examples.` : ""} The usual fix is to shorten the borrow (take or copy out the values you need before the mutable operation), or to clone the data.`);
      case "java-release":
        return t(`“invalid target release: ${f.javaRelease ?? "N"}” 表示 pom.xml/build.gradle 要求编译到 Java ${f.javaRelease ?? "N"}，但执行构建的 JDK 比它旧（例如项目要 17，\`mvn -v\` 显示的是 Java 8/11）。Maven 使用的是 JAVA_HOME 指向的 JDK，而不一定是 \`java -version\` 显示的那个。`, `"invalid target release: ${f.javaRelease ?? "N"}" means pom.xml/build.gradle targets Java ${f.javaRelease ?? "N"} but the JDK running the build is older (the project wants 17, \`mvn -v\` shows Java 8/11). Maven uses the JDK in JAVA_HOME, which is not necessarily what \`java -version\` shows.`);
      case "bundler":
        return t("webpack/Vite 等打包工具用 loader/插件处理不同类型的文件；“Module build failed / You may need an appropriate loader” 说明某个文件（.scss、.vue、.ts、新语法的 .js）没有对应的处理器，或者 loader 版本与打包工具不兼容。看报错里的文件路径和紧接着的那一行。", "Bundlers such as webpack/Vite handle each file type with a loader/plugin; \"Module build failed / You may need an appropriate loader\" means a file (.scss, .vue, .ts, newer-syntax .js) has no handler, or the loader version does not match the bundler. Look at the file path and the line right after.");
      default:
        return t("构建失败时，输出里的第一条 error 通常就是根因，后面的错误多是连锁反应。修掉第一条后重新构建，再看下一条。", "In a failed build the first error is usually the root cause and the rest are knock-on effects. Fix the first one, rebuild, then look again.");
    }
  },
  causes: [
    (f) => buildKind(f) === "linker" && t("缺少链接库参数（如 `-lm`、`-lpthread`、`-lssl`），或库放在了目标文件前面（GNU ld 对顺序敏感）。", "A missing link flag (`-lm`, `-lpthread`, `-lssl` …), or the library listed before the objects (GNU ld is order-sensitive)."),
    (f) => buildKind(f) === "linker" && t("实现函数的源文件没有加入 Makefile/CMakeLists 的构建目标。", "The source file that implements the function is not in the Makefile/CMakeLists target."),
    (f) => buildKind(f) === "rust-borrow" && t("在持有某个字段/元素的引用时，又调用了需要 `&mut self` 的方法。", "A method needing `&mut self` is called while a reference into a field/element is still alive."),
    (f) => buildKind(f) === "java-release" && t("JAVA_HOME 指向旧 JDK，或系统装了多个 JDK、IDE 和命令行用的不是同一个。", "JAVA_HOME points to an old JDK, or several JDKs are installed and the IDE and the command line use different ones."),
    (f) => buildKind(f) === "bundler" && t("缺少 loader（sass-loader、vue-loader、ts-loader）或 loader 与 webpack 主版本不兼容。", "A missing loader (sass-loader, vue-loader, ts-loader) or one incompatible with the webpack major version."),
    t("依赖版本升级后 API 变化，代码没有同步修改。", "A dependency upgrade changed an API the code still uses."),
  ],
  solutions: [
    {
      title: (f) => {
        switch (buildKind(f)) {
          case "linker":
            return t("把缺少的库或源文件加入链接", "Add the missing library or source file to the link");
          case "rust-borrow":
            return t("缩短借用范围，先取值再修改", "Shorten the borrow: read first, mutate after");
          case "java-release":
            return t("用与项目目标版本一致的 JDK 构建", "Build with the JDK the project targets");
          case "bundler":
            return t("安装并配置对应的 loader/插件", "Install and configure the matching loader/plugin");
          default:
            return t("从第一条错误开始修", "Start from the first error");
        }
      },
      steps: [
        (f) => {
          switch (buildKind(f)) {
            case "linker":
              return t("用 `nm -C libxxx.a | grep 函数名` 确认哪个库里有这个符号，然后在链接命令/CMake 的 target_link_libraries 里加上它（放在目标文件之后）。", "Find which library defines the symbol with `nm -C libxxx.a | grep name`, then add it to the link command / CMake target_link_libraries (after the objects).");
            case "rust-borrow":
              return t("先把需要的值复制到局部变量（`let len = v.len();`），让不可变借用结束，再做可变操作；确实需要同时持有时考虑 clone、拆分结构体字段，或 `RefCell`。", "Copy what you need into a local (`let len = v.len();`) so the immutable borrow ends before the mutable operation; if both must live at once, consider clone, splitting struct fields, or `RefCell`.");
            case "java-release":
              return t(`安装 JDK ${f.javaRelease ?? "17"}，把 JAVA_HOME 指向它，\`mvn -v\` 确认 “Java version” 是 ${f.javaRelease ?? "17"}；或者（确实需要兼容旧 JDK 时）把 pom.xml 里的 \`maven.compiler.release\` 改低。`, `Install JDK ${f.javaRelease ?? "17"}, point JAVA_HOME at it and confirm with \`mvn -v\` that "Java version" is ${f.javaRelease ?? "17"}; or, if you really must support an older JDK, lower \`maven.compiler.release\` in pom.xml.`);
            case "bundler":
              return t("看报错里的文件扩展名，安装对应的 loader/插件并在配置里声明；Vite 项目通常只需安装预处理器本身（如 `npm i -D sass`）。", "From the file extension in the error, install the matching loader/plugin and declare it in the config; Vite usually only needs the preprocessor itself (e.g. `npm i -D sass`).");
            default:
              return t("只看输出里的第一条 error（文件:行号），修掉后重新构建；后面的错误多半会一起消失。", "Read only the first error in the output (file:line), fix it and rebuild; later errors often disappear with it.");
          }
        },
      ],
      code: (f, lang) => buildFixCode(f, lang),
    },
    {
      title: t("在干净的环境里重新构建", "Rebuild from a clean state"),
      steps: [
        t("清理构建缓存和中间产物后再构建，排除旧产物造成的假错误。", "Clean build caches and intermediates, then rebuild to rule out stale artifacts."),
        t("确认本机、CI、Docker 里的编译器/JDK/Node 版本一致。", "Make sure compiler/JDK/Node versions match across your machine, CI and Docker."),
      ],
      code: (f, lang) => {
        const s = say(lang);
        switch (ecoOf(f)) {
          case "java":
            return block("bash", ["mvn -v", "mvn clean package -U"]);
          case "rust":
            return block("bash", ["cargo clean", "cargo build", s(`# 看错误码的详细解释`, "# read the detailed explanation of the error code"), `rustc --explain ${f.rustCode ?? "E0502"}`]);
          case "node":
            return block("bash", ["rm -rf node_modules/.cache dist .next", "npm ci", "npm run build"]);
          case "go":
            return block("bash", ["go clean -cache", "go build ./..."]);
          default:
            return block("bash", ["make clean && make", s("# CMake 项目", "# CMake projects"), "rm -rf build && cmake -S . -B build && cmake --build build"]);
        }
      },
    },
  ],
  prevention: [
    t("在 CI 中从零构建，锁定编译器/JDK/Node 版本（.tool-versions、.nvmrc、Docker 镜像）。", "Build from scratch in CI and pin compiler/JDK/Node versions (.tool-versions, .nvmrc, Docker images)."),
    t("升级依赖时一次只升级一个主版本，并阅读迁移指南。", "Upgrade one major dependency at a time and read its migration guide."),
    t("开启编译器警告（-Wall、cargo clippy、tsc --strict），把问题在编译期前移。", "Enable compiler warnings (-Wall, cargo clippy, tsc --strict) to surface problems earlier."),
  ],
  tools: [
    (f) => (ecoOf(f) === "rust" ? t("rustc --explain <错误码> / cargo clippy", "rustc --explain <code> / cargo clippy") : ecoOf(f) === "java" ? t("mvn -v / mvn -X（查看实际使用的 JDK 和详细日志）", "mvn -v / mvn -X (the JDK actually used and a verbose log)") : t("nm / ldd / objdump：检查符号和链接的库", "nm / ldd / objdump: inspect symbols and linked libraries")),
    t("SDKMAN! / nvm / rustup：管理多个工具链版本", "SDKMAN! / nvm / rustup: manage toolchain versions"),
  ],
};

function buildFixCode(f: Facts, lang: Lang): CodeBlock {
  const s = say(lang);
  const sym = /undefined reference to [`'‘]([\w:~<>]{1,120})/.exec(f.text)?.[1] ?? "missing_function";
  switch (buildKind(f)) {
    case "linker":
      return block("bash", [
        s("# 哪个库定义了这个符号？", "# which library defines the symbol?"),
        `nm -C --defined-only /usr/lib/x86_64-linux-gnu/*.a | grep -w ${q(sym)}`,
        s("# 链接时库要放在目标文件之后", "# libraries go after the objects on the link line"),
        "gcc main.o util.o -o app -lm -lpthread",
        s("# CMake", "# CMake"),
        "# target_link_libraries(app PRIVATE m pthread)",
      ]);
    case "rust-borrow":
      return block("rust", [
        s("// 错误：持有不可变借用的同时又可变借用", "// wrong: a mutable borrow while an immutable one is alive"),
        "// let first = &v[0];",
        "// v.push(4);",
        "// println!(\"{}\", first);",
        "",
        s("// 正确：先取出（复制）需要的值，让借用结束", "// right: copy out what you need so the borrow ends first"),
        "let mut v = vec![1, 2, 3];",
        "let first = v[0];",
        "v.push(4);",
        'println!("{}", first);',
      ]);
    case "java-release":
      return block("bash", [
        s("# Maven 实际用的是哪个 JDK？", "# which JDK does Maven actually use?"),
        "mvn -v",
        s(`# 安装并切换到 JDK ${f.javaRelease ?? "17"}（SDKMAN!）`, `# install and switch to JDK ${f.javaRelease ?? "17"} (SDKMAN!)`),
        `sdk install java ${f.javaRelease ?? "17"}-tem`,
        s("# 或直接设置 JAVA_HOME（Windows：setx JAVA_HOME \"C:\\Program Files\\Java\\jdk-17\"）", "# or set JAVA_HOME directly (Windows: setx JAVA_HOME \"C:\\Program Files\\Java\\jdk-17\")"),
        s("# macOS", "# macOS"),
        `export JAVA_HOME=$(/usr/libexec/java_home -v ${f.javaRelease ?? "17"})`,
        s("# Linux（Debian/Ubuntu 的 OpenJDK 路径）", "# Linux (Debian/Ubuntu OpenJDK path)"),
        `export JAVA_HOME=/usr/lib/jvm/java-${f.javaRelease ?? "17"}-openjdk-amd64`,
        "mvn -v && mvn clean package",
      ]);
    case "bundler":
      return block("bash", [
        s("# 按报错文件的类型安装处理器（选需要的那条）", "# install the handler for the failing file type (pick what you need)"),
        "npm install -D sass sass-loader",
        "npm install -D vue-loader @vue/compiler-sfc",
        "npm install -D ts-loader typescript",
        s("# 查看 webpack 与 loader 的版本是否匹配", "# check the webpack and loader versions match"),
        "npm ls webpack sass-loader",
      ]);
    default: {
      const where = f.frame ? `${f.frame.file}:${f.frame.line}` : null;
      return block("bash", [
        s("# 只看第一条错误", "# show only the first error"),
        ecoOf(f) === "node" ? "npm run build 2>&1 | grep -m1 -i -A5 error" : ecoOf(f) === "java" ? "mvn -q compile 2>&1 | grep -m1 -A5 ERROR" : "make 2>&1 | grep -m1 -A5 -i error",
        where ? s(`# 报错位置：${where}`, `# error location: ${where}`) : null,
      ]);
    }
  }
}

export const dependencyEntries: KnowledgeEntry[] = [dependencyMissing, dependencyInstall, buildCompile];

/** For tests and the UI: what the report thinks is missing. */
export function describeMissing(f: Facts): L | null {
  const m = missingOf(f);
  const name = missingName(m);
  return name ? t(name, name) : null;
}
