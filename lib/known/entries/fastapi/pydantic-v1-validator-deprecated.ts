import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "fastapi.pydantic-v1-validator-deprecated",
  category: "unknown",
  match: [/Pydantic V1 style `?@(?<old>validator|root_validator)`? validators are deprecated/],
  title: (c) =>
    c.g.old === "root_validator"
      ? t("Pydantic v2 弃用了 @root_validator，应改用 @model_validator", "Pydantic v2 deprecates @root_validator: use @model_validator")
      : t("Pydantic v2 弃用了 @validator，应改用 @field_validator", "Pydantic v2 deprecates @validator: use @field_validator"),
  summary: t(
    "这是 PydanticDeprecatedSince20 警告：模型还在用 Pydantic v1 的验证器装饰器。v2 里它们仍能运行，但已弃用，计划在 v3 删除；警告本身不会让程序失败。",
    "This is a PydanticDeprecatedSince20 warning: a model still uses Pydantic v1's validator decorators. They still run in v2 but are deprecated and slated for removal in v3; the warning itself does not make anything fail.",
  ),
  causes: [
    t("代码是为 Pydantic v1 写的，环境里是 v2", "the code was written for Pydantic v1 and v2 is installed"),
    t("警告来自某个依赖包（文件路径在 site-packages 下），不是你的代码", "the warning comes from a dependency (its path is under site-packages), not from your code"),
  ],
  solutions: [
    {
      title: (c) => (c.g.old === "root_validator" ? t("改成 @model_validator", "Switch to @model_validator") : t("改成 @field_validator（并加上 @classmethod）", "Switch to @field_validator (with @classmethod)")),
      steps: [
        (c) =>
          c.g.old === "root_validator"
            ? t("model_validator 需要指定 mode=\"before\" 或 \"after\"；after 模式下函数拿到的是模型实例。", "model_validator needs mode=\"before\" or \"after\"; in after mode the function receives the model instance.")
            : t("field_validator 的参数里没有 v1 的 values；需要访问其他字段时用 info.data，或改用 model_validator。", "field_validator has no v1-style values argument; use info.data to read other fields, or a model_validator."),
      ],
      code: (c) =>
        c.g.old === "root_validator"
          ? block("python", [
              "from pydantic import BaseModel, model_validator",
              "",
              "",
              "class Range(BaseModel):",
              "    low: int",
              "    high: int",
              "",
              '    @model_validator(mode="after")',
              "    def check_order(self):",
              "        if self.low > self.high:",
              '            raise ValueError("low must not exceed high")',
              "        return self",
              "",
              "",
              "print(Range(low=1, high=2))",
            ])
          : block("python", [
              "from pydantic import BaseModel, field_validator",
              "",
              "",
              "class Job(BaseModel):",
              "    priority: int",
              "",
              '    @field_validator("priority")',
              "    @classmethod",
              "    def check_priority(cls, v: int) -> int:",
              "        if v < 0:",
              '            raise ValueError("priority must be >= 0")',
              "        return v",
              "",
              "",
              "print(Job(priority=1))",
            ]),
    },
    {
      title: t("警告来自依赖：升级它，或在自己的代码里先忽略", "If a dependency emits it: upgrade it, or filter the warning for now"),
      steps: [t("这只是弃用警告；在依赖发布新版本前可以先不处理，但升级到 Pydantic v3 之前必须迁移。", "It is only a deprecation warning; you can leave it until the dependency releases a fix, but it must be migrated before Pydantic v3.")],
    },
  ],
  docs: ["https://docs.pydantic.dev/latest/migration/", "https://docs.pydantic.dev/dev-v2/migration/#changes-to-validators"],
  samples: [
    {
      text: "PydanticDeprecatedSince20: Pydantic V1 style `@validator` validators are deprecated. You should migrate to Pydantic V2 style `@field_validator` validators, see the migration guide for more details. Deprecated in Pydantic V2.0 to be removed in V3.0. See Pydantic V2 Migration Guide at https://errors.pydantic.dev/2.4/migration/",
      source: "https://github.com/benavlabs/FastAPI-boilerplate/issues/67",
    },
    {
      text: "Pydantic V1 style `@root_validator` validators are deprecated. You should migrate to Pydantic V2 style `@model_validator` validators, see the migration guide for more details.",
      source: "https://github.com/dyvenia/viadot/issues/1194",
    },
  ],
});
