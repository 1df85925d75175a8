import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "pnpm.peer-dep-issues",
  category: "dependency.install",
  match: ["ERR_PNPM_PEER_DEP_ISSUES"],
  title: t("pnpm 发现未满足的 peer 依赖，安装失败", "pnpm found unmet peer dependencies and failed the install"),
  summary: t(
    "启用严格 peer 检查时（strict-peer-dependencies），只要有 peer 依赖缺失或版本不在要求的范围内，pnpm install 就会失败；下面的树形输出列出了每个冲突的包和它要求的范围。",
    "With strict peer checking (strict-peer-dependencies) on, pnpm install fails whenever a peer dependency is missing or outside the wanted range; the tree printed below lists each conflicting package and the range it wants.",
  ),
  causes: [
    t("缺少某个插件要求的 peer 依赖（没有在项目里声明）", "a peer dependency that a plugin needs is not declared in the project"),
    t("宿主包的版本不在插件要求的 peer 范围内（如插件只支持上一个大版本）", "the host package's version is outside the plugin's peer range (the plugin only supports the previous major, for example)"),
  ],
  solutions: [
    {
      title: t("安装缺失的 peer 依赖，或升级插件到兼容的版本", "Install the missing peer, or upgrade the plugin to a compatible release"),
      steps: [t("按输出里的 missing/unmet 条目逐个处理：缺失的就加进 dependencies，版本不符的就升级插件或宿主包到双方都接受的版本。", "Work through each missing or unmet line: add missing peers to dependencies, and upgrade the plugin or the host package to versions both accept.")],
    },
    {
      title: t("确认无碍时，有选择地放行", "When you have checked it is fine, allow it selectively"),
      steps: [t("用 peerDependencyRules.ignoreMissing 或 peerDependencyRules.allowedVersions 只放行确认过的那几个包，而不是全局关闭检查。", "Use peerDependencyRules.ignoreMissing or peerDependencyRules.allowedVersions to allow only the packages you checked, instead of turning the check off globally.")],
    },
  ],
  docs: ["https://pnpm.io/errors"],
  samples: [{ text: " ERR_PNPM_PEER_DEP_ISSUES  Unmet peer dependencies\n\n.\n└─┬ eslint-config-next 14.2.3\n  └── ✕ missing peer eslint@\"^7.23.0 || ^8.0.0\"", source: "https://pnpm.io/errors" }],
});
