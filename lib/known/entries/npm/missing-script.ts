import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "npm.missing-script",
  category: "unknown",
  // npm's "Did you mean" lists npm commands (npm star, npm stars), not the project's scripts.
  printedFixIsWrong: true,
  match: [/npm (?:ERR!|error) Missing script: "(?<script>[^"\n]{1,100})"/],
  title: (c) => t(`package.json 里没有名为 ${ic(c.g.script ?? "")} 的脚本`, `package.json has no script named ${ic(c.g.script ?? "")}`),
  summary: (c) =>
    t(
      `npm run ${c.g.script ?? ""}（或 npm start/test）只运行当前目录 package.json 的 scripts 里定义的命令；这里没有 ${ic(c.g.script ?? "")}。要么命令在错误的目录执行了，要么这个项目用的是另一个脚本名（如 dev 而不是 start）。`,
      `npm run ${c.g.script ?? ""} (or npm start/test) only runs commands defined in the scripts of the package.json in the current folder; there is no ${ic(c.g.script ?? "")}. Either the command ran in the wrong folder, or the project uses another script name (dev rather than start, for example).`,
    ),
  causes: [
    t("在 monorepo 根目录或上级目录运行，而脚本定义在子项目的 package.json 里", "it ran in a monorepo root or a parent folder while the script lives in a sub-project's package.json"),
    t("项目的脚本名不同（Vite 项目是 dev，Next.js 用 dev/build/start）", "the project names its scripts differently (Vite uses dev; Next.js uses dev/build/start)"),
  ],
  solutions: [
    {
      title: t("列出可用脚本，换成正确的名字或目录", "List the available scripts, then use the right name or folder"),
      steps: [t("不带参数运行 npm run 会列出当前 package.json 的全部脚本；在 monorepo 里进入子项目目录或用 --workspace 指定。", "npm run without arguments lists every script in the current package.json; in a monorepo, cd into the sub-project or select it with --workspace.")],
      code: () => block("bash", ["npm run", "npm pkg get scripts"]),
    },
  ],
  docs: ["https://github.com/npm/cli/blob/latest/docs/lib/content/commands/npm-run.md"],
  samples: [{ text: "npm ERR! Missing script: \"start\"\nnpm ERR!\nnpm ERR! Did you mean one of these?\nnpm ERR!     npm star # Mark your favorite packages\nnpm ERR!     npm stars # View packages marked as favorites\nnpm ERR!\nnpm ERR! To see a list of scripts, run:\nnpm ERR!   npm run", source: "https://github.com/npm/cli/blob/latest/docs/lib/content/commands/npm-run.md" }],
});
