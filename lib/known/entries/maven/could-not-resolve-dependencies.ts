import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "maven.could-not-resolve-dependencies",
  category: "dependency.install",
  match: [
    /Could not resolve dependencies for project (?<project>[\w.:-]{1,200}):[^\n]{0,300}?(?:Could not find artifact|Failure to find) (?<artifact>[\w.:-]{1,200})/,
    /Could not resolve dependencies for project (?<project>[\w.:-]{1,200})/,
  ],
  title: (c) => (c.g.artifact ? t(`Maven 在配置的仓库里找不到 ${ic(c.g.artifact)}`, `Maven cannot find ${ic(c.g.artifact)} in the configured repositories`) : t("Maven 无法解析项目依赖", "Maven could not resolve the project's dependencies")),
  summary: (c) =>
    t(
      `构建 ${c.g.project ? ic(c.g.project) : "项目"} 时，Maven 在本地仓库和配置的远程仓库里都没有拿到${c.g.artifact ? ` ${ic(c.g.artifact)}` : "某个依赖"}。要么坐标/版本在这些仓库里根本不存在（私有库、写错版本、快照），要么是网络、代理、认证或镜像配置让 Maven 拿不到它。`,
      `While building ${c.g.project ? ic(c.g.project) : "the project"}, Maven got${c.g.artifact ? ` ${ic(c.g.artifact)}` : " a dependency"} from neither the local repository nor the configured remote ones. Either the coordinates/version do not exist there (a private artifact, a wrong version, a snapshot), or the network, proxy, credentials or mirror settings keep Maven from fetching it.`,
    ),
  causes: [
    t("依赖只在私有仓库（Nexus/Artifactory）或需要先本地 install 的模块里，而 pom/settings.xml 没有配置这个仓库", "the artifact lives only in a private repository (Nexus, Artifactory) or in a module you must install locally first, and neither the pom nor settings.xml declares it"),
    t("版本号写错或该版本已下架", "the version is misspelt or was never published"),
    t("上一次失败被缓存了：日志里有 “was cached in the local repository, resolution will not be reattempted until the update interval”", "an earlier failure is cached: the log says \"was cached in the local repository, resolution will not be reattempted until the update interval\""),
    t("settings.xml 里的 mirror 把所有请求都转到了一个没有该依赖的镜像", "a mirror in settings.xml routes every request to a repository that lacks the artifact"),
  ],
  solutions: [
    {
      title: t("确认坐标存在于某个已配置的仓库里", "Check that the coordinates exist in a configured repository"),
      steps: [t("在 Maven Central 或公司仓库里搜索这个 groupId:artifactId:version；私有依赖需要在 pom 的 <repositories> 或 settings.xml 里配置仓库和凭据；多模块项目先在根目录 mvn install。", "Search Maven Central or your company repository for the groupId:artifactId:version; private artifacts need the repository (and credentials) in the pom's <repositories> or settings.xml; in a multi-module build, run mvn install from the root first.")],
    },
    {
      title: t("失败被缓存时，强制重新检查", "If the failure was cached, force a re-check"),
      steps: [t("用 -U 让 Maven 忽略缓存的失败记录重新下载。", "Use -U so Maven ignores the cached failure and tries again.")],
      code: () => block("bash", ["mvn -U dependency:resolve"]),
    },
  ],
  docs: ["https://cwiki.apache.org/confluence/display/MAVEN/DependencyResolutionException", "https://gitlab.com/gitlab-org/gitlab/-/issues/414689"],
  samples: [{ text: "[ERROR] Failed to execute goal on project console: Could not resolve dependencies for project com.wooqer:console:war:1.0-SNAPSHOT: Failure to find org.apache.syncope.fit:syncope-fit-build-tools:war:2.0.0-M2 in https://repo.maven.apache.org/maven2 was cached in the local repository, resolution will not be reattempted until the update interval of central has elapsed or updates are forced -> [Help 1]", source: "https://pastebin.com/F8K0eq1e" }],
});
