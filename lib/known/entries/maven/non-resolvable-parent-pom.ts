import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "maven.non-resolvable-parent-pom",
  category: "dependency.install",
  priority: 1,
  match: [/Non-resolvable parent POM(?: for (?<project>[\w.:\[\]-]{1,200}))?:[^\n]{0,200}?(?:Could not find artifact|Failure to find|Could not transfer artifact) (?<parent>[\w.:-]{1,200})/, /Non-resolvable parent POM/],
  title: (c) => (c.g.parent ? t(`找不到父 POM ${ic(c.g.parent)}`, `Parent POM ${ic(c.g.parent)} cannot be resolved`) : t("找不到父 POM", "The parent POM cannot be resolved")),
  summary: t(
    "Maven 先按 <parent> 的 relativePath（默认 ../pom.xml）在本地找父 POM，找不到或坐标对不上时再去远程仓库下载；两处都没拿到，就无法读取这个项目。",
    "Maven first looks for the parent POM at <parent>'s relativePath (../pom.xml by default), and if it is not there or the coordinates differ, downloads it from the remote repositories; it got it from neither, so it cannot read the project.",
  ),
  causes: [
    t("只构建了子模块，父项目不在 ../pom.xml（relativePath 指错，日志会提示 'parent.relativePath' points at wrong local POM）", "a submodule is built on its own and the parent is not at ../pom.xml (the log says 'parent.relativePath' points at wrong local POM)"),
    t("父 POM 是公司内部的，没有 install 到本地，也没有配置对应的私有仓库", "the parent is an internal POM that is neither installed locally nor available from a configured repository"),
    t("父 POM 的 groupId/artifactId/version 写错", "the parent's groupId/artifactId/version is wrong"),
  ],
  solutions: [
    {
      title: t("从父项目根目录构建，或修正 relativePath", "Build from the parent's root, or fix relativePath"),
      steps: [t("在多模块项目的根目录运行 mvn install；子模块单独构建时，让 <relativePath> 指向父 pom.xml 的真实位置（父 POM 来自仓库时写空的 <relativePath/>）。", "Run mvn install from the multi-module root; to build a module alone, point <relativePath> at the parent pom.xml's real location (use an empty <relativePath/> when the parent comes from a repository).")],
    },
    {
      title: t("父 POM 在私有仓库时配置仓库与凭据", "If the parent lives in a private repository, configure it"),
      steps: [t("在 settings.xml 里加上该仓库（以及 server 凭据），然后用 -U 重新构建。", "Add that repository (and its server credentials) to settings.xml, then rebuild with -U.")],
    },
  ],
  docs: ["https://github.com/apache/maven/issues/6221", "https://github.com/apache/maven-site/issues/1271"],
  samples: [{ text: "[FATAL] Non-resolvable parent POM for test-inconsistent-canonicalization:reactor:1.0.0-SNAPSHOT: Could not find artifact test-inconsistent-canonicalization:dependency-management:pom:1.0.0-SNAPSHOT and 'parent.relativePath' points at wrong local POM @ test-inconsistent-canonicalization:reactor:1.0.0-SNAPSHOT, C:\\Jenkins\\workspace\\test\\reactor\\pom.xml, line 5, column 11", source: "https://github.com/apache/maven/issues/7613" }],
});
