import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "php.mysqli-extension-missing",
  category: "dependency.missing",
  priority: 1,
  match: [/Call to undefined function (?<fn>mysqli_(?:connect|init|query|real_connect|fetch_\w{1,20}))\(\)/, /Class ["']mysqli["'] not found/],
  title: (c) => t(`PHP 没有加载 mysqli 扩展（${ic(c.g.fn ? `${c.g.fn}()` : "mysqli")} 不存在）`, `PHP has no mysqli extension loaded (${ic(c.g.fn ? `${c.g.fn}()` : "mysqli")} does not exist)`),
  summary: t(
    "mysqli_* 函数来自 PHP 的 mysqli 扩展。报“undefined function”说明当前运行代码的那个 PHP（CLI、Apache 模块或 PHP-FPM，各自可能读不同的 php.ini）没有加载这个扩展：没安装对应的包，或者 php.ini 里没启用。",
    "The mysqli_* functions come from PHP's mysqli extension. \"undefined function\" means the PHP that runs this code (CLI, the Apache module or PHP-FPM, which may each read a different php.ini) has not loaded it: the package is not installed, or it is not enabled in php.ini.",
  ),
  causes: [
    t("Linux 上没有安装 PHP 的 MySQL 扩展包（例如 Debian/Ubuntu 的 php-mysql）", "the PHP MySQL extension package is not installed on Linux (php-mysql on Debian/Ubuntu)"),
    t("Windows/XAMPP：php.ini 里 extension=mysqli 前面还有分号", "Windows/XAMPP: extension=mysqli is still commented out with a semicolon in php.ini"),
    t("改了另一个 php.ini（CLI 与 Web 用的不是同一个），或改完没有重启 Web 服务器/PHP-FPM", "a different php.ini was edited (CLI and web use different ones), or the web server/PHP-FPM was not restarted"),
  ],
  solutions: [
    {
      title: t("安装并启用 mysqli 扩展，然后重启", "Install and enable the mysqli extension, then restart"),
      steps: [t("安装扩展包（或在 php.ini 里取消 extension=mysqli 的注释），重启 Apache/PHP-FPM；用 php -m 或 phpinfo() 确认 mysqli 已加载，phpinfo() 还会显示 Web 端实际读取的 php.ini 路径。", "Install the package (or uncomment extension=mysqli in php.ini) and restart Apache/PHP-FPM; confirm with php -m or phpinfo(), which also shows the php.ini the web side really loads.")],
      code: () => block("bash", ["php --ini", "php -m | grep -i mysqli", "# Debian/Ubuntu", "sudo apt-get install -y php-mysql"]),
    },
  ],
  docs: ["https://php.net/manual/es/mysqli.installation.php", "https://docs.huihoo.com/php/php-manual-en/mysqli.installation.html"],
  samples: [{ text: "HP Fatal error:  Uncaught Error: Call to undefined function mysqli_connect() in /opt/whmcs-freeradius/cron.php:38\nStack trace:\n#0 {main}\n  thrown in /opt/whmcs-freeradius/cron.php on line 38", source: "https://github.com/eksoverzero/whmcs-freeradius/issues/40" }],
});
