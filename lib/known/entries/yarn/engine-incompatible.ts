import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "yarn.engine-incompatible",
  category: "dependency.install",
  match: [/(?:error )?(?<pkg>[@\w./-]{1,100})@(?<ver>[\w.+-]{1,40}): The engine "(?<engine>[\w-]{1,20})" is incompatible with this module\. Expected version "(?<want>[^"\n]{1,80})"(?:\. Got "(?<got>[^"\n]{1,40})")?/, /The engine "[\w-]{1,20}" is incompatible with this module/],
  title: (c) =>
    c.g.pkg && c.g.want
      ? t(`${ic(`${c.g.pkg}@${c.g.ver}`)} 要求 ${c.g.engine ?? "node"} ${ic(c.g.want)}${c.g.got ? `，当前是 ${ic(c.g.got)}` : ""}`, `${ic(`${c.g.pkg}@${c.g.ver}`)} requires ${c.g.engine ?? "node"} ${ic(c.g.want)}${c.g.got ? `, you have ${ic(c.g.got)}` : ""}`)
      : t("包声明的 Node.js 版本要求与当前版本不符", "A package's declared Node.js version range does not include yours"),
  summary: t(
    "这个包在 package.json 的 engines 字段里声明了它支持的 Node.js（或其他引擎）版本范围，Yarn 在安装时严格检查，当前版本不在范围内就停止安装。",
    "The package declares the Node.js (or other engine) versions it supports in the engines field of its package.json, and Yarn enforces it at install time, stopping when your version is outside the range.",
  ),
  causes: [
    t("本机或 CI 的 Node.js 太旧（新版本的依赖常常提高最低 Node.js 要求）", "the local or CI Node.js is too old (new releases of dependencies often raise the minimum Node.js)"),
    t("包把 engines 写得过窄（例如写死了某个精确版本），其实在你的版本上也能运行", "the package pins engines too narrowly (an exact version, say), although it runs fine on yours"),
  ],
  solutions: [
    {
      title: (c) => (c.g.want ? t(`把 Node.js 换成满足 ${ic(c.g.want)} 的版本`, `Switch to a Node.js version that satisfies ${ic(c.g.want)}`) : t("把 Node.js 换成满足要求的版本", "Switch to a Node.js version that meets the requirement")),
      steps: [t("用 nvm 等版本管理器安装并切换到满足要求的 Node.js（CI 里同步修改 setup-node 的版本），再重新安装依赖。", "Install and switch to a matching Node.js with a version manager such as nvm (and update the setup-node version in CI), then install again.")],
    },
    {
      title: (c) => (c.g.pkg ? t(`或者使用仍支持当前 Node.js 的 ${ic(c.g.pkg)} 旧版本`, `Or use an older ${ic(c.g.pkg)} that still supports your Node.js`) : null),
      steps: [t("在 package.json 里把它固定到上一个大版本。", "Pin it to the previous major in package.json.")],
    },
    {
      title: t("确认能运行时，才跳过引擎检查", "Only when you know it works, skip the engine check"),
      steps: [t("Yarn 1 可以用 --ignore-engines（或 yarn config set ignore-engines true）跳过检查；这只是绕过声明，不会让包真正兼容。", "Yarn 1 accepts --ignore-engines (or yarn config set ignore-engines true) to skip the check; it only bypasses the declaration and does not make the package compatible.")],
    },
  ],
  docs: ["https://yarnpkg.com/en/docs/cli/install", "https://github.com/react-static/react-static/issues/7"],
  samples: [
    { text: "error exaroton@1.1.0: The engine \"node\" is incompatible with this module. Expected version \">=18.0.0\". Got \"15.0.1\"\nerror Found incompatible module.", source: "https://github.com/exaroton/node-exaroton-api/issues/1" },
    { text: "The engine \"node\" is incompatible with this module. Expected version \"=11.6.0\". Got \"11.13.0\"", source: "https://github.com/fdaciuk/react-trianglify/issues/11" },
  ],
});
