/**
 * From the name a program imports to the name a package manager installs.
 * Tables are data: add a row when a new import/distribution mismatch shows up.
 */

/** Import name (full dotted name or top-level package) → PyPI distribution. */
export const pipNames: Record<string, string> = {
  cv2: "opencv-python",
  yaml: "PyYAML",
  PIL: "Pillow",
  sklearn: "scikit-learn",
  skimage: "scikit-image",
  bs4: "beautifulsoup4",
  dotenv: "python-dotenv",
  Crypto: "pycryptodome",
  Cryptodome: "pycryptodomex",
  docx: "python-docx",
  pptx: "python-pptx",
  fitz: "PyMuPDF",
  jwt: "PyJWT",
  MySQLdb: "mysqlclient",
  "google.protobuf": "protobuf",
  "google.generativeai": "google-generativeai",
  "google.genai": "google-genai",
  "google.auth": "google-auth",
  "google.oauth2": "google-auth",
  "googleapiclient": "google-api-python-client",
  attr: "attrs",
  serial: "pyserial",
  usb: "pyusb",
  magic: "python-magic",
  dateutil: "python-dateutil",
  win32api: "pywin32",
  win32con: "pywin32",
  win32com: "pywin32",
  win32gui: "pywin32",
  pythoncom: "pywin32",
  pywintypes: "pywin32",
  OpenSSL: "pyOpenSSL",
  telegram: "python-telegram-bot",
  discord: "discord.py",
  pkg_resources: "setuptools",
  gi: "PyGObject",
  wx: "wxPython",
  zmq: "pyzmq",
  faiss: "faiss-cpu",
  websocket: "websocket-client",
  socks: "PySocks",
  jose: "python-jose",
  multipart: "python-multipart",
  ldap: "python-ldap",
  Bio: "biopython",
  nacl: "PyNaCl",
  git: "GitPython",
  github: "PyGithub",
  slugify: "python-slugify",
  markdown: "Markdown",
  kafka: "kafka-python",
  snappy: "python-snappy",
  llama_cpp: "llama-cpp-python",
  OpenGL: "PyOpenGL",
  mpl_toolkits: "matplotlib",
  cairo: "pycairo",
  dns: "dnspython",
  Levenshtein: "Levenshtein",
  sentencepiece: "sentencepiece",
  tensorflow_hub: "tensorflow-hub",
  fastai: "fastai",
  playwright: "playwright",
  docker: "docker",
  jieba: "jieba",
  pydantic_settings: "pydantic-settings",
  speech_recognition: "SpeechRecognition",
  pyaudio: "PyAudio",
  lxml: "lxml",
  psycopg2: "psycopg2-binary",
  psycopg: "psycopg[binary]",
  ruamel: "ruamel.yaml",
  xdg: "pyxdg",
  Xlib: "python-xlib",
  pymssql: "pymssql",
  umap: "umap-learn",
  tesserocr: "tesserocr",
  pytesseract: "pytesseract",
  moviepy: "moviepy",
  editor: "python-editor",
  simplejson: "simplejson",
  zhipuai: "zhipuai",
  dashscope: "dashscope",
  ollama: "ollama",
  anthropic: "anthropic",
  openai: "openai",
};

/** Parts of the standard library that some builds leave out: pip cannot install them. */
export const pythonStdlibGaps: Record<string, { zh: string; en: string }> = {
  tkinter: {
    zh: "tkinter 属于标准库，但 Linux 发行版把它拆成了单独的系统包：`sudo apt install python3-tk`（Fedora：`sudo dnf install python3-tkinter`；macOS Homebrew：`brew install python-tk`）。",
    en: "tkinter is standard library, but Linux distributions ship it separately: `sudo apt install python3-tk` (Fedora: `sudo dnf install python3-tkinter`; macOS Homebrew: `brew install python-tk`).",
  },
  _tkinter: {
    zh: "`_tkinter` 是 tkinter 的 C 扩展，由系统包提供：`sudo apt install python3-tk`；pyenv 编译的 Python 需先装 `tk-dev` 再重装该版本。",
    en: "`_tkinter` is tkinter's C extension and comes from the system package: `sudo apt install python3-tk`; for pyenv builds install `tk-dev` and rebuild that version.",
  },
  distutils: {
    zh: "Python 3.12 已移除 distutils。升级依赖它的包；临时办法是 `pip install setuptools`（setuptools 会提供一个兼容的 distutils）。",
    en: "Python 3.12 removed distutils. Upgrade the package that imports it; as a stopgap `pip install setuptools`, which provides a compatible distutils.",
  },
  imp: {
    zh: "Python 3.12 已移除 imp 模块。升级报错的第三方包，或改用 `importlib`；急用可以先用 Python 3.11。",
    en: "Python 3.12 removed the imp module. Upgrade the package that uses it or switch to `importlib`; if you are blocked, run Python 3.11 for now.",
  },
  _ctypes: {
    zh: "解释器编译时缺少 libffi。安装 `libffi-dev`（Debian/Ubuntu）或 `libffi-devel`（RHEL），再重新编译/重装这个 Python 版本（如 `pyenv install 3.12`）。",
    en: "The interpreter was built without libffi. Install `libffi-dev` (Debian/Ubuntu) or `libffi-devel` (RHEL), then rebuild/reinstall that Python (e.g. `pyenv install 3.12`).",
  },
  _sqlite3: {
    zh: "解释器编译时缺少 SQLite 头文件。安装 `libsqlite3-dev`，再重新编译/重装这个 Python 版本。",
    en: "The interpreter was built without SQLite headers. Install `libsqlite3-dev`, then rebuild/reinstall that Python.",
  },
  _lzma: {
    zh: "解释器编译时缺少 liblzma。安装 `liblzma-dev`，再重新编译/重装这个 Python 版本。",
    en: "The interpreter was built without liblzma. Install `liblzma-dev`, then rebuild/reinstall that Python.",
  },
  _bz2: {
    zh: "解释器编译时缺少 bzip2 头文件。安装 `libbz2-dev`，再重新编译/重装这个 Python 版本。",
    en: "The interpreter was built without bzip2 headers. Install `libbz2-dev`, then rebuild/reinstall that Python.",
  },
  _ssl: {
    zh: "解释器编译时缺少 OpenSSL。安装 `libssl-dev`，再重新编译/重装这个 Python 版本。",
    en: "The interpreter was built without OpenSSL. Install `libssl-dev`, then rebuild/reinstall that Python.",
  },
};

/**
 * `No module named 'a.b.c'` → the distribution to `pip install`. A known dotted name wins
 * (google.protobuf → protobuf), then the top-level package, through the table.
 */
export function pipPackageFor(module: string): string {
  const name = module.trim().replace(/^['"]|['"]$/g, "");
  const parts = name.split(".");
  for (let i = parts.length; i >= 1; i--) {
    const prefix = parts.slice(0, i).join(".");
    const hit = pipNames[prefix];
    if (hit) return hit;
  }
  if (parts[0] === "google" && parts[1] === "cloud" && parts[2]) return `google-cloud-${parts[2].replace(/_/g, "-")}`;
  return (parts[0] ?? name).replace(/_/g, "-");
}

/** The top-level package of a dotted module name. */
export function topModule(module: string): string {
  return module.split(".")[0] ?? module;
}

export function isStdlibGap(module: string): boolean {
  return Object.hasOwn(pythonStdlibGaps, topModule(module)) || Object.hasOwn(pythonStdlibGaps, module);
}

/* ---------- npm ---------- */

export type NodeSpecifier =
  | { kind: "package"; name: string; subpath: string | null }
  | { kind: "relative"; path: string }
  | { kind: "builtin"; name: string };

const nodeBuiltins = new Set([
  "assert", "buffer", "child_process", "cluster", "crypto", "dgram", "dns", "events", "fs", "http", "http2", "https",
  "net", "os", "path", "perf_hooks", "process", "querystring", "readline", "stream", "string_decoder", "timers", "tls",
  "tty", "url", "util", "v8", "vm", "worker_threads", "zlib", "async_hooks", "inspector", "module", "test",
]);

/**
 * `Cannot find module 'x'`: a package to install, a relative/absolute file path (not a package:
 * the path is wrong or the file was not built), or a Node built-in.
 */
export function nodeSpecifier(spec: string): NodeSpecifier {
  const s = spec.trim();
  if (/^(?:\.{1,2}(?:[\\/]|$)|[\\/]|[A-Za-z]:[\\/]|file:)/.test(s)) return { kind: "relative", path: s };
  if (s.startsWith("node:")) return { kind: "builtin", name: s.slice(5) };
  if (s.startsWith("@")) {
    const [scope, pkg, ...rest] = s.split("/");
    if (scope && pkg) return { kind: "package", name: `${scope}/${pkg}`, subpath: rest.length ? rest.join("/") : null };
    return { kind: "package", name: s, subpath: null };
  }
  const [head, ...rest] = s.split("/");
  const name = head ?? s;
  if (nodeBuiltins.has(name)) return { kind: "builtin", name };
  return { kind: "package", name, subpath: rest.length ? rest.join("/") : null };
}

/** The package name to `npm install` for a specifier, or null when it is a path or a built-in. */
export function npmPackageFor(spec: string): string | null {
  const s = nodeSpecifier(spec);
  return s.kind === "package" ? s.name : null;
}

/** `@types/x` for a package (`@scope/pkg` → `@types/scope__pkg`). */
export function typesPackageFor(pkg: string): string {
  return pkg.startsWith("@") ? `@types/${pkg.slice(1).replace("/", "__")}` : `@types/${pkg}`;
}

/* ---------- Java / Go / PHP ---------- */

export interface MavenCoord {
  group: string;
  artifact: string;
  version: string;
}

/** Package prefix → the artifact that usually provides it (longest prefix wins). */
const mavenByPrefix: [string, MavenCoord][] = [
  ["org.apache.http", { group: "org.apache.httpcomponents", artifact: "httpclient", version: "4.5.14" }],
  ["org.apache.hc.client5", { group: "org.apache.httpcomponents.client5", artifact: "httpclient5", version: "5.4.1" }],
  ["com.mysql.cj", { group: "com.mysql", artifact: "mysql-connector-j", version: "8.4.0" }],
  ["com.mysql.jdbc", { group: "com.mysql", artifact: "mysql-connector-j", version: "8.4.0" }],
  ["org.postgresql", { group: "org.postgresql", artifact: "postgresql", version: "42.7.4" }],
  ["org.sqlite", { group: "org.xerial", artifact: "sqlite-jdbc", version: "3.46.1.3" }],
  ["com.fasterxml.jackson.databind", { group: "com.fasterxml.jackson.core", artifact: "jackson-databind", version: "2.17.2" }],
  ["com.fasterxml.jackson.core", { group: "com.fasterxml.jackson.core", artifact: "jackson-core", version: "2.17.2" }],
  ["com.google.gson", { group: "com.google.code.gson", artifact: "gson", version: "2.11.0" }],
  ["com.google.common", { group: "com.google.guava", artifact: "guava", version: "33.3.1-jre" }],
  ["okhttp3", { group: "com.squareup.okhttp3", artifact: "okhttp", version: "4.12.0" }],
  ["org.apache.commons.lang3", { group: "org.apache.commons", artifact: "commons-lang3", version: "3.17.0" }],
  ["org.apache.commons.io", { group: "commons-io", artifact: "commons-io", version: "2.17.0" }],
  ["org.apache.commons.codec", { group: "commons-codec", artifact: "commons-codec", version: "1.17.1" }],
  ["org.slf4j", { group: "org.slf4j", artifact: "slf4j-api", version: "2.0.16" }],
  ["javax.xml.bind", { group: "javax.xml.bind", artifact: "jaxb-api", version: "2.3.1" }],
  ["jakarta.xml.bind", { group: "jakarta.xml.bind", artifact: "jakarta.xml.bind-api", version: "4.0.2" }],
  ["javax.servlet", { group: "javax.servlet", artifact: "javax.servlet-api", version: "4.0.1" }],
  ["jakarta.servlet", { group: "jakarta.servlet", artifact: "jakarta.servlet-api", version: "6.1.0" }],
  ["com.alibaba.fastjson2", { group: "com.alibaba.fastjson2", artifact: "fastjson2", version: "2.0.53" }],
  ["com.alibaba.fastjson", { group: "com.alibaba", artifact: "fastjson", version: "1.2.83" }],
  ["org.junit.jupiter", { group: "org.junit.jupiter", artifact: "junit-jupiter", version: "5.11.3" }],
  ["lombok", { group: "org.projectlombok", artifact: "lombok", version: "1.18.34" }],
];

export function mavenFor(className: string): MavenCoord | null {
  let best: [string, MavenCoord] | null = null;
  for (const row of mavenByPrefix) {
    if ((className === row[0] || className.startsWith(`${row[0]}.`)) && (!best || row[0].length > best[0].length)) best = row;
  }
  return best ? best[1] : null;
}

/** PHP class namespace → composer package, for the usual suspects. */
const composerByNamespace: [RegExp, string][] = [
  [/^PHPMailer\\/, "phpmailer/phpmailer"],
  [/^GuzzleHttp\\/, "guzzlehttp/guzzle"],
  [/^Monolog\\/, "monolog/monolog"],
  [/^Dotenv\\/, "vlucas/phpdotenv"],
  [/^PhpOffice\\PhpSpreadsheet\\/, "phpoffice/phpspreadsheet"],
  [/^Firebase\\JWT\\/, "firebase/php-jwt"],
  [/^Carbon\\/, "nesbot/carbon"],
  [/^Symfony\\Component\\(\w+)/, "symfony/"],
];

export function composerFor(className: string): string | null {
  const name = className.replace(/^\\/, "");
  for (const [re, pkg] of composerByNamespace) {
    const m = re.exec(name);
    if (m) return pkg === "symfony/" && m[1] ? `symfony/${m[1].replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase()}` : pkg;
  }
  return null;
}

/** How to get a missing command onto the PATH, per platform. */
export const commandInstall: Record<string, { zh: string; en: string }> = {
  python: {
    zh: "Windows：从 python.org 安装时勾选 “Add python.exe to PATH”，或直接用 `py` 启动器（`py -3 script.py`）；macOS：`brew install python`；Debian/Ubuntu：`sudo apt install python3 python-is-python3`。",
    en: "Windows: reinstall from python.org with “Add python.exe to PATH” ticked, or use the `py` launcher (`py -3 script.py`); macOS: `brew install python`; Debian/Ubuntu: `sudo apt install python3 python-is-python3`.",
  },
  python3: { zh: "macOS：`brew install python`；Debian/Ubuntu：`sudo apt install python3`；Windows 上命令叫 `py` 或 `python`。", en: "macOS: `brew install python`; Debian/Ubuntu: `sudo apt install python3`; on Windows the command is `py` or `python`." },
  pip: { zh: "用 `python -m pip install …` 代替裸 `pip`，它总是对应当前这个 Python；缺 pip 时运行 `python -m ensurepip --upgrade`。", en: "Use `python -m pip install …` instead of bare `pip`: it always matches the Python you run; if pip is missing, run `python -m ensurepip --upgrade`." },
  pip3: { zh: "用 `python3 -m pip install …`；Debian/Ubuntu 缺 pip 时 `sudo apt install python3-pip`。", en: "Use `python3 -m pip install …`; on Debian/Ubuntu install it with `sudo apt install python3-pip`." },
  node: { zh: "用 nvm 安装 Node LTS：`nvm install --lts`（Windows 用 nvm-windows 或 `winget install OpenJS.NodeJS.LTS`）。", en: "Install Node LTS with nvm: `nvm install --lts` (Windows: nvm-windows or `winget install OpenJS.NodeJS.LTS`)." },
  npm: { zh: "npm 随 Node 一起安装：`nvm install --lts`；装完重开终端。", en: "npm ships with Node: `nvm install --lts`, then open a new terminal." },
  npx: { zh: "npx 随 Node/npm 一起安装：`nvm install --lts`。", en: "npx ships with Node/npm: `nvm install --lts`." },
  yarn: { zh: "`corepack enable`（Node ≥ 16.10 自带），或 `npm install -g yarn`。", en: "`corepack enable` (bundled with Node ≥ 16.10), or `npm install -g yarn`." },
  pnpm: { zh: "`corepack enable pnpm`，或 `npm install -g pnpm`。", en: "`corepack enable pnpm`, or `npm install -g pnpm`." },
  git: { zh: "Windows：`winget install Git.Git`；macOS：`xcode-select --install` 或 `brew install git`；Debian/Ubuntu：`sudo apt install git`。", en: "Windows: `winget install Git.Git`; macOS: `xcode-select --install` or `brew install git`; Debian/Ubuntu: `sudo apt install git`." },
  docker: { zh: "安装 Docker Desktop（Windows/macOS）或 `curl -fsSL https://get.docker.com | sh`（Linux），并确认 docker 所在目录在 PATH 里。", en: "Install Docker Desktop (Windows/macOS) or `curl -fsSL https://get.docker.com | sh` (Linux), and make sure its directory is on PATH." },
  java: { zh: "安装 JDK（如 `sudo apt install openjdk-21-jdk`、`brew install openjdk@21`、`winget install Microsoft.OpenJDK.21`），并把 `JAVA_HOME/bin` 加入 PATH。", en: "Install a JDK (`sudo apt install openjdk-21-jdk`, `brew install openjdk@21`, `winget install Microsoft.OpenJDK.21`) and put `JAVA_HOME/bin` on PATH." },
  javac: { zh: "你装的是 JRE 不是 JDK：安装完整 JDK（如 `sudo apt install openjdk-21-jdk`）。", en: "You have a JRE, not a JDK: install the full JDK (e.g. `sudo apt install openjdk-21-jdk`)." },
  mvn: { zh: "`sudo apt install maven` / `brew install maven`，或在项目里用 Maven Wrapper：`./mvnw`。", en: "`sudo apt install maven` / `brew install maven`, or use the project's Maven Wrapper: `./mvnw`." },
  gradle: { zh: "优先用项目自带的 `./gradlew`；否则 `brew install gradle` / `sdk install gradle`。", en: "Prefer the project's `./gradlew`; otherwise `brew install gradle` / `sdk install gradle`." },
  go: { zh: "从 https://go.dev/dl/ 安装，并把 `/usr/local/go/bin` 和 `$(go env GOPATH)/bin` 加入 PATH。", en: "Install from https://go.dev/dl/ and add `/usr/local/go/bin` and `$(go env GOPATH)/bin` to PATH." },
  cargo: { zh: "用 rustup 安装：`curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh`，然后 `source $HOME/.cargo/env`。", en: "Install with rustup: `curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh`, then `source $HOME/.cargo/env`." },
  rustc: { zh: "用 rustup 安装 Rust 工具链（https://rustup.rs），然后 `source $HOME/.cargo/env`。", en: "Install the Rust toolchain with rustup (https://rustup.rs), then `source $HOME/.cargo/env`." },
  make: { zh: "Debian/Ubuntu：`sudo apt install build-essential`；macOS：`xcode-select --install`；Windows：用 WSL 或 MSYS2。", en: "Debian/Ubuntu: `sudo apt install build-essential`; macOS: `xcode-select --install`; Windows: use WSL or MSYS2." },
  gcc: { zh: "Debian/Ubuntu：`sudo apt install build-essential`；macOS：`xcode-select --install`。", en: "Debian/Ubuntu: `sudo apt install build-essential`; macOS: `xcode-select --install`." },
  "g++": { zh: "Debian/Ubuntu：`sudo apt install build-essential`；macOS：`xcode-select --install`。", en: "Debian/Ubuntu: `sudo apt install build-essential`; macOS: `xcode-select --install`." },
  cmake: { zh: "`sudo apt install cmake` / `brew install cmake` / `pip install cmake`。", en: "`sudo apt install cmake` / `brew install cmake` / `pip install cmake`." },
  ffmpeg: { zh: "`sudo apt install ffmpeg` / `brew install ffmpeg` / `winget install Gyan.FFmpeg`，装完重开终端。", en: "`sudo apt install ffmpeg` / `brew install ffmpeg` / `winget install Gyan.FFmpeg`, then open a new terminal." },
  curl: { zh: "`sudo apt install curl`（Windows 10+ 自带 `curl.exe`）。", en: "`sudo apt install curl` (Windows 10+ ships `curl.exe`)." },
  kubectl: { zh: "按 https://kubernetes.io/docs/tasks/tools/ 安装，或 `brew install kubectl`。", en: "Install per https://kubernetes.io/docs/tasks/tools/, or `brew install kubectl`." },
  ollama: { zh: "从 https://ollama.com/download 安装，Linux：`curl -fsSL https://ollama.com/install.sh | sh`。", en: "Install from https://ollama.com/download; Linux: `curl -fsSL https://ollama.com/install.sh | sh`." },
  conda: { zh: "安装 Miniconda 后运行 `conda init` 并重开终端（Windows 可用 “Anaconda Prompt”）。", en: "Install Miniconda, run `conda init` and open a new terminal (on Windows use the “Anaconda Prompt”)." },
  dotnet: { zh: "从 https://dot.net 安装 .NET SDK（`winget install Microsoft.DotNet.SDK.8`、`sudo apt install dotnet-sdk-8.0`）。", en: "Install the .NET SDK from https://dot.net (`winget install Microsoft.DotNet.SDK.8`, `sudo apt install dotnet-sdk-8.0`)." },
  php: { zh: "`sudo apt install php-cli` / `brew install php`。", en: "`sudo apt install php-cli` / `brew install php`." },
  composer: { zh: "按 https://getcomposer.org/download/ 安装，或 `brew install composer`。", en: "Install per https://getcomposer.org/download/, or `brew install composer`." },
};
