import { defineKnownError, t } from "../../define";
import { clientFromEnv, keyProbe, openaiBase } from "../../llm";

export default defineKnownError({
  id: "openai.incorrect-api-key",
  category: "auth.invalid_credentials",
  match: [/Incorrect API key provided(?::\s*(?<key>[^\s.]{0,80}))?/],
  // Same opening as the category report ("认证失败：令牌无效（OpenAI · HTTP 401）"), then what this message adds.
  title: (c) => {
    const status = c.f.httpStatus ? ` · HTTP ${c.f.httpStatus}` : "";
    return t(`认证失败：令牌无效（OpenAI${status}）：Key 不正确或不是 OpenAI 的 Key`, `Invalid credentials (OpenAI${status}): the key is wrong or not an OpenAI key`);
  },
  summary: t(
    "请求到达了 OpenAI（api.openai.com），但它不认识请求头里的 Key：Key 写错、已删除或停用，或者根本不是 OpenAI 签发的 Key。",
    "The request reached OpenAI (api.openai.com), but it does not recognise the key in the header: it is mistyped, deleted or disabled, or was never issued by OpenAI at all.",
  ),
  causes: [
    t("Key 里有拼写错误、多余空格或引号、括号等多余字符（从配置文件或命令行复制时常见）", "a typo, stray space, quotes or brackets in the key (common when copied from a config file or command line)"),
    t("Key 已被删除或停用，或者本地缓存的是旧 Key", "the key was deleted or disabled, or an old key is cached locally"),
    t("这是中转站或其他平台的 Key，但 base URL 没改，请求仍发到了 api.openai.com", "it is a key from a gateway or another provider, but the base URL was not changed, so the request still went to api.openai.com"),
    t("Key 属于另一个组织或项目", "the key belongs to another organization or project"),
  ],
  solutions: [
    {
      title: t("核对 Key 并用最小请求验证", "Check the key and verify it with a minimal request"),
      steps: [
        t("在 https://platform.openai.com/api-keys 确认 Key 仍然存在；不确定时新建一个，替换环境变量 OPENAI_API_KEY，注意不要带引号或空格。", "At https://platform.openai.com/api-keys, check that the key still exists; if unsure, create a new one and set OPENAI_API_KEY without quotes or spaces."),
        t("用 curl 直接验证，排除程序配置的干扰。", "Verify it with curl to rule out the program's own configuration."),
      ],
      code: (c) => keyProbe(c, openaiBase(c), "OPENAI_API_KEY"),
    },
    {
      title: t("用的是中转站或其他平台的 Key 时，改 base URL", "With a gateway's or another provider's key, set the base URL"),
      code: (c) => clientFromEnv(c, "env", "OPENAI_API_KEY"),
      steps: [t("把客户端的 base_url（或环境变量 OPENAI_BASE_URL）改成签发这个 Key 的平台地址；只换 Key 不换地址，请求仍会发往 OpenAI。", "Point the client's base_url (or OPENAI_BASE_URL) at the platform that issued the key; changing only the key still sends the request to OpenAI.")],
    },
  ],
  docs: ["https://developers.openai.com/docs/guides/error-codes", "https://help.openai.com/en/articles/6891781-error-code-404-incorrect-api-key-provided"],
  samples: [
    {
      text: "Connection failed! { \"error\": { \"message\": \"Incorrect API key provided: sk-4sJHr***************************************w8ZP. You can find your API key at https://platform.openai.com/account/api-keys.\", \"type\": \"invalid_request_error\", \"param\": null, \"code\": \"invalid_api_key\" } }",
      source: "https://github.com/chatanywhere/GPT_API_free/issues/427",
    },
  ],
});
