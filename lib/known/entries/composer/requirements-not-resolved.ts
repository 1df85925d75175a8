import { defineKnownError, t } from "../../define";
import { categorySolutions } from "../../template";

export default defineKnownError({
  id: "composer.requirements-not-resolved",
  category: "dependency.install",
  // The PHP-version and extension entries name the exact conflict when the problem lines say so.
  priority: -1,
  match: [/Your requirements could not be resolved to an installable set of packages\.?(?<rest>[\s\S]{0,1500})/],
  title: (c) =>
    /minimum-stability/.test(c.g.rest ?? "")
      ? t("Composer 依赖无法解析：需要的版本低于 minimum-stability 允许的稳定性", "Composer cannot resolve the dependencies: a needed version is less stable than minimum-stability allows")
      : t("Composer 找不到一组同时满足所有约束的包版本", "Composer found no set of package versions that satisfies every constraint"),
  summary: (c) =>
    t(
      `Composer 的依赖求解器把 composer.json 的 require、已锁定的版本和每个包自己的依赖放在一起求解，没有任何组合能同时满足。下面的 “Problem N” 列出了冲突链：从最后一行的安装请求往上读，找到哪个包要求了哪个版本。${/minimum-stability/.test(c.g.rest ?? "") ? "消息提到 minimum-stability：某个依赖只有 RC/beta/dev 版本能满足要求，而项目默认只接受 stable。" : ""}`,
      `Composer's solver combines composer.json's require, locked versions and every package's own requirements, and no combination satisfies them all. The “Problem N” blocks list the conflict chain: read up from the installation request to see which package demands which version.${/minimum-stability/.test(c.g.rest ?? "") ? " The message mentions minimum-stability: a dependency can only be satisfied by an RC/beta/dev release, while the project accepts only stable by default." : ""}`,
    ),
  causes: [
    t("某个依赖只发布了 RC/beta/dev 版本（或要求了这样的版本），而 minimum-stability 默认是 stable", "a dependency only exists as an RC/beta/dev release (or demands one), while minimum-stability defaults to stable"),
    t("两个包对同一个依赖要求了互不相交的版本范围，或与 composer.lock 里已锁定的版本冲突", "two packages require disjoint version ranges of the same dependency, or conflict with versions already locked in composer.lock"),
    t("包要求的 PHP 版本或扩展与当前环境不符", "a package requires a PHP version or extension the current environment does not have"),
  ],
  solutions: [
    {
      title: t("读懂 Problem 块，然后放宽对应的约束", "Read the Problem block, then relax the matching constraint"),
      steps: [
        t("只对需要的那个不稳定依赖放宽：composer require 包名:版本@RC（或 @beta/@dev），而不是把整个项目的 minimum-stability 调低；若必须调低，同时设置 \"prefer-stable\": true。", "Relax only the unstable dependency that is needed: composer require vendor/package:version@RC (or @beta/@dev) instead of lowering the whole project's minimum-stability; if you must lower it, also set \"prefer-stable\": true."),
        t("版本范围冲突时，用 composer why-not 包名 版本 查看是谁阻止了它，再升级/降级相关包。", "For range conflicts, composer why-not vendor/package version shows what blocks it; then upgrade or downgrade the packages involved."),
      ],
    },
    ...categorySolutions("dependency.install"),
  ],
  docs: ["https://getcomposer.org/doc/articles/troubleshooting.md", "https://getcomposer.org/doc/04-schema.md#minimum-stability", "https://github.com/composer/composer/issues/5211"],
  samples: [
    {
      text: "Your requirements could not be resolved to an installable set of packages.\n\n  Problem 1\n    - Removal request for minimalcode/search == 1.0.0.0-RC1\n    - floriansemm/solr-bundle v1.6 requires minimalcode/search ^1.0 -> satisfiable by minimalcode/search[1.0.0-RC1].\n    - Installation request for floriansemm/solr-bundle ^1.6 -> satisfiable by floriansemm/solr-bundle[v1.6].",
      source: "https://github.com/floriansemm/SolrBundle/issues/140",
    },
  ],
});
