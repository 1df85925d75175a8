import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "laravel.no-application-encryption-key",
  category: "unknown",
  match: ["No application encryption key has been specified"],
  title: t("Laravel 的 APP_KEY 没有设置", "Laravel's APP_KEY is not set"),
  summary: t(
    "Laravel 的加密（cookie、session、加密字段）依赖 config/app.php 的 key，它来自环境变量 APP_KEY。新克隆的项目复制 .env.example 后 APP_KEY 是空的，需要用 php artisan key:generate 生成；配置被 config:cache 缓存时还要刷新缓存。",
    "Laravel's encryption (cookies, sessions, encrypted values) uses the key in config/app.php, driven by the APP_KEY environment variable. A fresh clone that copied .env.example has an empty APP_KEY: generate it with php artisan key:generate, and refresh the cache if config was cached with config:cache.",
  ),
  causes: [
    t("新部署/新克隆的项目还没生成 APP_KEY（.env 里 APP_KEY= 为空，或根本没有 .env）", "a fresh deployment or clone never generated APP_KEY (.env has an empty APP_KEY=, or there is no .env)"),
    t("之前运行过 php artisan config:cache，缓存里还是旧的（空的）配置", "php artisan config:cache was run earlier and the cache still holds the old, empty configuration"),
    t("容器/服务器上的环境变量没有传入 APP_KEY", "the container/server environment does not pass APP_KEY"),
  ],
  solutions: [
    {
      title: t("生成 APP_KEY 并刷新配置缓存", "Generate APP_KEY and refresh the config cache"),
      steps: [t("在项目根目录（有 artisan 的目录）执行；生产环境要把生成的 key 妥善保存，换 key 会让已加密的数据和现有会话失效。", "Run it in the project root (where artisan is); keep the production key safe, since changing it invalidates encrypted data and existing sessions.")],
      code: () => block("bash", ["test -f .env || cp .env.example .env", "php artisan key:generate", "php artisan config:clear"]),
    },
  ],
  docs: ["https://laravel.com/docs/10.x/encryption", "https://laravel.com/docs/8.x/encryption"],
  samples: [{ text: "[2024-11-21 15:48:06] prod.INFO: RuntimeException: No application encryption key has been specified. in /www/wwwroot/xqs.test.top/vendor/laravel/framework/src/Illuminate/Encryption/EncryptionServiceProvider.php:42", source: "https://github.com/oubingbing/wechatAlliance/issues/53" }],
});
