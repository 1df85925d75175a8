import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "anthropic-sdk.missing-credentials",
  category: "auth.invalid_credentials",
  match: [/Could not resolve authentication method\. Expected (?:either apiKey or authToken|either api_key or auth_token|one of api_key, auth_token)/],
  title: t("Anthropic SDK 没拿到 API Key（ANTHROPIC_API_KEY 为空）", "The Anthropic SDK got no API key (ANTHROPIC_API_KEY is empty)"),
  summary: t(
    "Anthropic 官方 SDK 发请求前要确定认证方式：没有传 api_key（或 auth_token），环境变量 ANTHROPIC_API_KEY 也为空，就抛出这个错误，请求没有发出。",
    "The official Anthropic SDK must settle on an authentication method before sending: with no api_key (or auth_token) argument and an empty ANTHROPIC_API_KEY, it raises this error and sends nothing.",
  ),
  causes: [
    t("ANTHROPIC_API_KEY 没有在运行程序的环境里设置（.env 没加载、服务或容器里没配置）", "ANTHROPIC_API_KEY is not set where the program runs (.env not loaded, missing in the service or container)"),
    t("通过网关或中转站调用时，只设置了 base_url，没有设置对应的 Key", "calling through a gateway or relay, only the base URL was set, not its key"),
  ],
  solutions: [
    {
      title: t("设置 ANTHROPIC_API_KEY 或显式传 api_key", "Set ANTHROPIC_API_KEY or pass api_key explicitly"),
      steps: [t("在运行程序的同一环境里导出变量；使用 python-dotenv 时在创建客户端前调用 load_dotenv()。", "Export the variable in the same environment the program runs in; with python-dotenv, call load_dotenv() before creating the client.")],
      code: () => block("bash", ['test -n "$ANTHROPIC_API_KEY" && echo "ANTHROPIC_API_KEY is set" || echo "ANTHROPIC_API_KEY is empty in this shell"']),
    },
    {
      title: t("通过网关调用时，同时设置 base_url 和网关的 Key", "Behind a gateway, set both base_url and the gateway's key"),
      steps: [t("把 ANTHROPIC_BASE_URL（或 base_url 参数）指向网关，并把网关发的令牌作为 api_key 传入。", "Point ANTHROPIC_BASE_URL (or base_url) at the gateway and pass the token it issued as api_key.")],
    },
  ],
  docs: ["https://github.com/anthropics/anthropic-sdk-python/blob/main/src/anthropic/_client.py", "https://github.com/anthropics/anthropic-sdk-python/blob/main/README.md"],
  samples: [{ text: 'TypeError: "Could not resolve authentication method. Expected either api_key or auth_token to be set. Or for one of the `X-Api-Key` or `Authorization` headers to be explicitly omitted"', source: "https://github.com/anthropics/anthropic-sdk-python/blob/main/src/anthropic/_client.py" }],
});
