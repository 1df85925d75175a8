import { block, defineKnownError, ic, t } from "../../define";

const isGlobal = (p: string | undefined) => !!p && /(?:lib[\\/]node_modules|[\\/]usr[\\/]local|AppData[\\/]Roaming[\\/]npm)/.test(p);

export default defineKnownError({
  id: "npm.eacces",
  // npm prints "try running this command again as root/Administrator"; its own docs say not to use sudo.
  printedFixIsWrong: true,
  category: "fs.permission",
  match: [/npm (?:ERR!|error)[^\n]{0,40}Error: EACCES:? permission denied, (?<op>[a-z]{2,10}) '(?<path>[^'\n]{1,300})'/, /npm (?:ERR!|error) code EACCES/],
  title: (c) =>
    isGlobal(c.g.path)
      ? t(`全局安装没有写入 ${ic(c.g.path ?? "")} 的权限`, `A global install may not write to ${ic(c.g.path ?? "")}`)
      : c.g.path
        ? t(`npm 没有写入 ${ic(c.g.path)} 的权限`, `npm may not write to ${ic(c.g.path)}`)
        : t("npm 没有写入目标目录的权限（EACCES）", "npm lacks permission to write to a folder (EACCES)"),
  summary: (c) =>
    isGlobal(c.g.path)
      ? t(
          "npm install -g 要写入 npm 的全局目录（通常是 /usr/local/lib/node_modules），这个目录属于 root，而当前用户没有写权限。用 sudo 只会把更多 root 所有的文件留在缓存里，之后的安装还会出错。",
          "npm install -g writes to npm's global folder (usually /usr/local/lib/node_modules), which belongs to root and is not writable by the current user. sudo only leaves more root-owned files behind in the cache, so later installs fail again.",
        )
      : t(
          "npm 要写的目录或文件不属于当前用户，常见于以前用 sudo 运行过 npm，留下了 root 所有的 node_modules 或 ~/.npm 缓存。",
          "The folder or file npm must write is not owned by the current user, typically because npm once ran with sudo and left root-owned node_modules or ~/.npm cache files.",
        ),
  causes: [
    t("Node.js 是用系统安装包装的，全局目录在 /usr/local 或 /usr 下，普通用户不可写", "Node.js came from a system installer, so its global folder under /usr/local or /usr is not writable by normal users"),
    t("以前用 sudo 运行过 npm，~/.npm 缓存或项目里的 node_modules 变成了 root 所有", "npm once ran under sudo, so the ~/.npm cache or the project's node_modules became owned by root"),
  ],
  solutions: [
    {
      title: t("用 Node 版本管理器重新安装 Node.js（npm 官方推荐）", "Reinstall Node.js with a version manager (npm's recommended fix)"),
      when: (c) => isGlobal(c.g.path) || !c.g.path,
      steps: [t("nvm 等版本管理器把 Node.js 和全局包装在你的家目录里，全局安装不再需要 sudo。", "A version manager such as nvm installs Node.js and global packages in your home folder, so global installs no longer need sudo.")],
    },
    {
      title: t("或者把 npm 的全局前缀改到家目录", "Or move npm's global prefix into your home folder"),
      when: (c) => isGlobal(c.g.path) || !c.g.path,
      steps: [t("创建目录、设置 prefix，并把它的 bin 加入 PATH（写进 ~/.profile 或 ~/.bashrc 后重新打开终端）。", "Create the folder, set the prefix, and put its bin on PATH (add it to ~/.profile or ~/.bashrc, then open a new shell).")],
      code: () => block("bash", ["mkdir -p ~/.npm-global", "npm config set prefix ~/.npm-global", "echo 'export PATH=~/.npm-global/bin:$PATH' >> ~/.profile", "source ~/.profile"]),
    },
    {
      title: t("把 root 所有的缓存和 node_modules 还给当前用户", "Give the root-owned cache and node_modules back to your user"),
      when: (c) => !isGlobal(c.g.path),
      steps: [t("不要再用 sudo 运行 npm；把已经变成 root 所有的目录改回当前用户。", "Stop running npm with sudo, and hand the folders that became root-owned back to your user.")],
      code: () => block("bash", ['sudo chown -R "$(id -u):$(id -g)" ~/.npm', 'sudo chown -R "$(id -u):$(id -g)" ./node_modules']),
    },
  ],
  docs: ["https://docs.npmjs.com/resolving-eacces-permissions-errors-when-installing-packages-globally", "https://github.com/npm/documentation/pull/1711"],
  samples: [
    {
      text: "npm ERR! argv \"/usr/local/bin/node\" \"/usr/local/bin/npm\" \"install\" \"-g\" \"yo\"\nnpm ERR! path /usr/local/lib/node_modules\nnpm ERR! code EACCES\nnpm ERR! errno -13\nnpm ERR! syscall access\n\nnpm ERR! Error: EACCES: permission denied, access '/usr/local/lib/node_modules'\nnpm ERR!     at Error (native)\nnpm ERR! Please try running this command again as root/Administrator.",
      source: "https://github.com/npm/npm/issues/11806",
    },
  ],
});
