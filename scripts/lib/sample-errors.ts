/**
 * Realistic, varied errors for seeding and benchmarks: the families people paste into errdoc,
 * each with random request ids, models, ports, paths and numbers, so that 100,000 of them
 * look like a real team's history (many repeats of the same error, a long tail of others).
 */

import { seededRandom } from "@/lib/seeded-random";

export { seededRandom };

type Rng = () => number;

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const alnum = (rng: Rng, n: number) =>
  Array.from({ length: n }, () => "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"[int(rng, 0, 61)]).join("");
const hex = (rng: Rng, n: number) => Array.from({ length: n }, () => "0123456789abcdef"[int(rng, 0, 15)]).join("");

const models = ["gpt-4o", "gpt-4o-mini", "gpt-4.1", "claude-3-5-sonnet-20241022", "deepseek-chat", "gemini-1.5-pro", "qwen-max", "o3-mini"];
const relayHosts = ["api.dmxapi.cn", "api.openai-proxy.org", "one.example.cn", "api.gptsapi.net", "newapi.internal.corp"];
const modules = ["cv2", "yaml", "torch", "pandas", "sklearn", "dotenv", "PIL", "langchain_openai", "fitz", "bs4"];
const users = ["alice", "bob", "chen", "wang", "dev"];

function relayRequestId(rng: Rng): string {
  return `2025${String(int(rng, 1, 12)).padStart(2, "0")}${String(int(rng, 10, 28))}${String(int(rng, 100000000, 999999999))}${int(rng, 100000, 999999)}${alnum(rng, 7)}`;
}

const templates: Array<(rng: Rng) => string> = [
  (r) => `AuthenticationError: Error code: 401 - {'error': {'code': '', 'message': '无效的令牌 (request id: ${relayRequestId(r)})', 'type': 'new_api_error'}}`,
  (r) => `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-****${alnum(r, 4)}. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}`,
  (r) => `403 Client Error: Forbidden for url: https://${pick(r, relayHosts)}/v1/chat/completions`,
  (r) => `{"error":{"message":"该令牌额度已用尽 (request id: ${relayRequestId(r)})","type":"new_api_error"}}`,
  (r) => `{"error":{"message":"当前分组 default 下对于模型 ${pick(r, models)} 无可用渠道 (request id: ${relayRequestId(r)})","type":"new_api_error"}}`,
  () => `openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}`,
  (r) => `openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for ${pick(r, models)} in organization org-${alnum(r, 24)} on tokens per min (TPM): Limit 30000, Used ${int(r, 20000, 29999)}, Requested ${int(r, 1000, 9000)}. Please try again in ${int(r, 1, 30)}.${int(r, 100, 999)}s.', 'type': 'tokens', 'param': None, 'code': 'rate_limit_exceeded'}}`,
  (r) => `anthropic.InternalServerError: Error code: 529 - {'type': 'error', 'error': {'type': 'overloaded_error', 'message': 'Overloaded'}, 'request_id': 'req_011C${alnum(r, 20)}'}`,
  (r) => `openai.NotFoundError: Error code: 404 - {'error': {'message': 'The model \`${pick(r, models)}-preview\` does not exist or you do not have access to it.', 'type': 'invalid_request_error', 'param': None, 'code': 'model_not_found'}}`,
  (r) => `openai.BadRequestError: Error code: 400 - {'error': {'message': "This model's maximum context length is 128000 tokens. However, your messages resulted in ${int(r, 128001, 200000)} tokens. Please reduce the length of the messages.", 'type': 'invalid_request_error', 'param': 'messages', 'code': 'context_length_exceeded'}}`,
  (r) => `openai.APITimeoutError: Request timed out.\nhttpx.ReadTimeout: The read operation timed out (${int(r, 30, 600)}s)`,
  (r) => `openai.APIConnectionError: Connection error.\nhttpx.ConnectError: [Errno 111] Connection refused (host 127.0.0.1:${int(r, 8000, 9999)})`,
  (r) => `{"error":{"message":"上游负载已饱和，请稍后再试 (request id: ${relayRequestId(r)})","type":"upstream_error"}}`,
  (r) => `requests.exceptions.SSLError: HTTPSConnectionPool(host='${pick(r, relayHosts)}', port=443): Max retries exceeded with url: /v1/chat/completions (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate in certificate chain (_ssl.c:1006)')))`,
  (r) => `Access to fetch at 'https://${pick(r, relayHosts)}/v1/chat/completions' from origin 'http://localhost:${int(r, 3000, 5999)}' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.`,
  (r) => `Error: listen EADDRINUSE: address already in use :::${pick(r, [3000, 5173, 8080, 8000, 4000])}\n    at Server.setupListenHandle [as _listen2] (node:net:1817:16)`,
  (r) => `Traceback (most recent call last):\n  File "/home/${pick(r, users)}/project/app.py", line ${int(r, 1, 40)}, in <module>\n    import ${pick(r, modules)}\nModuleNotFoundError: No module named '${pick(r, modules)}'`,
  (r) => `Error: Cannot find module '${pick(r, ["express", "lodash", "@prisma/client", "dotenv", "axios"])}'\nRequire stack:\n- /home/${pick(r, users)}/app/server.js`,
  (r) => `npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\nnpm ERR! Found: react@${int(r, 17, 19)}.0.0\nnpm ERR! Could not resolve dependency: peer react@"^${int(r, 15, 16)}.0.0" from some-lib@${int(r, 1, 4)}.2.0`,
  (r) => `  File "/srv/app/main.py", line ${int(r, 10, 300)}\n    print("hello"\n         ^\nSyntaxError: '(' was never closed`,
  (r) => `TypeError: Cannot read properties of undefined (reading '${pick(r, ["map", "length", "data", "choices", "content"])}')\n    at ${pick(r, ["ChatList", "render", "handleSubmit"])} (src/components/App.tsx:${int(r, 1, 200)}:${int(r, 1, 40)})`,
  (r) => `Traceback (most recent call last):\n  File "bot.py", line ${int(r, 10, 99)}, in reply\n    text = resp["choices"][0]["message"]["content"]\nKeyError: 'choices'`,
  (r) => `AttributeError: 'NoneType' object has no attribute '${pick(r, ["group", "text", "get", "content"])}'`,
  () => `json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)`,
  (r) => `torch.OutOfMemoryError: CUDA out of memory. Tried to allocate ${int(r, 20, 900)}.00 MiB. GPU 0 has a total capacity of ${pick(r, [8, 12, 16, 24])}.00 GiB of which ${int(r, 1, 99)}.50 MiB is free.`,
  (r) => `FileNotFoundError: [Errno 2] No such file or directory: '/home/${pick(r, users)}/data/config-${int(r, 1, 9)}.yaml'`,
  (r) => `PermissionError: [Errno 13] Permission denied: '/var/log/app-${int(r, 1, 9)}.log'`,
  () => `psycopg2.OperationalError: connection to server at "localhost" (127.0.0.1), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?`,
  () => `sqlite3.OperationalError: database is locked`,
  (r) => `! [rejected]        main -> main (fetch first)\nerror: failed to push some refs to 'github.com:${pick(r, users)}/repo-${int(r, 1, 50)}.git'`,
  () => `Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?`,
  (r) => `error[E0382]: borrow of moved value: \`v${int(r, 1, 9)}\`\n --> src/main.rs:${int(r, 2, 80)}:20`,
  (r) => `java.lang.NullPointerException: Cannot invoke "String.length()" because "name" is null\n\tat com.example.App.main(App.java:${int(r, 5, 90)})`,
  (r) => `panic: runtime error: index out of range [${int(r, 3, 9)}] with length ${int(r, 0, 3)}\n\ngoroutine 1 [running]:\nmain.main()\n\t/home/${pick(r, users)}/go/src/app/main.go:${int(r, 5, 90)} +0x1d`,
  () => `google.api_core.exceptions.ResourceExhausted: 429 Quota exceeded for quota metric 'Generate Content API requests per minute' and limit 'GenerateContent request limit per minute for a region' of service 'generativelanguage.googleapis.com'`,
  (r) => `{"error":{"code":"DeploymentNotFound","message":"The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again."}} (deployment gpt4o-${int(r, 1, 9)})`,
  (r) => `{"error":{"message":"请求过于频繁，请稍后再试 (request id: ${relayRequestId(r)})","type":"new_api_error","code":"rate_limit"}}`,
  (r) => `x-request-id: ${hex(r, 8)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 12)}\nHTTP/1.1 502 Bad Gateway\n<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>`,
];

/** Weighted towards the API families (errdoc's home ground), with a long tail. */
export function sampleError(rng: Rng): string {
  const index = rng() < 0.55 ? int(rng, 0, 14) : int(rng, 0, templates.length - 1);
  return templates[index]!(rng);
}

export const sampleTemplateCount = templates.length;
