import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "composer.php-version-mismatch",
  category: "dependency.install",
  priority: 1,
  match: [/requires php (?<req>[\^~<>=!|.*\d ,-]{1,40}?) (?:->|but) your (?:PHP|php) version \((?<have>[\w.+-]{1,40})[^)\n]{0,60}\)(?: or value of "config\.platform\.php" in composer\.json| or "config\.platform\.php" value)? does not satisfy that requirement/],
  title: (c) => t(`依赖要求 PHP ${c.g.req?.trim() ?? ""}，当前是 ${c.g.have ?? ""}`, `A dependency needs PHP ${c.g.req?.trim() ?? ""}, this PHP is ${c.g.have ?? ""}`),
  summary: t(
    "Composer 按运行它的 PHP 版本（或 composer.json 里 config.platform.php 的设置）挑选依赖版本。某个包（或根项目）要求的 PHP 版本范围不包含当前版本，于是无解。注意：机器上常有多个 PHP，命令行的 php 不一定是 Web 服务器用的那个。",
    "Composer picks dependency versions for the PHP that runs it (or the config.platform.php value in composer.json). A package (or the root project) requires a PHP range that excludes the current version, so there is no solution. Machines often have several PHPs, and the php on the command line may not be the web server's.",
  ),
  causes: [
    t("命令行的 php 版本比项目要求的旧（或新）", "the php on the command line is older (or newer) than the project requires"),
    t("composer.json 的 config.platform.php 固定了一个旧版本", "config.platform.php in composer.json pins an old version"),
    t("composer.lock 是在另一个 PHP 版本上生成的", "composer.lock was generated on another PHP version"),
  ],
  solutions: [
    {
      title: t("用满足要求的 PHP 运行 Composer，并检查 platform 设置", "Run Composer with a PHP that satisfies the requirement, and check the platform setting"),
      steps: [t("composer show --platform 会显示 Composer 检测到的 PHP 版本以及是否被 config.platform 覆盖；安装/切换到合适的 PHP，或修正 config.platform.php。", "composer show --platform shows the PHP version Composer detected and whether config.platform overrides it; install/switch to a suitable PHP or fix config.platform.php.")],
      code: () => block("bash", ["php -v", "composer show --platform | grep -i '^php'", "composer config platform.php"]),
    },
  ],
  docs: ["https://github.com/composer/composer/issues/4860", "https://github.com/composer/composer/pull/4698", "https://github.com/composer/composer/issues/6566"],
  samples: [{ text: "Your requirements could not be resolved to an installable set of packages.\n\n  Problem 1\n    - Installation request for csa/guzzle-bundle >=2.0.0 -> satisfiable by csa/guzzle-bundle[v2.0.0].\n    - csa/guzzle-bundle v2.0.0 requires php >=5.5.0 -> your PHP version (5.5.9-1ubuntu4.14) does not satisfy that requirement.", source: "https://github.com/composer/composer/issues/4632" }],
});
