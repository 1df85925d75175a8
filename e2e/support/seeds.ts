/** The error lines of the four seeds in shared/seeds/, with what errdoc must recognise in each. */
export const seeds = [
  {
    name: "000 dmxapi 403",
    text: "403 Client Error: Forbidden for url: https://www.dmxapi.cn/v1/chat/completions",
    category: "auth.forbidden",
    facts: { httpStatus: "403", host: "www.dmxapi.cn" },
  },
  {
    name: "001 TokenIM 403",
    text: "在使用TokenIM时遇到403错误，通常意味着请求被服务器拒绝：HTTP状态码403代表“禁止访问”，这意味着服务器理解请求，但拒绝执行它。",
    category: "auth.forbidden",
    facts: { httpStatus: "403" },
  },
  {
    name: "002 rix_api 401",
    text: "ClientError: 401 None. {'error': {'code': '', 'message': 'Invalid Token (request id: 20251231141907730597702a9EzKd3G)', 'type': 'rix_api_error'}}",
    category: "auth.invalid_credentials",
    facts: { httpStatus: "401", requestId: "20251231141907730597702a9EzKd3G", errorType: "rix_api_error" },
  },
  {
    name: "003 new_api 401",
    text: "AuthenticationError: Error code: 401 - {'error': {'code': '', 'message': '无效的令牌 (request id: 20260219100814161456584b503l5fK)', 'type': 'new_api_error'}}",
    category: "auth.invalid_credentials",
    facts: { httpStatus: "401", requestId: "20260219100814161456584b503l5fK", errorType: "new_api_error" },
  },
] as const;
