import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "esbuild.host-version-mismatch",
  category: "build.compile",
  match: [/Cannot start service: Host version "(?<host>[\w.+-]{1,30})" does not match binary version "(?<bin>[\w.+-]{1,30})"/],
  title: (c) => t(`esbuild 的 JS 包（${ic(c.g.host ?? "")}）与原生二进制（${ic(c.g.bin ?? "")}）版本不一致`, `esbuild's JS package (${ic(c.g.host ?? "")}) and native binary (${ic(c.g.bin ?? "")}) versions differ`),
  summary: t(
    "esbuild 由两部分组成：JavaScript 的 esbuild 包和按平台发布的原生二进制（@esbuild/<平台>）。启动时 JS 包要求二进制版本与自己完全一致；依赖树里有多个 esbuild 版本且被错误提升（hoist），或 ESBUILD_BINARY_PATH 指向了另一版本时，就会不一致。",
    "esbuild comes in two parts: the JavaScript esbuild package and a per-platform native binary (@esbuild/<platform>). At start-up the JS package requires the binary to be exactly its own version; several esbuild versions in the tree with a wrong hoist, or ESBUILD_BINARY_PATH pointing at another version, break that.",
  ),
  causes: [
    t("不同依赖（vite、tsx、各种插件）要求不同版本的 esbuild，包管理器把某个版本的二进制放到了另一个版本的 JS 包旁边", "different dependencies (vite, tsx, plugins) want different esbuild versions and the package manager placed one version's binary next to another version's JS package"),
    t("esbuild 使用 ^ 范围，锁文件或缓存里的 JS 包与二进制分别解析到了不同补丁版本", "esbuild is declared with a ^ range and the lockfile or cache resolved the JS package and the binary to different patch versions"),
    t("环境变量 ESBUILD_BINARY_PATH 指向了其他版本的二进制", "ESBUILD_BINARY_PATH points at a binary of another version"),
  ],
  solutions: [
    {
      title: t("查看依赖树里的 esbuild 版本并统一", "Inspect the esbuild versions in the tree and align them"),
      steps: [t("用 npm ls esbuild 查看谁依赖了哪个版本；把直接依赖的 esbuild 固定为精确版本，或用 overrides 统一，然后删除 node_modules 重新安装。", "See who depends on which version with npm ls esbuild; pin your direct esbuild to an exact version or unify it with overrides, then delete node_modules and reinstall.")],
      code: () => block("bash", ["npm ls esbuild", "echo \"ESBUILD_BINARY_PATH=${ESBUILD_BINARY_PATH:-unset}\"", "rm -rf node_modules", "npm install"]),
    },
  ],
  docs: ["https://github.com/windmill-labs/windmill/pull/9626", "https://github.com/vertz-dev/vertz/issues/2695"],
  samples: [{ text: "✘ [ERROR] Cannot start service: Host version \"0.27.3\" does not match binary version \"0.27.7\"\n1 error\nBuild failed: The service was stopped: write EPIPE", source: "https://github.com/vertz-dev/vertz/issues/2912" }],
});
