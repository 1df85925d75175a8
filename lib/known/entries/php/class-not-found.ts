import { defineKnownError, ic, t } from "../../define";
import { categorySolutions } from "../../template";

export default defineKnownError({
  id: "php.class-not-found",
  category: "dependency.missing",
  match: [/(?:Fatal error|Uncaught Error)[^\n]{0,40}?Class ['"](?<cls>[\w\\]{1,200})['"] not found/],
  title: (c) => t(`PHP 找不到类 ${ic(c.g.cls ?? "?")}`, `PHP cannot find class ${ic(c.g.cls ?? "?")}`),
  summary: (c) =>
    t(
      `代码用到了 ${ic(c.g.cls ?? "?")}，但这个类既没有被 require/include，也没有任何已注册的自动加载器（通常是 Composer 的 vendor/autoload.php）能按名字找到它的文件。`,
      `The code uses ${ic(c.g.cls ?? "?")}, but the class was neither required/included nor found by any registered autoloader (usually Composer's vendor/autoload.php) from its name.`,
    ),
  causes: [
    t("没有引入 Composer 的自动加载：入口文件缺少 require 'vendor/autoload.php'", "Composer's autoloader is not loaded: the entry file lacks require 'vendor/autoload.php'"),
    t("提供这个类的包没有安装（没运行 composer install / composer require），或部署时没带上 vendor 目录", "the package providing the class is not installed (composer install / composer require not run), or vendor was not deployed"),
    t("命名空间或 use 语句写错；或者文件路径、大小写与 PSR-4 映射不符（Linux 文件系统区分大小写）", "a wrong namespace or use statement; or the file path/case does not follow the PSR-4 mapping (Linux file systems are case-sensitive)"),
    t("自己新增的类还没有生成进自动加载映射（classmap 或优化过的自动加载需要 composer dump-autoload）", "a newly added class is not in the autoload map yet (a classmap or optimized autoloader needs composer dump-autoload)"),
  ],
  solutions: [
    {
      title: t("安装依赖并确认加载了 vendor/autoload.php", "Install the dependency and make sure vendor/autoload.php is loaded"),
      steps: [
        t("在项目根目录运行 composer install（第三方类不在 composer.json 里就 composer require 包名），入口脚本顶部 require __DIR__ . '/vendor/autoload.php';，并在 use 语句里写完整的命名空间。", "Run composer install in the project root (composer require the package if it is not in composer.json), require __DIR__ . '/vendor/autoload.php'; at the top of the entry script, and use the fully qualified namespace."),
        t("自己的类：检查 composer.json 的 autoload 映射与目录、文件名大小写一致，然后运行 composer dump-autoload。", "For your own classes: check composer.json's autoload mapping matches the directories and file-name case, then run composer dump-autoload."),
      ],
    },
    ...categorySolutions("dependency.missing"),
  ],
  docs: ["https://getcomposer.org/doc/01-basic-usage.md#autoloading", "https://www.php.net/manual/en/language.oop5.autoload.php"],
  samples: [
    { text: "Fatal error: Class 'NicklasW\\PkmGoApi\\Authenticators\\Factory' not found in RetrievePlayerProfile.php on line 18", source: "https://github.com/NicklasWallgren/PokemonGoAPI-PHP/issues/75" },
  ],
});
