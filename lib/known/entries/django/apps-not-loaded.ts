import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "django.apps-not-loaded",
  category: "unknown",
  match: [/AppRegistryNotReady: (?:Apps|Models) aren'?t loaded yet/],
  title: t("Django 应用注册表还没加载就用了模型", "Django models were used before the app registry was loaded"),
  summary: t(
    "在 django.setup() 之前就 import 了模型（或用到了依赖模型的东西）。通过 manage.py、runserver、WSGI/ASGI 启动时 Django 会自动完成设置；独立脚本、普通 python 交互环境或测试引导代码里则要先指定 settings 再调用 django.setup()。",
    "Models (or something that needs them) were imported before django.setup(). manage.py, runserver and the WSGI/ASGI entry points do this for you; a standalone script, a plain python shell or test bootstrap code must point at the settings and call django.setup() first.",
  ),
  causes: [
    t("独立脚本（爬虫、数据导入脚本）直接 import 了 app 的 models", "a standalone script (a scraper, a data import) imports an app's models directly"),
    t("在普通 python 交互环境里而不是 python manage.py shell 里导入模型", "models imported in a plain python shell instead of python manage.py shell"),
    t("某个 app 在模块顶层（如 __init__.py、apps.py 顶部）导入了模型或信号处理器，应该放到 AppConfig.ready() 里", "an app imports models or signal handlers at module top level (__init__.py, top of apps.py) instead of in AppConfig.ready()"),
  ],
  solutions: [
    {
      title: t("独立脚本：先设置 DJANGO_SETTINGS_MODULE 并调用 django.setup()", "Standalone script: set DJANGO_SETTINGS_MODULE and call django.setup() first"),
      steps: [t("这两行必须在任何 import 模型的语句之前执行。", "These lines must run before any import of models.")],
      code: () =>
        block("python", [
          "import os",
          "",
          "import django",
          "",
          'if "DJANGO_SETTINGS_MODULE" not in os.environ:',
          '    raise SystemExit("export DJANGO_SETTINGS_MODULE=<project>.settings first")',
          "django.setup()",
          "",
          "from django.apps import apps  # models can be imported from here on",
          "",
          "print(apps.ready)",
        ]),
    },
    {
      title: t("交互调试用 manage.py shell，或写成管理命令", "Use manage.py shell for interactive work, or write a management command"),
      steps: [t("python manage.py shell 会自动完成设置；要反复运行的脚本写成 app 下的管理命令最省事。", "python manage.py shell does the setup for you; scripts you run repeatedly are easiest as a management command in an app.")],
    },
    {
      title: t("app 内部：把模型相关的导入移到 ready()", "Inside an app: move model-related imports into ready()"),
      steps: [t("信号注册等需要模型的代码放到 AppConfig.ready() 里执行。", "Run code that needs models, such as signal registration, in AppConfig.ready().")],
    },
  ],
  docs: ["https://docs.djangoproject.com/en/4.0/topics/settings/#calling-django-setup-is-required-for-standalone-django-usage", "https://github.com/django/django/pull/5030"],
  samples: [
    {
      text: "    raise AppRegistryNotReady(\"Apps aren't loaded yet.\")\ndjango.core.exceptions.AppRegistryNotReady: Apps aren't loaded yet.",
      source: "https://github.com/amirasaran/django-restful-admin/issues/4",
    },
  ],
});
