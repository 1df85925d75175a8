import { describe, expect, it } from "vitest";
import { classifyError } from "./index";
import { classificationSchema, type Category, type Classification } from "./schema";

/**
 * Realistic pastes per category, written from the message families people meet (not taken from
 * the dev corpus): LLM APIs and relays in both languages, runtimes, package managers, tools.
 */
interface Case {
  category: Category;
  text: string;
  expect?: Partial<Classification>;
}

const cases: Case[] = [
  // auth.invalid_credentials
  { category: "auth.invalid_credentials", text: "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-********************abcd. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}", expect: { httpStatus: 401, errorType: "invalid_api_key", provider: "openai", exception: "AuthenticationError", lang: "en" } },
  { category: "auth.invalid_credentials", text: "anthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}, 'request_id': 'req_011CSHo4ZnL3mQ2PJ4mJkPPs'}", expect: { requestId: "req_011CSHo4ZnL3mQ2PJ4mJkPPs", provider: "anthropic", errorType: "authentication_error" } },
  { category: "auth.invalid_credentials", text: `{"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID","domain":"googleapis.com"}]}}`, expect: { errorType: "API_KEY_INVALID", provider: "gemini" } },
  { category: "auth.invalid_credentials", text: `Error: 401 {"error":{"message":"Authentication Fails, Your api key: ****abcd is invalid","type":"authentication_error","param":null,"code":"invalid_request_error"}}`, expect: { httpStatus: 401 } },
  { category: "auth.invalid_credentials", text: "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource." },
  { category: "auth.invalid_credentials", text: `{"error":{"message":"该令牌已过期 (request id: 2024052312345678901234567abcdEFG)","type":"new_api_error"}}`, expect: { lang: "zh", provider: "new-api", requestId: "2024052312345678901234567abcdEFG", errorType: "new_api_error" } },
  { category: "auth.invalid_credentials", text: "openai.OpenAIError: The api_key client option must be set either by passing api_key to the client or by setting the OPENAI_API_KEY environment variable" },
  { category: "auth.invalid_credentials", text: "requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.openai.com/v1/chat/completions", expect: { httpStatus: 401, host: "api.openai.com", provider: "openai" } },
  { category: "auth.invalid_credentials", text: 'Error: Could not resolve authentication method. Expected either apiKey or authToken to be set. Or for one of the "X-Api-Key" or "Authorization" headers to be explicitly omitted' },
  { category: "auth.invalid_credentials", text: "身份验证失败，API Key 无效，请检查后重试", expect: { lang: "zh" } },
  { category: "auth.invalid_credentials", text: "AxiosError: Request failed with status code 401", expect: { httpStatus: 401, exception: "AxiosError" } },
  { category: "auth.invalid_credentials", text: `{"error":{"message":"无效的令牌 (request id: 20250101120000123456789AbCdEfGh)","type":"shell_api_error"}}`, expect: { provider: "shell-api", lang: "zh" } },
  { category: "auth.invalid_credentials", text: `{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest","status":"401"}` },
  { category: "auth.invalid_credentials", text: "Error: 401 status code (no body)", expect: { httpStatus: 401 } },

  // auth.forbidden
  { category: "auth.forbidden", text: "Error code: 403 - {'error': {'message': 'You are not allowed to sample from this model', 'type': 'invalid_request_error', 'param': None, 'code': None}}", expect: { httpStatus: 403 } },
  { category: "auth.forbidden", text: `{"error":{"message":"该令牌无权访问模型 gpt-4o (request id: 20250607080910111213141AbCdEfGh)","type":"new_api_error"}}`, expect: { lang: "zh" } },
  { category: "auth.forbidden", text: "anthropic.PermissionDeniedError: Error code: 403 - {'type': 'error', 'error': {'type': 'permission_error', 'message': 'Your API key does not have permission to use the specified resource.'}}" },
  { category: "auth.forbidden", text: "<!DOCTYPE html>\n<html><head><title>Attention Required! | Cloudflare</title></head><body><h1>Sorry, you have been blocked</h1><p>You are unable to access api.example.com</p></body></html>" },
  { category: "auth.forbidden", text: "botocore.exceptions.ClientError: An error occurred (AccessDeniedException) when calling the InvokeModel operation: User: arn:aws:iam::123456789012:user/dev is not authorized to perform: bedrock:InvokeModel on resource: arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-v2" },
  { category: "auth.forbidden", text: `{"error":{"message":"您的 IP 不在令牌允许访问的列表中","type":"new_api_error","code":"access_denied"}}`, expect: { lang: "zh" } },
  { category: "auth.forbidden", text: "HTTPError: 403 Client Error: Forbidden for url: https://huggingface.co/api/models/meta-llama/Llama-2-7b-hf/revision/main", expect: { httpStatus: 403, host: "huggingface.co" } },
  { category: "auth.forbidden", text: "AxiosError: Request failed with status code 403" },
  { category: "auth.forbidden", text: `{"error":{"message":"用户已被封禁","type":"new_api_error"}}` },

  // billing.quota_exceeded
  { category: "billing.quota_exceeded", text: "Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.'}}" },
  { category: "billing.quota_exceeded", text: "openai.APIStatusError: Error code: 402 - {'error': {'message': 'Insufficient Balance', 'type': 'unknown_error', 'param': None, 'code': 'invalid_request_error'}}", expect: { httpStatus: 402 } },
  { category: "billing.quota_exceeded", text: `{"error":{"message":"用户额度不足, 剩余额度: ＄0.012345 (request id: 20250301101112131415161AbCdEfGh)","type":"new_api_error","code":"insufficient_user_quota"}}`, expect: { lang: "zh", errorType: "new_api_error" } },
  { category: "billing.quota_exceeded", text: `{"error":{"message":"This request requires more credits, or fewer max_tokens. You requested up to 4096 tokens, but can only afford 1234. To increase, visit https://openrouter.ai/settings/credits and upgrade to a paid account","code":402}}`, expect: { httpStatus: 402, provider: "openrouter" } },
  { category: "billing.quota_exceeded", text: "google.api_core.exceptions.ResourceExhausted: 429 You exceeded your current quota. Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 0, model: gemini-2.5-pro" },
  { category: "billing.quota_exceeded", text: "Error code: 403 - {'error': {'message': 'Your account is not active, please check your billing details on our website.', 'type': 'billing_not_active', 'param': None, 'code': 'billing_not_active'}}" },
  { category: "billing.quota_exceeded", text: `{"error":{"code":"1113","message":"您的账户已欠费，请充值后重试。"}}`, expect: { lang: "zh" } },
  { category: "billing.quota_exceeded", text: `{"code":30001,"message":"Sorry, your account balance is insufficient","data":null}` },
  { category: "billing.quota_exceeded", text: `{"error":{"message":"Your account org-abc is suspended, please check your plan and billing details","type":"exceeded_current_quota_error"}}` },
  { category: "billing.quota_exceeded", text: "[sk-abc***xyz] 该令牌额度已用尽 !token.UnlimitedQuota && token.RemainQuota = 0 (request id: 20250808101010101010101AbCdEfGh)", expect: { lang: "zh" } },

  // rate_limit
  { category: "rate_limit", text: "openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4 in organization org-abc on tokens per min (TPM): Limit 10000, Used 9500, Requested 1200. Please try again in 4.2s. Visit https://platform.openai.com/account/rate-limits to learn more.', 'type': 'tokens', 'param': None, 'code': 'rate_limit_exceeded'}}", expect: { errorType: "rate_limit_exceeded", httpStatus: 429 } },
  { category: "rate_limit", text: "anthropic.RateLimitError: Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': 'This request would exceed the rate limit for your organization (abc) of 40,000 input tokens per minute.'}}", expect: { errorType: "rate_limit_error", provider: "anthropic" } },
  { category: "rate_limit", text: "google.api_core.exceptions.ResourceExhausted: 429 Quota exceeded for quota metric 'Generate Content API requests per minute' and limit 'GenerateContent request limit per minute for a region' of service 'generativelanguage.googleapis.com'" },
  { category: "rate_limit", text: `{"error":{"message":"您已达到请求数限制：1分钟内最多请求60次","type":"new_api_error"}}`, expect: { lang: "zh" } },
  { category: "rate_limit", text: "429 Too Many Requests", expect: { httpStatus: 429 } },
  { category: "rate_limit", text: "Error: 429 请求过于频繁，请稍后再试", expect: { lang: "zh", httpStatus: 429 } },
  { category: "rate_limit", text: "Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2023-07-01-preview have exceeded call rate limit of your current OpenAI S0 pricing tier. Please retry after 2 seconds.", expect: { provider: "azure" } },
  { category: "rate_limit", text: `HTTP 429: {"error":{"code":"1302","message":"您当前使用该API的并发数过高，请降低并发，或联系客服增加限额。"}}`, expect: { lang: "zh" } },
  { category: "rate_limit", text: "Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit" },
  { category: "rate_limit", text: `{"message":"API rate limit exceeded for 203.0.113.9. (But here's the good news: Authenticated requests get a higher rate limit.)"}` },

  // model.not_found
  { category: "model.not_found", text: "openai.NotFoundError: Error code: 404 - {'error': {'message': 'The model `gpt-5-turbo` does not exist or you do not have access to it.', 'type': 'invalid_request_error', 'param': None, 'code': 'model_not_found'}}", expect: { errorType: "model_not_found" } },
  { category: "model.not_found", text: "anthropic.NotFoundError: Error code: 404 - {'type': 'error', 'error': {'type': 'not_found_error', 'message': 'model: claude-3-5-sonnet-2024'}}" },
  { category: "model.not_found", text: "404 models/gemini-pro is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.", expect: { provider: "gemini" } },
  { category: "model.not_found", text: "openai.NotFoundError: Error code: 404 - {'error': {'code': 'DeploymentNotFound', 'message': 'The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.'}}" },
  { category: "model.not_found", text: 'Error: model "llama3:70b" not found, try pulling it first' },
  { category: "model.not_found", text: `{"error":{"message":"No available channel for model claude-3-opus under group vip (distributor)","type":"new_api_error","code":"model_not_found"}}` },
  { category: "model.not_found", text: `{"error":{"message":"meta-llama/llama-3-70b is not a valid model ID","code":400}}` },
  { category: "model.not_found", text: `{"code":20012,"message":"Model does not exist. Please check it carefully.","data":null}` },
  { category: "model.not_found", text: "openai.BadRequestError: Error code: 400 - {'error': {'message': 'Invalid model: gpt-4-vision', 'type': 'invalid_request_error'}}" },
  { category: "model.not_found", text: "请求失败：模型 gpt-4-32k 不存在，请检查模型名称", expect: { lang: "zh" } },
  { category: "model.not_found", text: "openai.error.InvalidRequestError: The model: `gpt-4` does not exist" },

  // request.context_length
  { category: "request.context_length", text: "openai.BadRequestError: Error code: 400 - {'error': {'message': \"This model's maximum context length is 8192 tokens. However, your messages resulted in 9103 tokens. Please reduce the length of the messages.\", 'type': 'invalid_request_error', 'param': 'messages', 'code': 'context_length_exceeded'}}", expect: { errorType: "context_length_exceeded" } },
  { category: "request.context_length", text: "anthropic.BadRequestError: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'prompt is too long: 215000 tokens > 200000 maximum'}}" },
  { category: "request.context_length", text: "400 The input token count (1200000) exceeds the maximum number of tokens allowed (1048576)." },
  { category: "request.context_length", text: "Error code: 400 - {'error': {'message': 'max_tokens is too large: 10000. This model supports at most 4096 completion tokens, whereas you provided 10000.', 'type': 'invalid_request_error', 'param': 'max_tokens', 'code': None}}" },
  { category: "request.context_length", text: "请求失败：输入的 token 数超过模型最大长度限制", expect: { lang: "zh" } },
  { category: "request.context_length", text: `{"error":"the request exceeds the available context size, try increasing it"}` },
  { category: "request.context_length", text: "Input validation error: `inputs` tokens + `max_new_tokens` must be <= 4096. Given: 4000 `inputs` tokens and 200 `max_new_tokens`" },
  { category: "request.context_length", text: "litellm.ContextWindowExceededError: litellm.BadRequestError: ContextWindowExceededError: OpenAIException - Error code: 400" },

  // request.content_filtered
  { category: "request.content_filtered", text: "openai.BadRequestError: Error code: 400 - {'error': {'message': \"The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify your prompt and retry.\", 'type': None, 'param': 'prompt', 'code': 'content_filter', 'status': 400}}", expect: { errorType: "content_filter" } },
  { category: "request.content_filtered", text: "google.generativeai.types.generation_types.StopCandidateException: finish_reason: SAFETY\nsafety_ratings {\n  category: HARM_CATEGORY_SEXUALLY_EXPLICIT\n  probability: HIGH\n}" },
  { category: "request.content_filtered", text: "输入内容包含敏感词，请修改后重试", expect: { lang: "zh" } },
  { category: "request.content_filtered", text: `{"error":{"code":"data_inspection_failed","message":"Input data may contain inappropriate content.","type":"data_inspection_failed"}}` },
  { category: "request.content_filtered", text: `{"error":{"message":"The request was rejected because it was considered high risk","type":"content_filter"}}` },
  { category: "request.content_filtered", text: "ValidationException: Output blocked by content filtering policy" },

  // request.invalid
  { category: "request.invalid", text: "openai.BadRequestError: Error code: 400 - {'error': {'message': \"Invalid 'temperature': decimal above maximum value. Expected a value <= 2, but got 3 instead.\", 'type': 'invalid_request_error', 'param': 'temperature', 'code': 'decimal_above_max_value'}}" },
  { category: "request.invalid", text: "Error code: 400 - {'error': {'message': \"Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.\", 'type': 'invalid_request_error', 'param': 'max_tokens', 'code': 'unsupported_parameter'}}", expect: { errorType: "unsupported_parameter" } },
  { category: "request.invalid", text: "openai.BadRequestError: Error code: 400 - {'error': {'message': \"Missing required parameter: 'messages[1].content[0].type'.\", 'type': 'invalid_request_error', 'param': 'messages[1].content[0].type', 'code': 'missing_required_parameter'}}" },
  { category: "request.invalid", text: "anthropic.BadRequestError: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'messages: roles must alternate between \"user\" and \"assistant\", but found multiple \"user\" roles in a row'}}" },
  { category: "request.invalid", text: `{"error":{"message":"Invalid request: json: cannot unmarshal number into Go struct field Message.messages.content of type string","type":"new_api_error"}}` },
  { category: "request.invalid", text: "google.api_core.exceptions.InvalidArgument: 400 Request contains an invalid argument." },
  { category: "request.invalid", text: "openai.BadRequestError: Error code: 400 - {'error': {'message': \"An assistant message with 'tool_calls' must be followed by tool messages responding to each 'tool_call_id'.\", 'type': 'invalid_request_error'}}" },
  { category: "request.invalid", text: "InvalidRequestError: Unrecognized request argument supplied: functions" },
  { category: "request.invalid", text: `{"detail":[{"type":"missing","loc":["body","messages"],"msg":"Field required","input":{}}]}` },
  { category: "request.invalid", text: "请求参数错误：temperature 取值范围为 0 到 2", expect: { lang: "zh" } },

  // endpoint.not_found
  { category: "endpoint.not_found", text: "openai.NotFoundError: Error code: 404 - {'error': {'message': 'Invalid URL (POST /v1/chat/completion)', 'type': 'invalid_request_error', 'param': None, 'code': None}}", expect: { httpStatus: 404 } },
  { category: "endpoint.not_found", text: "404 page not found" },
  { category: "endpoint.not_found", text: "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Error</title></head><body><pre>Cannot POST /api/v1/chat/completions</pre></body></html>" },
  { category: "endpoint.not_found", text: "openai.NotFoundError: Error code: 404 - {'detail': 'Not Found'}" },
  { category: "endpoint.not_found", text: "requests.exceptions.HTTPError: 404 Client Error: Not Found for url: https://api.deepseek.com/v1/chat/completions/", expect: { provider: "deepseek", host: "api.deepseek.com" } },
  { category: "endpoint.not_found", text: "openai.NotFoundError: Error code: 404 - {'error': {'code': '404', 'message': 'Resource not found'}}" },
  { category: "endpoint.not_found", text: "This is a chat model and not supported in the v1/completions endpoint. Did you mean to use v1/chat/completions?" },
  { category: "endpoint.not_found", text: "<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>" },

  // upstream.unavailable
  { category: "upstream.unavailable", text: "anthropic.InternalServerError: Error code: 529 - {'type': 'error', 'error': {'type': 'overloaded_error', 'message': 'Overloaded'}}", expect: { httpStatus: 529, errorType: "overloaded_error" } },
  { category: "upstream.unavailable", text: "openai.InternalServerError: Error code: 503 - {'error': {'message': 'The server is overloaded or not ready yet.', 'type': 'server_error', 'param': None, 'code': None}}" },
  { category: "upstream.unavailable", text: "Error code: 502 - <html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>", expect: { httpStatus: 502 } },
  { category: "upstream.unavailable", text: `{"error":{"message":"bad response status code 500 (request id: 20240909090909090909090AbCdEfGh)","type":"upstream_error","param":"500","code":"bad_response_status_code"}}`, expect: { errorType: "upstream_error" } },
  { category: "upstream.unavailable", text: "google.genai.errors.ServerError: 503 UNAVAILABLE. {'error': {'code': 503, 'message': 'The model is overloaded. Please try again later.', 'status': 'UNAVAILABLE'}}", expect: { httpStatus: 503 } },
  { category: "upstream.unavailable", text: "服务器繁忙，请稍后重试", expect: { lang: "zh" } },
  { category: "upstream.unavailable", text: "<html><head><title>504 Gateway Time-out</title></head><body><center><h1>504 Gateway Time-out</h1></center></body></html>\nrequests.exceptions.JSONDecodeError: Expecting value: line 1 column 1 (char 0)" },
  { category: "upstream.unavailable", text: "upstream connect error or disconnect/reset before headers. reset reason: connection failure" },
  { category: "upstream.unavailable", text: "500 An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting" },
  { category: "upstream.unavailable", text: "openai.error.ServiceUnavailableError: The server is overloaded or not ready yet." },

  // network.timeout
  { category: "network.timeout", text: "openai.APITimeoutError: Request timed out." },
  { category: "network.timeout", text: "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.openai.com', port=443): Read timed out. (read timeout=600)", expect: { host: "api.openai.com" } },
  { category: "network.timeout", text: "Error: connect ETIMEDOUT 104.18.7.192:443\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)", expect: { ecosystem: "node" } },
  { category: "network.timeout", text: "AxiosError: timeout of 60000ms exceeded" },
  { category: "network.timeout", text: 'Exception in thread "main" java.net.SocketTimeoutException: Read timed out\n\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:546)', expect: { ecosystem: "java", exception: "SocketTimeoutException" } },
  { category: "network.timeout", text: "Error response from daemon: Get \"https://registry-1.docker.io/v2/\": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)" },
  { category: "network.timeout", text: "请求超时，请检查网络连接后重试", expect: { lang: "zh" } },
  { category: "network.timeout", text: "curl: (28) Operation timed out after 30001 milliseconds with 0 bytes received" },
  { category: "network.timeout", text: "System.Threading.Tasks.TaskCanceledException: The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing." },

  // network.connection
  { category: "network.connection", text: "openai.APIConnectionError: Connection error.", expect: { provider: "openai" } },
  { category: "network.connection", text: "httpx.ConnectError: [Errno 111] Connection refused" },
  { category: "network.connection", text: "Error: connect ECONNREFUSED 127.0.0.1:11434", expect: { provider: "ollama" } },
  { category: "network.connection", text: "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.openai.com', port=443): Max retries exceeded with url: /v1/models (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f3b2c>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution'))", expect: { exception: "NewConnectionError" } },
  { category: "network.connection", text: "requests.exceptions.ProxyError: HTTPSConnectionPool(host='api.openai.com', port=443): Max retries exceeded with url: /v1/chat/completions (Caused by ProxyError('Unable to connect to proxy', OSError('Tunnel connection failed: 407 Proxy Authentication Required')))" },
  { category: "network.connection", text: "Error: socket hang up\n    at connResetException (node:internal/errors:720:14)" },
  { category: "network.connection", text: "TypeError: fetch failed\n    at node:internal/deps/undici/undici:13392:13 {\n  [cause]: Error: getaddrinfo ENOTFOUND api.anthropic.com\n      at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26) {\n    errno: -3008,\n    code: 'ENOTFOUND',\n    syscall: 'getaddrinfo',\n    hostname: 'api.anthropic.com'\n  }\n}" },
  { category: "network.connection", text: "ConnectionResetError: [WinError 10054] 远程主机强迫关闭了一个现有的连接。", expect: { lang: "zh" } },
  { category: "network.connection", text: "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Connection refused" },
  { category: "network.connection", text: "aiohttp.client_exceptions.ClientConnectorError: Cannot connect to host api.openai.com:443 ssl:default [Connection reset by peer]" },
  { category: "network.connection", text: "dial tcp: lookup api.openai.com on 127.0.0.53:53: no such host" },

  // network.tls
  { category: "network.tls", text: "requests.exceptions.SSLError: HTTPSConnectionPool(host='api.openai.com', port=443): Max retries exceeded with url: /v1/chat/completions (Caused by SSLError(SSLEOFError(8, 'EOF occurred in violation of protocol (_ssl.c:1007)')))" },
  { category: "network.tls", text: "Error: self signed certificate in certificate chain\n    at TLSSocket.onConnectSecure (node:_tls_wrap:1540:34) {\n  code: 'SELF_SIGNED_CERT_IN_CHAIN'\n}" },
  { category: "network.tls", text: "javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target" },
  { category: "network.tls", text: 'Get "https://proxy.golang.org/github.com/x/y/@v/list": x509: certificate signed by unknown authority' },
  { category: "network.tls", text: "ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1129)" },
  { category: "network.tls", text: "fatal: unable to access 'https://github.com/x/y.git/': SSL certificate problem: self signed certificate in certificate chain" },
  { category: "network.tls", text: "pip._vendor.urllib3.exceptions.SSLError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1129)\nERROR: Could not find a version that satisfies the requirement flask (from versions: none)" },

  // network.cors
  { category: "network.cors", text: "Access to XMLHttpRequest at 'http://localhost:8000/api' from origin 'http://localhost:3000' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.", expect: { ecosystem: "browser" } },
  { category: "network.cors", text: "Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at https://api.example.com/v1. (Reason: CORS header 'Access-Control-Allow-Origin' missing). Status code: 403." },
  { category: "network.cors", text: "Request header field authorization is not allowed by Access-Control-Allow-Headers in preflight response." },
  { category: "network.cors", text: "跨域请求被阻止：No 'Access-Control-Allow-Origin' header is present on the requested resource" },

  // network.address_in_use
  { category: "network.address_in_use", text: "Error: listen EADDRINUSE: address already in use :::3000\n    at Server.setupListenHandle [as _listen2] (node:net:1817:16)", expect: { ecosystem: "node" } },
  { category: "network.address_in_use", text: "OSError: [Errno 48] Address already in use" },
  { category: "network.address_in_use", text: "docker: Error response from daemon: driver failed programming external connectivity on endpoint web (3f2a): Bind for 0.0.0.0:80 failed: port is already allocated." },
  { category: "network.address_in_use", text: "***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\nWeb server failed to start. Port 8080 was already in use." },
  { category: "network.address_in_use", text: "ERROR:    [Errno 10048] error while attempting to bind on address ('0.0.0.0', 8000): 通常每个套接字地址(协议/网络地址/端口)只允许使用一次。", expect: { lang: "zh" } },
  { category: "network.address_in_use", text: "java.net.BindException: Address already in use: bind" },

  // dependency.missing
  { category: "dependency.missing", text: "Traceback (most recent call last):\n  File \"app.py\", line 1, in <module>\n    import torch\nModuleNotFoundError: No module named 'torch'", expect: { ecosystem: "python", exception: "ModuleNotFoundError" } },
  { category: "dependency.missing", text: "node:internal/modules/cjs/loader:1080\n  throw err;\n  ^\n\nError: Cannot find module 'express'\nRequire stack:\n- /app/index.js", expect: { ecosystem: "node" } },
  { category: "dependency.missing", text: 'Exception in thread "main" java.lang.NoClassDefFoundError: org/apache/commons/logging/LogFactory', expect: { exception: "NoClassDefFoundError" } },
  { category: "dependency.missing", text: "bash: docker-compose: command not found" },
  { category: "dependency.missing", text: "'npm' is not recognized as an internal or external command,\noperable program or batch file." },
  { category: "dependency.missing", text: "ImportError: libGL.so.1: cannot open shared object file: No such file or directory" },
  { category: "dependency.missing", text: "Error: spawn python ENOENT\n    at ChildProcess._handle.onexit (node:internal/child_process:284:19)" },
  { category: "dependency.missing", text: 'PHP Fatal error:  Uncaught Error: Class "Monolog\\Logger" not found in /var/www/app.php:5', expect: { ecosystem: "php" } },
  { category: "dependency.missing", text: "/usr/lib/ruby/3.0.0/rubygems/core_ext/kernel_require.rb:85:in `require': cannot load such file -- nokogiri (LoadError)" },
  { category: "dependency.missing", text: 'OSError: [WinError 126] 找不到指定的模块。 Error loading "C:\\Python39\\lib\\site-packages\\torch\\lib\\c10.dll" or one of its dependencies.', expect: { lang: "zh" } },
  { category: "dependency.missing", text: "Traceback (most recent call last):\n  File \"transcribe.py\", line 9, in <module>\n    result = model.transcribe(\"a.mp3\")\n  File \"/usr/lib/python3.10/subprocess.py\", line 1847, in _execute_child\n    raise child_exception_type(errno_num, err_msg, err_filename)\nFileNotFoundError: [Errno 2] No such file or directory: 'ffmpeg'" },
  { category: "dependency.missing", text: "The term 'node' is not recognized as the name of a cmdlet, function, script file, or operable program." },
  { category: "dependency.missing", text: "src/index.ts(1,22): error TS2307: Cannot find module 'lodash' or its corresponding type declarations." },

  // dependency.install
  { category: "dependency.install", text: "ERROR: Could not find a version that satisfies the requirement tensorflow==2.3.0 (from versions: 2.12.0, 2.13.0)\nERROR: No matching distribution found for tensorflow==2.3.0" },
  { category: "dependency.install", text: "  error: subprocess-exited-with-error\n\n  × Building wheel for pycocotools (pyproject.toml) did not run successfully.\n  │ exit code: 1\n  ERROR: Failed building wheel for pycocotools" },
  { category: "dependency.install", text: "npm ERR! code E404\nnpm ERR! 404 Not Found - GET https://registry.npmjs.org/@foo%2fbar - Not found\nnpm ERR! 404  '@foo/bar@*' is not in this registry." },
  { category: "dependency.install", text: "error: failed to select a version for the requirement `tokio = \"^2.0\"`\ncandidate versions found which didn't match: 1.38.0, 1.37.0\nlocation searched: crates.io index", expect: { ecosystem: "rust" } },
  { category: "dependency.install", text: "[ERROR] Failed to execute goal on project app: Could not resolve dependencies for project com.x:app:jar:1.0: Could not find artifact com.foo:bar:jar:1.2 in central (https://repo.maven.apache.org/maven2) -> [Help 1]", expect: { ecosystem: "java" } },
  { category: "dependency.install", text: "FAILURE: Build failed with an exception.\n\n* What went wrong:\nCould not resolve all files for configuration ':app:debugRuntimeClasspath'.\n> Could not find com.android.tools.build:gradle:8.0.0." },
  { category: "dependency.install", text: "ERROR: Cannot install -r requirements.txt (line 3) and numpy==1.19.0 because these package versions have conflicting dependencies.\nERROR: ResolutionImpossible: for help visit https://pip.pypa.io/en/latest/topics/dependency-resolution/#dealing-with-dependency-conflicts" },
  { category: "dependency.install", text: "ERROR:  Error installing nokogiri:\n\tERROR: Failed to build gem native extension." },
  { category: "dependency.install", text: "PackagesNotFoundError: The following packages are not available from current channels:\n\n  - pytorch==1.2" },
  { category: "dependency.install", text: "E: Unable to locate package python3.11-venv" },
  { category: "dependency.install", text: "      error: Microsoft Visual C++ 14.0 or greater is required. Get it with \"Microsoft C++ Build Tools\": https://visualstudio.microsoft.com/visual-cpp-build-tools/\n      [end of output]" },
  { category: "dependency.install", text: "Collecting psycopg2\n  Running setup.py install for psycopg2 ... error\n    ./psycopg/psycopg.h:35:10: fatal error: Python.h: No such file or directory" },
  { category: "dependency.install", text: 'error Couldn\'t find package "@types/reactt@^18.0.0" required by "my-app@1.0.0" on the "npm" registry.' },

  // code.syntax
  { category: "code.syntax", text: '  File "main.py", line 3\n    print "hello"\n    ^^^^^^^^^^^^^\nSyntaxError: Missing parentheses in call to \'print\'. Did you mean print(...)?', expect: { exception: "SyntaxError" } },
  { category: "code.syntax", text: "/app/src/App.js: Unexpected token (12:4)\n\n  10 |   return (\n  11 |     <div>\n> 12 |     }\n     |     ^" },
  { category: "code.syntax", text: "PHP Parse error:  syntax error, unexpected '}' in /var/www/index.php on line 10" },
  { category: "code.syntax", text: "main.c: In function 'main':\nmain.c:5:5: error: expected ';' before 'return'" },
  { category: "code.syntax", text: "Main.java:5: error: ';' expected\n        System.out.println(\"hi\")\n                                ^\n1 error" },
  { category: "code.syntax", text: "(node:1234) Warning: To load an ES module, set \"type\": \"module\" in the package.json or use the .mjs extension.\n/app/index.js:1\nimport express from 'express';\n^^^^^^\n\nSyntaxError: Cannot use import statement outside a module" },
  { category: "code.syntax", text: "./main.go:10:2: syntax error: unexpected }, expecting expression" },
  { category: "code.syntax", text: "TabError: inconsistent use of tabs and spaces in indentation" },

  // code.null_reference
  { category: "code.null_reference", text: "TypeError: Cannot read properties of null (reading 'addEventListener')\n    at app.js:12:9" },
  { category: "code.null_reference", text: "Traceback (most recent call last):\n  File \"bot.py\", line 20, in <module>\n    m = re.match(p, s).group(1)\nAttributeError: 'NoneType' object has no attribute 'group'", expect: { exception: "AttributeError" } },
  { category: "code.null_reference", text: 'Exception in thread "main" java.lang.NullPointerException: Cannot invoke "String.length()" because "s" is null\n\tat Main.main(Main.java:5)' },
  { category: "code.null_reference", text: "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4a2f1c]\n\ngoroutine 1 [running]:\nmain.main()\n\t/app/main.go:12 +0x1c", expect: { ecosystem: "go" } },
  { category: "code.null_reference", text: "Unhandled exception. System.NullReferenceException: Object reference not set to an instance of an object.\n   at Program.Main(String[] args) in C:\\src\\Program.cs:line 10", expect: { ecosystem: "dotnet", exception: "NullReferenceException" } },
  { category: "code.null_reference", text: "NoMethodError: undefined method `each' for nil:NilClass" },
  { category: "code.null_reference", text: "PHP Fatal error:  Uncaught Error: Call to a member function fetch() on null in /var/www/db.php:14" },
  { category: "code.null_reference", text: "thread 'main' panicked at 'called `Option::unwrap()` on a `None` value', src/main.rs:10:5" },

  // code.type
  { category: "code.type", text: "TypeError: unsupported operand type(s) for +: 'int' and 'str'" },
  { category: "code.type", text: "TypeError: data.map is not a function\n    at App (App.js:15:20)" },
  { category: "code.type", text: "TypeError: 'int' object is not callable" },
  { category: "code.type", text: "error[E0308]: mismatched types\n --> src/main.rs:4:18\n  |\n4 |     let x: i32 = \"5\";\n  |            ---   ^^^ expected `i32`, found `&str`" },
  { category: "code.type", text: "src/index.ts(12,5): error TS2322: Type 'string' is not assignable to type 'number'." },
  { category: "code.type", text: "./main.go:9:14: cannot use x (variable of type int) as string value in argument to f" },
  { category: "code.type", text: "TypeError: can't multiply sequence by non-int of type 'float'" },

  // code.name
  { category: "code.name", text: "NameError: name 'np' is not defined" },
  { category: "code.name", text: "Uncaught ReferenceError: process is not defined\n    at index.js:3:1" },
  { category: "code.name", text: "AttributeError: module 'numpy' has no attribute 'float'" },
  { category: "code.name", text: "Main.java:7: error: cannot find symbol\n        Scanner sc = new Scanner(System.in);\n        ^\n  symbol:   class Scanner\n  location: class Main" },
  { category: "code.name", text: "./main.go:8:2: undefined: fmt.Printl" },
  { category: "code.name", text: "error[E0425]: cannot find value `x` in this scope\n --> src/main.rs:3:13" },
  { category: "code.name", text: "Program.cs(10,13): error CS0103: The name 'foo' does not exist in the current context" },
  { category: "code.name", text: "ImportError: cannot import name 'soft_unicode' from 'markupsafe' (/usr/lib/python3/dist-packages/markupsafe/__init__.py)" },
  { category: "code.name", text: "src/App.tsx(8,10): error TS2339: Property 'foo' does not exist on type 'Props'." },

  // code.index_key
  { category: "code.index_key", text: "Traceback (most recent call last):\n  File \"app.py\", line 12, in <module>\n    print(resp.json()['data'])\nKeyError: 'data'" },
  { category: "code.index_key", text: 'Exception in thread "main" java.lang.ArrayIndexOutOfBoundsException: Index 5 out of bounds for length 5\n\tat Main.main(Main.java:4)' },
  { category: "code.index_key", text: "panic: runtime error: index out of range [3] with length 3\n\ngoroutine 1 [running]:\nmain.main()\n\t/tmp/main.go:8 +0x1d" },
  { category: "code.index_key", text: "Unhandled exception. System.IndexOutOfRangeException: Index was outside the bounds of the array." },
  { category: "code.index_key", text: 'Warning: Undefined array key "name" in /var/www/html/form.php on line 3' },
  { category: "code.index_key", text: "System.Collections.Generic.KeyNotFoundException: The given key 'user' was not present in the dictionary." },

  // code.value
  { category: "code.value", text: "ValueError: invalid literal for int() with base 10: 'abc'" },
  { category: "code.value", text: "ZeroDivisionError: division by zero" },
  { category: "code.value", text: "RangeError: Invalid array length\n    at Array.push (<anonymous>)" },
  { category: "code.value", text: "ValueError: too many values to unpack (expected 2)" },
  { category: "code.value", text: "RuntimeError: The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1" },
  { category: "code.value", text: 'Exception in thread "main" java.lang.NumberFormatException: For input string: "abc"' },
  { category: "code.value", text: "thread 'main' panicked at 'assertion failed: `(left == right)`\n  left: `1`,\n right: `2`', src/lib.rs:10:5" },

  // data.parse
  { category: "data.parse", text: "SyntaxError: Unexpected token < in JSON at position 0" },
  { category: "data.parse", text: "SyntaxError: Unexpected token '<', \"<!DOCTYPE \"... is not valid JSON" },
  { category: "data.parse", text: "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte" },
  { category: "data.parse", text: "com.fasterxml.jackson.core.JsonParseException: Unexpected character ('<' (code 60)): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')" },
  { category: "data.parse", text: "TypeError: Object of type ndarray is not JSON serializable" },
  { category: "data.parse", text: "json: cannot unmarshal string into Go value of type int" },
  { category: "data.parse", text: "xml.etree.ElementTree.ParseError: not well-formed (invalid token): line 1, column 0" },
  { category: "data.parse", text: "pandas.errors.ParserError: Error tokenizing data. C error: Expected 1 fields in line 3, saw 2" },
  { category: "data.parse", text: "langchain_core.exceptions.OutputParserException: Invalid json output: Sure! Here is the JSON" },

  // resource.memory
  { category: "resource.memory", text: "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB. GPU 0 has a total capacity of 23.65 GiB of which 1.2 GiB is free." },
  { category: "resource.memory", text: "<--- Last few GCs --->\nFATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory" },
  { category: "resource.memory", text: 'Exception in thread "main" java.lang.OutOfMemoryError: Java heap space' },
  { category: "resource.memory", text: "RecursionError: maximum recursion depth exceeded while calling a Python object" },
  { category: "resource.memory", text: "Uncaught RangeError: Maximum call stack size exceeded" },
  { category: "resource.memory", text: "Epoch 1/10\nKilled" },
  { category: "resource.memory", text: "fatal error: runtime: out of memory\n\nruntime stack:\nruntime.throw({0x8c1a2b, 0x16})" },
  { category: "resource.memory", text: "State:          Terminated\n  Reason:       OOMKilled\n  Exit Code:    137" },
  { category: "resource.memory", text: "RuntimeError: CUDA out of memory（显存不足），请减小 batch size" },

  // fs.not_found
  { category: "fs.not_found", text: "FileNotFoundError: [Errno 2] No such file or directory: 'data/train.csv'" },
  { category: "fs.not_found", text: "Error: ENOENT: no such file or directory, open '/app/config.json'\n    at Object.openSync (node:fs:603:3)" },
  { category: "fs.not_found", text: "java.io.FileNotFoundException: config.properties (No such file or directory)" },
  { category: "fs.not_found", text: "panic: open /etc/app/config.yaml: no such file or directory" },
  { category: "fs.not_found", text: "FileNotFoundError: [Errno 2] 没有那个文件或目录: 'x.txt'", expect: { lang: "zh" } },
  { category: "fs.not_found", text: "System.IO.FileNotFoundException: Could not find file 'C:\\app\\data.json'." },
  { category: "fs.not_found", text: "cat: notes.txt: No such file or directory" },

  // fs.permission
  { category: "fs.permission", text: "PermissionError: [Errno 13] Permission denied: '/usr/lib/python3/dist-packages/x'" },
  { category: "fs.permission", text: "Error: EACCES: permission denied, mkdir '/usr/local/lib/node_modules/pm2'" },
  { category: "fs.permission", text: "bash: ./start.sh: Permission denied" },
  { category: "fs.permission", text: "java.nio.file.AccessDeniedException: /var/log/app.log" },
  { category: "fs.permission", text: "System.UnauthorizedAccessException: Access to the path 'C:\\Program Files\\App\\x.dat' is denied." },
  { category: "fs.permission", text: "Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get \"http://%2Fvar%2Frun%2Fdocker.sock/v1.24/containers/json\": dial unix /var/run/docker.sock: connect: permission denied" },
  { category: "fs.permission", text: "OSError: [Errno 30] Read-only file system: '/app/output'" },
  { category: "fs.permission", text: "PermissionError: [WinError 32] 另一个程序正在使用此文件，进程无法访问。: 'C:\\tmp\\a.log'", expect: { lang: "zh" } },

  // database
  { category: "database", text: 'psycopg2.OperationalError: connection to server at "localhost" (127.0.0.1), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?' },
  { category: "database", text: 'sqlalchemy.exc.IntegrityError: (psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint "users_email_key"' },
  { category: "database", text: "pymysql.err.OperationalError: (1045, \"Access denied for user 'root'@'localhost' (using password: YES)\")" },
  { category: "database", text: "MongoServerError: E11000 duplicate key error collection: test.users index: email_1 dup key: { email: \"a@b.c\" }" },
  { category: "database", text: "redis.exceptions.ConnectionError: Error 111 connecting to localhost:6379. Connection refused." },
  { category: "database", text: "SQLSTATE[HY000] [2002] Connection refused" },
  { category: "database", text: "ORA-00942: table or view does not exist" },
  { category: "database", text: "MongooseServerSelectionError: connect ECONNREFUSED 127.0.0.1:27017" },
  { category: "database", text: 'django.db.utils.OperationalError: FATAL:  password authentication failed for user "postgres"' },
  { category: "database", text: "Error: P1001: Can't reach database server at `localhost`:`5432`" },
  { category: "database", text: "ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)" },

  // tool.git
  { category: "tool.git", text: "git@github.com: Permission denied (publickey).\nfatal: Could not read from remote repository.\n\nPlease make sure you have the correct access rights\nand the repository exists." },
  { category: "tool.git", text: "fatal: not a git repository (or any of the parent directories): .git" },
  { category: "tool.git", text: "remote: Permission to user/repo.git denied to other.\nfatal: unable to access 'https://github.com/user/repo.git/': The requested URL returned error: 403" },
  { category: "tool.git", text: "error: Your local changes to the following files would be overwritten by merge:\n\tsrc/app.js\nPlease commit your changes or stash them before you merge.\nAborting" },
  { category: "tool.git", text: "fatal: refusing to merge unrelated histories" },
  { category: "tool.git", text: "error: src refspec main does not match any\nerror: failed to push some refs to 'github.com:x/y.git'" },
  { category: "tool.git", text: "remote: Support for password authentication was removed on August 13, 2021.\nfatal: Authentication failed for 'https://github.com/x/y.git/'" },

  // tool.container
  { category: "tool.container", text: "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?" },
  { category: "tool.container", text: "Error response from daemon: pull access denied for myimage, repository does not exist or may require 'docker login': denied: requested access to the resource is denied" },
  { category: "tool.container", text: "NAME                     READY   STATUS             RESTARTS   AGE\napi-7d9f8b6c5d-x2x9k     0/1     CrashLoopBackOff   5          3m" },
  { category: "tool.container", text: "The connection to the server localhost:8080 was refused - did you specify the right host or port?" },
  { category: "tool.container", text: 'docker: Error response from daemon: Conflict. The container name "/web" is already in use by container "3f2a". You have to remove (or rename) that container to be able to reuse that name.' },
  { category: "tool.container", text: "Warning  FailedScheduling  default-scheduler  0/3 nodes are available: 3 Insufficient cpu." },
  { category: "tool.container", text: "Failed to pull image \"registry.local/app:v2\": rpc error: code = NotFound desc = failed to pull and unpack image: manifest unknown" },

  // build.compile
  { category: "build.compile", text: "/usr/bin/ld: main.o: in function `main':\nmain.c:(.text+0x1e): undefined reference to `pthread_create'\ncollect2: error: ld returned 1 exit status" },
  { category: "build.compile", text: "error[E0382]: borrow of moved value: `v`\n --> src/main.rs:5:20" },
  { category: "build.compile", text: "ld: library not found for -lssl\nclang: error: linker command failed with exit code 1 (use -v to see invocation)" },
  { category: "build.compile", text: "LINK : fatal error LNK1104: cannot open file 'python39.lib'" },
  { category: "build.compile", text: "# command-line-arguments\n./main.go:5:2: \"os\" imported and not used" },
  { category: "build.compile", text: "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.8.1:compile (default-compile) on project app: Fatal error compiling: invalid target release: 21" },

  // unknown
  { category: "unknown", text: "Segmentation fault (core dumped)" },
  { category: "unknown", text: "Exception in thread \"main\" java.lang.UnsupportedClassVersionError: com/x/Main has been compiled by a more recent version of the Java Runtime (class file version 61.0), this version of the Java Runtime only recognizes class file versions up to 52.0" },
  { category: "unknown", text: "hello, can you help me?" },
  { category: "unknown", text: "" },
  { category: "unknown", text: "exec /usr/local/bin/docker-entrypoint.sh: exec format error" },
];

/** Pasted errors as they appear in public GitHub issues (relays, SDKs, clients), labelled by the taxonomy. */
const publicIssueCases: Case[] = [
  { category: "upstream.unavailable", text: "unexpected status 403 Forbidden: 渠道亲和性命中的渠道已被禁用，已按规则停止重试，请联系管理员处理 (request id: 202605121107447981319528268d9d6gG9MWSEo), url: https://www.example.com/v1/responses", expect: { httpStatus: 403, requestId: "202605121107447981319528268d9d6gG9MWSEo", lang: "zh" } },
  { category: "request.context_length", text: 'API Error: OpenAI compatible request failed with status 400: {"error":{"message":"Invalid max_tokens value, the valid range  \n     of max_tokens is [1, 8192]","type":"invalid_request_error","param":null,"code":"invalid_request_error"}}', expect: { httpStatus: 400 } },
  { category: "request.content_filtered", text: "Error code: 400 - {'error': {'message': 'Invalid prompt: your prompt was flagged as potentially violating our usage policy. Please try again with a different prompt: https://platform.openai.com/docs/guides/reasoning#advice-on-prompting', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_prompt'}}", expect: { errorType: "invalid_prompt" } },
  { category: "request.invalid", text: "Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'messages: text content blocks must contain non-whitespace text'}}\nINFO:     127.0.0.1:60186 - \"POST /v1/messages HTTP/1.1\" 400 Bad Request" },
  { category: "request.invalid", text: "openai.BadRequestError: Error code: 400 - {'object': 'error', 'message': '', 'type': 'BadRequestError', 'param': None, 'code': 400}" },
  { category: "billing.quota_exceeded", text: "insufficient user quota user quota is not enough (request id:202402252054072496684471HouQu4f)", expect: { requestId: "202402252054072496684471HouQu4f" } },
  { category: "auth.invalid_credentials", text: 'Error: 401 {"type":"error","error":{"type":"authentication_error","message":"Invalid authentication credentials"},"request_id":"req_011Cb3RavXrrXz31j9FoSWJv"}', expect: { requestId: "req_011Cb3RavXrrXz31j9FoSWJv", httpStatus: 401 } },
  { category: "upstream.unavailable", text: "API Error: 529 Overloaded. This is a server-side issue, usually temporary — try again in a moment. If it persists, check https://status.claude.com.", expect: { httpStatus: 529 } },
  { category: "billing.quota_exceeded", text: '{\n  "error": {\n    "message": "当前分组负载已饱和，请稍后再试，或升级账户以提升服务质量。",\n    "type": "billing_not_active",\n    "param": "",\n    "code": "billing_not_active"\n  }\n}' },
  { category: "upstream.unavailable", text: "error, status code: 429, status: 429 Too Many Requests, message: 当前分组上游负载已饱和，请稍后再试 (request id: 20260203113641101064610dirTcn8H)", expect: { httpStatus: 429, lang: "zh", provider: "new-api" } },
  { category: "upstream.unavailable", text: "[GIN] 2024/05/25 - 02:20:27 | 2024052502202733503658994402104 | 429 |   94.358928ms |    192.168.96.6 |    POST /v1/embeddings\n[ERR] 2024/05/25 - 02:20:27 | 2024052502202733503658994402104 | relay error (channel #5): 当前分组上游负载已饱和，请稍后再试 (request id: 2024052502202733503658994402104)", expect: { requestId: "2024052502202733503658994402104" } },
  { category: "rate_limit", text: 'Exception: API request failed with status code 429: {\n  "error": {\n    "code": 429,\n    "message": "You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits. To monitor your current usage, head to: https://ai.dev/rate-limit. \\n* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 20, model: gemini-2.5-flash\\nPlease retry in 58.821668433s.",\n    "status": "RESOURCE_EXHAUSTED"\n  }\n}', expect: { httpStatus: 429, provider: "gemini" } },
  { category: "billing.quota_exceeded", text: '{"error":{"message":"{\\n  \\"error\\": {\\n    \\"code\\": 429,\\n    \\"message\\": \\"You exceeded your current quota, please check your plan and billing details. \\\\n* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 0, model: gemini-2.5-pro\\\\nPlease retry in 20.04466179s.\\",\\n    \\"status\\": \\"RESOURCE_EXHAUSTED\\"\\n  }\\n}"}}' },
  { category: "rate_limit", text: '[API Error: [{\n    "error": {\n      "code": 429,\n      "message": "Resource exhausted. Please try again later. Please refer to https://cloud.google.com/vertex-ai/generative-ai/docs/error-code-429 for more details.",\n      "errors": [{ "domain": "global", "reason": "rateLimitExceeded" }],\n      "status": "RESOURCE_EXHAUSTED"\n    }\n  }\n  ]]' },
  { category: "model.not_found", text: '503\n{\n  "error": {\n    "code": "model_not_found",\n    "message": "分组 default 下模型 gpt-5.1-high 无可用渠道（distributor） (request id: 20251128223112878876944RINyIMpQ)",\n    "type": "packy_api_error"\n  }\n}', expect: { provider: "packy-api", requestId: "20251128223112878876944RINyIMpQ", lang: "zh" } },
  { category: "model.not_found", text: 'API Error: 503 {"error":{"code":"model_not_found","message":"No available channel for model MiniMax-M2.7-highspeed      under group default (distributor) (request id: 20260405075350411065637qoOOgLHu)","type":"new_api_error"}}', expect: { httpStatus: 503, lang: "en" } },
  { category: "model.not_found", text: "Embedding Error aa [Error]: 503 当前分组 default 下对于模型 text-embedding-ada-002 无可用渠道 (request id: 2024081408593262123300533081679)", expect: { httpStatus: 503 } },
  { category: "model.not_found", text: '错误: 调用OpenAI模型失败: 请求失败，状态码: 503, 响应: {"error":{"message":"当前分组 3.5-不限速 下对于模型 gpt3 无可用渠道 (request id: 20250318131155384202563SBRLdIC9)","type":"new_api_error"}}', expect: { httpStatus: 503, lang: "zh" } },
  { category: "request.invalid", text: '[2026-01-04T09:33:53.002Z] [ERROR] [API] Error: Error: API error 400: {\n  "error": {\n    "code": 400,\n    "message": "{\\"type\\":\\"error\\",\\"error\\":{\\"type\\":\\"invalid_request_error\\",\\"message\\":\\"messages.21.content.0.thinking.cache_control: Extra inputs are not permitted\\"}}",\n    "status": "INVALID_ARGUMENT"\n  }\n}', expect: { httpStatus: 400 } },
  { category: "request.invalid", text: "API Error: 400 Failed to deserialize the JSON body into the target type: messages[1].role: unknown variant system, expected user or assistant at line 1 column 30325" },
  { category: "request.invalid", text: '500 {"error":{"message":"API error 400: {\\"message\\":\\"Improperly formed request.\\",\\"reason\\":null}","type":"error","code":500}}' },
  { category: "upstream.unavailable", text: "API Error: API returned an empty or malformed response (HTTP 200) — check for a proxy or gateway intercepting the request" },
  { category: "request.context_length", text: "400 Your input exceeds the context window of this model" },
  { category: "endpoint.not_found", text: "Credentials validation failed with status code 404", expect: { httpStatus: 404 } },
  { category: "billing.quota_exceeded", text: "Credentials validation failed with status code 402" },
  { category: "data.parse", text: "Credentials validation failed: JSON decode error, response body" },
  { category: "network.connection", text: "Warning: Cannot load \"@napi-rs/canvas\" package: \"Error: Cannot find module '@napi-rs/canvas'\nRequire stack:\n- /app/node_modules/pdfjs-dist/legacy/build/pdf.mjs\".\n(node:28) [DEP0060] DeprecationWarning: The `util._extend` API is deprecated.\nRoute: [openai] ProviderBizError: Error: fetch failed\n    at context.fetch (/app/node_modules/next/dist/server/web/sandbox/context.js:322:60)" },
  { category: "auth.invalid_credentials", text: 'API Error: Error from SiliconFlow: Error: API Error: Status Code 401, "Invalid token"', expect: { httpStatus: 401 } },
  { category: "request.context_length", text: 'API Error: Status Code 400, {"code":20015,"message":"length of prompt_tokens (68957) must be less than max_seq_len (65536).","data":null}', expect: { httpStatus: 400 } },
  { category: "billing.quota_exceeded", text: 'Caused by: com.alibaba.dashscope.exception.ApiException: {"statusCode":400,"message":"Access denied, please make sure your account is in good standing.","code":"Arrearage","isJson":true,"requestId":"8af536f9-6b8b-93b5-bb5f-1597a3f65db4"}', expect: { requestId: "8af536f9-6b8b-93b5-bb5f-1597a3f65db4", httpStatus: 400, errorType: "Arrearage" } },
  { category: "billing.quota_exceeded", text: "✕ [API Error: OpenAI API error: 400 Access denied, please make sure your account is in good standing.]", expect: { httpStatus: 400 } },
  { category: "auth.forbidden", text: "Error: 403 status code (no body)", expect: { httpStatus: 403 } },
  { category: "request.invalid", text: "failed to create chat stream completion: HTTP 400 (Code 20015): Field required", expect: { httpStatus: 400 } },
  { category: "endpoint.not_found", text: "Open AI api error: The request returned empty. Please check if the API proxy address does not end with `/v1`." },
  { category: "tool.container", text: "ERROR: Couldn't connect to Docker daemon at http+docker://localunixsocket - is it running?" },
  { category: "auth.invalid_credentials", text: "{&quot;error&quot;:{&quot;message&quot;:&quot;Invalid token&quot;,&quot;type&quot;:&quot;new_api_error&quot;}}", expect: { errorType: "new_api_error", provider: "new-api" } },
  { category: "request.invalid", text: "2024-08-14 16:59:32 Error: 400 Bad Request\n2024-08-14 16:59:32     at Timeout.onParserTimeout (/app/server/chunks/1.js:19:87386)\n2024-08-14 16:59:32     at listOnTimeout (node:internal/timers:569:17)", expect: { httpStatus: 400 } },
  { category: "network.timeout", text: 'Error response from daemon: Post "http://ipc/filesharing/share": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' },
];

describe("classifyError on realistic pastes", () => {
  it.each([...cases, ...publicIssueCases].map((c) => [c.category, c.text.slice(0, 70).replace(/\s+/g, " "), c] as const))(
    "%s ← %s",
    (_category, _label, c) => {
      const got = classifyError(c.text);
      expect(classificationSchema.parse(got)).toEqual(got);
      expect(got.category).toBe(c.category);
      if (c.expect) expect(got).toMatchObject(c.expect);
    },
  );

  it("covers every category with at least three cases", () => {
    const counts = new Map<string, number>();
    for (const c of cases) counts.set(c.category, (counts.get(c.category) ?? 0) + 1);
    for (const [category, n] of counts) expect(n, category).toBeGreaterThanOrEqual(3);
  });
});
