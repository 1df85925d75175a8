import { describe, expect, it } from "vitest";
import { classifyError } from "./index";
import { extractApiErrorType, extractException, extractRequestId, extractStatus, extractUrl } from "./facts";

describe("extractStatus", () => {
  it.each([
    ["Error code: 401 - {'error': {}}", 401],
    ["403 Client Error: Forbidden for url: https://x.cn/v1", 403],
    ["HTTP 429 (429) Requests to the ChatCompletions_Create Operation", 429],
    ["调用失败: 请求失败，状态码: 400, 响应: {}", 400],
    ["[GoogleGenerativeAI Error]: Error fetching from https://x: [400 Bad Request] API key not valid", 400],
    ['INFO:httpx:HTTP Request: POST https://x/v1 "HTTP/1.1 429 Too Many Requests"', 429],
    ['{"error": {"code": 503, "message": "The model is overloaded."}}', 503],
    ["(HTTP code 500) server error - driver failed", 500],
    ["{\"stack\": \"Error: 530 error code: 1016\", \"status\": 530}", 530],
    ["在使用 TokenIM 时遇到403错误", 403],
    ["  File \"x.py\", line 404, in <module>\nIndexError: list index out of range", null],
    ["make: *** [all] Error 2\nexit code: 127", null],
    ["java.io.IOException: Unexpected code Response{protocol=h2, code=401, message=, url=https://x/v1}", 401],
    ['reqwest::Error { kind: Status(429), url: "https://x/v1/messages" }', 429],
    ["Failed to load resource: the server responded with a status of 404 (Not Found)", 404],
    ["curl: (22) The requested URL returned error: 401", 401],
    ["System.Net.WebException: 远程服务器返回错误: (403) 已禁止。", 403],
    ["Process exited with code=137", null],
    ["[Errno 98] Address already in use", null],
    ["prompt is too long: 202609 tokens > 200000 maximum", null],
  ])("%s → %s", (text, status) => {
    expect(extractStatus(text)?.value ?? null).toBe(status);
  });
});

describe("extractRequestId", () => {
  it.each([
    ["'message': 'Invalid Token (request id: 20251231141907730597702a9EzKd3G)'", "20251231141907730597702a9EzKd3G"],
    ["Please include the request ID 394a40f7-7222-4168-9fc5-b61bb7cd76f3 in your message.", "394a40f7-7222-4168-9fc5-b61bb7cd76f3"],
    ['"request_id":"req_011CUwZTS7TYAH8UyTro83sP"}', "req_011CUwZTS7TYAH8UyTro83sP"],
    ["x-request-id: 7f3c2a10-aaaa-bbbb-cccc-0123456789ab\ncontent-type: application/json", "7f3c2a10-aaaa-bbbb-cccc-0123456789ab"],
    ["does not support this api.. Request id: 0217672584327428a58463ef17b425f3abf24ab17dedfd6231ed7", "0217672584327428a58463ef17b425f3abf24ab17dedfd6231ed7"],
    ["Error code: 401 - no ids here", null],
  ])("%s", (text, id) => {
    expect(extractRequestId(text)).toBe(id);
  });
});

describe("extractUrl", () => {
  it("prefers the failing URL over documentation links", () => {
    expect(extractUrl("See https://platform.openai.com/docs/x. POST https://api.x.cn/v1/chat/completions failed")).toEqual({
      url: "https://api.x.cn/v1/chat/completions",
      host: "api.x.cn",
    });
  });
  it("falls back to a host named by a connection pool", () => {
    expect(extractUrl("HTTPSConnectionPool(host='api.openai.com', port=443): Read timed out.")?.host).toBe("api.openai.com");
  });
});

describe("extractApiErrorType", () => {
  it.each([
    ["{'error': {'message': 'x', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}", "invalid_api_key"],
    ["{'error': {'code': '', 'message': 'x', 'type': 'rix_api_error'}}", "rix_api_error"],
    ['{"error":{"message":"x","type":"new_api_error","code":"model_price_error"}}', "new_api_error"],
    ['{"error":{"message":"x","type":"upstream_error","code":"bad_response_status_code"}}', "upstream_error"],
    ['{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}', "overloaded_error"],
    ['{"error":{"code":400,"status":"FAILED_PRECONDITION"}}', "FAILED_PRECONDITION"],
    ['{"error":{"type":"<nil>","message":"x"},"type":"error"}', null],
    ["status = StatusCode.RESOURCE_EXHAUSTED", "RESOURCE_EXHAUSTED"],
    ['{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"x"},"RequestId":"3f8a7c2e"}}', "AuthFailure.SignatureFailure"],
    ["[TencentCloudSDKException] code:ResourceInsufficient.ChargeResourceExhaust message:Charge resource exhausted. requestId:5c4d3e2f", "ResourceInsufficient.ChargeResourceExhaust"],
    ['{"code":"Throttling.RateQuota","message":"Requests rate limit exceeded, please try again later."}', "Throttling.RateQuota"],
  ])("%s → %s", (text, type) => {
    expect(extractApiErrorType(text)).toBe(type);
  });
});

describe("Chinese cloud providers", () => {
  it.each([
    ['{"Response":{"Error":{"Code":"LimitExceeded","Message":"x"},"RequestId":"aa11bb22-cc33"}} https://hunyuan.tencentcloudapi.com', { provider: "tencent", requestId: "aa11bb22-cc33", errorType: "LimitExceeded" }],
    ["qianfan.errors.APIError: api return error, req_id:  code: 110, msg: Access token invalid or no longer valid", { provider: "baidu" }],
    ['{"error":{"message":"AppIdNoAuthError:(11200)auth no license","type":"api_error","param":null,"code":"11200"}}', { provider: "iflytek" }],
    ['{"code":"DataInspectionFailed","message":"Input data may contain inappropriate content.","request_id":"c1d2e3f4"} https://dashscope.aliyuncs.com/api/v1', { provider: "qwen", errorType: "DataInspectionFailed", requestId: "c1d2e3f4" }],
  ] as const)("%s", (text, facts) => {
    expect(classifyError(text)).toMatchObject(facts);
  });
});

describe("extractException", () => {
  it.each([
    ["Traceback (most recent call last):\nKeyError: 'choices'", "KeyError"],
    ["psycopg2.errors.UndefinedTable: relation \"x\" does not exist", "UndefinedTable"],
    ["Exception in thread \"main\" java.lang.RuntimeException: boom\nCaused by: java.sql.SQLException: no", "SQLException"],
    ["TypeError: fetch failed\n  cause: ConnectTimeoutError: Connect Timeout Error", "ConnectTimeoutError"],
    ["Fatal error: Uncaught Error: Call to undefined function mysql_connect()", "Error"],
    ["A NoMethodError occurred in location#show:", "NoMethodError"],
    ["System.Net.Sockets.SocketException (10060): timed out", "SocketException"],
    ["tenacity.RetryError: RetryError[<Future at 0x1 state=finished raised APIConnectionError>]", "APIConnectionError"],
    ["openai.error.APIConnectionError: Error communicating with OpenAI: ('Connection aborted.', RemoteDisconnected('x'))", "RemoteDisconnected"],
    ["APICallError [AI_APICallError]: prompt is too long", "AI_APICallError"],
    ["npm ERR! Error: EACCES: permission denied", null],
    ["make: *** [all] Error 2", null],
  ])("%s → %s", (text, name) => {
    expect(extractException(text)?.name ?? null).toBe(name);
  });

  it("follows a Python 'direct cause' chain back to the cause", () => {
    const text = [
      "Traceback (most recent call last):",
      '  File "a.py", line 1, in <module>',
      "ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed",
      "",
      "The above exception was the direct cause of the following exception:",
      "",
      "Traceback (most recent call last):",
      '  File "b.py", line 2, in <module>',
      "openai.APIConnectionError: Connection error.",
    ].join("\n");
    const got = classifyError(text);
    expect(got.category).toBe("network.tls");
    expect(got.exception).toBe("SSLCertVerificationError");
  });

  it("keeps the last error after 'During handling of the above exception'", () => {
    const text = [
      "Traceback (most recent call last):",
      "KeyError: 'HOME'",
      "",
      "During handling of the above exception, another exception occurred:",
      "",
      "Traceback (most recent call last):",
      "openai.APIConnectionError: Connection error.",
    ].join("\n");
    const got = classifyError(text);
    expect(got.category).toBe("network.connection");
    expect(got.exception).toBe("APIConnectionError");
  });
});

describe("where evidence sits", () => {
  it("weighs a later real error line over the same words in an earlier warning", () => {
    const text = ["warning: request timed out, retrying", "Warning: Connection refused (attempt 1)", "Error: Connection refused"].join("\n");
    expect(classifyError(text).category).toBe("network.connection");
  });

  it("labels an HTML page with a 5xx followed by a JSON decode error as upstream (rule 6)", () => {
    const text = "<html><head><title>502 Bad Gateway</title></head></html>\njson.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)";
    expect(classifyError(text).category).toBe("upstream.unavailable");
    expect(classifyError("json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)").category).toBe("data.parse");
  });
});

describe("language", () => {
  it.each([
    ["AuthenticationError: Error code: 401 - {'error': {'message': '无效的令牌', 'type': 'new_api_error'}}", "zh"],
    ["验证失败，请检查参数是否正确: Client error '429 Too Many Requests' for url 'https://x/v1'", "en"],
    ["调用模型失败: 请求失败，状态码: 400, 响应: {\"error\":{\"message\":\"Model Not Exist\"}}", "en"],
    ["PermissionError: [WinError 5] 拒绝访问。: 'input'", "zh"],
    ["这是一段没有任何错误特征的中文说明文字，只是在描述问题。", "zh"],
    ["plain english text", "en"],
  ])("%s → %s", (text, lang) => {
    expect(classifyError(text).lang).toBe(lang);
  });
});

describe("extractUrl never takes a pointer to read for the endpoint that failed", () => {
  it.each([
    ["Please report this error at https://github.com/vllm-project/vllm/issues/new. Traceback: RuntimeError: CUDA error", null],
    ["ValidationError: 1 validation error for Settings\n  For further information visit https://errors.pydantic.dev/2.5/v/missing", null],
    ["sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection refused\n(Background on this error at: https://sqlalche.me/e/20/e3q8)", null],
    ["See: https://transformers.readthedocs.io/en/latest/installation.html", null],
    ["error: externally-managed-environment\nhint: See PEP 668 for the detailed specification. https://peps.python.org/pep-0668/", null],
    ["fatal: unable to access 'https://github.com/acme/app.git/': Could not resolve host: github.com", "github.com"],
    ["openai.APIConnectionError: Connection error. url=https://api.deepseek.com/v1/chat/completions (see https://platform.openai.com/docs/guides/error-codes)", "api.deepseek.com"],
  ])("%s", (text, host) => {
    expect(extractUrl(text)?.host ?? null).toBe(host);
  });
});
