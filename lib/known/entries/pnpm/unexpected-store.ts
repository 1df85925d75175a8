import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "pnpm.unexpected-store",
  category: "dependency.install",
  match: ["ERR_PNPM_UNEXPECTED_STORE"],
  title: t("node_modules 链接的是另一个 pnpm store", "node_modules is linked to a different pnpm store"),
  summary: t(
    "现有的 node_modules 是从一个 store 目录硬链接出来的，而当前配置的 store 是另一个目录（换了 store-dir、换了 pnpm 大版本，或在容器/另一台机器上复用了 node_modules），pnpm 不会混用两个 store。",
    "The existing node_modules was hard-linked from one store directory, but pnpm is now configured with another (store-dir changed, a new pnpm major, or node_modules reused from a container or another machine), and pnpm will not mix stores.",
  ),
  causes: [
    t("修改过 store-dir，或 pnpm 升级后默认 store 路径变了", "store-dir was changed, or a pnpm upgrade moved the default store"),
    t("node_modules 来自另一台机器、另一个用户或 Docker 卷", "node_modules came from another machine, another user or a Docker volume"),
  ],
  solutions: [
    {
      title: t("重新安装，让 pnpm 从新的 store 链接依赖", "Reinstall so pnpm links from the new store"),
      steps: [t("pnpm 文档：如果是有意更换 store，直接运行 pnpm install，它会用新 store 重新安装依赖；不确定时先删除 node_modules。", "pnpm's documentation: if you changed the store on purpose, run pnpm install and it reinstalls the dependencies from the new store; when unsure, delete node_modules first.")],
      code: () => block("bash", ["pnpm store path", "rm -rf node_modules", "pnpm install"]),
    },
  ],
  docs: ["https://pnpm.io/errors"],
  samples: [{ text: " ERR_PNPM_UNEXPECTED_STORE  Unexpected store location\n\nThe dependencies at \"/app/node_modules\" are currently linked from the store at \"/root/.local/share/pnpm/store/v3\".", source: "https://pnpm.io/errors" }],
});
