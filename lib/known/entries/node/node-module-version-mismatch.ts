import { block, defineKnownError, ic, t } from "../../define";

/** The package that owns the .node file, from `…/node_modules/<pkg>/build/…`. */
const packageOf = (path: string | undefined): string | null => {
  if (!path) return null;
  const all = [...path.matchAll(/node_modules[\\/]((?:@[\w.-]{1,100}[\\/])?[\w.-]{1,100})/g)];
  const last = all.at(-1);
  return last ? last[1]!.replace("\\", "/") : null;
};

export default defineKnownError({
  id: "node.node-module-version-mismatch",
  category: "dependency.install",
  match: [/(?:The module '(?<file>[^'\n]{1,300})'\s{0,5})?was compiled against a different Node\.js version using\s{1,5}NODE_MODULE_VERSION (?<built>\d{2,4})\. This version of Node\.js requires\s{1,5}NODE_MODULE_VERSION (?<need>\d{2,4})/],
  title: (c) => {
    const pkg = packageOf(c.g.file);
    return t(
      `原生模块${pkg ? ` ${ic(pkg)}` : ""} 是为另一个 Node.js 版本编译的（ABI ${c.g.built ?? "?"}，当前需要 ${c.g.need ?? "?"}）`,
      `The native module${pkg ? ` ${ic(pkg)}` : ""} was built for another Node.js version (ABI ${c.g.built ?? "?"}, this one needs ${c.g.need ?? "?"})`,
    );
  },
  summary: t(
    "带 C/C++ 扩展的包（.node 文件）只能在编译它时的 Node.js ABI（NODE_MODULE_VERSION）上加载。安装依赖之后升级或切换了 Node.js，或者在 Electron 里使用了为普通 Node.js 编译的模块，就会出现这个不匹配。",
    "A package with a C/C++ addon (a .node file) only loads on the Node.js ABI (NODE_MODULE_VERSION) it was compiled for. Upgrading or switching Node.js after installing dependencies, or loading a module built for plain Node.js inside Electron, causes this mismatch.",
  ),
  causes: [
    t("安装依赖后 Node.js 升级或用 nvm 切换了版本，node_modules 里的二进制还是旧版本编译的", "Node.js was upgraded or switched with nvm after dependencies were installed, so node_modules still holds binaries for the old version"),
    t("Electron 应用加载了为系统 Node.js 编译的原生模块（Electron 有自己的 ABI）", "an Electron app loads a native module compiled for the system Node.js (Electron has its own ABI)"),
    t("node_modules 从另一台机器或容器复制而来", "node_modules was copied from another machine or container"),
  ],
  solutions: [
    {
      title: t("用当前 Node.js 重新编译原生模块", "Rebuild the native module with the current Node.js"),
      steps: [t("先确认 node -v 是你要用的版本，再运行 npm rebuild（或删除 node_modules 重新安装）；旧的 build 目录残留时先删掉它。", "Make sure node -v is the version you intend to use, then run npm rebuild (or delete node_modules and reinstall); remove a stale build folder first if one is left over.")],
      code: (c) => {
        const pkg = packageOf(c.g.file);
        return block("bash", ["node -v", pkg ? `npm rebuild ${pkg}` : "npm rebuild"]);
      },
    },
    {
      title: t("Electron 项目：用 electron-rebuild 针对 Electron 的 ABI 编译", "Electron: rebuild against Electron's ABI with electron-rebuild"),
      steps: [t("普通的 npm rebuild 针对系统 Node.js；Electron 需要用 @electron/rebuild 重新编译原生依赖。", "Plain npm rebuild targets the system Node.js; Electron needs @electron/rebuild to recompile native dependencies.")],
    },
  ],
  docs: ["https://github.com/koesie10/fsuipc-node/issues/9", "https://github.com/vweevers/win-version-info/issues/10"],
  samples: [
    { text: "Error: The module '/path/to/project/node_modules/fibers/bin/linux-x64-51/fibers.node'\nwas compiled against a different Node.js version using\nNODE_MODULE_VERSION 48. This version of Node.js requires\nNODE_MODULE_VERSION 51. Please try re-compiling or re-installing\nthe module (for instance, using `npm rebuild` or`npm install`).\n    at Object.Module._extensions..node (module.js:598:18)", source: "https://github.com/laverdet/node-fibers/issues/338" },
  ],
});
