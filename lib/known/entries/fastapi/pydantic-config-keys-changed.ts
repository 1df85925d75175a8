import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "fastapi.pydantic-config-keys-changed",
  category: "unknown",
  match: [
    /Valid config keys have changed in V2:\s{0,20}\* '(?<old>\w{1,60})' has been renamed to '(?<new>\w{1,60})'/,
    /Valid config keys have changed in V2:\s{0,20}\* '(?<old>\w{1,60})' has been removed/,
    "Valid config keys have changed in V2",
  ],
  title: (c) =>
    c.g.old && c.g.new
      ? t(`Pydantic v2 把配置项 ${c.g.old} 改名为 ${c.g.new}`, `Pydantic v2 renamed the config key ${c.g.old} to ${c.g.new}`)
      : t("模型用了 Pydantic v1 的配置项名，v2 已改名或删除", "A model uses Pydantic v1 config keys that v2 renamed or removed"),
  summary: (c) =>
    t(
      `这是 Pydantic v2 的 UserWarning：模型的 Config 里还是 v1 的配置项名${c.g.old ? `（如 ${c.g.old}）` : ""}。被改名的项在 v2 里不会按旧名生效${c.g.old === "orm_mode" ? "——例如没有 from_attributes=True，从 ORM 对象校验（model_validate / from_orm）会失败" : ""}；程序本身没有因这条警告停下。`,
      `This is a Pydantic v2 UserWarning: a model's Config still uses v1 config key names${c.g.old ? ` (such as ${c.g.old})` : ""}. A renamed key does not take effect under its old name in v2${c.g.old === "orm_mode" ? " — without from_attributes=True, validating from ORM objects (model_validate / from_orm) fails" : ""}; the warning itself does not stop the program.`,
    ),
  causes: [
    t("代码是为 Pydantic v1 写的，环境里装的是 v2", "the code was written for Pydantic v1 and v2 is installed"),
    t("警告来自某个依赖包（路径在 site-packages 下），它还没有适配 v2", "the warning comes from a dependency (its path is under site-packages) that has not been updated for v2"),
  ],
  solutions: [
    {
      title: (c) =>
        c.g.old && c.g.new
          ? t(`把 ${c.g.old} 改成 ${c.g.new}，并改用 model_config = ConfigDict(...)`, `Rename ${c.g.old} to ${c.g.new} and use model_config = ConfigDict(...)`)
          : t("按迁移指南改名，并改用 model_config = ConfigDict(...)", "Rename per the migration guide and use model_config = ConfigDict(...)"),
      steps: [
        t(
          "v2 中 class Config 也已弃用，配置写在 model_config 里。常见改名：orm_mode → from_attributes，allow_population_by_field_name → populate_by_name，validate_all → validate_default；警告里列出的每一项都要处理。",
          "In v2 class Config is deprecated too; configuration goes in model_config. Common renames: orm_mode → from_attributes, allow_population_by_field_name → populate_by_name, validate_all → validate_default; handle every key the warning lists.",
        ),
        t("官方的 bump-pydantic 工具可以自动完成大部分迁移。", "The official bump-pydantic tool automates much of the migration."),
      ],
      code: () =>
        block("python", [
          "from pydantic import BaseModel, ConfigDict",
          "",
          "",
          "class User(BaseModel):",
          "    model_config = ConfigDict(from_attributes=True, populate_by_name=True)",
          "",
          "    id: int",
          "    name: str",
        ]),
    },
    {
      title: t("警告来自第三方包：升级它", "If the warning comes from a third-party package: upgrade it"),
      steps: [t("看警告上方的文件路径；在 site-packages 里就升级那个包，它的新版本通常已迁移到 v2。", "Check the file path above the warning; if it is under site-packages, upgrade that package — newer releases have usually migrated to v2.")],
    },
  ],
  docs: ["https://docs.pydantic.dev/2.5/migration/"],
  samples: [
    {
      text: "/home/autologin/.venv/lib/python3.11/site-packages/pydantic/_internal/_config.py:317: UserWarning: Valid config keys have changed in V2:\n* 'allow_population_by_field_name' has been renamed to 'populate_by_name'",
      source: "https://github.com/AndreiDrang/python3-capsolver/issues/63",
    },
    {
      text: "UserWarning: Valid config keys have changed in V2:\n  * 'validate_all' has been renamed to 'validate_default'\n  * 'allow_mutation' has been removed\n  * 'copy_on_model_validation' has been removed\n    warnings.warn(message, UserWarning)",
      source: "https://github.com/koei-kaji/ddd-clean-architecture-python/issues/62",
    },
  ],
});
