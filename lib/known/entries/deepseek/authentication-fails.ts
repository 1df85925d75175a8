import { defineKnownError, t } from "../../define";
import { chatCall, clientFromEnv } from "../../llm";

export default defineKnownError({
  id: "deepseek.authentication-fails",
  category: "auth.invalid_credentials",
  match: [/Authentication Fails(?:,\s*Your api key: (?<key>[^\s]{1,60}) is invalid| \((?<why>[^)\n]{1,80})\))?/i],
  guard: { provider: ["deepseek"] },
  title: t("DeepSeek API Key 无效（401 Authentication Fails）", "DeepSeek API key invalid (401 Authentication Fails)"),
  summary: (c) => {
    // DeepSeek echoes the last characters of what it received: a variable name or "null" there means no real key was sent.
    const tail = (c.g.key ?? "").replace(/^\*+/, "");
    const placeholder = /^(?:_?KEY|null|json|here|eek\}?|[\w-]{0,3}\})"?$/i.test(tail) ? tail : null;
    if (placeholder) {
      return t(
        `DeepSeek 回显了收到的 Key 的末尾 “${tail}”：这不像真实 Key 的结尾，说明程序发出去的是变量名、占位符或空值，而不是你的 Key。`,
        `DeepSeek echoes the end of the key it received, “${tail}”: that is not how a real key ends, so the program sent a variable name, a placeholder or an empty value instead of your key.`,
      );
    }
    if (c.g.why) return t(`DeepSeek 认证失败：${c.g.why}。`, `DeepSeek authentication failed: ${c.g.why}.`);
    return t(
      `DeepSeek 用 Authorization: Bearer 认证；这次发送的 Key${c.g.key ? `（${c.g.key}）` : ""}认证失败：写错、已删除，或者不是 DeepSeek 开放平台签发的 Key。`,
      `DeepSeek authenticates with Authorization: Bearer; the key sent${c.g.key ? ` (${c.g.key})` : ""} failed: mistyped, deleted, or not issued by the DeepSeek platform.`,
    );
  },
  causes: [
    t("Key 复制错误、带空格或引号，或程序读到了另一个环境变量里的旧 Key", "the key was copied wrongly or with spaces/quotes, or the program reads an old key from another variable"),
    t("配置没有生效：报错里回显的 Key 末尾与你的 Key 不一致（例如 ****_KEY），说明发送的是占位符或空值", "the configuration did not take effect: the key ending echoed in the error differs from yours (such as ****_KEY), so a placeholder or empty value was sent"),
    t("Key 已在平台上删除", "the key was deleted on the platform"),
    t("用了其他平台（OpenAI、中转站等）的 Key 调用 api.deepseek.com", "a key from another platform (OpenAI, a gateway …) was used against api.deepseek.com"),
  ],
  solutions: [
    {
      title: t("确认 Key 并用最小请求验证", "Check the key and verify it with a minimal request"),
      steps: [t("在 https://platform.deepseek.com/api_keys 确认 Key 存在（或新建），设置到 DEEPSEEK_API_KEY 后运行下面的请求。", "Check the key exists (or create one) at https://platform.deepseek.com/api_keys, put it in DEEPSEEK_API_KEY and run the request below.")],
      code: (c) => chatCall({ ...c, f: { ...c.f, ecosystem: null } }, { base: "https://api.deepseek.com", keyEnv: "DEEPSEEK_API_KEY" }),
    },
    {
      title: t("在代码里从环境变量读 Key，并指向 DeepSeek", "Read the key from the environment and point the client at DeepSeek"),
      steps: [t("OpenAI SDK 需要同时设置 base_url=https://api.deepseek.com 和 DeepSeek 的 Key。", "With the OpenAI SDK set both base_url=https://api.deepseek.com and the DeepSeek key.")],
      code: (c) => clientFromEnv(c, "https://api.deepseek.com", "DEEPSEEK_API_KEY"),
    },
  ],
  docs: ["https://api-docs.deepseek.com/quick_start/error_codes", "https://github.com/szczyglis-dev/py-gpt/issues/112", "https://github.com/FullStackPlayer/claude-code-launcher/issues/3"],
  samples: [
    { text: "ERROR:droidrun:Error calling DeepSeek API: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****18b\" is invalid', 'type': 'authentication_error', 'param': None, 'code': 'invalid_request_error'}}", source: "https://github.com/droidrun/mobilerun/issues/28" },
    { text: "Model: DeepSeek Chat\nProvider: deepseek\nStatus Code: 401\n\n401 Authentication Fails, Your api key: ****fcc2 is invalid", source: "https://github.com/continuedev/continue/issues/11820" },
  ],
});
