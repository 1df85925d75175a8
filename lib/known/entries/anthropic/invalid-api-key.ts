import { defineKnownError, t } from "../../define";
import { anthropicClient, anthropicProbe } from "../../llm";

export default defineKnownError({
  id: "anthropic.invalid-api-key",
  category: "auth.invalid_credentials",
  match: ["invalid x-api-key"],
  title: t("Anthropic 不认这个 API Key（invalid x-api-key）", "Anthropic rejected the API key (invalid x-api-key)"),
  summary: t(
    "Anthropic 通过 x-api-key 请求头认证；401 authentication_error 表示这个头里的 Key 无效：为空、写错、已删除，或者程序读到的并不是你以为的那个 Key。",
    "Anthropic authenticates with the x-api-key header; a 401 authentication_error means the key in it is not valid: empty, mistyped, deleted, or not the key you think the program is reading.",
  ),
  causes: [
    t("程序实际读到的 Key 与你配置的不同（多个 .env、配置文件或环境变量互相覆盖）", "the program reads a different key than the one you configured (several .env files, config files or variables overriding each other)"),
    t("Key 复制不完整、带了空格或引号，或已在 Console 中删除", "the key was copied incompletely, with spaces or quotes, or has been deleted in the Console"),
    t("把其他平台的 Key 当作 x-api-key 发给了 api.anthropic.com", "another platform's key was sent to api.anthropic.com as x-api-key"),
  ],
  solutions: [
    {
      title: t("用 curl 单独验证 Key", "Verify the key on its own with curl"),
      steps: [t("在 https://console.anthropic.com/settings/keys 确认 Key 存在；用下面的请求验证，返回 200 说明 Key 没问题，问题在程序读取配置。", "Check the key exists at https://console.anthropic.com/settings/keys; verify it with the request below: a 200 means the key is fine and the program's configuration is the problem.")],
      code: (c) => anthropicProbe(c),
    },
    {
      title: t("让程序从 ANTHROPIC_API_KEY 读取 Key", "Have the program read the key from ANTHROPIC_API_KEY"),
      steps: [t("只保留一个来源（环境变量 ANTHROPIC_API_KEY），删掉其他 .env 或配置里的旧 Key，然后重启程序。", "Keep a single source (the ANTHROPIC_API_KEY variable), remove old keys from other .env or config files, and restart the program.")],
      code: (c) => anthropicClient(c),
    },
  ],
  docs: ["https://docs.claude.com/en/api/errors", "https://github.com/Aider-AI/aider/issues/950"],
  samples: [
    { text: "Error: 401 {\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"}}", source: "https://github.com/eyaltoledano/claude-task-master/issues/222" },
    { text: "API validation failed: {\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"},\"request_id\":\"req_011CYhr1kdGzCrPHfrhibMen\"}", source: "https://github.com/ITSpecialist111/ai_automation_suggester/issues/153" },
  ],
});
