import { block, defineKnownError, ic, t } from "../../define";

const phpClass = /^[A-Za-z_][\w]{0,100}(?:\\[A-Za-z_][\w]{0,100}){0,20}$/;

export default defineKnownError({
  id: "laravel.target-class-does-not-exist",
  category: "code.name",
  match: [/Target class \[(?<cls>[\w\\]{1,300})\] does not exist/],
  title: (c) => t(`Laravel 容器找不到类 ${ic(c.g.cls ?? "")}`, `Laravel's container cannot find the class ${ic(c.g.cls ?? "")}`),
  summary: (c) => {
    const short = !!c.g.cls && !c.g.cls.includes("\\");
    return t(
      `Laravel 要实例化 ${c.g.cls ? ic(c.g.cls) : "这个类"}，但自动加载找不到它。最常见于路由用字符串写控制器（'UserController@index'）：从 Laravel 8 起 RouteServiceProvider 不再自动加 App\\Http\\Controllers 前缀${short ? "，所以这里的短名字找不到" : ""}。用 use 导入控制器类并写 [UserController::class, 'index']；其次检查类名/命名空间与文件路径是否一致，再 composer dump-autoload 并清路由缓存。`,
      `Laravel tried to build ${c.g.cls ? ic(c.g.cls) : "the class"} and the autoloader could not find it. It is most often a route that names its controller as a string ('UserController@index'): since Laravel 8 the RouteServiceProvider no longer prefixes App\\Http\\Controllers${short ? ", so this short name is not found" : ""}. Import the controller with use and write [UserController::class, 'index']; otherwise check the class name and namespace match the file path, then run composer dump-autoload and clear the route cache.`,
    );
  },
  causes: [
    t("路由用字符串引用控制器，Laravel 8+ 不再自动加控制器命名空间前缀", "a route names its controller as a string, and Laravel 8+ no longer adds the controller namespace prefix"),
    t("类的 namespace 或文件名大小写与实际路径不一致（Linux 上区分大小写）", "the class namespace or file name case does not match its path (case-sensitive on Linux)"),
    t("新加的类没有进 Composer 的类映射，或路由/配置缓存是旧的", "a new class is not in Composer's class map yet, or the route/config cache is stale"),
  ],
  solutions: [
    {
      title: t("路由里导入控制器类，用数组写法", "Import the controller in the routes file and use the array syntax"),
      steps: [t("把 'XxxController@method' 形式的字符串路由都改成 [XxxController::class, 'method']；路由和方法名按你的项目替换。", "Change every 'XxxController@method' string route to [XxxController::class, 'method']; use your own routes and method names.")],
      code: (c) => {
        const cls = c.g.cls && phpClass.test(c.g.cls) ? c.g.cls : null;
        if (!cls) return null;
        const short = cls.split("\\").pop()!;
        if (!/Controller$/.test(short)) return null;
        // "Admin\App\Http\Controllers\Admin\X" is a group namespace() prefix stacked on a full name: the real class starts at App\.
        const at = cls.indexOf("App\\Http\\Controllers\\");
        const fq = at >= 0 ? cls.slice(at) : `App\\Http\\Controllers\\${cls}`;
        return block("php", ["<?php", "// routes/web.php", `use ${fq};`, "", `Route::get('/', [${short}::class, 'index']);`]);
      },
    },
    {
      title: t("重建自动加载并清缓存", "Rebuild the autoloader and clear cached routes"),
      steps: [t("类名和命名空间都对时，多半是 Composer 的类映射或路由缓存是旧的。", "When the name and namespace are right, Composer's class map or the route cache is usually stale.")],
      code: () => block("bash", ["composer dump-autoload", "php artisan route:clear", "php artisan config:clear"]),
    },
  ],
  docs: ["https://laravel.com/docs/8.x/upgrade#automatic-controller-namespace-prefixing", "https://github.com/laravel/framework/issues/34286", "https://github.com/laravel/framework/issues/34204"],
  samples: [
    { text: "Illuminate\\Contracts\\Container\\BindingResolutionException\nTarget class [CourseController] does not exist.", source: "https://github.com/LMS-Laravel/LMS-Laravel/issues/85" },
    { text: "Target class [Admin\\App\\Http\\Controllers\\Admin\\ProfileController] does not exist.", source: "https://github.com/laravel/framework/issues/34286" },
  ],
});
