import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "pip.pg-config-not-found",
  category: "dependency.install",
  match: ["pg_config executable not found", "pg_config is required to build psycopg2 from source"],
  title: t("从源码编译 psycopg2 需要 PostgreSQL 客户端开发文件（pg_config）", "Building psycopg2 from source needs the PostgreSQL client development files (pg_config)"),
  summary: t(
    "pip 正在从源码编译 psycopg2（或 psycopg2-binary 的源码包），编译脚本用 pg_config 来定位 libpq 的头文件和库；本机没有安装 PostgreSQL 的客户端开发包，所以找不到 pg_config。",
    "pip is compiling psycopg2 (or the source package of psycopg2-binary) and the build uses pg_config to locate libpq's headers and libraries; the PostgreSQL client development package is not installed, so there is no pg_config.",
  ),
  causes: [
    t("安装的是需要编译的 psycopg2，而机器上没有 libpq 开发包", "you install psycopg2, which compiles, and the machine has no libpq development package"),
    t("想装 psycopg2-binary 却仍在编译：pip 太旧，或平台没有对应的预编译轮子（如 Alpine/musl、很新的 Python 版本）", "psycopg2-binary still compiles: pip is too old, or the platform has no prebuilt wheel (Alpine/musl, a very new Python version)"),
  ],
  solutions: [
    {
      title: t("不需要自己编译时：升级 pip 后安装 psycopg2-binary", "If you do not need to compile: upgrade pip, then install psycopg2-binary"),
      steps: [t("消息本身的建议；旧 pip 不认识 manylinux 轮子，会退回到源码编译。", "This is what the message suggests; an old pip does not recognise manylinux wheels and falls back to compiling.")],
      code: () => block("bash", ["python -m pip install --upgrade pip", "python -m pip install psycopg2-binary"]),
    },
    {
      title: t("需要编译时：安装 libpq 开发包", "If you compile: install the libpq development package"),
      steps: [t("装好后 pg_config 会出现在 PATH 上（macOS 上安装 PostgreSQL 也会带上它）。", "Once installed, pg_config is on PATH (installing PostgreSQL on macOS brings it too).")],
      code: () => block("bash", ["sudo apt-get install libpq-dev python3-dev  # Debian/Ubuntu", "which pg_config"]),
    },
  ],
  docs: ["https://github.com/psycopg/psycopg2/issues/699", "https://postgresql.org/message-id/BANLkTim2xjsHs-UrbmJ29NLFDkr8-YhGDw%40mail.gmail.com", "https://github.com/heroku/django-heroku/issues/46"],
  samples: [
    {
      text: "Error: pg_config executable not found.\npg_config is required to build psycopg2 from source. Please add the directory\ncontaining pg_config to the $PATH or specify the full executable path with the\noption:\npython setup.py build_ext --pg-config /path/to/pg_config build ...\nor with the pg_config option in 'setup.cfg'.\nIf you prefer to avoid building psycopg2 from source, please install the PyPI\n'psycopg2-binary' package instead.",
      source: "https://github.com/psycopg/psycopg2/issues/761",
    },
  ],
});
