import { block, defineKnownError, shq, t, type KnownContext } from "../../define";

const baseLine = (c: KnownContext): string =>
  c.f.api.base.kind === "literal" && c.f.api.isFromPaste ? `BASE_URL=${shq(c.f.api.base.url)}` : 'BASE_URL="${OPENAI_BASE_URL:?set OPENAI_BASE_URL to the relay /v1 address}"';
const modelLine = (c: KnownContext): string => (c.f.model ? `MODEL=${shq(c.f.model)}` : 'MODEL="${LLM_MODEL:?set LLM_MODEL to the model you call}"');

export default defineKnownError({
  id: "relay.upstream-saturated",
  category: "upstream.unavailable",
  // A machine-readable billing code in the same body is the real cause (taxonomy rule 4): leave it to that.
  match: [/上游负载已饱和(?![^\n]{0,400}(?:billing_not_active|insufficient_quota))/, /Current group upstream load is saturated/],
  title: t("上游服务不可用或过载：中转站的上游返回了 429", "Upstream unavailable or overloaded: the relay's upstream answered 429"),
  summary: t(
    "这句话是中转站替换过的：one-api / new-api 把上游渠道返回的 429 在重试用尽后统一改写成「当前分组上游负载已饱和，请稍后再试」。真正的原因是渠道背后的上游 Key 被限流或额度不够，不是你的令牌。",
    "The relay rewrote this message: one-api / new-api turns an upstream channel's 429, once its retries are used up, into \"current group upstream load is saturated\". The real cause is the upstream key behind the channel being rate-limited or out of quota, not your token.",
  ),
  causes: [
    t("渠道里配置的上游 Key 达到了它自己的速率限制（RPM/TPM）", "the upstream key configured in the channel hit its own rate limit (RPM/TPM)"),
    t("上游 Key 的额度用完，上游也用 429 表示", "the upstream key is out of quota, which the upstream also reports as 429"),
    t("这个分组里能提供该模型的渠道太少，并发请求全部落在同一个上游 Key 上", "too few channels in this group serve the model, so concurrent requests all land on the same upstream key"),
  ],
  solutions: [
    {
      title: t("降低并发，按退避间隔重试", "Lower the concurrency and retry with backoff"),
      steps: [t("这是暂时性限流：减少并发请求，失败后按 1s、2s、4s… 递增间隔重试。", "This is temporary throttling: send fewer concurrent requests and retry after increasing delays (1s, 2s, 4s …).")],
      code: (c) =>
        c.f.api.auth === "bearer" && (c.f.isRelay || !c.f.provider)
          ? block("bash", [
              baseLine(c),
              modelLine(c),
              `BODY=$(printf ${shq('{"model": "%s", "messages": [{"role": "user", "content": "ping"}]}')} "$MODEL")`,
              "for delay in 1 2 4 8 16; do",
              '  status=$(curl -sS -o /tmp/relay-response.json -w "%{http_code}" "$BASE_URL/chat/completions" -H "Authorization: Bearer $OPENAI_API_KEY" -H "Content-Type: application/json" -d "$BODY")',
              '  [ "$status" != "429" ] && break',
              '  sleep "$delay"',
              "done",
              'echo "HTTP $status"; cat /tmp/relay-response.json',
            ])
          : null,
    },
    {
      title: t("联系中转站运营方 / 管理员检查渠道", "Ask the relay's operator / admin to check the channel"),
      steps: [t("管理员在渠道日志里能看到上游原始的 429 内容；给该模型多加几个渠道或换更高等级的上游 Key。", "The admin can see the upstream's original 429 in the channel logs; add more channels for the model or use a higher-tier upstream key.")],
    },
  ],
  prevention: [
    t("客户端统一做限速和指数退避重试，不要无间隔地立即重试", "Rate-limit the client and retry with exponential backoff, never immediately"),
    t("自建中转站：同一个模型配置多个渠道或多把上游 Key，分摊负载", "On your own relay: give each model several channels or upstream keys to spread the load"),
  ],
  tools: [
    t("中转站控制台的日志：看失败的请求落在哪个渠道、上游原始报错是什么", "The relay console's logs: which channel a failed request used and what the upstream said"),
    t("渠道管理里的「测试」：单独测试某个渠道的上游是否可用", "The Test action in channel management: checks one channel's upstream on its own"),
  ],
  docs: ["https://github.com/songquanpeng/one-api/blob/main/controller/relay.go", "https://github.com/QuantumNous/new-api/blob/main/i18n/locales/zh-CN.yaml"],
  samples: [
    { text: "openai.RateLimitError: Error code: 429 - {'error': {'message': '当前分组上游负载已饱和，请稍后再试 (request id: 2025030112000012345678abcdEFGH)', 'type': 'new_api_error', 'param': '', 'code': None}}", source: "https://github.com/QuantumNous/new-api/blob/main/i18n/locales/zh-CN.yaml" },
    { text: '{"error":{"message":"Current group upstream load is saturated, please try again later","type":"new_api_error"}}', source: "https://github.com/QuantumNous/new-api/blob/main/i18n/locales/en.yaml" },
  ],
});
