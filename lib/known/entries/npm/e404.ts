import { block, defineKnownError, ic, t } from "../../define";

/** The package name of a spec like `@scope/name@^1.0.0` or `name@latest`. */
const nameOf = (spec: string | undefined): string | null => {
  const m = spec ? /^(@[\w.-]{1,100}\/[\w.-]{1,100}|[\w.-]{1,100})/.exec(spec) : null;
  return m ? m[1]! : null;
};
const word = (s: string): string => (/^[\w@./-]{1,200}$/.test(s) ? s : `'${s.replace(/'/g, "")}'`);

export default defineKnownError({
  id: "npm.e404",
  category: "dependency.install",
  match: [/npm (?:ERR!|error) 404\s{1,3}'(?<spec>[^'\n]{1,200})' is not in (?:the npm|this) registry/, /npm (?:ERR!|error) code E404/],
  title: (c) => {
    const name = nameOf(c.g.spec);
    return name ? t(`npm 仓库里找不到 ${ic(c.g.spec ?? name)}`, `The npm registry has no ${ic(c.g.spec ?? name)}`) : t("npm 仓库对请求的包返回 404（E404）", "The npm registry answered 404 for a package (E404)");
  },
  summary: t(
    "npm 向配置的仓库地址请求这个包的元数据，得到 404：这个名字（或版本）在该仓库里不存在，或者当前的仓库地址/认证配置根本不对。",
    "npm asked the configured registry for this package's metadata and got 404: the name (or version) does not exist there, or the registry address or credentials npm uses are wrong.",
  ),
  causes: [
    t("包名拼错，或者把别的生态的包名（如 Python 包）当成了 npm 包", "the package name is misspelled, or a package from another ecosystem was taken for an npm package"),
    t("npm 的 registry 配置被改成了错误的地址（npm config get registry 不是 https://registry.npmjs.org/ 或你的私有源）", "npm's registry setting points at a wrong address (npm config get registry is not https://registry.npmjs.org/ or your private registry)"),
    t("私有或带 scope 的包需要对应的私有源和登录凭据，而 .npmrc 里没有配置", "a private or scoped package needs its private registry and credentials, which .npmrc does not configure"),
  ],
  solutions: [
    {
      title: t("检查包名和仓库配置", "Check the package name and the registry setting"),
      steps: [t("先确认包名存在，再看 npm 实际用的仓库地址；地址错了就改回官方源（或公司私有源）。", "Confirm the name exists, then look at the registry npm actually uses; if it is wrong, set it back to the public registry (or your company's registry).")],
      code: (c) => {
        const name = nameOf(c.g.spec);
        return block("bash", [name ? `npm view ${word(name)} name versions --json` : null, "npm config get registry", "npm config set registry https://registry.npmjs.org/"]);
      },
    },
    {
      title: t("私有 scope 包：配置 scope 对应的源和令牌", "Private scoped package: configure the scope's registry and token"),
      steps: [t("在项目 .npmrc 里把 @scope 指向私有源，并用 npm login（或 _authToken）登录该源。", "In the project's .npmrc, map the @scope to its private registry and log in to it with npm login (or an _authToken).")],
    },
  ],
  docs: ["https://github.com/npm/npm/issues/16252", "https://github.com/npm/cli/issues/1626"],
  samples: [
    {
      text: "$ npm i @tuxc/long\nnpm ERR! code E404\nnpm ERR! 404 Not Found - GET https://registry.npmjs.org/@tuxc%2flong - Not found\nnpm ERR! 404\nnpm ERR! 404  '@tuxc/long@latest' is not in the npm registry.\nnpm ERR! 404 You should bug the author to publish it (or use the name yourself!)\nnpm ERR! 404\nnpm ERR! 404 Note that you can also install from a\nnpm ERR! 404 tarball, folder, http url, or git url.",
      source: "https://github.com/npm/cli/issues/1626",
    },
  ],
});
