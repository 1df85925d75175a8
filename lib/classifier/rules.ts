import type { Category } from "./schema";

/**
 * Signals per category. A signal is a pattern plus a weight that says how specific the evidence
 * is; the classifier keeps the strongest signal per category. The scale encodes taxonomy.md's
 * precedence:
 *   95-100  machine-readable codes and unmistakable provider messages (rule 4: code beats prose)
 *   85-94   specific messages of one failure (innermost causes beat their wrappers)
 *   70-84   exception classes and phrases that usually mean one thing
 *   50-69   generic wrappers and reason phrases (TypeError, Bad Gateway, npm ERR!)
 *   30-49   bare HTTP statuses (rule 1: any API body beats them)
 * To extend: add one entry with a real example; rules.test.ts checks the example lands in the category.
 */

export interface SignalContext {
  status: number | null;
  /** An API error body (JSON/dict with error/message/type/code) is present. */
  hasApiBody: boolean;
  /** An HTML page was pasted (proxy or CDN error page). */
  hasHtml: boolean;
  /** The paste is the output of a package installer. */
  isInstall: boolean;
  /** A program was being started (subprocess, spawn, exec). */
  isSpawn: boolean;
}

export interface SignalRule {
  category: Category;
  weight: number;
  pattern: RegExp;
  example: string;
  when?: (c: SignalContext) => boolean;
}

export interface StatusRule {
  from: number;
  to: number;
  category: Category;
  weight: number;
  example: string;
}

const is5xx = (c: SignalContext) => c.status !== null && c.status >= 500;

export const statusRules: StatusRule[] = [
  { from: 400, to: 400, category: "request.invalid", weight: 30, example: "HTTP 400" },
  { from: 401, to: 401, category: "auth.invalid_credentials", weight: 45, example: "Error code: 401" },
  { from: 402, to: 402, category: "billing.quota_exceeded", weight: 70, example: "status code 402" },
  { from: 403, to: 403, category: "auth.forbidden", weight: 45, example: "status code 403" },
  { from: 404, to: 404, category: "endpoint.not_found", weight: 40, example: "status code 404" },
  { from: 405, to: 405, category: "endpoint.not_found", weight: 50, example: "HTTP 405" },
  { from: 408, to: 408, category: "network.timeout", weight: 60, example: "status code 408" },
  { from: 413, to: 413, category: "request.invalid", weight: 55, example: "status code 413" },
  { from: 415, to: 415, category: "request.invalid", weight: 50, example: "status code 415" },
  { from: 422, to: 422, category: "request.invalid", weight: 45, example: "status code 422" },
  { from: 429, to: 429, category: "rate_limit", weight: 45, example: "Error code: 429" },
  { from: 500, to: 500, category: "upstream.unavailable", weight: 35, example: "Error code: 500" },
  { from: 501, to: 501, category: "endpoint.not_found", weight: 40, example: "status code 501" },
  { from: 502, to: 504, category: "upstream.unavailable", weight: 45, example: "status code 503" },
  { from: 520, to: 528, category: "upstream.unavailable", weight: 45, example: "status code 522" },
  { from: 529, to: 529, category: "upstream.unavailable", weight: 80, example: "Error code: 529" },
  { from: 530, to: 599, category: "upstream.unavailable", weight: 35, example: "status code 530" },
];

const r = (
  category: Category,
  weight: number,
  pattern: RegExp,
  example: string,
  when?: (c: SignalContext) => boolean,
): SignalRule => ({ category, weight, pattern, example, when });

export const signalRules: SignalRule[] = [
  /* ---------------- auth.invalid_credentials ---------------- */
  r("auth.invalid_credentials", 100, /\b(?:invalid_api_key|API_KEY_INVALID|invalid_x_api_key|token_expired|account_not_found|InvalidApiKey|invalid_authentication|UNAUTHENTICATED)\b/, "openai.AuthenticationError: Error code: 401 - {'error': {'code': 'invalid_api_key'}}"),
  r("auth.invalid_credentials", 92, /\bauthentication_error\b/, `{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}`),
  r("auth.invalid_credentials", 95, /Incorrect API key provided|API key not valid|API Key not found|No API key provided|You didn't provide an API key|provide your API key|invalid (?:x-)?api[ _-]?key|Invalid API[- ]?Key|api[ _]?key (?:is )?(?:invalid|incorrect|missing|required|not set|not provided|expired)|Missing API key|Missing credentials\. Please pass|Could not resolve authentication method|Authentication Fails|Invalid Authentication|issue with your API key|invalid subscription key|invalid authentication credentials|Invalid bearer token|Bearer token (?:is )?invalid|Bad credentials|Could not validate credentials|invalid authorization header/i, "Incorrect API key provided: sk-abc***. You can find your API key at https://platform.openai.com/account/api-keys."),
  r("auth.invalid_credentials", 95, /\bapi_key (?:client option )?must be set|OPENAI_API_KEY environment variable|(?:OPENAI|ANTHROPIC|DEEPSEEK|GEMINI|GOOGLE|DASHSCOPE)_API_KEY\b[^\n]{0,40}(?:not set|missing|not found|required|must be)/i, "openai.OpenAIError: The api_key client option must be set either by passing api_key to the client or by setting the OPENAI_API_KEY environment variable"),
  r("auth.invalid_credentials", 90, /\binvalid (?:access |auth |api |bearer )?token\b|token (?:is )?invalid\b|\btoken (?:has )?expired\b|This token has expired|token status is unavailable|Token not provided|not logged in and no access token|invalid access token|New-Api-User header not provided|\bjwt (?:expired|malformed)\b|api key expired|\bkey (?:has been )?revoked\b/i, "ClientError: 401 None. {'error': {'message': 'Invalid Token (request id: 20251231141907730597702a9EzKd3G)', 'type': 'rix_api_error'}}"),
  r("auth.invalid_credentials", 92, /无效的令牌|無效的令牌|令牌无效|无效令牌|未提供令牌|令牌已过期|该令牌已过期|令牌过期|令牌状态不可用|access token 无效|未提供 ?access token|未提供 ?New-Api-User|(?:API ?)?密钥(?:无效|错误|不正确|已过期)|(?:api[ _-]?key|apikey|令牌|密钥)\s*(?:无效|错误|不正确|已过期|已失效)|无效的(?:API ?)?(?:密钥|key)/i, "AuthenticationError: Error code: 401 - {'error': {'message': '无效的令牌 (request id: 20260219100814161456584b503l5fK)', 'type': 'new_api_error'}}"),
  r("auth.invalid_credentials", 70, /\bAuthenticationError\b|\bUnauthenticated\b|身份验证失败|认证失败|鉴权失败|\bnot authenticated\b|\bauthentication (?:failed|required)\b/i, "anthropic.AuthenticationError: Error code: 401"),
  r("auth.invalid_credentials", 55, /\bUnauthorized\b|未授权|未登录/i, "GET /v1/models -> 401 Unauthorized"),
  r("auth.invalid_credentials", 80, /\bUser not found\b/, "401 User not found.", (c) => c.status === 401),

  /* ---------------- auth.forbidden ---------------- */
  r("auth.forbidden", 100, /\b(?:unsupported_country_region_territory|unsupported_country|insufficient_permissions|model_not_allowed|account_deactivated)\b/, "openai.PermissionDeniedError: Error code: 403 - {'error': {'code': 'unsupported_country_region_territory'}}"),
  r("auth.forbidden", 85, /\b(?:request_forbidden|permission_error|PERMISSION_DENIED|PermissionDenied(?:Error)?)\b/, `{"type":"error","error":{"type":"permission_error","message":"Your API key does not have permission to use the specified resource."}}`),
  r("auth.forbidden", 95, /Country, region, or territory not supported|User location is not supported|not (?:available|supported) in your (?:country|region|location)|unsupported (?:country|region)|当前地区不可用|不支持(?:您|你)?(?:所在|当前)的?(?:地区|国家)/i, "User location is not supported for the API use."),
  r("auth.forbidden", 88, /\bIP\b[^\n]{0,40}(?:is not allowed|not authorized|not in (?:the )?(?:white|allow)list|is blocked|has been blocked)|IP not authorized|不在[^\n]{0,12}(?:白名单|允许访问的列表)|只能在指定网段使用|无法解析客户端 ?IP/i, "您的 IP 不在令牌允许访问的列表中"),
  r("auth.forbidden", 90, /用户已被封禁|账[号户]已被(?:封禁|停用|禁用)|User has been banned|account (?:has been |was )?(?:suspended|banned|deactivated|disabled)|organization has been (?:restricted|disabled)|access was terminated|must be a member of an organization/i, "User has been banned"),
  r("auth.forbidden", 88, /无权(?:使用|访问)(?:该)?模型|無權存取模型|无权访问任何模型|has no access to (?:any )?models?\b|not allowed to (?:sample from|access|use)\b|does not have access to (?:the )?model|do(?:es)? not have (?:the required )?permissions?|doesn't have (?:the required )?permissions?|does not have permission|insufficient (?:privileges|permissions?)|权限不足|无权访问[^\n]{0,16}分组|无权访问该分组|No permission to access|分组[^\n]{0,16}(?:已被弃用|已被禁用|不存在)|普通用户不支持指定渠道|API requests are not allowed|is not authorized to perform/i, "该令牌无权使用模型：gpt-4o"),
  r("auth.forbidden", 85, /Forbidden for url|403 Forbidden|\bForbidden\b[^\n]{0,30}\burl\b|Attention Required! \| Cloudflare|Sorry, you have been blocked|cf-chl-|Just a moment\.\.\./i, "403 Client Error: Forbidden for url: https://www.dmxapi.cn/v1/chat/completions"),
  r("auth.forbidden", 60, /\bForbidden\b|\bAccess denied\b|\baccess_denied\b|禁止访问|拒绝访问|无权进行此操作/i, "Access denied: request blocked by policy"),

  /* ---------------- billing.quota_exceeded ---------------- */
  r("billing.quota_exceeded", 100, /\b(?:insufficient_quota|billing_not_active|billing_hard_limit_reached|insufficient_user_quota|pre_consume_token_quota_failed|quota_not_enough|insufficient_balance|account_balance_insufficient|INSUFFICIENT_BALANCE|payment_required|exceeded_current_quota_error|Arrearage)\b/, "openai.RateLimitError: Error code: 429 - {'error': {'type': 'insufficient_quota', 'code': 'insufficient_quota'}}"),
  r("billing.quota_exceeded", 95, /\bbilling_error\b|credit balance is too low|Insufficient (?:account )?balance|balance is (?:insufficient|not enough|too low)|(?:credits?|balance) (?:are |is |have been |has been )?(?:depleted|exhausted|used up)|prepayment credits|out of credits|purchase (?:more )?credits|quota (?:is |has been )?(?:exhausted|not enough|used up)|Token amount has been exhausted|RemainQuota\s*=\s*0|pre-consumed quota failed|token quota is not enough|Insufficient quota|billing hard limit|monthly (?:spend(?:ing)?|usage) limit|spending limit|You have insufficient (?:credits|funds)|Payment Required|\bBilling error\b|account is in good standing|requires more credits|can only afford/i, "Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits."),
  r("billing.quota_exceeded", 96, /余额不足|余额已用尽|账户余额|额度已用尽|额度不足|额度用尽|额度已用完|预扣费额度失败|剩余额度|已欠费|欠费|订阅额度不足|TokenStatusExhausted|充值/, "预扣费额度失败, 用户剩余额度: ＄2.533620, 需要预扣费额度: ＄2.627750"),
  r("billing.quota_exceeded", 88, /exceeded your current quota/i, "You exceeded your current quota, please check your plan and billing details."),
  r("billing.quota_exceeded", 97, /\blimit:\s*0\b|doesn't have a free quota tier|has no free (?:quota )?tier|no free quota tier/i, "Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 0, model: gemini-2.5-pro"),

  /* ---------------- rate_limit ---------------- */
  r("rate_limit", 100, /\b(?:rate_limit_exceeded|rateLimitExceeded|RATE_LIMIT_EXCEEDED|too_many_requests|rate_limit_reached|ThrottlingException|TooManyRequestsException)\b/, "Error code: 429 - {'error': {'code': 'rate_limit_exceeded', 'message': 'Rate limit reached for gpt-4o'}}"),
  r("rate_limit", 95, /\brate_limit_error\b/, `{"type":"error","error":{"type":"rate_limit_error","message":"Number of request tokens has exceeded your per-minute rate limit"}}`),
  r("rate_limit", 90, /rate[ -]?limit(?:ed|ing)?\b|rate limits? (?:reached|exceeded)|exceeded (?:the |your )?(?:token )?rate limit|\bthrottl(?:ed|ing)\b|slow down|too many concurrent|Concurrency limit|concurrent requests? (?:limit|exceeded)|request limit|reached the (?:total )?request limit|pull rate limit/i, "Request was rejected due to rate limiting. Details: TPM limit reached."),
  r("rate_limit", 92, /(?:requests?|tokens?) per (?:min(?:ute)?|day|second|hour)\b|\b(?:RPM|TPM|RPD|TPD|QPS)\b|(?:Requests|Tokens|Input ?Tokens|Output ?Tokens)PerMinute|PerDay\b|per_minute|perMinute|quota_metric|quotaMetric|QuotaFailure|gemini-api\/docs\/rate-limits|Quota exceeded for (?:quota )?metric/i, "Rate limit reached for gpt-4 in organization org-x on tokens per min (TPM): Limit 10000, Used 9000, Requested 2000."),
  r("rate_limit", 88, /请求过于频繁|请求太频繁|频率超限|请求频率|速率达到上限|速率限制|请求数限制|请求次数(?:限制|超限|过多)|限流|并发(?:数|请求)?(?:超限|过高|限制|过多)|调用(?:频率|次数)(?:超限|过高|超过)|访问频率|稍后再试[^\n]{0,8}频繁/, "您已达到请求数限制：1分钟内最多请求60次"),
  r("rate_limit", 80, /Resource (?:has been )?exhausted|\bRESOURCE_EXHAUSTED\b/i, "429 Resource has been exhausted (e.g. check quota)."),
  r("rate_limit", 60, /Too Many Requests|\bRateLimitError\b|\bResourceExhausted\b|Please try again in \d+(?:\.\d+)?m?s\b/i, "Client error '429 Too Many Requests' for url 'https://open.bigmodel.cn/api/paas/v4/chat/completions'"),

  /* ---------------- model.not_found ---------------- */
  r("model.not_found", 100, /\b(?:model_not_found|DeploymentNotFound|model_price_error|model_not_available|ModelNotFound|model_not_supported|invalid_model)\b/, "openai.NotFoundError: Error code: 404 - {'error': {'code': 'model_not_found'}}"),
  r("model.not_found", 95, /The model [`'"]?[^\s`'"]{1,80}[`'"]? does not exist|Model Not Exist|API deployment for this resource does not exist|is not a valid model(?: ID)?|model [`'"][^`'"\n]{1,80}[`'"] not found|try pulling it first|ollama pull|pull the model|No endpoints found for|Unknown model|unknown model name|Invalid model(?: name)?\b|no such model|\bmodels?\b(?:[\s:=/]{1,3}[`'"]?[\w./:@%-]{1,80}[`'"]?)?\s+(?:does not exist|doesn't exist|not exist|(?:was |is )?not found|is not supported|not supported by|has been deprecated|has been decommissioned|is not available|不存在)|\bInvalidEndpointOrModel\b/i, "ollama._types.ResponseError: model 'llama2' not found, try pulling it first"),
  r("model.not_found", 94, /无可用渠道|無可用管道|可用渠道(?:失败|不存在)|no available channel|Failed to get available channel|no channel found|模型[^\n]{0,40}(?:不存在|不支持|未开放|已下线)|(?:倍率|价格)[^\n]{0,8}未配置|价格尚未由管理员配置|price not (?:configured|set)|has not been priced|ratio or price not set|不支持该模型/i, "当前分组 default 下对于模型 gpt-5 无可用渠道"),
  r("model.not_found", 80, /\bnot_found_error\b|"status"\s*:\s*"NOT_FOUND"|The requested resource (?:was|wasn't) (?:not )?found/i, `{"type":"error","error":{"type":"not_found_error","message":"model: claude-3-opus-2024"}}`),

  /* ---------------- request.context_length ---------------- */
  r("request.context_length", 100, /\b(?:context_length_exceeded|context_window_exceeded|string_above_max_length|max_tokens_exceeded)\b/, "Error code: 400 - {'error': {'code': 'context_length_exceeded'}}"),
  r("request.context_length", 95, /maximum context length|context length (?:is |of )?(?:exceeded|too long)|exceeds? (?:the )?(?:model'?s? )?(?:context (?:length|window|limit)|maximum context|token limit|max(?:imum)? (?:input )?tokens?)|prompt is too long|input is too long|too many (?:input )?tokens|reduce the length of the messages|maximum allowed number of output tokens|max_tokens\b[^\n]{0,60}(?:too large|> ?\d|exceed|must be (?:less|at most)|maximum|out of range|range)|max_model_len|(?:exceeds?|exceeded)[^\n]{0,30}context (?:size|length|window)|max_new_tokens`? must be|max_seq_len|\bContextWindowExceededError\b|length limit was reached|input token count[^\n]{0,60}exceeds|prompt (?:length|tokens?)[^\n]{0,40}exceeds?/i, "This model's maximum context length is 4097 tokens. However, you requested 4120 tokens."),
  r("request.context_length", 90, /上下文(?:长度|窗口)?[^\n]{0,10}(?:超出|超过|过长|超限)|超出[^\n]{0,10}(?:上下文|最大长度|token)|超过(?:最大|模型)[^\n]{0,10}(?:长度|token)|(?:输入|提示词|prompt)[^\n]{0,6}(?:过长|太长)|tokens?\s*超限/i, "请求失败：上下文长度超出模型限制"),

  /* ---------------- request.content_filtered ---------------- */
  r("request.content_filtered", 100, /\b(?:ContentPolicyViolationError|content_policy_violation|sensitive_words_detected|ResponsibleAIPolicyViolation|PROHIBITED_CONTENT|data_inspection_failed|content_filter|moderation_blocked|unsafe_content)\b/, `{"error": {"code": "content_policy_violation", "message": "Your request was rejected as a result of our safety system."}}`),
  r("request.content_filtered", 93, /safety system|content (?:management )?polic(?:y|ies)|content filter(?:s|ing)?\b|blocked by (?:our |the )?(?:content|safety)|response was blocked|blocked due to safety|safety settings|\bblockReason\b|finish_?[Rr]eason["']?\s*[:=]\s*["']?SAFETY|HARM_CATEGORY_|Content Exists Risk|sensitive words?(?: detected)?|sensitive content|inappropriate content|prompt was blocked|flagged by (?:the )?moderation|violat(?:es|ed|ing) (?:our|the) (?:usage|content) polic/i, "Your request was rejected as a result of our safety system. Your prompt may contain text that is not allowed by our safety system."),
  r("request.content_filtered", 92, /敏感词|敏感内容|内容安全|违规内容|内容审核|内容违规|不合规|涉及敏感|安全审核/, "请求失败：输入内容包含敏感词，请修改后重试"),

  /* ---------------- request.invalid ---------------- */
  r("request.invalid", 92, /\b(?:invalid_value|invalid_type|missing_required_parameter|unknown_parameter|unsupported_parameter|unsupported_value|invalid_parameter|invalid_text_request|read_request_body_failed|request_too_large|invalid_json|invalid_request_body|InvalidParameter|ValidationException|invalid_image_format|invalid_image)\b/, "Error code: 400 - {'error': {'code': 'unsupported_parameter', 'message': \"Unsupported parameter: 'max_tokens' is not supported with this model.\"}}"),
  r("request.invalid", 90, /Invalid value for|Invalid type for|Unrecognized request argument|[Mm]issing required (?:parameter|field|argument)|is a required property|Additional properties are not allowed|Extra inputs are not permitted|Unsupported parameter|Unsupported value|is not supported with this model|does not support (?:the )?parameters?|unknown (?:field|parameter)|Invalid [Pp]arameters?\b|field [\w.\[\]]+ is required|\bmodel is required|\bmessages(?:\[\d+\]|\.\d+)?(?:\.[\w\[\].]+)?:? (?:must|is required|cannot be empty|at least|roles must|text content blocks must)|Invalid '[\w.\[\]]+'|Request contains an invalid argument|\bField required\b|roles must alternate|must alternate between|must be followed by tool messages|There was an issue with the format or content of your request|request body is malformed|malformed (?:request|JSON body)|Improperly formed request|Failed to deserialize the JSON body|could not parse the JSON body|Invalid JSON (?:body|payload|in request)|request body (?:exceeds|too large|is invalid)|Request exceeds the maximum allowed number of bytes|Request Entity Too Large|Payload Too Large|Invalid channel ID|Model name not specified|Invalid request[:,]|Invalid 'messages|Invalid schema for function|image_url[^\n]{0,40}invalid|Invalid base64/i, "Failed to deserialize the JSON body into the target type: messages[1].role: unknown variant `developer`"),
  r("request.invalid", 90, /无效的请求|无效的渠道 ?Id|未指定模型名称|模型名称不能为空|参数错误|参数无效|参数不合法|请求参数(?:错误|有误|不合法|无效|校验失败)|请求体(?:格式)?错误|缺少(?:必要|必填)?参数/i, "未指定模型名称，模型名称不能为空"),
  r("request.invalid", 93, /fail(?:ed)? to (?:decode|parse|read|unmarshal)|cannot unmarshal|invalid character '[^']{1,4}'|could not (?:decode|parse)|missing [A-Z]{3,} chunk/i, `{"error": {"message": "fail to decode image config(webp): riff: missing RIFF chunk header", "type": "new_api_error"}}`, (c) => c.hasApiBody),
  r("request.invalid", 55, /\bINVALID_ARGUMENT\b|\bBadRequestError\b|\bUnprocessableEntityError\b|\bUnprocessable Entity\b/, `{"error": {"code": 400, "message": "Request contains an invalid argument.", "status": "INVALID_ARGUMENT"}}`),
  r("request.invalid", 45, /\binvalid_request_error\b|\bBad Request\b/i, `{"error": {"message": "Bad request", "type": "invalid_request_error"}}`),

  /* ---------------- endpoint.not_found ---------------- */
  r("endpoint.not_found", 97, /only supported in v1\/|not supported in (?:the )?v1\/|only supported (?:in|by|on|via) (?:the )?(?:v1\/)?responses|does not support this api|not a chat model|Did you mean to use v1\/completions|not supported (?:on|by|for) this (?:route|endpoint|api)|\bapi_not_implemented\b|API not implemented|\bunknown_url\b/i, "This model is only supported in v1/responses and not in v1/chat/completions."),
  r("endpoint.not_found", 92, /Invalid URL \(|404 page not found|Cannot (?:GET|POST|PUT|DELETE|PATCH) \/|The requested URL was not found on (?:this|the) server|<title>404 Not Found<\/title>|No route (?:found )?(?:for|matches)|\broute not found\b|Unknown request URL|\bInvalid endpoint\b|does not end with `?\/v1|\bendpoint not found\b|路由不存在|接口不存在|请求地址错误/i, "Invalid URL (POST /v1/chat/completion)"),
  r("endpoint.not_found", 80, /404[^\n]{0,20}Not Found[^\n]{0,40}\b(?:for )?url\b|Not Found for url|["']?detail["']?\s*:\s*["']Not Found["']|Resource not found|api[- ]version[^\n]{0,40}(?:not supported|invalid|unsupported)|unsupported api[- ]version/i, "Client error '404 Not Found' for url 'http://localhost:11434/api/chat'"),
  r("endpoint.not_found", 50, /\bNotFoundError\b|\bEndpointNotFound\w*/i, "openai.NotFoundError: Error code: 404"),

  /* ---------------- upstream.unavailable ---------------- */
  r("upstream.unavailable", 100, /\b(?:overloaded_error|service_unavailable|do_request_failed|channel:no_available_key|ServiceUnavailable(?:Error)?)\b/, `{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}`),
  r("upstream.unavailable", 95, /上游负载已饱和|负载已饱和|upstream load is saturated|\b(?:is|are|was|currently|temporarily|being|server|engine|API)\s+overloaded\b|["':]\s*Overloaded\b|^Overloaded\b|high demand|服务器繁忙|服务繁忙|系统繁忙|服务器(?:内部)?错误|server is busy|(?:service|server|API|model|engine)[^\n]{0,20}temporarily unavailable|(?:at|over|no) capacity\b|no healthy upstream|empty or malformed response|\b\d{3} Overloaded\b|internal error has occurred/im, "当前分组上游负载已饱和，请稍后再试"),
  // Relay-internal failures that quote other categories' words (invalid token, no channel).
  r("upstream.unavailable", 97, /(?:数据库|database)[^\n]{0,24}(?:请联系管理员|contact (?:the )?administrator)|数据库一致性已被破坏|数据库查询出错|database query error|No available channel keys|no keys available/i, "无效的令牌，数据库查询出错，请联系管理员"),
  r("upstream.unavailable", 93, /该渠道已被禁用|渠道已被禁用|channel has been disabled|Panic detected|rate_limit_check_failed|\bresp is nil\b|bad response status code|Provider API error|empty response from|channel not implemented|请求上游地址失败|令牌验证失败/i, "该渠道已被禁用"),
  r("upstream.unavailable", 90, /The server had an error (?:while )?processing your request|An error occurred while processing your request|unexpected error (?:has )?occurred (?:internal to|on)|upstream (?:error|connect error|request timeout|server error)|上游(?:错误|服务|返回|请求|异常)|5xx-error-landing|cf-error-details|Error code 5\d\d|<title>\s*5\d\d\b|Web server is down|origin (?:server )?(?:is )?unreachable|\bbad_response\b/i, "openai.InternalServerError: Error code: 500 - {'error': {'message': 'The server had an error while processing your request.'}}"),
  r("upstream.unavailable", 93, /JSONDecodeError|Expecting value: line \d+|Unexpected token '?<'?,? [^\n]{0,30}JSON|in JSON at position|is not valid JSON|Unexpected end of JSON input|invalid character '<'/i, "502 Bad Gateway\nrequests.exceptions.JSONDecodeError: Expecting value: line 1 column 1 (char 0)", (c) => c.hasHtml || is5xx(c)),
  r("upstream.unavailable", 75, /\b(?:server_error|api_error|upstream_error|system_error|InternalServerError|APIStatusError)\b|"status"\s*:\s*"(?:INTERNAL|UNAVAILABLE)"/, "anthropic.InternalServerError: Error code: 500 - {'type': 'error', 'error': {'type': 'api_error'}}"),
  r("upstream.unavailable", 60, /Bad Gateway|Service (?:Temporarily )?Unavailable|Gateway Time-?out|Internal Server Error|\bserver error\b/i, "503 Service Unavailable"),

  /* ---------------- network.timeout ---------------- */
  r("network.timeout", 90, /\b(?:ReadTimeout(?:Error)?|ConnectTimeout(?:Error)?|WriteTimeout|PoolTimeout|APITimeoutError|HeadersTimeoutError|BodyTimeoutError|SocketTimeoutException|TimeoutException|ETIMEDOUT|ESOCKETTIMEDOUT|UND_ERR_(?:CONNECT|HEADERS|BODY)_TIMEOUT|DEADLINE_EXCEEDED|DeadlineExceeded|WSAETIMEDOUT|Net::(?:Read|Open)Timeout)\b|context deadline exceeded|Client\.Timeout exceeded|i\/o timeout|Request timed out|Read timed out|Connection timed out|operation timed out|timeout of \d+ms exceeded|timed out after|Timeout was reached|HttpClient\.Timeout|unable to finish processing within the deadline|请求超时|连接超时|响应超时|读取超时|超时|由于连接方在一段时间后没有正确答复|没有反应，连接尝试失败/i, "httpx.ReadTimeout: The read operation timed out"),
  r("network.timeout", 70, /\bTimeoutError\b|\btimed out\b|\btimeout\b/i, "asyncio.exceptions.TimeoutError"),

  /* ---------------- network.connection ---------------- */
  r("network.connection", 88, /\b(?:ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|ECONNABORTED|EPIPE|ConnectionRefusedError|ConnectionResetError|ConnectionAbortedError|NewConnectionError|RemoteDisconnected|ProxyError|ClientConnectorError|ServerDisconnectedError|UND_ERR_SOCKET|NameResolutionError)\b|Connection refused|actively refused|积极拒绝|Connection reset|Broken pipe|getaddrinfo (?:failed|ENOTFOUND|EAI_AGAIN)|Name or service not known|nodename nor servname|Temporary failure in name resolution|Could not resolve host|no such host|Failed to establish a new connection|Remote end closed connection|Connection aborted|Server disconnected|Cannot connect to (?:proxy|host)|Unable to connect to proxy|Network is unreachable|No route to host|net::ERR_(?:CONNECTION|NAME|INTERNET|NETWORK|PROXY|ADDRESS)_\w+|socket hang up|poor internet connection|Unable to connect to API\b|other side closed|error code: 1016|Origin DNS error|连接被拒绝|无法连接|连接失败|网络(?:错误|异常|不可达)|远程主机强迫关闭|无法解析(?:主机|域名)/i, "ConnectionRefusedError: [WinError 10061] 由于目标计算机积极拒绝，无法连接。"),
  r("network.connection", 72, /\bAPIConnectionError\b|Connection error\.|Error communicating with|\bConnectionError\b|\bconnection error\b|Max retries exceeded|\bdial tcp\b|connection closed|\bERR_NETWORK\b/i, "openai.APIConnectionError: Connection error."),
  r("network.connection", 60, /fetch failed|Failed to fetch|Network Error|\bnetwork error\b/i, "TypeError: fetch failed"),

  /* ---------------- network.tls ---------------- */
  r("network.tls", 93, /CERTIFICATE_VERIFY_FAILED|SSLCertVerificationError|SELF_SIGNED_CERT_IN_CHAIN|self[- ]signed certificate|UNABLE_TO_VERIFY_LEAF_SIGNATURE|unable to verify the first certificate|UNABLE_TO_GET_ISSUER_CERT(?:_LOCALLY)?|unable to get local issuer certificate|CERT_HAS_EXPIRED|certificate has expired|DEPTH_ZERO_SELF_SIGNED_CERT|ERR_TLS_CERT_ALTNAME_INVALID|does not match certificate|certificate verify failed|WRONG_VERSION_NUMBER|wrong version number|SSL_ERROR_SYSCALL|handshake failure|TLS handshake|tls: failed to verify|x509: certificate|PKIX path building failed|unable to find valid certification path|SSLHandshakeException|SSL connection could not be established|UNEXPECTED_EOF_WHILE_READING|EOF occurred in violation of protocol|ERR_SSL_PROTOCOL_ERROR|net::ERR_CERT_\w+|SSL certificate problem|certificate is not trusted|证书(?:验证|校验)?(?:失败|错误|过期|无效)/i, "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:992)"),
  r("network.tls", 75, /\bSSLError\b|\bSSL(?:Exception|Error)\b|\bTLS error\b/i, "requests.exceptions.SSLError: HTTPSConnectionPool(host='api.openai.com', port=443)"),

  /* ---------------- network.cors ---------------- */
  r("network.cors", 96, /blocked by CORS policy|No 'Access-Control-Allow-Origin' header|Access-Control-Allow-(?:Origin|Headers|Methods|Credentials)|Cross-Origin Request Blocked|CORS request did not succeed|CORS header|preflight request doesn't pass|跨域请求被(?:阻止|拦截)/i, "Access to fetch at 'https://api.x.com/v1/chat/completions' from origin 'http://localhost:3000' has been blocked by CORS policy"),
  r("network.cors", 40, /\bCORS\b|跨域/, "CORS error"),

  /* ---------------- network.address_in_use ---------------- */
  r("network.address_in_use", 96, /\bEADDRINUSE\b|address already in use|port is already allocated|Only one usage of each socket address|每个套接字地址[^\n]{0,20}只允许使用一次|端口[^\n]{0,10}(?:被占用|已被占用|已占用|占用)|port \d+ is (?:already )?in use|Port \d+ is in use|WSAEADDRINUSE|\[(?:Errno|WinError) (?:98|48|10048)\]|Port \d+ was already in use|Failed to bind to address|BindException: Address already in use/i, "OSError: [Errno 98] Address already in use"),

  /* ---------------- dependency.missing ---------------- */
  r("dependency.missing", 92, /\bModuleNotFoundError\b|No module named|Cannot find module ['"]|\bMODULE_NOT_FOUND\b|ERR_MODULE_NOT_FOUND|Cannot find package ['"]|Module not found: (?:Error: )?Can't resolve|ClassNotFoundException|NoClassDefFoundError|Could not find or load main class|command not found|is not recognized as an internal or external command|不是内部或外部命令|is not recognized as the name of a cmdlet|executable file not found in \$PATH|spawn \S{1,200} ENOENT|error while loading shared libraries|cannot open shared object file|Library not loaded|DLL load failed|Unable to load DLL|Could not load file or assembly|The specified module could not be found|找不到指定的模块|no required module provides package|cannot find package|is not in (?:GOROOT|std)|Class ['"][^'"\n]{1,120}['"] not found|Failed opening required|cannot load such file|Gem::MissingSpecError|can't find crate|No Java runtime present|JAVA_HOME is not set|failed to resolve import/i, "ModuleNotFoundError: No module named 'openai'"),
  r("dependency.missing", 92, /FileNotFoundError|No such file or directory|\bENOENT\b|系统找不到指定的文件|The system cannot find the file specified|\[WinError 2\]/i, "FileNotFoundError: [WinError 2] 系统找不到指定的文件。 (raised from subprocess.Popen)", (c) => c.isSpawn),
  r("dependency.missing", 78, /\bis not installed\b|\bnot installed\b/i, "Error: ffmpeg is not installed"),
  r("dependency.missing", 62, /\bImportError\b|\bLoadError\b/, "ImportError: libGL.so.1: cannot open shared object file"),

  /* ---------------- dependency.install ---------------- */
  r("dependency.install", 93, /\bERESOLVE\b|unable to resolve dependency tree|Could not resolve dependency|conflicting peer dependency|\bETARGET\b|No matching version found for|is not in (?:this|the npm) registry|\bEINTEGRITY\b|ResolutionImpossible|conflicting dependencies|pip's dependency resolver|Failed building wheel for|Could not build wheels for|Failed to build [\w.-]+|subprocess-exited-with-error|legacy-install-failure|metadata-generation-failed|did not run successfully|Microsoft Visual C\+\+ [\d.]+ or greater is required|Python\.h: No such file|unable to execute '?[\w.-]*(?:gcc|g\+\+|clang|cc)'?|error: command '[^'\n]{1,120}' failed|can't find Rust compiler|Rust compiler|gyp ERR!|node-gyp|node-pre-gyp|prebuild-install|Your requirements could not be resolved|Could not resolve dependencies for project|Could not find artifact|Could not resolve all (?:files|dependencies|artifacts)|Could not transfer artifact|Failed to collect dependencies|Non-resolvable parent POM|failed to select a version for|no matching package named|failed to run custom build command|Failed to build gem native extension|Gem::Ext::BuildError|An error occurred while installing|Could not find compatible versions|PackagesNotFoundError|UnsatisfiableError|ResolvePackageNotFound|Unable to locate package|has no installation candidate|Unmet dependencies|held broken packages|ERR_PNPM_\w+|Couldn't find package|checksum mismatch|verifying module|is not a supported wheel on this platform|go: [\w./@-]{1,120}: (?:reading https?:|unknown revision|invalid version)/i, "npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree"),
  r("dependency.install", 78, /Could not find a version that satisfies the requirement|No matching distribution found/i, "ERROR: Could not find a version that satisfies the requirement torch==1.4.0 (from versions: none)"),
  r("dependency.install", 90, /(?:\bgcc|\bg\+\+|\bclang|\bcmake|\bmake|\bcl\.exe|\brustc|\bcargo|\bpkg-config)['"]?:? (?:command )?not found|fatal error: [\w./-]{1,80}\.h: No such file or directory|CMake must be installed|Could NOT find \w+/i, "x86_64-linux-gnu-gcc: command not found\nerror: command 'x86_64-linux-gnu-gcc' failed", (c) => c.isInstall),
  r("dependency.install", 55, /npm ERR!|npm error |\bELIFECYCLE\b|Installation failed|pip install|ERROR: Failed|Failed at the [^\n]{1,80} install script/i, "npm ERR! code ELIFECYCLE"),

  /* ---------------- code.syntax ---------------- */
  r("code.syntax", 90, /\bIndentationError\b|\bTabError\b|invalid syntax|unexpected indent|unindent does not match|expected an indented block|unterminated string literal|EOL while scanning|EOF while (?:scanning|parsing)|was never closed|Missing parentheses in call to|Unexpected identifier|Unexpected end of input|missing \) after argument list|Invalid or unexpected token|Unterminated (?:string|template|regular expression)|Parse error: syntax error|PHP Parse error|syntax error,? unexpected|syntax error: unexpected|expected one of |syntax error near unexpected token|expected ['"‘]?[;:,)\]}]['"’]? (?:before|after|at end)|expected (?:expression|identifier|declaration|unqualified-id)|\berror TS1\d{3}\b|class, interface, enum,? or record expected|reached end of file while parsing|';' expected|illegal start of (?:expression|type)|Unexpected character|unexpected token[^\n]{0,40}(?:expected|in source)|error: expected `|Cannot use import statement outside a module|Unexpected reserved word|Identifier '[^'\n]{1,80}' has already been declared|Unexpected token(?! [^\n]{0,20}in JSON)/i, "IndentationError: unexpected indent"),
  r("code.syntax", 75, /\bSyntaxError\b|\bParseError\b/, "SyntaxError: invalid syntax"),

  /* ---------------- code.null_reference ---------------- */
  r("code.null_reference", 94, /Cannot read propert(?:y|ies) of (?:undefined|null)|Cannot set propert(?:y|ies) of (?:undefined|null)|(?:undefined|null) is not an object|Cannot destructure property|'NoneType' object|NoneType|NullPointerException|nil pointer dereference|invalid memory address or nil pointer|Object reference not set to an instance of an object|NullReferenceException|for nil:NilClass|undefined method [`'][^\n]{1,80} for nil\b|on null\b|Call to a member function \w+\(\) on null|value of type null|Attempt to read property "[^"\n]{1,80}" on null|on a `None` value|Unexpectedly found nil|lateinit property \w+ has not been initialized|UninitializedPropertyAccessException|Cannot invoke "[^"\n]{1,200}" because|is null\b|must not be null|Value cannot be null|ArgumentNullException|null reference|空指针/i, "TypeError: Cannot read properties of undefined (reading 'map')"),

  /* ---------------- code.type ---------------- */
  r("code.type", 88, /unsupported operand type|can only concatenate|must be (?:a )?(?:str|int|real number|string|bytes|number|an? \w+)(?:,| not)|expected str, bytes|object is not (?:callable|iterable|subscriptable)|is not a function|is not a constructor|is not iterable|Argument of type|is not assignable to (?:type|parameter)|\berror TS2(?!304|339|552|307)\d{3}\b|\bTS2322\b|ClassCastException|cannot be cast to|mismatched types|incompatible types|InvalidCastException|Unable to cast object of type|no implicit conversion of|can't be coerced|unhashable type|object of type '[^'\n]{1,60}' has no len|takes \d+ positional arguments? but \d+ (?:were|was) given|missing \d+ required positional arguments?|got an unexpected keyword argument|indices must be integers|invalid operands to binary|incompatible pointer type|cannot convert|error\[E0308\]|expected [\w&<>\[\]' ]{1,40}, found|cannot use [^\n]{1,60} \(\w+ of type [^\n]{1,40}\) as|TypeMismatch|can't multiply sequence|expected string or bytes-like object|a bytes-like object is required/i, "TypeError: can only concatenate str (not \"int\") to str"),
  r("code.type", 55, /\bTypeError\b/, "TypeError: bad operand"),

  /* ---------------- code.name ---------------- */
  r("code.name", 90, /\bNameError\b|name '[^'\n]{1,80}' is not defined|\bReferenceError\b|is not defined\b|cannot find symbol|undefined: \w+|undeclared identifier|was not declared in this scope|is not a member of|no member named|Call to undefined (?:function|method)|undefined local variable or method|uninitialized constant|cannot find (?:value|function|type|macro) `|error\[E04(?:25|12|33|32)\]|unresolved import|Cannot find name|\bTS2304\b|\bTS2339\b|\bTS2552\b|Property '[^'\n]{1,80}' does not exist on type|does not exist in the current context|does not contain a definition for|\bCS0103\b|\bCS1061\b|\bCS0246\b|Unresolved reference|cannot import name|has no attribute|\bAPIRemovedInV1\b|no longer supported in openai>=|Undefined variable|implicit declaration of function|has no member/i, "NameError: name 'traceback' is not defined"),
  r("code.name", 72, /\bAttributeError\b|\bNoMethodError\b|undefined method\b|\bNoSuchMethodError\b|\bNoSuchFieldError\b|\bMissingMethodException\b/, "AttributeError: module 'x' has no attribute 'y'"),

  /* ---------------- code.index_key ---------------- */
  r("code.index_key", 90, /\bKeyError\b|\bIndexError\b|index out of (?:range|bounds)|list index out of range|(?:Array|String)?IndexOutOfBoundsException|ArgumentOutOfRangeException|Index was outside the bounds|IndexOutOfRangeException|KeyNotFoundException|given key was not present|Undefined (?:index|offset|array key)|slice bounds out of range|index \d+ out of bounds|Index \d+ out of bounds for length|NoSuchElementException|out of bounds for (?:axis|length)|key not found|no such key|RangeError: Index out of range/i, "IndexError: list index out of range"),

  /* ---------------- code.value ---------------- */
  r("code.value", 88, /\bAssertionError\b|assert(?:ion)? failed|AssertionFailedError|assertion `[^`\n]{1,80}` failed|invalid literal for int\(\)|could not convert string to (?:float|int)|math domain error|RangeError: Invalid (?:array length|time value|string length|count value)|Invalid time value|NumberFormatException|ZeroDivisionError|division by zero|divide by zero|DivideByZeroException|ArithmeticException|too many values to unpack|not enough values to unpack|Comparison method violates its general contract|shape mismatch|size mismatch|The size of tensor a|shapes cannot be multiplied|Input string was not in a correct format|FormatException|\bDomainError\b/i, "java.lang.IllegalArgumentException: Comparison method violates its general contract!"),
  r("code.value", 70, /\bValueError\b|\bIllegalArgumentException\b|\bIllegalStateException\b|\bArgumentException\b|\bRangeError\b|\bInvalidArgumentException\b|\bUnexpectedValueException\b/, "ValueError: invalid mode 'x'"),

  /* ---------------- data.parse ---------------- */
  r("data.parse", 92, /OutputParserException|JSONDecodeError|json\.decoder|Expecting (?:value|property name|',' delimiter): line \d+|Unexpected token [^\n]{0,20}in JSON|in JSON at position|Unexpected end of JSON input|is not valid JSON|Unexpected non-whitespace character after JSON|invalid character '[^'\n]{1,4}' looking for beginning|cannot unmarshal|JsonParseException|JsonMappingException|MismatchedInputException|Unrecognized token|UnicodeDecodeError|UnicodeEncodeError|codec can't (?:decode|encode)|illegal multibyte sequence|invalid (?:start|continuation) byte|yaml\.(?:scanner|parser|constructor|composer)\.|ScannerError|YAMLException|mapping values are not allowed|could not find expected ':'|found character that cannot start any token|is not JSON serializable|Converting circular structure to JSON|ExpatError|not well-formed|XMLSyntaxError|UnpicklingError|Ran out of input|TomlDecodeError|Error tokenizing data|expected value at line \d+|Malformed JSON|JSON (?:parse|decode) error|JSON\.parse|SerializationException|Failed to parse (?:JSON|YAML|XML|TOML|config)/i, "json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)"),

  /* ---------------- resource.memory ---------------- */
  r("resource.memory", 95, /CUDA out of memory|OutOfMemoryError|out of memory|JavaScript heap|Reached heap limit|Allocation failed|\bMemoryError\b|\bOOMKilled\b|exit code 137|signal: killed|Cannot allocate memory|\bENOMEM\b|std::bad_alloc|\bRecursionError\b|maximum recursion depth exceeded|Maximum call stack size exceeded|StackOverflowError|stack overflow|has overflowed its stack|insufficient memory|not enough memory|requires more system memory|内存不足|显存不足|内存溢出|can't allocate memory|Failed to allocate|Unable to allocate|GC overhead limit exceeded|Java heap space|OutOfMemoryException/i, "torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 20.00 MiB"),
  r("resource.memory", 85, /^Killed\s*$/m, "Killed"),

  /* ---------------- fs.not_found ---------------- */
  r("fs.not_found", 82, /FileNotFoundError|FileNotFoundException|NoSuchFileException|DirectoryNotFoundException|No such file or directory|\bENOENT\b|系统找不到指定的(?:文件|路径)|The system cannot find the (?:file|path) specified|Could not find (?:a part of the path|file)|\[WinError 3\]|\[Errno 2\]|os error 2|文件不存在|找不到文件|没有那个文件或目录|(?:file|directory|path) does not exist|does not exist: ['"]?\/|\bENOTDIR\b|IsADirectoryError|\bEISDIR\b/i, "FileNotFoundError: [Errno 2] No such file or directory: '/path/.clockwork/config.json'"),

  /* ---------------- fs.permission ---------------- */
  r("fs.permission", 92, /PermissionError|\[Errno 13\]|\bEACCES\b|\bEPERM\b|operation not permitted|Access is denied|Access to the path [^\n]{1,200} is denied|UnauthorizedAccessException|拒绝访问。|的访问被拒绝|权限不够|权限被拒绝|Read-only file system|\bEROFS\b|\[WinError (?:5|32)\]|being used by another process|另一个程序正在使用此文件|\bEBUSY\b|java\.nio\.file\.AccessDeniedException|Permission denied/i, "PermissionError: [Errno 13] Permission denied: '/var/log/app.log'"),
  r("fs.permission", 97, /permission denied[^\n]{0,80}docker(?:\.sock| daemon)/i, "Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock"),

  /* ---------------- database ---------------- */
  r("database", 95, /\b(?:sqlite3|psycopg2?|asyncpg|pymysql|MySQLdb|sqlalchemy\.exc|pymongo|redis\.exceptions)\.[\w.]*(?:Error|Exception|errors\.\w+)|\bSQLSTATE\b|\bSQLITE_[A-Z]+\b|database is locked|no such (?:table|column)|relation "[^"\n]{1,80}" does not exist|Relation »|column "[^"\n]{1,80}" does not exist|duplicate key value violates|violates (?:foreign key|not-null|unique|check) constraint|UNIQUE constraint failed|FOREIGN KEY constraint failed|NOT NULL constraint failed|\bER_[A-Z_]{4,}\b|Access denied for user '|Can't connect to (?:MySQL|local MySQL) server|Unknown database|Table '[^'\n]{1,80}' doesn't exist|Unknown column|error in your SQL syntax|Duplicate entry|Deadlock found|Lock wait timeout exceeded|\bMongo(?:Server|Network|ServerSelection|Parse)?Error\b|\bMongoose\w*Error\b|E11000 duplicate key|\bORA-\d{5}\b|PSQLException|SQLException|SqlException|MySqlException|PDOException|could not connect to server|connection to server at [^\n]{1,120} failed|password authentication failed for user|role "[^"\n]{1,80}" does not exist|database "[^"\n]{1,80}" does not exist|too many connections|\bUndefined(?:Table|Column)\b|\bUniqueViolation\b|\bForeignKeyViolation\b|PrismaClient\w*Error|Can't reach database server|Sequelize\w*Error|QueryFailedError|(?:ECONNREFUSED|Connection refused|connect)[^\n]{0,40}:(?:5432|3306|27017|6379|1433|1521)\b|\bOperationalError\b|\bProgrammingError\b|\bIntegrityError\b|\bDatabaseError\b|数据库连接失败|cannot start a transaction within a transaction/i, "sqlite3.OperationalError: database is locked"),

  /* ---------------- tool.git ---------------- */
  r("tool.git", 96, /Permission denied \(publickey\)|not a git repository|\[rejected\]|non-fast-forward|failed to push some refs|Updates were rejected|CONFLICT \(|Merge conflict in|Automatic merge failed|refusing to merge unrelated histories|Your local changes to the following files would be overwritten|Please commit your changes or stash them|remote origin already exists|fatal: repository '[^'\n]{1,200}' not found|Permission to [^\n]{1,120} denied to|The requested URL returned error: 403|fatal: Authentication failed for|src refspec [^\n]{1,80} does not match any|error: pathspec|Host key verification failed|Could not read from remote repository|has no upstream branch|cannot lock ref|remote rejected|pre-receive hook declined|\bGH00\d\b|Large files detected|unmerged files|You have not concluded your merge|fatal: ambiguous argument|fatal: invalid reference|Another git process seems to be running|index\.lock|Please tell me who you are|fatal: bad object|fatal: destination path [^\n]{1,200} already exists|Support for password authentication was removed|RPC failed/i, "! [rejected] main -> main (fetch first)\nerror: failed to push some refs to 'https://github.com/x/y.git'"),
  r("tool.git", 60, /^fatal: /m, "fatal: unable to read tree"),

  /* ---------------- tool.container ---------------- */
  r("tool.container", 93, /(?:Cannot|Can't|Couldn't|Could not|Unable to) connect to (?:the )?Docker daemon|Is the docker daemon running|docker daemon is not running|error during connect:[^\n]{0,80}docker|CrashLoopBackOff|ImagePullBackOff|ErrImagePull|manifest unknown|manifest for [^\s]{1,200} not found|no matching manifest for|pull access denied|repository does not exist or may require 'docker login'|denied: requested access to the resource is denied|No such container|No such image|is already in use by container|Back-off (?:restarting|pulling)|FailedScheduling|FailedMount|Evicted|was refused - did you specify the right host or port|You must be logged in to the server|Unable to connect to the server|no matches for kind|error validating data|Error syncing pod|nodes are available|Kubernetes cluster unreachable/i, "Error response from daemon: manifest for ivangabriele/dockfish:latest not found: manifest unknown: manifest unknown"),
  r("tool.container", 75, /OCI runtime (?:create|exec) failed|failed to create shim|failed to solve|failed to compute cache key|executor failed running/i, "ERROR: failed to solve: process \"/bin/sh -c make\" did not complete successfully: exit code: 2"),
  r("tool.container", 60, /Error response from daemon|docker: Error|\bkubectl\b|\bdocker-compose\b/i, "Error response from daemon: conflict"),

  /* ---------------- build.compile ---------------- */
  r("build.compile", 90, /undefined reference to|ld returned \d+ exit status|collect2: error|linker command failed|symbol\(s\) not found|Undefined symbols for architecture|\bLNK\d{4}\b|unresolved external symbol|error\[E0(?:382|499|502|505|506|597|716|373|384)\]|cannot borrow|borrow of moved value|use of moved value|does not live long enough|invalid (?:target|source) release|release version \d+ not supported|\bmaven-compiler-plugin\b|fatal error C1083|error: linking with `[^`\n]{1,40}` failed|imported and not used|declared and not used|fatal error: [\w./-]{1,80}\.h: No such file or directory/i, "undefined reference to `pthread_create'\ncollect2: error: ld returned 1 exit status"),
  r("build.compile", 75, /COMPILATION ERROR|Compilation failed|error: could not compile|Execution failed for task ':[\w:]*compile|\berror CS\d{4}\b|\berror C\d{4}\b/i, "Execution failed for task ':app:compileDebugJavaWithJavac'."),
  r("build.compile", 65, /Module build failed|Failed to compile|Build failed|BUILD FAILED|error\[E\d{4}\]|error: aborting due to|make(?:\[\d+\])?: \*\*\*|ninja: build stopped|CMake Error|recipe for target|\berror TS\d{4}\b|\[ERROR\] Failed to execute goal|Command failed with exit code|compilation terminated/i, "make: *** [Makefile:83: all] Error 2"),

  /* ---------------- unknown (named so weak signals do not grab them) ---------------- */
  r("unknown", 82, /Illegal instruction|Segmentation fault|\bSIGSEGV\b|\bSIGILL\b|core dumped|UnsupportedClassVersionError|compiled by a more recent version of the Java Runtime|no kernel image is available|exec format error|wrong ELF class|CUDA error: (?:device-side assert|an illegal memory access|invalid device function|unspecified launch failure)/i, "Illegal instruction (core dumped)"),
];
