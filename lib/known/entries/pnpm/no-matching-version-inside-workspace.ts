import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "pnpm.no-matching-version-inside-workspace",
  category: "dependency.install",
  match: [/ERR_PNPM_NO_MATCHING_VERSION_INSIDE_WORKSPACE(?:\s{1,4}In (?<project>[^:\n]{1,200}): No matching version found for (?<spec>[@\w./-]{1,100}@[^\s]{1,60}) inside the workspace)?/],
  title: (c) => (c.g.spec ? t(`工作区里没有满足 ${ic(c.g.spec)} 的包版本`, `No workspace package satisfies ${ic(c.g.spec)}`) : t("workspace: 依赖要求的版本在工作区里不存在", "A workspace: dependency asks for a version the workspace does not have")),
  summary: t(
    "某个包用 workspace: 协议依赖工作区里的另一个包，并指定了版本范围；工作区里那个包的实际版本不在范围内（例如要求 workspace:1.0.0，而它已经是 2.0.0），所以 pnpm install 失败。",
    "A package depends on another workspace package through the workspace: protocol with a version range, and that package's actual version is outside the range (workspace:1.0.0 requested while it is 2.0.0, say), so pnpm install fails.",
  ),
  causes: [t("工作区里被依赖的包升级了版本号，依赖它的包没有同步更新 workspace: 范围", "the workspace package's version was bumped without updating the workspace: ranges that point at it")],
  solutions: [{ title: t("更新 workspace: 依赖的版本范围", "Update the workspace: ranges"), steps: [t("手动把范围改成工作区里实际存在的版本，或用 workspace:* / workspace:^ 跟随当前版本；pnpm 文档也建议用 pnpm -r update 批量更新。", "Change the range to the version that exists in the workspace, or use workspace:* / workspace:^ to follow it; pnpm's documentation also suggests pnpm -r update to update them all.")] }],
  docs: ["https://pnpm.io/errors"],
  samples: [{ text: " ERR_PNPM_NO_MATCHING_VERSION_INSIDE_WORKSPACE  In packages/foo: No matching version found for bar@1.0.0 inside the workspace", source: "https://pnpm.io/errors" }],
});
