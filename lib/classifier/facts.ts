/**
 * Fact extractors: HTTP status, request id, URL/host, API error type, innermost exception,
 * provider and ecosystem. Each is a table of patterns tried in order of trust.
 */

export interface Located<T> {
  value: T;
  index: number;
  length: number;
}

const REASONS =
  "Bad Request|Unauthorized|Payment Required|Forbidden|Not Found|Method Not Allowed|Request Timeout|Conflict|Payload Too Large|Request Entity Too Large|Unsupported Media Type|Unprocessable Entity|Too Many Requests|Internal Server Error|Not Implemented|Bad Gateway|Service Unavailable|Gateway Time-?out";

/** Status patterns, most explicit first; the first one that matches wins. */
const statusPatterns: RegExp[] = [
  /\b(?:Error code|[a-z]*[Ss]tatus ?[Cc]ode|status_code|HTTP status|http_status|response status|upstream_status|HTTP code|status)["']?\s*[:=]?\s*["']?(?:HTTP\s*)?([1-5]\d\d)\b/i,
  /(?:状态码|错误码|HTTP错误码|http状态码)\s*[:：]?\s*([1-5]\d\d)\b/i,
  // .NET WebException: "The remote server returned an error: (401) Unauthorized." / "远程服务器返回错误: (401) 未经授权。"
  /(?:returned an error|返回(?:了)?错误)\s*[:：]\s*\(([1-5]\d\d)\)/i,
  // OkHttp's Response{… code=401 …}, reqwest's Status(429), the browser console, curl -f.
  /\bResponse\{[^}\n]{0,40}\bcode=([1-5]\d\d)\b/,
  /\bStatus\(([1-5]\d\d)\)/,
  // aiohttp's ClientResponseError: "401, message='Unauthorized', url=URL('…')" (Open WebUI, Dify plugins).
  /\b([1-5]\d\d), message=['"]/,
  /responded with a status of ([1-5]\d\d)\b/,
  /\bURL returned error: ([1-5]\d\d)\b/,
  /\bHTTP\/[\d.]+"?\s+([1-5]\d\d)\b/,
  new RegExp(`\\b([1-5]\\d\\d)\\s+(?:${REASONS})\\b`, "i"),
  /\b([45]\d\d) (?:Client|Server) Error\b/,
  new RegExp(`\\b([1-5]\\d\\d) \\((?:${REASONS})\\)`, "i"),
  /\bHTTP(?:\s+ERROR)?\s+([1-5]\d\d)\b/i,
  /\[([45]\d\d)\]:?\s*[{"]/,
  /\b(?:API Error|Error|error)\s*:?\s*\(?([45]\d\d)\)?\s*[{:\-"\u4e00-\u9fff]/,
  // "请求失败: 401 - {…}", "Error: 404 models/x is not found".
  /(?:失败|出错|错误|报错)\s*[:：]\s*([45]\d\d)\b/,
  /:\s([45]\d\d)\s\{"/,
  /\bError: ([45]\d\d) (?=[a-z])/,
  /\b([1-5]\d\d) status code\b/,
  /"status"\s*:\s*([1-5]\d\d)\b/,
  /["']code["']\s*:\s*["']?([45]\d\d)["']?\s*[,}]/,
  /(?:^|\n)[ \t]*([45]\d\d)[ \t]+(?=[{A-Z\u4e00-\u9fff"])/,
  /(?::\s|：\s?)([45]\d\d)\s(?=[A-Z][a-z]|[\u4e00-\u9fff])/,
  /\b(?:errorcode_|Error code\s)([45]\d\d)\b/,
  /\b([45]\d\d)\s*(?:错误|error\b)/i,
];

export function extractStatus(text: string): Located<number> | null {
  for (const p of statusPatterns) {
    const m = p.exec(text);
    if (m) {
      const value = Number(m[1]);
      // 1xx never ends a failed request; "Error code: 128" is a git or process exit code.
      if (value >= 200 && value <= 599) return { value, index: m.index, length: m[0].length };
    }
  }
  return null;
}

const trailingPunct = /[.,;:)\]}'"。，]+$/;

const requestIdPatterns: RegExp[] = [
  /\(request id:\s*([A-Za-z0-9_-]{6,})\)/i,
  /\brequest[ _-]?id\b["']?\s*[:=]\s*["']?([A-Za-z0-9_.-]{6,})/i,
  /\brequest ID\s+([A-Za-z0-9_-]{8,})/i,
  /\b(?:x-request-id|x-ms-request-id|apim-request-id|request-id|x-oneapi-request-id|requestId|trace[_-]?id)["']?\s*[:=]\s*["']?([A-Za-z0-9_.-]{6,})/i,
  /(?:请求\s*ID|请求标识)\s*[:：]\s*([A-Za-z0-9_-]{6,})/i,
  /\b(req_[A-Za-z0-9]{12,})\b/,
];

export function extractRequestId(text: string): string | null {
  for (const p of requestIdPatterns) {
    const m = p.exec(text);
    const id = m?.[1]!.replace(trailingPunct, "");
    if (id && id.length >= 6) return id;
  }
  return null;
}

const urlPattern = /\bhttps?:\/\/[^\s"'<>`\\)\]}，。]{1,2000}/g;
/** Hosts that only ever appear in errors as documentation or help links. */
const docsHost =
  /(?:^|\.)(?:developer\.mozilla\.org|aka\.ms|go\.microsoft\.com|learn\.microsoft\.com|docs\.[\w.-]+|[\w-]+\.readthedocs\.io|readthedocs\.org|platform\.openai\.com|help\.openai\.com|ai\.google\.dev|stackoverflow\.com|superuser\.com|www\.cloudflare\.com|pip\.pypa\.io|packaging\.python\.org|(?:www\.)?npmjs\.com|errors\.pydantic\.dev|peps\.python\.org|sqlalche\.me|docs\.rs|doc\.rust-lang\.org|kubernetes\.io|nextjs\.org|react\.dev|reactjs\.org|(?:help|support)\.[\w.-]+)$/i;
/** Paths of documentation, help and issue-tracker pages on hosts that also serve real endpoints. */
const docsPath = /^\/(?:[^?#]{0,200}\/)?(?:docs?|documentation|issues|discussions|wiki|blob|tree|help|faq|troubleshooting|errors|messages|learn|guides?)(?:\/|$|[?#])/i;
/** Words before a link that make it a pointer to read, not the thing that failed. */
const docsLead =
  /(?:\bsee|\bvisit|\breport(?:ed)?(?: (?:this|it|the|a|an) (?:error|bug|issue|problem))?|\brefer|\bread(?: more)?|\bdocumentation|\bdocs|more info(?:rmation)?|learn more|\bdetails|further information|background on this error|troubleshoot(?:ing)?|\bguide|详见|参考|请访问|请参阅|参见|文档|更多信息|帮助)(?:[\s:：]{0,3}(?:at|on|in|to|the|our|here|this|page|link|url|docs?|documentation|guide|issue|tracker|github)\b){0,3}[\s:：,(（"'<-]{0,6}$/i;

/** Whether the link at `index` of `text` is documentation or help rather than the endpoint that failed. */
function isDocsLinkAt(url: string, text: string, index: number): boolean {
  const host = hostOf(url);
  if (!host) return false;
  if (docsHost.test(host)) return true;
  let path = "/";
  try {
    path = new URL(url).pathname;
  } catch {
    // an unparsable URL has no path to judge
  }
  if (docsPath.test(path)) return true;
  const lineStart = text.lastIndexOf("\n", index - 1) + 1;
  // Only the words before the link count, not an earlier link on the same line.
  const lead = text.slice(Math.max(lineStart, index - 120), index).replace(/https?:\/\/\S{0,2000}/g, " ");
  return docsLead.test(lead);
}

/** Whether `url`, where it first appears in `text`, is a documentation/help/issue link. */
export function isDocsLink(url: string, text: string): boolean {
  const index = text.indexOf(url);
  return isDocsLinkAt(url, text, index === -1 ? 0 : index);
}

/** The endpoint that failed: the first link that is not documentation, help or an issue tracker. */
export function extractUrl(text: string): { url: string; host: string } | null {
  urlPattern.lastIndex = 0;
  for (let m = urlPattern.exec(text), n = 0; m && n < 50; m = urlPattern.exec(text), n++) {
    const url = m[0].replace(/[.,;:'"]+$/, "");
    const host = hostOf(url);
    if (!host) continue;
    if (!isDocsLinkAt(url, text, m.index)) return { url, host };
  }
  const h =
    /\bhost=['"]([\w.-]+)['"]/.exec(text) ??
    /\b(?:connect to host|getaddrinfo \w+|Could not resolve host:?|lookup)\s+([\w-]+(?:\.[\w-]+)+)/i.exec(text);
  return h ? { url: "", host: h[1]!.toLowerCase() } : null;
}

function hostOf(url: string): string | null {
  const m = /^https?:\/\/(?:[^@/\s]*@)?([^/:?#\s]+)/i.exec(url);
  return m ? m[1]!.toLowerCase() : null;
}

/* ---------- API error type ---------- */

const bodyField = /\\?["'](type|code|Code|status|reason)\\?["']\s*:\s*\\?["']([^"'\\\n]{0,80})\\?["']/g;
const ignoredValue = /^(?:|error|errors|none|null|nil|<nil>|undefined|fail|failed|ok|success|\d+)$/i;
const genericCode = /^(?:bad_response_status_code|invalid_request_error|bad_response)$/i;
const relayType = /^(?:\w+_api_error|one_hub_error|upstream_error)$/;

export function extractApiErrorType(text: string): string | null {
  let relay: string | null = null;
  let code: string | null = null;
  let type: string | null = null;
  let status: string | null = null;
  let genericC: string | null = null;
  bodyField.lastIndex = 0;
  for (let m = bodyField.exec(text), n = 0; m && n < 200; m = bodyField.exec(text), n++) {
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (ignoredValue.test(value) || value.length > 60 || /\s/.test(value)) continue;
    if (key === "type") {
      if (relayType.test(value)) relay ??= value;
      else type ??= value;
    } else if (key === "code" || key === "reason") {
      if (genericCode.test(value)) genericC ??= value;
      else code ??= value;
    } else if (/^[A-Z][A-Z_]+$/.test(value)) status ??= value;
  }
  const grpc = /\bStatusCode\.([A-Z][A-Z_]+)/.exec(text);
  // Tencent Cloud SDKs print "[TencentCloudSDKException] code:AuthFailure.SignatureFailure message:…".
  const sdk = /\bcode:([A-Z][A-Za-z]+(?:\.[A-Za-z]+){0,3}) message:/.exec(text);
  return relay ?? code ?? type ?? status ?? grpc?.[1] ?? sdk?.[1] ?? genericC ?? null;
}

/* ---------- exceptions ---------- */

const exceptionish = /(?:Error|Exception|Exit|Interrupt|Warning|Failure|Fault|Disconnected|Timeout|Exhausted)$/;
const googleApiErrors =
  /\b(ResourceExhausted|PermissionDenied|InvalidArgument|DeadlineExceeded|ServiceUnavailable|FailedPrecondition|Unauthenticated|TooManyRequests|NotFound|InternalServerError|GoogleAPICallError)\b:/;
const lineStartException =
  /^\s*(?:>\s*)?(?:\[?(?:ERROR|FATAL|CRITICAL)\]?:?\s+|E\s+|Uncaught\s+(?:\(in promise\)\s+)?|Unhandled(?: exception)?[.:]?\s+|Exception in thread "[^"\n]*"\s+|(?:PHP\s+)?Fatal error:\s+Uncaught\s+|Caused by:\s+|-+>\s+|\[cause\]:\s+|cause:\s+|Error:\s+(?=\w+(?:Error|Exception)\b))?((?:[A-Za-z_$][\w$]*\.)*([A-Za-z_$][\w$]*))(?:\s*\[[\w.]+\])?(?:\s*\(\d+\))?(?::(?:\s|$)|\s*\{|\s*$)/;
const aiSdkName = /\b\w+ \[(AI_\w+)\]/;
const nestedException = /\b([A-Z]\w*(?:Error|Exception|Disconnected|Timeout|Refused|Reset))\(/g;
const raisedException = /\braised ([A-Z]\w*)>/;
const rubyException = /\(([A-Z]\w*(?:Error|Exception))\)\s*$|\bA ([A-Z]\w*(?:Error|Exception)) occurred\b/;
const inlineException = /(?:^|[\s[(])((?:[a-z_]\w*\.)*([A-Z][A-Za-z0-9]*(?:Error|Exception)))(?::\s|\s\{)/g;

export interface ExceptionFact {
  name: string;
  /** The exception's line, for the language and the fingerprint. */
  line: string;
  index: number;
}

/** The innermost exception class: root causes first, then the last exception line. */
export function extractException(evidence: string, focusStart = 0, focusEnd = evidence.length): ExceptionFact | null {
  const text = evidence.slice(focusStart, focusEnd);
  const lines = text.split("\n");
  let best: ExceptionFact | null = null;
  let bestRank = -1;
  let offset = focusStart;
  let afterRootCause = false;
  for (const line of lines) {
    const here = offset;
    offset += line.length + 1;
    if (line.length === 0) continue;
    if (/with root cause\s*$/.test(line)) {
      afterRootCause = true;
      continue;
    }
    const m = lineStartException.exec(line);
    if (!m) {
      const ruby = rubyException.exec(line);
      if (ruby && bestRank < 1) {
        best = { name: (ruby[1] ?? ruby[2])!, line, index: here };
        bestRank = 1;
      }
      continue;
    }
    const qualified = m[1]!;
    const name = m[2]!;
    const isDotted = qualified.includes(".") && /^[A-Z_]/.test(name);
    if (!(exceptionish.test(name) || name === "Error" || name === "Exception" || isDotted)) continue;
    if (/^(?:INFO|DEBUG|WARN|WARNING|ERROR|Note|Warning)$/.test(name)) continue;
    const isCause = /^\s*(?:Caused by:|-+>|\[cause\]:|cause:)/.test(line) || afterRootCause;
    const rank = isCause ? 3 : 2;
    if (rank >= bestRank) {
      best = { name, line, index: here };
      bestRank = rank;
    }
    afterRootCause = false;
  }
  if (!best) {
    const g = googleApiErrors.exec(text);
    if (g) return { name: g[1]!, line: lineOf(text, g.index), index: focusStart + g.index };
    let last: RegExpExecArray | null = null;
    inlineException.lastIndex = 0;
    for (let m = inlineException.exec(text), n = 0; m && n < 100; m = inlineException.exec(text), n++) last = m;
    if (!last) return null;
    best = { name: last[2]!, line: lineOf(text, last.index), index: focusStart + last.index };
  }
  return refineNested(best);
}

function refineNested(fact: ExceptionFact): ExceptionFact {
  const ai = aiSdkName.exec(fact.line);
  if (ai) return { ...fact, name: ai[1]! };
  const raised = raisedException.exec(fact.line);
  if (raised) return { ...fact, name: raised[1]! };
  let inner: string | null = null;
  nestedException.lastIndex = 0;
  const msgStart = fact.line.indexOf(fact.name) + fact.name.length;
  const msg = fact.line.slice(msgStart, msgStart + 2000);
  for (let m = nestedException.exec(msg), n = 0; m && n < 50; m = nestedException.exec(msg), n++) inner = m[1]!;
  return inner ? { ...fact, name: inner } : fact;
}

function lineOf(text: string, index: number): string {
  const start = text.lastIndexOf("\n", index) + 1;
  const end = text.indexOf("\n", index);
  return text.slice(start, end === -1 ? text.length : end);
}

/* ---------- provider ---------- */

export interface ProviderRule {
  provider: string | ((m: RegExpExecArray) => string);
  pattern: RegExp;
  example: string;
}

const providerAliases: Record<string, string> = {
  openai: "openai",
  azure: "azure",
  "azure-openai": "azure",
  anthropic: "anthropic",
  claude: "anthropic",
  google: "gemini",
  gemini: "gemini",
  deepseek: "deepseek",
  ollama: "ollama",
  openrouter: "openrouter",
  dmxapi: "dmxapi",
  zhipu: "zhipu",
  vllm: "vllm",
};

/** Tried in order: relay error types, then hosts, relay message families, explicit fields, SDK names. */
export const providerRules: ProviderRule[] = [
  { provider: "new-api", pattern: /\bnew_api_error\b/, example: `{"error":{"message":"无效的令牌","type":"new_api_error"}}` },
  { provider: "one-api", pattern: /\bone_api_error\b/, example: `{"error":{"message":"无效的令牌","type":"one_api_error"}}` },
  { provider: "dmxapi", pattern: /\brix_api_error\b|dmxapi\.(?:cn|com)/i, example: `{'error': {'message': 'Invalid Token', 'type': 'rix_api_error'}}` },
  { provider: "one-hub", pattern: /\bone_hub_error\b/, example: `{"error":{"message":"令牌已过期","type":"one_hub_error"}}` },
  { provider: (m) => `${m[1]}-api`, pattern: /\b([a-z0-9]+)_api_error\b/, example: `{"error":{"message":"Invalid token","type":"shell_api_error"}}` },
  { provider: "openrouter", pattern: /openrouter\.ai/i, example: "POST https://openrouter.ai/api/v1/chat/completions 402" },
  { provider: "azure", pattern: /\.openai\.azure\.com|\/openai\/deployments\/|cognitiveservices\.azure\.com/i, example: "https://x.openai.azure.com/openai/deployments/gpt-4o 404" },
  { provider: "gemini", pattern: /generativelanguage\.googleapis\.com|aiplatform\.googleapis\.com/i, example: "https://generativelanguage.googleapis.com/v1beta/models 400" },
  { provider: "anthropic", pattern: /api\.anthropic\.com/i, example: "POST https://api.anthropic.com/v1/messages 529" },
  { provider: "deepseek", pattern: /api\.deepseek\.com/i, example: "POST https://api.deepseek.com/chat/completions 402" },
  { provider: "zhipu", pattern: /bigmodel\.cn/i, example: "https://open.bigmodel.cn/api/paas/v4/chat/completions 429" },
  { provider: "volcengine", pattern: /volces\.com|volcengine/i, example: "https://ark.cn-beijing.volces.com/api/v3/chat/completions" },
  { provider: "moonshot", pattern: /api\.moonshot\.(?:cn|ai)/i, example: "https://api.moonshot.cn/v1/chat/completions 429" },
  { provider: "siliconflow", pattern: /siliconflow\.(?:cn|com)/i, example: "https://api.siliconflow.cn/v1/chat/completions 401" },
  { provider: "qwen", pattern: /dashscope(?:-intl)?\.aliyuncs\.com/i, example: "https://dashscope.aliyuncs.com/compatible-mode/v1 400" },
  { provider: "tencent", pattern: /hunyuan\.(?:cloud\.)?tencent(?:cloudapi)?\.com|\.tencentcloudapi\.com/i, example: "https://api.hunyuan.cloud.tencent.com/v1/chat/completions 401" },
  { provider: "baidu", pattern: /(?:aip|qianfan)\.baidubce\.com/i, example: "https://qianfan.baidubce.com/v2/chat/completions 401" },
  { provider: "iflytek", pattern: /spark-api(?:-open)?\.xf-yun\.com|\.xf-yun\.com/i, example: "wss://spark-api.xf-yun.com/v3.5/chat 401" },
  { provider: "groq", pattern: /api\.groq\.com/i, example: "https://api.groq.com/openai/v1/chat/completions 429" },
  { provider: "mistral", pattern: /api\.mistral\.ai/i, example: "https://api.mistral.ai/v1/chat/completions 401" },
  { provider: "xai", pattern: /api\.x\.ai/i, example: "https://api.x.ai/v1/chat/completions 403" },
  { provider: "ollama", pattern: /(?:localhost|127\.0\.0\.1|0\.0\.0\.0|host\.docker\.internal)?:11434\b/i, example: "Client error '404 Not Found' for url 'http://localhost:11434/api/chat'" },
  { provider: "openai", pattern: /api\.openai\.com|chatgpt\.com\/backend-api/i, example: "HTTPSConnectionPool(host='api.openai.com', port=443)" },
  {
    provider: "new-api",
    pattern:
      /预扣费|用户额度不足|令牌额度|无效的令牌|未提供令牌|令牌已过期|无可用渠道|無可用管道|上游负载已饱和|该令牌|令牌状态|pre-consumed quota|pre_consume_token_quota_failed|insufficient_user_quota|channel error \(channel #|\brelay error\b|当前分组|New-Api-User|TokenStatusExhausted|RemainQuota|\(request id: 20\d{12,}[A-Za-z0-9]*\)/,
    example: "当前分组上游负载已饱和，请稍后再试 (request id: 2025051910334187258811298942008)",
  },
  {
    provider: (m) => providerAliases[m[1]!.toLowerCase()] ?? m[1]!.toLowerCase(),
    pattern: /\b[Pp]rovider["']?\s*[:=]\s*["']?(openai|azure|anthropic|claude|google|gemini|deepseek|ollama|openrouter|dmxapi|zhipu|vllm)\b/i,
    example: "Model: ollama-codellama\nProvider: ollama\nStatus Code: 500",
  },
  { provider: "azure", pattern: /\bAzure\b|AzureOpenAI|azure_endpoint/, example: "Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2024-05-01-preview have exceeded token rate limit" },
  { provider: "ollama", pattern: /\bollama\b/i, example: "ollama._types.ResponseError: model 'llama2' not found, try pulling it first" },
  { provider: "deepseek", pattern: /deepseek|Content Exists Risk/i, example: "BadRequestError: Error code: 400 - {'detail': 'Content Exists Risk'}" },
  { provider: "anthropic", pattern: /\banthropic\b|\bclaude-[\w.-]+|\bClaude\b|prompt is too long: \d+ tokens > \d+ maximum|\boverloaded_error\b|\breq_011\w+/i, example: "anthropic.RateLimitError: Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error'}}" },
  { provider: "gemini", pattern: /\bgemini\b|google\.generativeai|google\.genai|GoogleGenerativeAI|generateContent|\bRESOURCE_EXHAUSTED\b|\bFAILED_PRECONDITION\b|\bAPI_KEY_INVALID\b/i, example: "google.api_core.exceptions.ResourceExhausted: 429 Resource has been exhausted (e.g. check quota). gemini-1.5-pro" },
  { provider: "zhipu", pattern: /zhipu|chatglm|\bglm-\d/i, example: "zhipuai.core._errors.APIRequestFailedError: Error code: 429, glm-4" },
  { provider: "volcengine", pattern: /doubao|\bark\.cn/i, example: "the requested model doubao-seedream-4-5-251128 does not support this api" },
  { provider: "tencent", pattern: /TencentCloudSDK\w*|\bhunyuan\b|混元/i, example: "[TencentCloudSDKException] code:AuthFailure.SignatureFailure message:The provided credentials could not be validated." },
  { provider: "baidu", pattern: /\bqianfan\b|\bernie-[\w.-]+|\bwenxin|文心一言|千帆/i, example: "qianfan.errors.APIError: api return error, code: 110, msg: Access token invalid or no longer valid" },
  { provider: "iflytek", pattern: /\bAppIdNoAuthError\b|\bsparkdesk\b|\bspark-(?:lite|pro|max|4\.0)|讯飞|星火大模型/i, example: '{"error":{"message":"AppIdNoAuthError:(11200)auth no license","code":"11200"}}' },
  { provider: "moonshot", pattern: /moonshot|\bkimi\b/i, example: "moonshot-v1-8k: rate limit reached for requests" },
  { provider: "qwen", pattern: /dashscope|\bqwen/i, example: "dashscope: InvalidApiKey: Invalid API-key provided. model qwen-max" },
  { provider: "openrouter", pattern: /openrouter/i, example: "OpenRouter: No endpoints found for meta-llama/llama-3-70b" },
  { provider: "vllm", pattern: /\bvllm\b/i, example: "vllm.engine: ValueError: This model's maximum context length is 4096 tokens" },
  {
    provider: "openai",
    pattern: /\bopenai\b|\bgpt-(?:3\.5|4|4o|5|o\d)|\bdall-e|\bchatgpt|\btext-davinci|\binsufficient_quota\b|\binvalid_api_key\b|\bAPIConnectionError\b|\bAPITimeoutError\b/i,
    example: "openai.AuthenticationError: Error code: 401 - {'error': {'code': 'invalid_api_key'}}",
  },
];

export function extractProvider(text: string): string | null {
  for (const rule of providerRules) {
    const m = rule.pattern.exec(text);
    if (m) return typeof rule.provider === "string" ? rule.provider : rule.provider(m);
  }
  return null;
}

/* ---------- ecosystem ---------- */

export interface EcosystemRule {
  ecosystem: string;
  pattern: RegExp;
  weight: number;
  example: string;
}

/** Each rule counts once; the ecosystem with the largest total wins. */
export const ecosystemRules: EcosystemRule[] = [
  { ecosystem: "python", pattern: /Traceback \(most recent call last\)/, weight: 10, example: "Traceback (most recent call last):" },
  { ecosystem: "python", pattern: /File "[^"\n]{1,500}", line \d+/, weight: 10, example: `  File "app.py", line 3, in <module>` },
  { ecosystem: "python", pattern: /\b(?:ModuleNotFoundError|IndentationError|NameError|AttributeError|KeyError|IndexError|ZeroDivisionError|FileNotFoundError|PermissionError|UnicodeDecodeError|UnicodeEncodeError|RecursionError|ImportError|TabError|ConnectionRefusedError|JSONDecodeError|NoneType)\b/, weight: 6, example: "KeyError: 'choices'" },
  { ecosystem: "python", pattern: /site-packages|dist-packages|\.py\b|\byaml\.scanner|\bpsycopg2?\b|\bsqlite3\.\w+Error|\[(?:Errno|WinError) \d+\]/, weight: 5, example: "yaml.scanner.ScannerError: mapping values are not allowed here" },
  { ecosystem: "python", pattern: /\bpython3?(?:\.\d+)?\s+-c\b|^>>> |\bpip3? install\b|\bconda\b|\bpython\d?\.\d+\b/m, weight: 6, example: `python3 -c "import tensorflow"` },
  { ecosystem: "browser", pattern: /https?:\/\/[^\s)]{1,300}\.js:\d+:\d+|webpack-internal:|react-dom\.development|\bbundle\.js:\d+|Uncaught \(in promise\)|blocked by CORS policy|net::ERR_|at HTMLUnknownElement/, weight: 12, example: "at News.render (https://x.dev:3000/static/js/bundle.js:318:39)" },
  { ecosystem: "node", pattern: /node_modules|npm ERR!|npm error|gyp ERR!|node:internal|\(node:\d+\)|\bnode:\w+:\d+|\.(?:m?js|cjs|ts):\d+:\d+\)|UnhandledPromiseRejection|JavaScript heap|\bv8::|processTicksAndRejections|\bundici\b|\byarn\b|\bpnpm\b|\bERR_[A-Z_]{4,}\b/, weight: 10, example: "at Object.<anonymous> (/app/index.js:3:9)\n    at node:internal/modules/cjs/loader:1105:14" },
  { ecosystem: "node", pattern: /Module not found: (?:Error: )?Can't resolve|Module build failed|\bwebpack\b|\[vite\]|\bvite\b|\besbuild\b|\btsconfig\.json\b|\berror TS\d{4}\b|\bpackage\.json\b|\bnext (?:build|dev|start)\b|Cannot find module ['"]|\bnpx\b/, weight: 8, example: "Module not found: Error: Can't resolve './components/Header' in '/app/src'" },
  { ecosystem: "java", pattern: /\tat [\w$.]{1,300}\([\w$]{1,100}\.(?:java|kt|scala|groovy):\d+\)|at [\w$.]{1,300}\((?:Native Method|Unknown Source)\)|Exception in thread "|\b(?:java|javax|kotlin|jakarta)\.[a-z]+\.[A-Z]?|\.(?:java|kt):\d+|\[ERROR\] Failed to execute goal|\bmvn\b|\bmaven\b|\bgradle\b|org\.springframework|\bandroid\.os\./i, weight: 12, example: "Exception in thread \"main\" java.lang.IllegalArgumentException" },
  { ecosystem: "go", pattern: /goroutine \d+ \[|^panic: |\.go:\d+|\bgo: |\bgo (?:get|build|mod|run)\b|context deadline exceeded|\b(?:Get|Post) "https?:|\bdial tcp\b|GOPATH|GOROOT/m, weight: 10, example: `Get "https://api.github.com": context deadline exceeded` },
  { ecosystem: "rust", pattern: /thread '[^'\n]+' panicked|error\[E\d{4}\]|\.rs:\d+:\d+|\bcargo\b|Cargo\.toml|RUST_BACKTRACE|\brustc\b|crates\.io/, weight: 12, example: "thread 'main' panicked at 'index out of bounds', src/main.rs:3:5" },
  { ecosystem: "dotnet", pattern: /\bSystem\.[A-Z]\w+(?:\.\w+)*Exception|\.cs:line \d+|\.cs\(\d+,\d+\)|\berror CS\d{4}\b|\bdotnet\b|\bNuGet\b|\.csproj\b/, weight: 12, example: "System.NullReferenceException: Object reference not set to an instance of an object." },
  { ecosystem: "php", pattern: /PHP (?:Fatal|Parse|Warning)|Fatal error: |\.php(?::\d+|\son line \d+)|\bcomposer\b|vendor\/autoload|Illuminate\\|Symfony\\/, weight: 12, example: "PHP Fatal error:  Uncaught Error: Call to undefined function foo() in /var/www/index.php:3" },
  { ecosystem: "ruby", pattern: /\.rb:\d+:in\b|NoMethodError|uninitialized constant|\bgem install\b|\bGemfile\b|\bbundle (?:install|exec)\b|\bBundler\b|\bGem::|nil:NilClass|\.haml:\d+|\.erb:\d+/, weight: 12, example: "app/models/user.rb:12:in `name': undefined method `first' for nil:NilClass (NoMethodError)" },
  { ecosystem: "cpp", pattern: /\.(?:cc|cpp|cxx|hpp|hh)(?::\d+|\.o\b)|Building CXX|\bstd::|\bg\+\+|clang\+\+/, weight: 12, example: "view.cc:12:5: error: 'cout' is not a member of 'std'" },
  { ecosystem: "c", pattern: /\.[ch]:\d+:\d+: (?:fatal )?error|\bgcc\b|error while loading shared libraries|cannot open shared object file|undefined reference to|collect2/, weight: 10, example: "./app: error while loading shared libraries: libfoo.so.1: cannot open shared object file: No such file or directory" },
  { ecosystem: "shell", pattern: /command not found|不是内部或外部命令|is not recognized as an internal or external command|^(?:bash|zsh|sh): /m, weight: 10, example: "bash: node: command not found" },
  { ecosystem: "shell", pattern: /\bgit (?:push|pull|merge|clone|commit|checkout|rebase|fetch|add|remote)\b|^hint: |^CONFLICT \(|^Auto-merging |\bdocker (?:pull|run|build|push|compose|exec|start)\b|^Using default tag/m, weight: 8, example: "CONFLICT (content): Merge conflict in lib.py" },
  { ecosystem: "shell", pattern: /^[\w.-]+@[\w.-]+:[^\n]{0,80}[$#] |^\$ |^[\w-]+\$ /m, weight: 3, example: "$ ls" },
];

export function extractEcosystem(text: string): string | null {
  const totals = new Map<string, number>();
  for (const rule of ecosystemRules) {
    if (rule.pattern.test(text)) totals.set(rule.ecosystem, (totals.get(rule.ecosystem) ?? 0) + rule.weight);
  }
  let best: string | null = null;
  let bestScore = 4;
  for (const [eco, score] of totals) {
    if (score > bestScore) {
      best = eco;
      bestScore = score;
    }
  }
  return best;
}
