import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "django.settings-not-configured",
  category: "unknown",
  match: [/Requested setting (?<setting>\w{1,60}), but settings are not configured\. You must either define the environment variable DJANGO_SETTINGS_MODULE or call settings\.configure\(\)/],
  title: (c) => t(`读取 Django 设置 ${c.g.setting ?? ""} 时还没有配置 settings`, `Django setting ${c.g.setting ?? ""} was read before settings were configured`),
  summary: (c) =>
    t(
      `代码访问了 django.conf.settings.${c.g.setting ?? "某项"}，但进程里既没有设置 DJANGO_SETTINGS_MODULE 环境变量，也没有调用 settings.configure()。通过 manage.py 启动时它会自动设置；直接运行模块、普通 python 交互环境、或在安装/测试阶段导入 Django 代码时就会出现这个错误。`,
      `Code read django.conf.settings.${c.g.setting ?? "(a setting)"}, but the process has neither a DJANGO_SETTINGS_MODULE environment variable nor a settings.configure() call. manage.py sets it for you; running a module directly, a plain python shell, or importing Django code during packaging or tests ends here.`,
    ),
  causes: [
    t("直接 python some_module.py 运行了用到 Django 的模块", "a module that uses Django was run directly with python some_module.py"),
    t("在普通 python 交互环境里导入了模型或设置", "models or settings were imported in a plain python shell"),
    t("部署环境（systemd、Docker、Celery worker、pytest）没有设置 DJANGO_SETTINGS_MODULE", "the runtime environment (systemd, Docker, a Celery worker, pytest) does not set DJANGO_SETTINGS_MODULE"),
  ],
  solutions: [
    {
      title: t("设置 DJANGO_SETTINGS_MODULE，独立脚本再调用 django.setup()", "Set DJANGO_SETTINGS_MODULE, and call django.setup() in standalone scripts"),
      steps: [t("值是 settings 模块的导入路径（如 mysite.settings），项目根目录要在 PYTHONPATH 上。", "The value is the import path of your settings module (e.g. mysite.settings); the project root must be on PYTHONPATH.")],
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
      title: t("交互调试用 python manage.py shell", "Use python manage.py shell for interactive work"),
      steps: [t("manage.py 会设置 DJANGO_SETTINGS_MODULE 并完成 django.setup()。", "manage.py sets DJANGO_SETTINGS_MODULE and runs django.setup() for you.")],
    },
  ],
  docs: ["https://docs.djangoproject.com/en/4.0/topics/settings/#calling-django-setup-is-required-for-standalone-django-usage", "https://github.com/joke2k/django-environ/issues/273"],
  samples: [
    {
      text: "django.core.exceptions.ImproperlyConfigured: Requested setting CACHES, but settings are not configured. You must either define the environment variable DJANGO_SETTINGS_MODULE or call settings.configure() before accessing settings.",
      source: "https://github.com/zhangfisher/DjangoUeditor/issues/51",
    },
  ],
});
