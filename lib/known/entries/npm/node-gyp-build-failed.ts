import { block, defineKnownError, ic, t } from "../../define";

/** The native package being built, from `gyp ERR! cwd …/node_modules/<pkg>`. */
const packageOf = (cwd: string | undefined): string | null => {
  if (!cwd) return null;
  const all = [...cwd.matchAll(/node_modules[\\/]((?:@[\w.-]{1,100}[\\/])?[\w.-]{1,100})/g)];
  const last = all.at(-1);
  return last ? last[1]!.replace("\\", "/") : null;
};
const word = (s: string): string => (/^[\w@./-]{1,200}$/.test(s) ? s : `'${s.replace(/'/g, "")}'`);

export default defineKnownError({
  id: "npm.node-gyp-build-failed",
  category: "dependency.install",
  match: [/gyp ERR! cwd (?<cwd>[^\n]{1,300})/, /gyp ERR! (?:build error|configure error|not ok|stack Error: `(?:make|msbuild)` failed)/],
  title: (c) => {
    const pkg = packageOf(c.g.cwd);
    return pkg ? t(`原生模块 ${ic(pkg)} 从源码编译失败（node-gyp）`, `The native module ${ic(pkg)} failed to compile from source (node-gyp)`) : t("原生模块从源码编译失败（node-gyp）", "A native module failed to compile from source (node-gyp)");
  },
  summary: t(
    "这个包含有 C/C++ 扩展。npm 先找与当前 Node.js 版本和平台匹配的预编译二进制，找不到时就用 node-gyp 在本机编译，而编译需要 Python、make 和 C/C++ 编译器；旧版本的包还可能根本不支持新的 Node.js。",
    "The package contains a C/C++ addon. npm first looks for a prebuilt binary for this Node.js version and platform; when there is none, node-gyp compiles it locally, which needs Python, make and a C/C++ compiler, and an old release of the package may not support the newer Node.js at all.",
  ),
  causes: [
    t("包的版本太旧，没有为当前 Node.js 版本提供预编译二进制，源码也不兼容新 Node.js 的头文件（node-sass、旧版 bcrypt、sqlite3 常见）", "the package release is too old: no prebuilt binary for this Node.js version, and its sources do not build against the newer Node.js headers (common with node-sass, old bcrypt, sqlite3)"),
    t("本机缺少编译工具链：Python、make、g++（Linux），Xcode Command Line Tools（macOS），或带 C++ 工作负载的 Visual Studio（Windows）", "the build toolchain is missing: Python, make and g++ on Linux, the Xcode Command Line Tools on macOS, or Visual Studio with the C++ workload on Windows"),
    t("只装了 Python 3 而旧版 node-gyp 需要 python 2 命令", "only Python 3 is installed while an old node-gyp expects a python 2 command"),
  ],
  solutions: [
    {
      title: (c) => {
        const pkg = packageOf(c.g.cwd);
        return pkg ? t(`把 ${ic(pkg)} 升级到支持当前 Node.js 的版本`, `Upgrade ${ic(pkg)} to a release that supports your Node.js`) : t("把编译失败的包升级到支持当前 Node.js 的版本", "Upgrade the failing package to a release that supports your Node.js");
      },
      steps: [t("对照包的发布说明，选一个提供当前 Node.js 预编译二进制的版本；或者改用项目支持的 Node.js LTS 版本。已弃用的 node-sass 应换成纯 JavaScript 的 sass 包。", "Check the package's release notes for a version with prebuilt binaries for your Node.js, or switch to the Node.js LTS the project supports. The deprecated node-sass should be replaced by the pure-JavaScript sass package.")],
      code: (c) => {
        const pkg = packageOf(c.g.cwd);
        if (!pkg) return block("bash", ["node -v"]);
        if (pkg === "node-sass") return block("bash", ["npm uninstall node-sass", "npm install --save-dev sass"]);
        return block("bash", ["node -v", `npm install ${word(`${pkg}@latest`)}`]);
      },
    },
    {
      title: t("或者安装编译工具链后重装", "Or install the build toolchain and reinstall"),
      steps: [t("Debian/Ubuntu 安装 python3、make、g++；macOS 运行 xcode-select --install；Windows 安装带“使用 C++ 的桌面开发”工作负载的 Visual Studio Build Tools。", "On Debian/Ubuntu install python3, make and g++; on macOS run xcode-select --install; on Windows install Visual Studio Build Tools with the \"Desktop development with C++\" workload.")],
      code: () => block("bash", ["sudo apt-get install -y python3 make g++", "npm rebuild"]),
    },
  ],
  docs: ["https://github.com/nodejs/node-gyp"],
  samples: [
    {
      text: "gyp ERR! build error \ngyp ERR! stack Error: `make` failed with exit code: 2\ngyp ERR! stack     at ChildProcess.onExit (/Applications/MAMP/htdocs/wp-content/themes/mytheme/node_modules/node-gyp/lib/build.js:262:23)\ngyp ERR! System Darwin 17.7.0\ngyp ERR! cwd /Applications/MAMP/htdocs/wp-content/themes/mytheme/node_modules/node-sass\ngyp ERR! node -v v10.13.0\ngyp ERR! node-gyp -v v3.8.0\ngyp ERR! not ok \nBuild failed with error code: 1",
      source: "https://github.com/sass/node-sass/issues/2533",
    },
  ],
});
