import { block, defineKnownError, t } from "../../define";

const isSettings = (m: string | undefined) => /settings|config/i.test(m ?? "");

export default defineKnownError({
  id: "fastapi.pydantic-field-required",
  category: "code.value",
  match: [
    /(?<n>\d{1,4}) validation errors? for (?<model>\w{1,80})\s{1,4}(?<field>[\w.]{1,100})\s{1,8}Field required \[type=missing, input_value=(?<input>\{\}|[^\n]{1,20})/,
  ],
  title: (c) =>
    c.g.model && isSettings(c.g.model)
      ? t(`${c.g.model} 缺少必填配置项 ${c.g.field}（没有读到对应的环境变量）`, `${c.g.model} is missing the required setting ${c.g.field} (no matching environment variable was found)`)
      : c.g.model
        ? t(`${c.g.model} 校验失败：缺少必填字段 ${c.g.field}`, `${c.g.model} failed validation: the required field ${c.g.field} is missing`)
        : t("Pydantic 校验失败：缺少必填字段", "Pydantic validation failed: a required field is missing"),
  summary: (c) =>
    isSettings(c.g.model)
      ? t(
          `pydantic-settings 从环境变量（以及配置了的 .env 文件）读取 ${c.g.model} 的字段，${c.g.field} 没有默认值，也没有在环境里找到。${c.g.input === "{}" ? "input_value={} 表示一个值都没读到——通常是 .env 文件没有被加载（路径不对或没有配置 env_file）。" : ""}`,
          `pydantic-settings fills ${c.g.model} from environment variables (and a .env file if configured); ${c.g.field} has no default and was not found. ${c.g.input === "{}" ? "input_value={} means nothing was read at all — usually the .env file was not loaded (wrong path, or env_file not configured)." : ""}`,
        )
      : t(
          "数据里缺少模型声明为必填的字段。Pydantic v2 中，没有默认值的字段都是必填的——即使类型写成 Optional[X] / X | None，也必须显式给出默认值 = None 才能省略。",
          "The data lacks a field the model declares as required. In Pydantic v2 every field without a default is required — even Optional[X] / X | None must have an explicit = None default to be omissible.",
        ),
  causes: [
    t(".env 文件没有被加载：不在当前工作目录，或模型没有配置 env_file", "the .env file is not loaded: it is not in the working directory, or the model does not configure env_file"),
    t("环境变量没有设置（部署平台、Docker、CI 里漏配）", "the environment variable is not set (missing in the deployment platform, Docker or CI)"),
    t("v1 迁移到 v2 后，Optional 字段没有默认值，变成了必填", "after migrating from v1 to v2, an Optional field without a default became required"),
    t("请求体或数据本身缺少这个字段", "the request body or data really lacks the field"),
  ],
  solutions: [
    {
      title: t("配置项：设置环境变量，或让模型加载 .env", "Settings: set the environment variable, or have the model load .env"),
      when: (c) => isSettings(c.g.model) || !c.g.model,
      steps: [t("env_file 的相对路径按当前工作目录解析，从别的目录启动程序时会找不到它；需要时写绝对路径。字段名默认不区分大小写地匹配环境变量名。", "env_file's relative path resolves against the working directory, so starting the program elsewhere misses it; use an absolute path if needed. Field names match environment variables case-insensitively by default.")],
      code: () =>
        block("python", [
          "from pydantic_settings import BaseSettings, SettingsConfigDict",
          "",
          "",
          "class Settings(BaseSettings):",
          '    model_config = SettingsConfigDict(env_file=".env")',
          "",
          "    api_key: str",
          "    debug: bool = False",
        ]),
    },
    {
      title: t("字段本就可以缺省：给它默认值", "If the field may be omitted: give it a default"),
      steps: [t("Optional 不等于可以省略：写成 x: str | None = None。", "Optional does not mean omissible: write x: str | None = None.")],
      code: () =>
        block("python", [
          "from pydantic import BaseModel",
          "",
          "",
          "class Item(BaseModel):",
          "    name: str",
          "    description: str | None = None  # omissible in Pydantic v2",
        ]),
    },
  ],
  docs: ["https://errors.pydantic.dev/2.7/v/missing", "https://docs.pydantic.dev/2.5/migration/", "https://github.com/MasterGroosha/telegram-feedback-bot/pull/19"],
  samples: [
    {
      text: "pydantic_core._pydantic_core.ValidationError: 2 validation errors for Settings\nAPI_ID\n  Field required [type=missing, input_value={}, input_type=dict]\n    For further information visit https://errors.pydantic.dev/2.7/v/missing\nAPI_HASH\n  Field required [type=missing, input_value={}, input_type=dict]\n    For further information visit https://errors.pydantic.dev/2.7/v/missing",
      source: "https://github.com/shamhi/YesCoinBot/issues/16",
    },
  ],
});
