import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "fastapi.pydantic-basesettings-moved",
  category: "dependency.missing",
  match: ["`BaseSettings` has been moved to the `pydantic-settings` package"],
  title: t("Pydantic v2 把 BaseSettings 移到了 pydantic-settings 包", "Pydantic v2 moved BaseSettings to the pydantic-settings package"),
  summary: t(
    "代码按 Pydantic v1 写的 from pydantic import BaseSettings，而环境里装的是 Pydantic v2；v2 把 BaseSettings 拆成了独立的 pydantic-settings 包，旧的导入路径只会抛出这个迁移错误。",
    "The code does from pydantic import BaseSettings, written for Pydantic v1, while Pydantic v2 is installed; v2 split BaseSettings into the separate pydantic-settings package, and the old import path only raises this migration error.",
  ),
  causes: [
    t("项目没有固定 pydantic 版本，安装时拿到了 v2（常因另一个依赖要求 pydantic>=2）", "the project does not pin pydantic and got v2 (often because another dependency requires pydantic>=2)"),
    t("你的代码或某个依赖还没有迁移到 Pydantic v2", "your code or a dependency has not been migrated to Pydantic v2"),
  ],
  solutions: [
    {
      title: t("安装 pydantic-settings 并改导入", "Install pydantic-settings and change the import"),
      steps: [t("这是官方迁移指南给出的做法；v2 的配置写法也随之改为 model_config = SettingsConfigDict(...)。", "This is what the official migration guide prescribes; in v2 the settings config also moves to model_config = SettingsConfigDict(...).")],
      code: () =>
        block("python", [
          "# python -m pip install pydantic-settings",
          "from pydantic_settings import BaseSettings, SettingsConfigDict",
          "",
          "",
          "class Settings(BaseSettings):",
          '    model_config = SettingsConfigDict(env_file=".env")',
          '    app_name: str = "app"',
          "",
          "",
          "print(Settings().app_name)",
        ]),
    },
    {
      title: t("出错的是第三方包：升级它，或暂时固定 pydantic<2", "If a third-party package fails: upgrade it, or pin pydantic<2 for now"),
      steps: [t("先升级那个包；还没适配 v2 时，在该项目的环境里固定 pydantic 1.x（前提是其他依赖不要求 v2）。", "Upgrade that package first; until it supports v2, pin pydantic 1.x in that project's environment (if no other dependency needs v2).")],
      code: () => block("bash", ['python -m pip install "pydantic<2"']),
    },
  ],
  docs: ["https://docs.pydantic.dev/2.3/migration/#basesettings-has-moved-to-pydantic-settings", "https://errors.pydantic.dev/2.6/u/import-error"],
  samples: [
    {
      text: "pydantic.errors.PydanticImportError: `BaseSettings` has been moved to the `pydantic-settings` package. See https://docs.pydantic.dev/2.5/migration/#basesettings-has-moved-to-pydantic-settings for more details.",
      source: "https://github.com/imjoy-team/imjoy-elfinder/issues/638",
    },
  ],
});
