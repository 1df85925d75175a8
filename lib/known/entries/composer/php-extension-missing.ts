import { block, defineKnownError, ic, shq, t } from "../../define";

export default defineKnownError({
  id: "composer.php-extension-missing",
  category: "dependency.install",
  priority: 1,
  match: [/requires ext-(?<ext>[\w-]{1,40}) [^\n]{0,40}-> the requested PHP extension [\w-]{1,40} is missing from your system/, /The requested PHP extension ext-(?<ext>[\w-]{1,40}) [^\n]{0,20}is missing from your system/, /ext-(?<ext>[\w-]{1,40}) \* -> it is missing from your system/],
  title: (c) => t(`PHP 缺少扩展 ${ic(c.g.ext ?? "")}，Composer 无法安装依赖`, `PHP lacks the ${ic(c.g.ext ?? "")} extension, so Composer cannot install`),
  summary: (c) =>
    t(
      `某个包在 composer.json 里声明了 ext-${c.g.ext ?? "…"}，而运行 Composer 的 PHP 没有加载这个扩展。PHP 扩展是系统级的，Composer 装不了它，要用系统包管理器安装（或在 php.ini 里启用）。`,
      `A package declares ext-${c.g.ext ?? "…"} in its composer.json and the PHP running Composer has not loaded that extension. PHP extensions are system-wide and Composer cannot install them: install it with the OS package manager (or enable it in php.ini).`,
    ),
  causes: [
    (c) => t(`系统没有安装 PHP 的 ${c.g.ext ?? ""} 扩展`, `the PHP ${c.g.ext ?? ""} extension is not installed on the system`),
    t("扩展装了，但 CLI 使用的 php.ini 没有启用它（CLI 和 Web 的 php.ini 可能不同），或者机器上有多个 PHP 版本", "it is installed but not enabled in the php.ini the CLI uses (CLI and web may differ), or several PHP versions are installed"),
  ],
  solutions: [
    {
      title: (c) => t(`安装/启用 ${c.g.ext ?? "该"} 扩展`, `Install or enable the ${c.g.ext ?? ""} extension`),
      steps: [t("Debian/Ubuntu 的包名通常是 php-扩展名（或 php版本-扩展名）；Windows 在 php.ini 里取消 extension=… 的注释。装好后用 php -m 确认。", "On Debian/Ubuntu the package is usually php-<ext> (or php<version>-<ext>); on Windows uncomment extension=… in php.ini. Check with php -m afterwards.")],
      code: (c) => (c.g.ext && /^[\w-]{1,40}$/.test(c.g.ext) ? block("bash", ["php --ini", `sudo apt-get install -y ${shq(`php-${c.g.ext}`)}`, `php -m | grep -i ${shq(c.g.ext)}`]) : null),
    },
    {
      title: t("只是在没有该扩展的机器上构建时，才用 --ignore-platform-req", "Only when building on a machine without it, use --ignore-platform-req"),
      steps: [t("例如在 CI 的构建容器里安装依赖、真正运行的服务器有这个扩展时，可以 composer install --ignore-platform-req=ext-名称；运行环境缺扩展时依然会失败。", "E.g. installing in a CI build container when the real server has the extension: composer install --ignore-platform-req=ext-<name>; it will still fail where the code runs without it.")],
    },
  ],
  docs: ["https://github.com/QoboLtd/project-template-wordpress/issues/44", "https://github.com/composer/composer/issues/6954"],
  samples: [{ text: "Your requirements could not be resolved to an installable set of packages.\n\n  Problem 1\n    - Installation request for codesleeve/asset-pipeline dev-master@dev -> satisfiable by codesleeve/asset-pipeline[dev-master].\n    - codesleeve/asset-pipeline dev-master requires ext-fileinfo * -> the requested PHP extension fileinfo is missing from your system.", source: "https://github.com/composer/composer/issues/2776" }],
});
