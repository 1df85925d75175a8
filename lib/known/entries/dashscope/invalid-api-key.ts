import { defineKnownError, t } from "../../define";
import { chatCall } from "../../llm";

const CN = "https://dashscope.aliyuncs.com/compatible-mode/v1";

export default defineKnownError({
  id: "dashscope.invalid-api-key",
  category: "auth.invalid_credentials",
  match: ["Invalid API-key provided", /\bInvalidApiKey\b/],
  title: t("阿里云百炼（DashScope）API Key 无效", "Alibaba Cloud Model Studio (DashScope) API key invalid"),
  summary: t(
    "DashScope 返回 InvalidApiKey：这个 Key 无效，或者 Key、地域和 Base URL 不匹配。中国内地（北京）和国际站（新加坡）的 Key 不通用，各自要配对应地域的地址。",
    "DashScope returned InvalidApiKey: the key is not valid, or the key, region and base URL do not match. Keys from the Chinese mainland (Beijing) and the international site (Singapore) are not interchangeable; each needs its own region's address.",
  ),
  causes: [
    t("Key 与 Base URL 的地域不一致：国际站（alibabacloud.com）的 Key 要用 dashscope-intl.aliyuncs.com，中国站的 Key 要用 dashscope.aliyuncs.com", "the key and base URL are from different regions: international (alibabacloud.com) keys use dashscope-intl.aliyuncs.com, Chinese-site keys use dashscope.aliyuncs.com"),
    t("Key 复制错误、已删除，或程序没有读到环境变量 DASHSCOPE_API_KEY", "the key is mistyped or deleted, or the program does not read DASHSCOPE_API_KEY"),
    t("把其他平台（例如某个 Coding Plan / 中转服务）的 Key 发给了 DashScope，或反过来", "a key from another plan or service was sent to DashScope, or the other way round"),
  ],
  solutions: [
    {
      title: t("让 Key、地域和 Base URL 一致", "Make key, region and base URL match"),
      steps: [
        t("在百炼控制台确认 Key 所属地域：北京地域用 https://dashscope.aliyuncs.com/compatible-mode/v1，新加坡（国际）用 https://dashscope-intl.aliyuncs.com/compatible-mode/v1。", "In the Model Studio console check the key's region: Beijing uses https://dashscope.aliyuncs.com/compatible-mode/v1, Singapore (international) uses https://dashscope-intl.aliyuncs.com/compatible-mode/v1."),
        t("把 Key 放进 DASHSCOPE_API_KEY，用下面的请求验证。", "Put the key in DASHSCOPE_API_KEY and verify it with the request below."),
      ],
      code: (c) => chatCall({ ...c, f: { ...c.f, ecosystem: null } }, { base: CN, keyEnv: "DASHSCOPE_API_KEY" }),
    },
    { title: t("确认程序读到的是 DASHSCOPE_API_KEY", "Make sure the program reads DASHSCOPE_API_KEY"), steps: [t("DashScope SDK 默认读取环境变量 DASHSCOPE_API_KEY；设置后重启程序，或在代码中显式传入。", "The DashScope SDK reads DASHSCOPE_API_KEY by default; set it and restart the program, or pass the key explicitly in code.")] },
  ],
  docs: ["https://help.aliyun.com/en/model-studio/error-code-start", "https://github.com/agentuniverse-ai/agentUniverse/issues/302"],
  samples: [
    { text: "Exception: DashScope embedding error: InvalidApiKey - Invalid API-key provided.", source: "https://github.com/hsliuping/TradingAgents-CN/issues/203" },
    { text: "访问其他大模型都可以，但访问qwq-32b和DeepSeek不行，提示InvalidApiKey. Error message: Invalid API-key provided。", source: "https://github.com/QwenLM/Qwen-Agent/issues/468" },
  ],
});
