import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "npm.npx-could-not-determine-executable",
  category: "dependency.missing",
  match: [/npm (?:ERR!|error) could not determine executable to run/],
  title: t("npx 无法确定要运行哪个可执行文件", "npx cannot tell which executable to run"),
  summary: t(
    "npx（npm exec）会安装或找到你给出的包，然后运行它在 package.json 的 bin 里声明的命令；这个包没有声明可执行文件，或者命令名与包名不同而 npx 猜不出来，或者在本地 node_modules/.bin 里也找不到这个命令。",
    "npx (npm exec) installs or finds the package you name and runs the command it declares in package.json's bin; this package declares no executable, its command name differs from the package name so npx cannot guess it, or the command is not in the local node_modules/.bin either.",
  ),
  causes: [
    t("包名写错，或这个包本身不提供命令行工具", "the package name is wrong, or the package ships no command-line tool"),
    t("命令名与包名不同（例如包 @scope/cli 提供的命令叫 tool）", "the command name differs from the package name (the package @scope/cli provides a command called tool, say)"),
    t("本地依赖没有安装，node_modules/.bin 里没有该命令", "local dependencies are not installed, so node_modules/.bin lacks the command"),
  ],
  solutions: [
    {
      title: t("用 --package 指定包，再写要运行的命令名", "Name the package with --package and then the command"),
      steps: [t("npx --package=<包名> <命令名> 可以在包名与命令名不同时使用；运行本地工具前先 npm install。命令名可在包的 package.json 的 bin 字段里查到。", "npx --package=<package> <command> works when the package and command names differ; run npm install first for local tools. The command name is in the package's package.json bin field.")],
    },
  ],
  docs: ["https://github.com/npm/cli/blob/latest/docs/lib/content/commands/npx.md"],
  samples: [{ text: "npm ERR! could not determine executable to run\n\nnpm ERR! A complete log of this run can be found in:\nnpm ERR!     /root/.npm/_logs/2024-03-01T10_00_00_000Z-debug-0.log", source: "https://github.com/npm/cli/blob/latest/docs/lib/content/commands/npx.md" }],
});
