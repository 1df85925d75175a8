/**
 * LLM / HTTP API errors: credentials, permissions, billing, limits, models, requests,
 * endpoints and upstream failures. The home ground of errdoc: relay gateways (new-api,
 * one-api …) and the big providers each get their own causes, pages and headers.
 */
import { apiCallCode, apiEcos, curlCode, errorBodyCode, listModelsCode, retryCode, sdkClientCode } from "../code/api";
import { block, ecoOf, ic, inline, q, say } from "../code/util";
import { FALLBACK_MODEL_MARKER } from "../code/model-ref";
import { showUrl } from "../providers";
import type { Facts, KnowledgeEntry, Lang, SolutionSpec } from "../types";
import { t } from "../types";
import { apiHost, authHeaderText, cap, endpointText, keyPageStep, relayLabel, serverName, serverSubject, statusPageItem } from "./common";

const primary = (f: Facts) => apiEcos(f).primary;
const host = (f: Facts): string | null => apiHost(f);
const modelName = (f: Facts): string => inline(f.model ?? f.api.model, 80);
/** The model the user asked for, as prose: its name when the paste says it. */
const theModel = (f: Facts): { zh: string; en: string } =>
  f.model ? { zh: ic(f.model), en: ic(f.model) } : { zh: "你请求的模型", en: "the model you request" };
/** OpenAI-SDK snippets only make sense for OpenAI-style endpoints. */
const isOpenAiShape = (f: Facts) => f.api.shape === "chat" || f.api.shape === "responses" || f.api.shape === "embeddings";
/** The fallback model in fallback lists: read from LLM_FALLBACK_MODEL, never invented. */
const fallbackModel = (_model: string): string => FALLBACK_MODEL_MARKER;

/* ---------- small code pieces used by several entries ---------- */

function keyLoadCode(f: Facts, lang: Lang) {
  const s = say(lang);
  const env = f.api.keyEnv;
  const eco = ecoOf(f);
  if (eco === "node") {
    return block("javascript", [
      `import "dotenv/config"; // npm install dotenv${s("：读取项目根目录的 .env", ": loads .env from the project root")}`,
      "",
      `const key = process.env.${env} ?? "";`,
      `console.log({ loaded: key.length > 0, length: key.length, prefix: key.slice(0, 6) }); // ${s("只打印前缀，别打印完整 Key", "print a prefix only, never the whole key")}`,
      "if (key !== key.trim() || /^['\"]|['\"]$/.test(key)) {",
      `  console.warn(${q(s("Key 前后有空格/引号/换行，去掉它们", "the key has spaces, quotes or a newline around it: remove them"))});`,
      "}",
    ]);
  }
  if (eco === null || eco === "python") {
    return block("python", [
      "import os",
      "",
      `from dotenv import load_dotenv  # pip install python-dotenv`,
      "",
      `load_dotenv()  # ${s("读取当前目录的 .env；已存在的环境变量不会被覆盖", "reads .env from the working directory; existing variables win")}`,
      `key = os.environ.get(${q(env)}, "")`,
      `print("loaded:", bool(key), "length:", len(key), "prefix:", key[:6])  # ${s("只打印前缀", "prefix only")}`,
      "if key != key.strip() or key[:1] in (\"'\", '\"'):",
      `    print(${q(s("Key 前后有空格/引号/换行，去掉它们", "the key has spaces, quotes or a newline around it: remove them"))})`,
    ]);
  }
  return block("bash", [
    s("# 确认当前终端里变量存在、长度合理（只看前 6 位）", "# check the variable exists in this shell and looks right (first 6 chars only)"),
    `printf '%s' "$${env}" | wc -c`,
    `printf '%s' "$${env}" | head -c 6; echo`,
    s("# 在 Docker 里运行时要显式传入", "# inside Docker, pass it explicitly"),
    `docker run -e ${env} your-image`,
  ]);
}

function quotaGuardCode(f: Facts, lang: Lang) {
  if (!isOpenAiShape(f)) return apiCallCode(f.api, primary(f), lang);
  const s = say(lang);
  const a = f.api;
  const eco = ecoOf(f);
  if (eco === "node") {
    return block("javascript", [
      'import OpenAI from "openai";',
      "",
      `const client = new OpenAI({ apiKey: process.env.${a.keyEnv}${a.base.kind === "literal" && a.base.url !== a.profile.baseUrl ? `, baseURL: ${q(a.base.url)}` : ""} });`,
      "",
      "try {",
      `  await client.chat.completions.create({ model: ${q(a.model)}, messages: [{ role: "user", content: "ping" }] });`,
      "} catch (err) {",
      '  const quota = err?.code === "insufficient_quota" || err?.status === 402 || /额度|余额|quota|balance|credit/i.test(String(err?.message));',
      "  if (quota) {",
      `    ${s("// 余额/额度用尽：重试不会成功，直接停下并提示充值", "// out of credit: retrying cannot succeed, stop and ask for a top-up")}`,
      `    throw new Error(${q(s("额度已用尽，请充值或调高令牌额度后再运行", "quota exhausted: top up or raise the token quota, then run again"))}, { cause: err });`,
      "  }",
      "  throw err;",
      "}",
    ]);
  }
  if (eco !== null && eco !== "python") return null;
  return block("python", [
    "import os",
    "import re",
    "",
    "import openai",
    "from openai import OpenAI",
    "",
    `client = OpenAI(api_key=os.environ[${q(a.keyEnv)}]${a.base.kind === "literal" && a.base.url !== a.profile.baseUrl ? `, base_url=${q(a.base.url)}` : a.base.kind === "env" ? `, base_url=os.environ[${q(a.base.env)}]` : ""})`,
    "",
    "try:",
    `    resp = client.chat.completions.create(model=${q(a.model)}, messages=[{"role": "user", "content": "ping"}])`,
    "except openai.APIStatusError as e:",
    '    quota = getattr(e, "code", None) == "insufficient_quota" or e.status_code == 402',
    '    quota = quota or re.search(r"额度|余额|quota|balance|credit", str(e.message), re.I) is not None',
    "    if quota:",
    `        ${s("# 余额/额度用尽：重试不会成功，直接停下并提示充值", "# out of credit: retrying cannot succeed, stop and ask for a top-up")}`,
    `        raise SystemExit(${q(s("额度已用尽，请充值或调高令牌额度后再运行", "quota exhausted: top up or raise the token quota, then run again"))}) from e`,
    `    raise  ${s("# 其余错误照常抛出（真正的 429 限流才值得退避重试）", "# anything else propagates (only a real 429 rate limit is worth a backoff retry)")}`,
  ]);
}

function balanceCode(f: Facts, lang: Lang) {
  const s = say(lang);
  const a = f.api;
  const base = showUrl(a.base);
  if (f.isRelay) {
    const b = a.base.kind === "literal" ? a.base.url : `$${a.base.env}`;
    return block("bash", [
      a.base.kind === "env" ? s(`# 先 export ${a.base.env}=https://你的中转域名/v1`, `# first: export ${a.base.env}=https://your-gateway.example.com/v1`) : null,
      s("# new-api / one-api 提供与 OpenAI 旧版兼容的额度查询接口（用同一个令牌）", "# new-api / one-api expose OpenAI-style billing endpoints (same token)"),
      `curl -sS "${b}/dashboard/billing/subscription" -H "Authorization: Bearer $${a.keyEnv}"`,
      s("# hard_limit_usd = 这个令牌（或账户）的总额度；下面查已用量", "# hard_limit_usd = the token's (or account's) total quota; usage below"),
      `curl -sS "${b}/dashboard/billing/usage" -H "Authorization: Bearer $${a.keyEnv}"`,
    ]);
  }
  if (a.profile.id === "deepseek") {
    return block("bash", [s("# DeepSeek 余额查询", "# DeepSeek balance"), `curl -sS https://api.deepseek.com/user/balance -H "Authorization: Bearer $DEEPSEEK_API_KEY"`]);
  }
  if (a.profile.id === "openrouter") {
    return block("bash", [s("# 这把 Key 的额度上限与已用量", "# this key's limit and usage"), `curl -sS https://openrouter.ai/api/v1/key -H "Authorization: Bearer $OPENROUTER_API_KEY"`]);
  }
  if (a.profile.id === "siliconflow") {
    return block("bash", [s("# 账户余额", "# account balance"), `curl -sS https://api.siliconflow.cn/v1/user/info -H "Authorization: Bearer $SILICONFLOW_API_KEY"`]);
  }
  void base;
  return null;
}

function concurrencyCode(f: Facts, lang: Lang) {
  if (!isOpenAiShape(f)) return null;
  const s = say(lang);
  const a = f.api;
  const eco = ecoOf(f);
  const isStock = a.base.kind === "literal" && a.base.url === a.profile.baseUrl && !f.isRelay;
  if (eco === "node") {
    return block("javascript", [
      'import OpenAI from "openai";',
      'import pLimit from "p-limit"; // npm install p-limit',
      "",
      `const client = new OpenAI({ apiKey: process.env.${a.keyEnv},${isStock ? "" : ` baseURL: ${a.base.kind === "literal" ? q(a.base.url) : `process.env.${a.base.env}`},`} maxRetries: 5 });`,
      `const limit = pLimit(4); // ${s("同时最多 4 个请求，按你的 RPM/并发上限调整", "at most 4 requests in flight; tune to your RPM/concurrency limit")}`,
      "",
      "export async function askAll(prompts) {",
      "  return Promise.all(",
      "    prompts.map((prompt) =>",
      "      limit(async () => {",
      "        const resp = await client.chat.completions.create({",
      `          model: ${q(a.model)},`,
      '          messages: [{ role: "user", content: prompt }],',
      "        });",
      "        return resp.choices[0].message.content;",
      "      }),",
      "    ),",
      "  );",
      "}",
    ]);
  }
  if (eco !== null && eco !== "python") return null;
  return block("python", [
    "import asyncio",
    "import os",
    "",
    "from openai import AsyncOpenAI",
    "",
    "client = AsyncOpenAI(",
    `    api_key=os.environ[${q(a.keyEnv)}],`,
    isStock ? null : `    base_url=${a.base.kind === "literal" ? q(a.base.url) : `os.environ[${q(a.base.env)}]`},`,
    `    max_retries=5,  ${s("# 429 时 SDK 自动退避重试并遵守 Retry-After", "# on 429 the SDK backs off and honours Retry-After")}`,
    ")",
    `limit = asyncio.Semaphore(4)  ${s("# 同时最多 4 个请求，按你的 RPM/并发上限调整", "# at most 4 requests in flight; tune to your RPM/concurrency limit")}`,
    "",
    "",
    "async def ask(prompt: str) -> str:",
    "    async with limit:",
    "        resp = await client.chat.completions.create(",
    `            model=${q(a.model)},`,
    '            messages=[{"role": "user", "content": prompt}],',
    "        )",
    "        return resp.choices[0].message.content",
    "",
    "",
    "async def main(prompts: list[str]) -> list[str]:",
    "    return await asyncio.gather(*(ask(p) for p in prompts))",
  ]);
}

/* ---------- auth.invalid_credentials ---------- */

const isMissingKey = (f: Facts) =>
  f.has(/api_key client option must be set|Missing credentials|未提供令牌|Token not provided|no access token|未登录且未提供|You didn't provide an API key|api_key must be set|OPENAI_API_KEY environment variable/i);

export const authInvalidCredentials: KnowledgeEntry = {
  category: "auth.invalid_credentials",
  example: "AuthenticationError: Error code: 401 - {'error': {'code': '', 'message': '无效的令牌 (request id: 20260219100814161456584b503l5fK)', 'type': 'new_api_error'}}",
  subject: (f) => serverSubject(f),
  gist: (f) =>
    isMissingKey(f)
      ? t("请求里根本没有带上 API Key/令牌：客户端没读到 Key（环境变量未设置或为空）。", "The request carried no API key/token at all: the client found no key (the environment variable is unset or empty).")
      : f.isRelay
        ? t("网关不认这个令牌：它在网关里不存在、已被删除、已过期或被禁用，请求没有被转发到上游模型。", "The gateway does not accept this token: it does not exist there, was deleted, expired or disabled, so nothing was forwarded upstream.")
        : t(`${serverName(f).zh} 不接受这次请求携带的 API Key：Key 写错、已失效/被吊销，或没有按它要求的方式发送。`, `${cap(serverName(f).en)} rejected the API key sent with the request: it is wrong, revoked/expired, or not sent the way it expects.`),
  summary: (f) =>
    f.isRelay
      ? t(
          `这是 ${relayLabel(f)} 中转站${host(f) ? `（${host(f)}）` : ""}返回的认证失败：请求里的令牌（sk-…）在网关的数据库里查不到，或已被禁用/过期。请求在网关这一层就被拦下了，上游模型根本没被调用——问题出在令牌本身或它被发到了哪个地址，而不是你的业务代码。`,
          `An authentication failure from the ${relayLabel(f)} gateway${host(f) ? ` (${host(f)})` : ""}: the token (sk-…) in the request is unknown to the gateway's database, or disabled/expired. The gateway stopped the request before any upstream model was called — the problem is the token or the address it was sent to, not your program logic.`,
        )
      : t(
          `${serverName(f).zh} 返回了认证失败（HTTP ${f.httpStatus ?? 401}）：请求带的 API Key 无效、已过期或被吊销，或者根本没带上。这个错误与模型、参数无关，换一把有效的 Key 并确认它真的被发送出去即可。`,
          `${cap(serverName(f).en)} answered with an authentication failure (HTTP ${f.httpStatus ?? 401}): the API key was invalid, expired or revoked, or not sent at all. Model and parameters do not matter here: send a valid key and make sure it actually goes out.`,
        ),
  causes: [
    (f) => isMissingKey(f) && t("Key 没有被读取到：环境变量没设置、`.env` 没加载、改了变量却没重开终端，或在 Docker/IDE 里运行时没传进去。", "The key was never read: the environment variable is unset, `.env` was not loaded, the terminal was not restarted after setting it, or Docker/the IDE did not pass it in."),
    (f) =>
      f.isRelay
        ? t("令牌已被删除、禁用（“该令牌状态不可用”），或设置的过期时间已过（“该令牌已过期”）。", "The token was deleted or disabled (\"token status unavailable\"), or its expiry time has passed (\"token has expired\").")
        : t("Key 已被删除、轮换或吊销（例如在控制台里重新生成过、或因泄露被自动禁用）。", "The key was deleted, rotated or revoked (regenerated in the console, or auto-disabled after a leak)."),
    t("Key 复制不完整或夹带了多余字符：前后有空格、引号、换行，或者只复制了一部分。", "The key was copied incompletely or with extra characters: spaces, quotes or a newline around it, or only part of it."),
    (f) =>
      f.isRelay
        ? t(`Key 和地址不匹配：中转站的令牌只能发给中转站（${host(f) ?? "你的中转域名"}），发给 api.openai.com 会 401；反过来官方 Key 发给中转站也一样不认。`, `Key and address do not match: a gateway token only works on the gateway (${host(f) ?? "your gateway's domain"}); sent to api.openai.com it gets a 401, and an official key sent to the gateway is equally unknown.`)
        : t("Key 和地址不匹配：用了第三方中转站的 Key 却请求官方地址（或反过来），或 SDK 读到了另一个 `*_BASE_URL` 环境变量。", "Key and address do not match: a third-party gateway's key sent to the official endpoint (or the reverse), or the SDK picked up another `*_BASE_URL` variable."),
    (f) => (f.api.auth === "anthropic" || f.api.auth === "gemini" || f.api.auth === "azure" ? authHeaderText(f) : null),
    (f) => f.has(/API_KEY_INVALID|API key not valid/) && t("Gemini 的 Key 要在 Google AI Studio 生成；在 Google Cloud 控制台建的 Key 如果设置了 API 限制而没勾选 “Generative Language API”，也会报 API key not valid。", "Gemini keys come from Google AI Studio; a Google Cloud key whose API restrictions do not include the \"Generative Language API\" also fails with API key not valid."),
    (f) => f.has(/Incorrect API key provided/) && t("OpenAI 明确说 Key 不正确：常见于 Key 已在 https://platform.openai.com/api-keys 被删除，或者用的是另一个组织/项目的旧 Key。", "OpenAI says the key is incorrect: usually it was deleted at https://platform.openai.com/api-keys, or it is an old key from another organization/project."),
  ],
  solutions: [
    {
      title: (f) => (f.isRelay ? t("在中转站后台核对令牌，并用 curl 单独验证", "Check the token in the gateway console and verify it with curl") : t("换一把有效的 Key，并用 curl 单独验证", "Use a valid key and verify it on its own with curl")),
      steps: [
        (f) => keyPageStep(f),
        (f) =>
          f.isRelay
            ? t("令牌若是“已禁用/已过期/额度用尽”：编辑令牌改为启用、延长过期时间（或设为永不过期）、调高额度；或者直接新建一个令牌。", "If the token is disabled/expired/out of quota: enable it, extend or remove its expiry, raise its quota — or just create a new token.")
            : t("新建 Key 后立刻复制（很多平台只显示一次），保存到环境变量里。", "Copy a new key right after creating it (most consoles show it once) and store it in an environment variable."),
        (f) =>
          f.api.isFromPaste
            ? t(`运行下面的 curl（地址就是你报错里的 ${ic(endpointText(f))}）：返回 200 说明 Key 没问题，问题在代码的配置；仍然 ${f.httpStatus ?? 401} 说明 Key 本身无效。`, `Run the curl below (same address as in your error, ${ic(endpointText(f))}): 200 means the key is fine and your code's configuration is at fault; ${f.httpStatus ?? 401} again means the key itself is invalid.`)
            : t(`运行下面的 curl（${ic(endpointText(f))}，换成你实际调用的地址）：返回 200 说明 Key 没问题，问题在代码的配置；仍然 ${f.httpStatus ?? 401} 说明 Key 本身无效。`, `Run the curl below (${ic(endpointText(f))}, i.e. the address you actually call): 200 means the key is fine and your code's configuration is at fault; ${f.httpStatus ?? 401} again means the key itself is invalid.`),
        (f) => f.requestId && f.isRelay && t(`还是 401 且你确认令牌有效：把请求 ID \`${inline(f.requestId, 80)}\` 发给中转站管理员，他们能在日志里看到这次请求带的是哪个令牌。`, `Still 401 with a token you know is valid: send request id \`${inline(f.requestId, 80)}\` to the gateway's admin; their log shows which token this request carried.`),
      ],
      code: (f, lang) => curlCode(f.api, lang),
    },
    {
      title: (f) => (f.isRelay ? t("代码里从环境变量读 Key，并把 base_url 指向同一个中转站", "Read the key from the environment and point base_url at the same gateway") : t("代码里从环境变量读 Key，并确认地址与 Key 属于同一平台", "Read the key from the environment and make sure the address matches the key's platform")),
      steps: [
        (f) => t(`Key 只从环境变量 ${ic(f.api.keyEnv)} 读取，不要写死在代码里（写死的 Key 最容易过期了还在用）。`, `Read the key only from ${ic(f.api.keyEnv)}; never hard-code it (hard-coded keys are the ones still in use after they expire).`),
        (f) =>
          f.isRelay
            ? t(`base_url 用中转站地址 ${ic(showUrl(f.api.base))}（通常以 /v1 结尾），不要留空——留空时 SDK 默认请求 api.openai.com。`, `Set base_url to the gateway, ${ic(showUrl(f.api.base))} (usually ending in /v1); leaving it empty makes the SDK call api.openai.com.`)
            : authHeaderText(f),
        t("检查是否有别的环境变量在“抢”：例如同时设置了 `OPENAI_BASE_URL`/`OPENAI_API_KEY` 和代码里的参数，SDK 会按优先级取其中一个。", "Look for variables that compete: e.g. `OPENAI_BASE_URL`/`OPENAI_API_KEY` set in the shell as well as in code; the SDK takes one of them by precedence."),
      ],
      code: (f, lang) => sdkClientCode(f.api, primary(f), lang),
    },
    {
      title: t("确认程序真的读到了这把 Key", "Make sure the program actually reads the key"),
      steps: [
        t("在同一个终端里先设置变量再启动程序；改了 `.env` 或系统环境变量后要重启终端/IDE/服务。", "Set the variable in the same terminal you start the program from; restart the terminal/IDE/service after editing `.env` or system variables."),
        t("在 Docker / docker compose / CI 里，变量要显式传入（`-e`、`environment:`、secrets），容器不会继承你本机的 shell 变量。", "In Docker / docker compose / CI, pass the variable explicitly (`-e`, `environment:`, secrets); containers do not inherit your shell."),
        t("打印 Key 的长度和前几位（不要打印完整 Key）确认读到的是你以为的那一把。", "Print the key's length and first characters (never the whole key) to confirm it is the one you think."),
      ],
      code: (f, lang) => keyLoadCode(f, lang),
    },
  ],
  prevention: [
    t("Key 只放在环境变量或密钥管理服务里；`.env` 加进 `.gitignore`，用 gitleaks 之类的工具在提交前扫描。", "Keep keys in environment variables or a secret manager; add `.env` to `.gitignore` and scan commits with a tool such as gitleaks."),
    t("程序启动时就校验 Key 是否存在、格式是否像样，缺失就立即报错退出，而不是带着空 Key 发请求。", "Validate at start-up that the key is present and well-formed; fail fast instead of sending requests with an empty key."),
    (f) => (f.isRelay ? t("为中转站令牌记录它的分组、过期时间和额度，到期前提醒续期；开发、测试、生产用不同的令牌。", "Record each gateway token's group, expiry and quota and renew before it expires; use separate tokens for dev, test and production.") : t("开发、测试、生产用不同的 Key，定期轮换；轮换时先上新 Key 再删旧 Key。", "Use separate keys for dev, test and production and rotate them; deploy the new key before deleting the old one.")),
    t("把 401 当成不可重试的错误：记录日志并提示用户检查配置，而不是无限重试。", "Treat 401 as non-retryable: log it and tell the user to check configuration instead of retrying forever."),
  ],
  tools: [
    t("curl -v：看清楚实际发出去的请求头和服务端返回的错误体", "curl -v: see exactly which headers went out and the error body that came back"),
    t("Postman / Insomnia / Bruno：图形界面里单独测试 Key 和接口", "Postman / Insomnia / Bruno: test the key and endpoint in isolation"),
    t("python-dotenv / dotenv（Node）：从 `.env` 加载环境变量", "python-dotenv / dotenv (Node): load environment variables from `.env`"),
    t("gitleaks / git-secrets：防止 Key 被提交进仓库", "gitleaks / git-secrets: keep keys out of the repository"),
  ],
};

/* ---------- auth.forbidden ---------- */

const isRegion = (f: Facts) => f.has(/unsupported_country_region_territory|Country, region, or territory not supported|User location is not supported|not available in your country|region is not supported/i);
const isModelPermission = (f: Facts) => f.has(/无权(?:使用|访问)模型|無權存取模型|no access to (?:any )?models?|not allowed to (?:access|use) (?:the )?model|does not have access to model|permission_error|PERMISSION_DENIED|does not have permission/i);
const isIpBlock = (f: Facts) => f.has(/网段|IP 不在|IP not authorized|is not allowed to access|白名单|allow-?list|whitelist|无法解析客户端 IP/i);
const isBanned = (f: Facts) => f.has(/已被封禁|banned|access was terminated|has been restricted|account (?:is )?(?:suspended|deactivated)/i);
const isGroup = (f: Facts) => f.has(/分组\s*\S{0,40}\s*(?:已被禁用|已被弃用|不存在)|无权访问\s*\S{0,40}\s*分组|无权访问该分组|access to (?:this )?group/i);

export const authForbidden: KnowledgeEntry = {
  category: "auth.forbidden",
  example: "403 Client Error: Forbidden for url: https://www.dmxapi.cn/v1/chat/completions",
  subject: (f) => serverSubject(f),
  gist: (f) =>
    t(
      `${serverName(f).zh} 收到了请求，但拒绝执行（HTTP 403）：这把 Key/这个账号没有权限做这件事，或者来源（IP、地区）不被允许。`,
      `${cap(serverName(f).en)} received the request but refused it (HTTP 403): this key/account is not allowed to do this, or the origin (IP, region) is not allowed.`,
    ),
  summary: (f) => {
    if (isRegion(f)) return t("服务商拒绝了来自你所在国家/地区的请求（403）。这不是 Key 的问题：同一把 Key 从受支持地区的服务器调用就能用。", "The provider refuses requests from your country/region (403). The key is fine: the same key works when called from a server in a supported region.");
    if (isModelPermission(f)) return t("Key 有效，但它没有使用这个模型的权限（403）：令牌/项目限制了可用模型，或者账号还没开通该模型。", "The key is valid but not allowed to use this model (403): the token/project restricts models, or the account has no access to it yet.");
    if (isIpBlock(f)) return t("Key 有效，但请求来源 IP 不在允许列表里（403）：令牌或项目设置了 IP 白名单/网段限制。", "The key is valid but the request's source IP is not on the allow-list (403): the token or project restricts IPs/subnets.");
    if (isBanned(f)) return t("账号或组织被封禁/限制（403）：这需要服务商处理，代码和 Key 层面都绕不过去。", "The account or organization is banned/restricted (403): only the provider can lift this; no code or key change gets around it.");
    return f.isRelay
      ? t(
          `${serverName(f).zh} 返回了 403 禁止访问：请求到达了网关，但被它的访问控制拒绝——常见是令牌无效（部分网关对无效令牌回 403 而不是 401）、令牌限制了模型或 IP、分组被禁用，或者网关前面的 WAF/CDN 拦下了请求。只有状态码时，先把响应体打印出来，具体原因几乎总写在 body 里。`,
          `${cap(serverName(f).en)} answered 403 Forbidden: the request reached it but its access control refused it — typically an invalid token (some gateways answer 403 rather than 401), a token restricted to other models or IPs, a disabled group, or a WAF/CDN in front of the gateway. With only a status line, print the response body first: the reason is almost always written there.`,
        )
      : t(
          `${serverName(f).zh} 返回了 403 禁止访问：服务端理解了请求但拒绝执行。和 401 不同，403 通常表示身份已识别但权限不够（Key 的权限范围、项目/组织设置、IP 或地区限制）。先读响应体里的 message，它会指明是哪一种。`,
          `${cap(serverName(f).en)} answered 403 Forbidden: it understood the request but refuses it. Unlike 401, a 403 usually means you were identified but lack permission (key scope, project/organization settings, IP or region limits). Read the message in the response body first; it names which one.`,
        );
  },
  causes: [
    (f) => isRegion(f) && t("所在地区不受支持：OpenAI 的 unsupported_country_region_territory、Gemini 的 User location is not supported 都是按请求来源 IP 判断的。", "Unsupported region: OpenAI's unsupported_country_region_territory and Gemini's User location is not supported are decided by the request's source IP."),
    (f) => isModelPermission(f) && (f.isRelay ? t(`令牌设置了“模型限制”，${f.model ? `不包含 ${ic(f.model)}` : "不包含你请求的模型"}；或者令牌所在分组没有这个模型。`, `The token has a model restriction ${f.model ? `that excludes ${ic(f.model)}` : "that excludes the requested model"}, or its group does not offer that model.`) : t("项目/Key 的权限范围不包含这个模型或接口（例如 restricted key 只开放了部分端点）。", "The project/key's permissions do not include this model or endpoint (e.g. a restricted key that only allows some endpoints).")),
    (f) => isIpBlock(f) && t("令牌/项目开启了 IP 白名单，当前出口 IP 不在其中（在服务器、Docker、代理后面时出口 IP 往往和你想的不一样）。", "The token/project has an IP allow-list and the current egress IP is not on it (behind servers, Docker or proxies the egress IP is often not what you expect)."),
    (f) => isBanned(f) && t("账号或组织被封禁/限制，可能是欠费、违反使用政策或风控。", "The account or organization is banned/restricted: unpaid bills, a usage-policy violation or fraud controls."),
    (f) => isGroup(f) && t(`令牌所在的分组${f.group ? ` ${ic(f.group)}` : ""}被禁用、弃用或你无权访问。`, `The token's group${f.group ? ` ${ic(f.group)}` : ""} is disabled, deprecated or not available to you.`),
    (f) => !isRegion(f) && !isModelPermission(f) && !isIpBlock(f) && !isBanned(f) && t("Key 无效或缺失：有些网关对无效/缺失的令牌直接返回 403 而不是 401。", "A wrong or missing key: some gateways answer 403 instead of 401 for an invalid or missing token."),
    (f) => !isRegion(f) && !isModelPermission(f) && !isIpBlock(f) && !isBanned(f) && t("权限不足：这把 Key 没有访问该端点或模型的权限（例如模型需要单独开通、Key 只开放了部分接口）。", "Insufficient permission: the key may not use this endpoint or model (a model that must be enabled separately, a key limited to some endpoints)."),
    (f) => !isRegion(f) && !isModelPermission(f) && !isIpBlock(f) && !isBanned(f) && t("IP 或地区限制：服务端配置了 IP 白名单，或不接受你所在地区的请求。", "IP or region limits: the server has an IP allow-list, or refuses your region."),
    (f) => !isRegion(f) && !isModelPermission(f) && !isIpBlock(f) && !isBanned(f) && t("WAF/CDN 拦截：网关前的 Cloudflare 等防护把请求当成了机器人（例如默认的 `python-requests` User-Agent、请求过于密集）。", "WAF/CDN blocking: Cloudflare or similar in front of the gateway treated the request as a bot (e.g. the default `python-requests` User-Agent, bursts of requests)."),
  ],
  solutions: [
    {
      title: t("先把 403 的响应体打印出来：具体原因写在 body 里", "Print the 403 response body first: the reason is written there"),
      steps: [
        (f) => t(`用下面的代码直接请求${f.api.isFromPaste ? "报错里的地址 " : " "}${ic(endpointText(f))}，Key 从环境变量 ${ic(f.api.keyEnv)} 读取，打印状态码和完整响应体。`, `Call ${f.api.isFromPaste ? "the address from your error, " : ""}${ic(endpointText(f))}, directly with the code below, key read from ${ic(f.api.keyEnv)}, and print the status and the whole body.`),
        t("body 里提到 token/令牌/key → 按“认证失败”处理；提到 model/模型 → 模型权限；提到 IP/地区 → 访问来源；返回的是 HTML 页面 → 被 WAF/CDN 拦截。", "Body mentions token/key → treat it as an authentication failure; mentions a model → model permission; mentions IP/region → request origin; an HTML page → blocked by a WAF/CDN."),
        (f) => t(`${authHeaderText(f).zh}`, `${authHeaderText(f).en}`),
      ],
      code: (f, lang) => apiCallCode(f.api, primary(f), lang),
    },
    {
      when: (f) => !isRegion(f),
      title: (f) => (f.isRelay ? t("在中转站后台检查令牌的权限设置", "Check the token's permissions in the gateway console") : t("在控制台检查 Key 的权限、模型与 IP 限制", "Check the key's permissions, models and IP limits in the console")),
      steps: [
        (f) => keyPageStep(f),
        (f) => (f.isRelay ? t(`打开令牌的编辑页：模型限制里是否包含${theModel(f).zh}；IP 限制（允许的网段）是否包含你的出口 IP；令牌分组是否可用。`, `Open the token's edit page: does its model restriction include ${theModel(f).en}; does its IP restriction (allowed subnets) include your egress IP; is its group usable?`) : t(`确认 Key 所属的项目/组织可以使用${theModel(f).zh}，Key 不是只读或受限 Key。`, `Make sure the key's project/organization may use ${theModel(f).en} and the key is not read-only or restricted.`)),
        t("查看自己的出口 IP：在调用 API 的那台机器上运行 `curl https://ifconfig.me`，把结果加入白名单（或暂时去掉 IP 限制验证）。", "Find your egress IP by running `curl https://ifconfig.me` on the machine that calls the API; add it to the allow-list (or lift the restriction briefly to confirm)."),
        (f) => f.requestId && t(`仍无法确定原因：把请求 ID \`${inline(f.requestId, 80)}\` 提供给服务商客服/技术支持，让他们查这次 403 的具体规则。`, `Still unclear: give request id \`${inline(f.requestId, 80)}\` to the provider's support so they can look up which rule produced this 403.`),
      ],
      code: (f, lang) => curlCode(f.api, lang),
    },
    {
      when: (f) => isRegion(f),
      title: t("从受支持的地区调用 API", "Call the API from a supported region"),
      steps: [
        (f) => (f.api.profile.id === "gemini" ? t("Gemini：在 Google AI Studio 为项目启用结算后，部分地区的免费层限制会解除；或改用 Vertex AI（按 GCP 区域计费）。", "Gemini: enabling billing for the project in Google AI Studio lifts the free-tier region limit in some places; or use Vertex AI (billed per GCP region).") : t("查看服务商的支持地区列表（OpenAI：https://platform.openai.com/docs/supported-countries）。", "Check the provider's supported-regions list (OpenAI: https://platform.openai.com/docs/supported-countries).")),
        t("把调用 API 的服务端部署到受支持地区的云主机上，前端只调用你自己的服务端。", "Deploy the code that calls the API to a cloud host in a supported region; your front end calls only your own server."),
        t("确认服务器真实出口 IP 所在地区：`curl https://ipinfo.io`。", "Confirm the server's real egress location: `curl https://ipinfo.io`."),
      ],
      code: (f, lang) => curlCode(f.api, lang),
    },
    {
      when: (f) => !isRegion(f) && !isModelPermission(f) && !isIpBlock(f) && !isBanned(f),
      title: t("排除 WAF/CDN 拦截", "Rule out a WAF/CDN block"),
      steps: [
        t("如果 403 的 body 是 HTML（Cloudflare 的 “Attention Required” / “Access denied” 页面），说明请求在 CDN 层就被拦了，没到 API。", "If the 403 body is HTML (Cloudflare's \"Attention Required\" / \"Access denied\"), the CDN stopped the request before it reached the API."),
        t("用官方 SDK 或设置一个正常的 User-Agent；降低并发和突发频率；不要通过被封禁的公共代理/VPN 出口访问。", "Use the official SDK or a normal User-Agent; lower concurrency and bursts; avoid public proxy/VPN exits that are blocked."),
        t("仍被拦截就联系服务商，提供时间、出口 IP 和 CF-Ray（HTML 页面底部的一串 ID）。", "If it persists, contact the provider with the time, your egress IP and the CF-Ray id at the bottom of the HTML page."),
      ],
    },
  ],
  prevention: [
    t("日志里同时记录状态码、响应体和请求 ID：403 的原因只在 body 里。", "Log the status, the response body and the request id together: a 403's reason is only in the body."),
    t("为每个环境准备独立的 Key/令牌，并记录它的模型范围、IP 白名单和分组。", "Keep a separate key/token per environment and record its model scope, IP allow-list and group."),
    t("服务器出口 IP 变化（换机房、上 NAT、走代理）前，先更新白名单。", "Update allow-lists before the server's egress IP changes (new host, NAT, proxy)."),
    t("把 403 当成配置问题报警，而不是自动重试。", "Alert on 403 as a configuration problem rather than retrying it."),
  ],
  tools: [
    t("curl -v / httpie：查看完整响应头与响应体", "curl -v / httpie: see the full response headers and body"),
    t("https://ifconfig.me、https://ipinfo.io：查出口 IP 及其所在地区", "https://ifconfig.me, https://ipinfo.io: find your egress IP and its location"),
    (f) => (f.isRelay ? t("中转站控制台的「令牌管理」与「日志」页", "The gateway console's Tokens and Logs pages") : f.api.profile.keyPage ? t(`${f.api.profile.label} 控制台：${f.api.profile.keyPage}`, `${f.api.profile.label} console: ${f.api.profile.keyPage}`) : null),
    t("Postman / Insomnia：对照测试不同的 Key 和请求头", "Postman / Insomnia: compare keys and headers side by side"),
  ],
};

/* ---------- billing.quota_exceeded ---------- */

const isTokenQuota = (f: Facts) => f.has(/令牌额度|该令牌额度已用尽|token quota|Token amount has been exhausted|TokenStatusExhausted|token\.RemainQuota|pre_consume_token_quota_failed/i);
const isPreConsume = (f: Facts) => f.has(/预扣费|pre-?consumed? quota|need quota|需要预扣费额度/i);

export const billingQuotaExceeded: KnowledgeEntry = {
  category: "billing.quota_exceeded",
  example: "openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}",
  subject: (f) => serverSubject(f),
  gist: (f) =>
    f.isRelay
      ? isTokenQuota(f)
        ? t("这个令牌的额度用完了：网关按令牌单独计额度，用尽后拒绝请求，与账户余额无关。", "This token's quota is used up: the gateway meters each token separately and refuses requests once it is spent, whatever the account balance.")
        : t("账户余额/额度不够支付这次请求：网关在转发前会先预扣额度，不够就直接拒绝。", "The account balance/quota cannot cover this request: the gateway reserves quota before forwarding and refuses when it is short.")
      : t(`${serverName(f).zh} 账户的余额或配额已经用完，需要充值/绑定付款方式后才能继续调用。`, `The ${serverName(f).en} account has run out of balance or quota; add credit or a payment method to continue.`),
  summary: (f) => {
    if (f.isRelay) {
      const q = f.quota;
      const numbers = q ? t(`（剩余 ${q.remain}${q.need ? `，本次需要 ${q.need}` : ""}）`, ` (remaining ${q.remain}${q.need ? `, this request needs ${q.need}` : ""})`) : t("", "");
      if (isPreConsume(f))
        return t(
          `中转站在把请求转发给上游之前，会按 prompt 长度和 max_tokens 估算费用并“预扣”额度；你的剩余额度不够这次预扣${numbers.zh}，所以请求被拒绝。注意：即使实际用量会更少，预扣也按上限估算——调小 max_tokens 往往就能通过。`,
          `Before forwarding, the gateway estimates the cost from the prompt length and max_tokens and reserves ("pre-consumes") that quota; your remaining quota cannot cover the reservation${numbers.en}, so the request was refused. The reservation uses the upper bound even if the real usage would be lower — lowering max_tokens often lets it through.`,
        );
      return isTokenQuota(f)
        ? t(`中转站的每个令牌都有自己的额度上限；这个令牌的额度已经用尽${numbers.zh}。账户里可能还有余额，但这个令牌不能再用，需要调高令牌额度或换令牌。`, `Every gateway token has its own quota limit and this one is used up${numbers.en}. The account may still have balance, but this token cannot spend it: raise the token's quota or use another token.`)
        : t(`中转站账户（用户）的余额不足${numbers.zh}。这和令牌无关：同一账户下的所有令牌都会失败，需要充值。`, `The gateway account (user) balance is too low${numbers.en}. It is not about the token: every token of this account fails until you top up.`);
    }
    if (f.has(/insufficient_quota|exceeded your current quota/i))
      return t("OpenAI 的 insufficient_quota 虽然是 429，但不是限流：账户的预付额度（credits）用完了，或者从未充值、免费额度已过期，或者项目设置的预算上限到了。等待和重试都不会恢复。", "OpenAI's insufficient_quota comes as a 429 but is not rate limiting: the account's prepaid credits are spent, were never bought, the free grant expired, or a project budget cap was hit. Waiting and retrying will not help.");
    if (f.has(/credit balance is too low/i)) return t("Anthropic 账户的预付额度（credit balance）太低，无法调用 API。Claude.ai 的订阅和 API 额度是分开计费的。", "The Anthropic account's prepaid credit balance is too low to call the API. A Claude.ai subscription and API credits are billed separately.");
    if (f.api.profile.id === "gemini") return t("Gemini 返回了配额耗尽且没有可用的免费额度（limit: 0 或该模型无免费层）：需要在 Google AI Studio 为项目启用结算，或换用有免费层的模型。", "Gemini reports an exhausted quota with no free allowance (limit: 0 or no free tier for this model): enable billing for the project in Google AI Studio or use a model with a free tier.");
    return t(`${serverName(f).zh} 表示账户余额或配额不足（常见为 402 Payment Required 或 429 insufficient_quota）：需要充值或调高额度后才能继续。`, `${cap(serverName(f).en)} says the balance or quota is insufficient (often 402 Payment Required or 429 insufficient_quota): top up or raise the limit to continue.`);
  },
  causes: [
    (f) => f.isRelay && isTokenQuota(f) && t("令牌设置了额度上限，已经用完（“该令牌额度已用尽” / TokenStatusExhausted）。", "The token has a quota limit and it is spent (\"token quota exhausted\" / TokenStatusExhausted)."),
    (f) => f.isRelay && !isTokenQuota(f) && t("账户余额不足（“用户额度不足” / insufficient_user_quota）：所有令牌共享账户余额。", "The account balance is short (\"user quota is not enough\" / insufficient_user_quota): all tokens share it."),
    (f) => f.isRelay && isPreConsume(f) && t("max_tokens 设得很大（或没设，网关按模型上限估算），预扣额度超过了剩余额度。", "max_tokens is large (or unset, so the gateway assumes the model's maximum), and the reservation exceeds what is left."),
    (f) => !f.isRelay && t("预付额度用完或从未充值：很多平台的 API 需要预付费，网页版订阅（ChatGPT Plus、Claude Pro）不包含 API 额度。", "Prepaid credit is spent or was never bought: many APIs are prepaid, and chat subscriptions (ChatGPT Plus, Claude Pro) do not include API credit."),
    (f) => !f.isRelay && t("免费额度已过期，或项目/组织设置了月度预算上限并已达到。", "The free grant expired, or a monthly budget cap on the project/organization was reached."),
    (f) => !f.isRelay && t("充值后仍报错：付款未完成、额度到账需要几分钟，或 Key 属于另一个组织/项目。", "Still failing after a top-up: the payment did not complete, credit takes a few minutes to appear, or the key belongs to another organization/project."),
  ],
  solutions: [
    {
      title: (f) =>
        f.isRelay ? (isTokenQuota(f) ? t("调高令牌额度（或设为无限额度），或换一个有额度的令牌", "Raise the token's quota (or make it unlimited), or use a token that has quota") : t("给中转站账户充值", "Top up the gateway account")) : t("充值或调整预算上限", "Add credit or raise the budget cap"),
      steps: [
        (f) =>
          f.isRelay
            ? isTokenQuota(f)
              ? t("中转站控制台 →「令牌管理」→ 编辑该令牌：调高“额度”或勾选“无限额度”，保存后立即生效，不需要改代码。", "Gateway console → Tokens → edit the token: raise its quota or tick \"unlimited quota\"; it takes effect at once, no code change needed.")
              : t(`中转站控制台 →「钱包/充值」：充值或使用兑换码${f.api.profile.billingPage ? `（${f.api.profile.billingPage}）` : ""}；充值后同一账户下的令牌都能继续使用。`, `Gateway console → Wallet/Top up: add credit or redeem a code${f.api.profile.billingPage ? ` (${f.api.profile.billingPage})` : ""}; every token of the account works again afterwards.`)
            : f.api.profile.billingPage
              ? t(`打开 ${f.api.profile.label} 的账单页 ${f.api.profile.billingPage}：充值 credits / 绑定付款方式，并检查项目或组织的预算上限。`, `Open ${f.api.profile.label}'s billing page ${f.api.profile.billingPage}: buy credits / add a payment method, and check project or organization budget caps.`)
              : t("到服务商控制台的账单页充值或绑定付款方式，并检查是否设置了预算上限。", "Add credit or a payment method in the provider console's billing page, and check for budget caps."),
        (f) => f.isRelay && isPreConsume(f) && t("不想充值时：把请求的 max_tokens 调小（例如 1024），预扣额度会相应减少。", "If you cannot top up: lower max_tokens (e.g. 1024) and the reservation shrinks accordingly."),
        (f) => {
          const masked = /\[(sk-[A-Za-z0-9]{1,8}[*…]{2,}[A-Za-z0-9]{0,8})\]/.exec(f.text)?.[1];
          return f.isRelay && isTokenQuota(f)
            ? t(`改完额度直接重试即可。${masked ? `报错里的令牌是 \`${masked}\`：在令牌列表里找前后缀对得上的那一个，别改错令牌。` : "确认改的是代码实际使用的那个令牌。"}`, `Retry right after changing the quota. ${masked ? `The error names the token \`${masked}\`: pick the one whose prefix and suffix match in the token list.` : "Make sure you changed the token your code actually uses."}`)
            : t("充值后等几分钟再试；如果仍报同样的错，确认 Key 属于你刚充值的那个账户/项目。", "Wait a few minutes after paying; if the same error remains, check the key belongs to the account/project you topped up.");
        },
        (f) => f.requestId && t(`对扣费有疑问时，把请求 ID \`${inline(f.requestId, 80)}\` 提供给服务商客服/技术支持核对账单。`, `If the charge looks wrong, give request id \`${inline(f.requestId, 80)}\` to the provider's support to check the billing.`),
      ],
      code: (f, lang) => balanceCode(f, lang),
    },
    {
      title: t("在代码里把“额度用尽”当作不可重试的错误", "Treat \"out of quota\" as non-retryable in code"),
      steps: [
        t("额度错误和限流都可能是 429，但额度错误重试多少次都不会成功，只会刷屏日志、拖慢程序。", "Quota errors and rate limits can both be 429, but a quota error never succeeds on retry; it only floods logs and slows everything."),
        t("根据错误的 code/type（insufficient_quota、402、包含“额度/余额”的 message）区分处理：额度不足立即停下并提示充值，真正的限流才做退避重试。", "Tell them apart by code/type (insufficient_quota, 402, a message about quota/balance): stop and ask for a top-up on quota errors, back off and retry only on real rate limits."),
      ],
      code: (f, lang) => quotaGuardCode(f, lang),
    },
    {
      title: t("降低单次请求的花费", "Spend less per request"),
      steps: [
        t("设置合理的 max_tokens，不要留空或设成模型上限；长文本先截断或摘要。", "Set a sensible max_tokens rather than leaving it empty or at the model maximum; truncate or summarise long inputs."),
        (f) => (f.model ? t(`日常任务换用更便宜的模型（例如 ${ic(f.model)} 同系列的 mini/flash 版本），在控制台的用量页确认每天的消耗。`, `Use a cheaper model for routine work (e.g. a mini/flash sibling of ${ic(f.model)}) and check daily spend on the usage page.`) : t("日常任务换用更便宜的模型（同系列的 mini/flash 版本），在控制台的用量页确认每天的消耗。", "Use a cheaper model for routine work (a mini/flash variant) and check daily spend on the usage page.")),
      ],
    },
  ],
  prevention: [
    t("在控制台设置余额提醒/自动充值，并给每个令牌/项目设置预算上限，避免一个脚本耗光全部额度。", "Set balance alerts or auto top-up, and a budget per token/project so one script cannot drain everything."),
    t("上线前估算用量：请求数 × (输入 + 输出 token) × 单价，留出余量。", "Estimate usage before launch: requests × (input + output tokens) × price, with headroom."),
    t("监控中区分“额度用尽”和“限流”两类告警，前者通知负责付费的人。", "Alert separately on \"quota exhausted\" and \"rate limited\"; route the former to whoever pays."),
  ],
  tools: [
    (f) => (f.api.profile.billingPage ? t(`${f.api.profile.label} 账单/用量页：${f.api.profile.billingPage}`, `${f.api.profile.label} billing/usage page: ${f.api.profile.billingPage}`) : t("服务商控制台的账单与用量页", "The provider console's billing and usage pages")),
    (f) => f.isRelay && t("中转站控制台的「令牌管理」「钱包」「使用日志」页：看每个令牌的剩余额度和每次请求的扣费", "The gateway console's Tokens, Wallet and Usage log pages: each token's remaining quota and each request's charge"),
    t("tiktoken / 服务商的 token 计数接口：请求前估算花费", "tiktoken / the provider's token-count API: estimate cost before sending"),
  ],
};

/* ---------- rate_limit ---------- */

export const rateLimit: KnowledgeEntry = {
  category: "rate_limit",
  example: "openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o in organization org-abc on tokens per min (TPM): Limit 30000, Used 29500, Requested 1200. Please try again in 1.4s.', 'type': 'tokens', 'code': 'rate_limit_exceeded'}}",
  subject: (f) => serverSubject(f),
  gist: (f) =>
    t(
      `请求太频繁，超过了${f.isRelay ? "中转站为你的账户/令牌" : ` ${serverName(f).zh} 为你的账户`}设定的速率上限（每分钟请求数、每分钟 token 数或并发数）${f.retryAfter ? `，服务端要求等待约 ${f.retryAfter} 秒再试` : ""}。`,
      `Too many requests: you exceeded the rate limit ${f.isRelay ? "the gateway sets for your account/token" : `${cap(serverName(f).en)} sets for your account`} (requests per minute, tokens per minute or concurrency)${f.retryAfter ? `; the server asks you to wait about ${f.retryAfter} s` : ""}.`,
    ),
  summary: (f) => {
    if (f.has(/TPM|tokens per min/i)) return t("触发的是 TPM（每分钟 token 数）限制：不只是请求次数，每次请求的输入+输出 token 都计入额度。单次请求太大（长上下文、大 max_tokens）也会很快触顶。", "This is a TPM (tokens per minute) limit: input plus output tokens of every request count, not just the number of requests. A few large requests (long context, big max_tokens) hit it quickly.");
    if (f.has(/RPM|requests per min/i)) return t("触发的是 RPM（每分钟请求数）限制：短时间内请求次数太多。需要限速、排队，或者申请更高的额度。", "This is an RPM (requests per minute) limit: too many requests in a short window. Throttle, queue, or get a higher limit.");
    if (f.has(/[Cc]oncurren|并发/)) return t("触发的是并发数限制：同一时刻在处理中的请求太多。用信号量/队列把并发压到上限以下即可。", "This is a concurrency limit: too many requests in flight at once. Keep in-flight requests below the cap with a semaphore or queue.");
    if (f.has(/86400|per day|RPD|daily/i)) return t("触发的是按天计算的配额（或定价层的长时间窗口）：等待几秒不会恢复，需要等到窗口重置或申请提额。", "This is a daily quota (or a long pricing-tier window): waiting seconds will not help; wait for the reset or request a higher quota.");
    if (f.isRelay) return t("中转站对你的账户/令牌做了限流（例如“N 分钟内最多请求 M 次”，失败的请求也计数）。这是网关自己的规则，与上游模型无关，需要降低频率或请管理员调整。", "The gateway rate-limits your account/token (e.g. \"at most M requests in N minutes\", failed requests included). It is the gateway's own rule, not the upstream model's: slow down or ask the admin to change it.");
    return t(`${serverName(f).zh} 返回 429：单位时间内请求或 token 太多。正确做法是带退避的重试（遵守 Retry-After）加上客户端限速，而不是立即重试。`, `${cap(serverName(f).en)} answered 429: too many requests or tokens per unit of time. The fix is retrying with backoff (honouring Retry-After) plus client-side throttling, not immediate retries.`);
  },
  causes: [
    t("短时间内并发发出了大量请求（循环里直接 `await`/并发调用、多进程/多实例共享同一个 Key）。", "Many requests in a short time (tight loops, unbounded parallel calls, several processes/instances sharing one key)."),
    t("单次请求 token 太多（长上下文、大 max_tokens），很快耗尽每分钟 token 额度。", "Each request carries many tokens (long context, big max_tokens), draining the per-minute token budget."),
    t("失败后立即重试、没有退避，形成重试风暴，让限流持续更久。", "Immediate retries without backoff create a retry storm that keeps you limited longer."),
    (f) => (f.isRelay ? t("中转站对账户或令牌设置了请求频率/并发上限，或上游渠道本身在限流。", "The gateway limits requests/concurrency per account or token, or the upstream channel itself is rate-limited.") : t("账户处于较低的用量等级（usage tier）或免费层，限额很低。", "The account is on a low usage tier or the free tier, with low limits.")),
    (f) => f.has(/Azure/i) && t("Azure OpenAI 的限额按部署（deployment）分配 TPM，部署的 TPM 配额设得太小。", "Azure OpenAI assigns TPM per deployment; this deployment's TPM quota is too small."),
  ],
  solutions: [
    {
      title: t("带指数退避的重试，并遵守 Retry-After", "Retry with exponential backoff and honour Retry-After"),
      steps: [
        (f) => (f.retryAfter ? t(`服务端已经告诉你等多久：约 ${f.retryAfter} 秒。优先读响应头 \`Retry-After\`，其次按 1s、2s、4s… 指数退避并加随机抖动。`, `The server said how long to wait: about ${f.retryAfter} s. Prefer the \`Retry-After\` header, otherwise back off 1s, 2s, 4s… with random jitter.`) : t("优先读响应头 `Retry-After`，没有的话按 1s、2s、4s… 指数退避并加随机抖动，最多重试 5 次左右。", "Prefer the `Retry-After` header; without it back off 1s, 2s, 4s… with random jitter, up to about 5 attempts.")),
        t("只对 429 和 5xx 重试；401/403/400 和“额度用尽”重试没有意义。", "Retry only 429 and 5xx; retrying 401/403/400 or \"out of quota\" is pointless."),
        t("官方 SDK 自带重试（OpenAI 的 `max_retries` / `maxRetries`），调大它通常比自己写更省事。", "Official SDKs retry by themselves (OpenAI's `max_retries` / `maxRetries`); raising it is often simpler than writing your own."),
      ],
      code: (f, lang) => retryCode(f.api, primary(f), lang),
    },
    {
      title: t("在客户端限制并发和速率", "Limit concurrency and rate on the client"),
      steps: [
        t("用信号量/队列把同时进行的请求数控制在上限以内（例如 4），而不是一次性并发全部任务。", "Cap in-flight requests with a semaphore/queue (e.g. 4) instead of firing every task at once."),
        t("批处理任务按限额匀速发送：例如 RPM=60 时每秒 1 个请求。", "Pace batch jobs to the limit: e.g. one request per second for 60 RPM."),
        t("多个进程或机器共用一个 Key 时，限额是共享的：用集中式的限流（如 Redis 令牌桶）。", "Processes or machines sharing one key share its limit: rate-limit centrally (e.g. a Redis token bucket)."),
      ],
      code: (f, lang) => concurrencyCode(f, lang),
    },
    {
      title: t("提高限额，或减少每次请求的 token", "Raise the limit, or send fewer tokens per request"),
      steps: [
        (f) =>
          f.isRelay
            ? t("联系中转站管理员调高账户/令牌的速率限制，或换到限额更高的分组。", "Ask the gateway admin to raise your account/token rate limit, or move to a group with higher limits.")
            : f.has(/Azure/i)
              ? t("Azure：在 Azure AI Foundry 中调高该部署的 TPM 配额，或通过 https://aka.ms/oai/quotaincrease 申请提额。", "Azure: raise the deployment's TPM quota in Azure AI Foundry, or request more at https://aka.ms/oai/quotaincrease.")
              : f.api.profile.id === "openai"
                ? t("OpenAI：在 https://platform.openai.com/settings/organization/limits 查看当前等级的限额；累计付费达到门槛后等级会自动提升。", "OpenAI: see your tier's limits at https://platform.openai.com/settings/organization/limits; tiers rise automatically as cumulative spend passes thresholds.")
                : f.api.profile.id === "gemini"
                  ? t("Gemini：免费层限额很低，在 Google AI Studio 为项目启用结算后限额会大幅提高。", "Gemini: free-tier limits are low; enabling billing for the project in Google AI Studio raises them a lot.")
                  : t("在服务商控制台查看当前限额并申请提额。", "Check your current limits in the provider console and request an increase."),
        t("缩短上下文、设置合理的 max_tokens，能同时降低 TPM 消耗和费用。", "Shorter context and a sensible max_tokens lower both TPM use and cost."),
      ],
    },
  ],
  prevention: [
    t("所有调用都走同一个带退避重试和并发上限的客户端封装，不要在各处直接调用 SDK。", "Route every call through one wrapper with backoff retries and a concurrency cap; do not call the SDK ad hoc."),
    t("记录响应头里的剩余额度（如 `x-ratelimit-remaining-requests` / `x-ratelimit-remaining-tokens`），接近上限时主动降速。", "Log remaining-limit headers (e.g. `x-ratelimit-remaining-requests` / `x-ratelimit-remaining-tokens`) and slow down near the limit."),
    t("批量任务放进队列慢慢消化，交互式请求优先。", "Put batch work in a queue and let interactive requests go first."),
  ],
  tools: [
    t("tenacity（Python）/ p-retry、p-limit（Node）：重试与并发控制", "tenacity (Python) / p-retry, p-limit (Node): retries and concurrency control"),
    t("Bottleneck（Node）/ aiolimiter（Python）：按速率限流", "Bottleneck (Node) / aiolimiter (Python): rate limiting"),
    (f) => (f.api.profile.id === "openai" && !f.isRelay ? t("OpenAI 限额页：https://platform.openai.com/settings/organization/limits", "OpenAI limits page: https://platform.openai.com/settings/organization/limits") : t("服务商控制台的用量/限额页", "The provider console's usage/limits page")),
  ],
};

/* ---------- model.not_found ---------- */

const isNoChannel = (f: Facts) => f.has(/无可用渠道|無可用管道|可用渠道|No available channel|no channel found|get_channel_failed|Failed to get available channel/i);
const isPriceMissing = (f: Facts) => f.has(/倍率或价格未配置|价格未配置|价格尚未|model_price_error|ratio or price not set|price not configured/i);
const isOllamaMissing = (f: Facts) => f.api.shape === "ollama" || f.provider === "ollama";

export const modelNotFound: KnowledgeEntry = {
  category: "model.not_found",
  example: "openai.NotFoundError: Error code: 404 - {'error': {'message': 'The model `gpt-4o` does not exist or you do not have access to it.', 'type': 'invalid_request_error', 'param': None, 'code': 'model_not_found'}}",
  subject: (f) => (f.model ? f.model : f.modelIsEmpty ? t("model 为空", "empty model") : null),
  gist: (f) => {
    if (f.modelIsEmpty) return t(`请求里的 model 是空的${f.group ? `（分组 ${f.group}）` : ""}：网关找不到能服务“空模型名”的渠道。`, `The request's model is empty${f.group ? ` (group ${f.group})` : ""}: the gateway has no channel for an empty model name.`);
    if (isNoChannel(f)) return t(`中转站里没有能服务模型 ${f.model ?? ""} 的可用渠道${f.group ? `（你的分组是 ${f.group}）` : ""}。`, `The gateway has no usable channel for model ${f.model ?? ""}${f.group ? ` in your group ${f.group}` : ""}.`);
    if (isPriceMissing(f)) return t(`中转站还没有给模型 ${f.model ?? ""} 配置价格/倍率，所以拒绝调用。`, `The gateway has not priced model ${f.model ?? ""} yet, so it refuses to call it.`);
    return f.model
      ? t(`服务端找不到模型 ${f.model}，或者你的 Key 无权使用它。`, `The server does not know the model ${f.model}, or your key may not use it.`)
      : t("服务端找不到你请求的模型，或者你的 Key 无权使用它。", "The server does not know the model you requested, or your key may not use it.");
  },
  summary: (f) => {
    if (f.modelIsEmpty)
      return t(
        `报错里的模型名是空的（“对于模型  无可用渠道”两个空格之间什么都没有）：你的请求没有带 model 字段，或者带了空字符串。先检查代码/配置里的模型名变量是否为空，这比去后台找渠道更可能是原因。`,
        `The model name in the error is empty (nothing between "for model" and "under group"): your request sent no model field, or an empty string. Check the model variable in your code/config first; that is far more likely than a channel problem.`,
      );
    if (isNoChannel(f))
      return t(
        `${relayLabel(f)} 中转站按“分组 → 渠道 → 模型”转发请求：只有某个已启用的渠道配置了模型 ${f.model ? ic(f.model) : "（你请求的模型）"}，并且该渠道属于你令牌所在的分组${f.group ? ` ${ic(f.group)}` : ""}，请求才能被转发。现在这条路径上一个可用渠道都没有——模型名写错、该分组没开通这个模型，或者对应渠道都被禁用/测试失败了。`,
        `${relayLabel(f)} routes requests by group → channel → model: a request is forwarded only if an enabled channel serves model ${f.model ? ic(f.model) : "(the one requested)"} and belongs to your token's group${f.group ? ` ${ic(f.group)}` : ""}. There is no usable channel on that path — the model name is wrong, your group does not offer the model, or its channels are disabled/failing.`,
      );
    if (isPriceMissing(f))
      return t(`new-api 要求每个模型都配置价格或倍率才能计费；模型 ${f.model ? ic(f.model) : ""} 还没配置，所以请求在计费这一步被拒绝。这需要站点管理员处理。`, `new-api needs a price or ratio for every model to bill it; ${f.model ? ic(f.model) : "this model"} has none yet, so the request fails at billing. Only the site admin can fix it.`);
    if (isOllamaMissing(f)) return t(`Ollama 本地还没有模型 ${f.model ? ic(f.model) : ""}：Ollama 不会自动下载模型，需要先 \`ollama pull\`。名字必须完全一致（包括 :tag，例如 llama3.2:3b）。`, `Ollama does not have ${f.model ? ic(f.model) : "this model"} locally: it never downloads models on demand, so run \`ollama pull\` first. The name must match exactly, including the :tag (e.g. llama3.2:3b).`);
    if (f.has(/DeploymentNotFound|API deployment for this resource does not exist/)) return t("Azure OpenAI 里 model 参数要填“部署名”（你在 Azure AI Foundry 里给部署起的名字），不是模型名；而且部署必须在这个资源（endpoint）下。刚创建的部署要等几分钟才生效。", "On Azure OpenAI the model parameter is the deployment name you chose in Azure AI Foundry, not the model name, and the deployment must live in this resource (endpoint). New deployments take a few minutes to appear.");
    return t(
      `${serverName(f).zh} 说${f.model ? `模型 ${ic(f.model)} ` : "你请求的模型"}不存在或你无权使用：名字拼错（大小写、日期后缀）、模型已下线，或者这个 Key/账户还没有该模型的访问权限。用“列出模型”接口看这把 Key 实际能用哪些模型，最快。`,
      `${cap(serverName(f).en)} says ${f.model ? `the model ${ic(f.model)}` : "the requested model"} does not exist or is not available to you: a typo (case, date suffix), a retired model, or a key/account without access to it. Listing the models this key can use is the quickest check.`,
    );
  },
  causes: [
    (f) => f.modelIsEmpty && t("代码里的模型名变量为空：配置项没读到（环境变量名写错、配置文件没加载），或前端没传 model。", "The model variable is empty: a config value was not read (misspelled variable, config not loaded), or the client did not send model."),
    (f) => !f.modelIsEmpty && t("模型名拼写不对：大小写、连字符、日期/版本后缀和服务商的列表不完全一致（例如 gpt-4o 写成 gpt4o）。", "The model name is misspelled: case, hyphens or the date/version suffix differ from the provider's list (e.g. gpt4o instead of gpt-4o)."),
    (f) => isNoChannel(f) && !f.modelIsEmpty && t(`你的令牌分组${f.group ? ` ${ic(f.group)} ` : ""}下没有任何启用的渠道提供这个模型（管理员没在渠道里添加它，或该渠道被自动禁用）。`, `No enabled channel in your token's group${f.group ? ` ${ic(f.group)}` : ""} offers this model (the admin did not add it to a channel, or the channel was auto-disabled).`),
    (f) => isNoChannel(f) && !f.modelIsEmpty && t(`令牌所在的分组${f.group ? `（${f.group}）` : ""}没有开放这个模型，它只在 vip 等其他分组里提供。`, `The token's group${f.group ? ` (${f.group})` : ""} does not offer the model; only other groups (e.g. vip) do.`),
    (f) => isPriceMissing(f) && t("站点管理员新增了模型但没有在「分组与模型定价设置」里配置价格，也没有开启自用模式。", "The site admin added the model but set no price in the model pricing settings and did not enable self-use mode."),
    (f) => !f.isRelay && t("模型已下线/改名（旧模型会被弃用），或该模型需要单独申请/更高的用量等级才能访问。", "The model was retired/renamed, or it needs separate approval or a higher usage tier."),
    (f) => isOllamaMissing(f) && t("Ollama 里没有拉取该模型，或者拉取的是另一个 tag（默认 :latest）。", "The model was never pulled into Ollama, or a different tag was pulled (default :latest)."),
    (f) => f.api.profile.id === "deepseek" && t("DeepSeek 的模型名只有 `deepseek-chat` 和 `deepseek-reasoner`，其他写法（如 deepseek-v3、deepseek-r1）在官方 API 上都不存在。", "DeepSeek's API only knows `deepseek-chat` and `deepseek-reasoner`; other spellings (deepseek-v3, deepseek-r1) do not exist on the official API."),
  ],
  solutions: [
    {
      title: (f) => (isOllamaMissing(f) ? t("拉取模型，并确认名字完全一致", "Pull the model and match the name exactly") : t("列出这把 Key 能用的模型，照抄正确的名字", "List the models this key can use and copy the exact name")),
      steps: [
        (f) => (isOllamaMissing(f) ? t(`运行 \`ollama pull ${modelName(f)}\`，再用 \`ollama list\` 确认名字（含 :tag）。`, `Run \`ollama pull ${modelName(f)}\`, then \`ollama list\` to confirm the name (with its :tag).`) : t(`请求 ${ic(showUrl(f.api.models))} 列出可用模型（用同一把 Key、同一个地址）。`, `Request ${ic(showUrl(f.api.models))} to list the available models (same key, same address).`)),
        t("把代码里的 model 改成列表中的某个名字，一个字符都不要差。", "Set model in your code to one of those names, character for character."),
        (f) => (f.isRelay ? t("列表里没有你要的模型：说明你的令牌分组不提供它——换一个列表里有的模型，或找管理员开通。", "If your model is not listed, your token's group does not offer it: pick a listed model or ask the admin to add it.") : null),
      ],
      code: (f, lang) => listModelsCode(f.api, primary(f), lang),
    },
    {
      when: (f) => f.isRelay,
      title: (f) => (isPriceMissing(f) ? t("请站点管理员为该模型配置价格（或开启自用模式）", "Ask the site admin to price the model (or enable self-use mode)") : t("检查分组与渠道（管理员）或换一个可用模型（用户）", "Check groups and channels (admin) or switch to an available model (user)")),
      steps: [
        (f) =>
          isPriceMissing(f)
            ? t(`管理员：「系统设置 → 分组与模型定价设置」里为${theModel(f).zh}设置模型倍率/价格；只给自己用的站点可以在「运营设置」开启自用模式。`, `Admin: set a ratio/price for ${theModel(f).en} under System Settings → model pricing; a private site can enable self-use mode under Operation Settings.`)
            : f.modelIsEmpty
              ? t("先修正请求：代码/配置里的 model 为空时，任何渠道都匹配不上；确认请求体里确实带了 model 字段。", "Fix the request first: with an empty model no channel can ever match; make sure the request body carries a model.")
              : t(`管理员：「渠道管理」中确认有启用的渠道包含${theModel(f).zh}，渠道的分组包含${f.group ? ` ${ic(f.group)}` : "令牌所在的分组"}，并点“测试”确认渠道能通。`, `Admin: in Channels, make sure an enabled channel lists ${theModel(f).en}, that the channel's groups include ${f.group ? ic(f.group) : "the token's group"}, and press Test to check it works.`),
        t("用户：在控制台「令牌管理」查看令牌的分组，在「模型广场/价格」页查看该分组可用的模型；换成其中一个，或请管理员把你的令牌调到有该模型的分组。", "User: check the token's group under Tokens and the models that group offers on the pricing/models page; switch to one of them, or ask the admin to move your token to a group that has the model."),
        (f) => f.requestId && t(`联系管理员时附上请求 ID \`${inline(f.requestId, 80)}\`，他们可以直接在日志里查到这次请求的分组和模型。`, `When contacting the admin, include request id \`${inline(f.requestId, 80)}\`; it shows the request's group and model in their logs.`),
      ],
    },
    {
      title: t("在代码里使用确认过的模型名", "Use the verified model name in code"),
      steps: [
        t("模型名放进配置/环境变量（如 `LLM_MODEL`），并在启动时校验非空。", "Keep the model name in configuration/an environment variable (e.g. `LLM_MODEL`) and check it is non-empty at start-up."),
        (f) => (f.api.auth === "azure" ? t("Azure：model 填部署名，endpoint 填该部署所在资源的地址。", "Azure: model is the deployment name; the endpoint is that deployment's resource.") : f.api.profile.id === "gemini" ? t("Gemini：模型名形如 `gemini-2.5-flash`；报 “not found for API version v1beta” 时改用 ListModels 返回的名字。", "Gemini: names look like `gemini-2.5-flash`; for \"not found for API version v1beta\" use a name returned by ListModels.") : null),
      ],
      code: (f, lang) => sdkClientCode(f.api, primary(f), lang),
    },
  ],
  prevention: [
    t("模型名统一放在配置里，并在启动时调用一次“列出模型”接口校验它存在。", "Keep model names in one config place and check them against the list-models endpoint at start-up."),
    t("关注服务商的模型弃用公告，提前迁移到新模型。", "Watch the provider's deprecation notices and migrate before models are retired."),
    (f) => (f.isRelay ? t("记录每个令牌所属的分组及该分组开放的模型；新增模型时同时检查渠道、分组和定价三处配置。", "Record each token's group and the models it offers; when adding a model, check channels, groups and pricing together.") : t("为关键模型准备一个备选模型（同级别的另一个版本），在 404 时降级。", "Have a fallback model of the same class ready and switch on 404.")),
  ],
  tools: [
    (f) => (isOllamaMissing(f) ? t("`ollama list` / `ollama pull` / `ollama show <model>`", "`ollama list` / `ollama pull` / `ollama show <model>`") : t("GET /v1/models：列出 Key 可用的模型", "GET /v1/models: list the models a key can use")),
    (f) => f.isRelay && t("中转站控制台：「渠道管理」的测试按钮、「模型广场/价格」页、「使用日志」", "Gateway console: the channel Test button, the models/pricing page, the usage log"),
    t("服务商的模型列表与弃用公告页", "The provider's model list and deprecation pages"),
  ],
};

/* ---------- request.context_length ---------- */

function trimCode(f: Facts, lang: Lang) {
  const s = say(lang);
  const limit = f.tokenLimits?.limit ?? 8192;
  const eco = ecoOf(f);
  if (eco === "node") {
    return block("javascript", [
      'import { getEncoding } from "js-tiktoken"; // npm install js-tiktoken',
      "",
      `const enc = getEncoding("o200k_base"); // ${s("GPT-4o 系列；其他模型的分词不同，结果只作估算", "GPT-4o family; other models tokenize differently, treat it as an estimate")}`,
      `const CONTEXT_LIMIT = ${limit};`,
      "const MAX_OUTPUT = 1024;",
      "",
      "const count = (messages) => messages.reduce((n, m) => n + enc.encode(String(m.content)).length + 4, 0);",
      "",
      "export function trimHistory(messages) {",
      `  const [system, ...rest] = messages; // ${s("保留 system 提示", "keep the system prompt")}`,
      "  while (rest.length > 1 && count([system, ...rest]) > CONTEXT_LIMIT - MAX_OUTPUT) {",
      `    rest.shift(); // ${s("丢掉最早的一轮对话", "drop the oldest turn")}`,
      "  }",
      "  return [system, ...rest];",
      "}",
    ]);
  }
  return block("python", [
    "import tiktoken  # pip install tiktoken",
    "",
    `enc = tiktoken.get_encoding("o200k_base")  ${s("# GPT-4o 系列；其他模型的分词不同，结果只作估算", "# GPT-4o family; other models tokenize differently, treat it as an estimate")}`,
    `CONTEXT_LIMIT = ${limit}`,
    `MAX_OUTPUT = 1024  ${s("# 给回答预留的 token", "# tokens reserved for the answer")}`,
    "",
    "",
    "def count(messages):",
    '    return sum(len(enc.encode(str(m["content"]))) + 4 for m in messages)',
    "",
    "",
    "def trim_history(messages):",
    `    system, rest = messages[:1], messages[1:]  ${s("# 保留 system 提示", "# keep the system prompt")}`,
    "    while len(rest) > 1 and count(system + rest) > CONTEXT_LIMIT - MAX_OUTPUT:",
    `        rest.pop(0)  ${s("# 丢掉最早的一轮对话", "# drop the oldest turn")}`,
    "    return system + rest",
  ]);
}


/** max_tokens above the model's output limit (not an over-long input). */
const isOutputLimit = (f: Facts) => f.has(/max_tokens:? ?\d+ ?>|max_tokens is too large|maximum allowed number of output tokens|max_tokens.{0,40}(?:too large|exceeds)/i);

function maxTokensCode(f: Facts, lang: Lang) {
  const s = say(lang);
  const value = isOutputLimit(f) && f.tokenLimits ? Math.min(f.tokenLimits.limit, 8192) : 1024;
  const comment = s("只预留回答需要的长度，且不超过模型的输出上限", "only what the answer needs, never above the model's output limit");
  if (f.api.shape === "anthropic") {
    return ecoOf(f) === "node"
      ? block("javascript", ["const msg = await client.messages.create({", `  model: ${q(f.api.model)},`, `  max_tokens: ${value}, // ${comment}`, "  messages,", "});"])
      : block("python", ["msg = client.messages.create(", `    model=${q(f.api.model)},`, `    max_tokens=${value},  # ${comment}`, "    messages=messages,", ")"]);
  }
  return ecoOf(f) === "node"
    ? block("javascript", ["const resp = await client.chat.completions.create({", `  model: ${q(f.api.model)},`, "  messages,", `  max_tokens: ${value}, // ${comment}`, "});"])
    : block("python", ["resp = client.chat.completions.create(", `    model=${q(f.api.model)},`, "    messages=messages,", `    max_tokens=${value},  # ${comment}`, ")"]);
}

const maxTokensSolution: SolutionSpec = {
  title: t("把 max_tokens 设在合理范围", "Keep max_tokens within range"),
  steps: [
    (f) => (isOutputLimit(f) && f.tokenLimits ? t(`把 max_tokens 改成不超过 ${f.tokenLimits.limit}。`, `Set max_tokens to at most ${f.tokenLimits.limit}.`) : t("max_tokens 只给回答真正需要的长度（例如 1024），不要设成上下文上限。", "Give max_tokens only what the answer needs (e.g. 1024), never the whole context size.")),
    t("新推理模型（o 系列、gpt-5）要用 `max_completion_tokens`，它还包含推理过程的 token。", "Newer reasoning models (o-series, gpt-5) take `max_completion_tokens`, which also covers reasoning tokens."),
  ],
  code: (f, lang) => maxTokensCode(f, lang),
};

export const requestContextLength: KnowledgeEntry = {
  category: "request.context_length",
  example: "openai.BadRequestError: Error code: 400 - {'error': {'message': \"This model's maximum context length is 4097 tokens. However, you requested 4120 tokens (3120 in the messages, 1000 in the completion). Please reduce the length of the messages or completion.\", 'type': 'invalid_request_error', 'param': 'messages', 'code': 'context_length_exceeded'}}",
  subject: (f) => (f.tokenLimits ? (isOutputLimit(f) ? t(`输出上限 ${f.tokenLimits.limit} token`, `output limit ${f.tokenLimits.limit} tokens`) : t(`上限 ${f.tokenLimits.limit} token`, `limit ${f.tokenLimits.limit} tokens`)) : f.model),
  gist: (f) => {
    const l = f.tokenLimits;
    if (isOutputLimit(f) && l) return t(`max_tokens 设得太大：${l.requested ?? "请求值"} 超过了该模型允许的最大输出 ${l.limit}。`, `max_tokens is too large: ${l.requested ?? "the value"} exceeds the model's maximum output of ${l.limit}.`);
    if (l) return t(`输入加输出需要 ${l.requested ?? "更多"} 个 token，超过了模型的上下文上限 ${l.limit}。`, `Input plus output needs ${l.requested ?? "more"} tokens, over the model's context limit of ${l.limit}.`);
    return t("输入（历史消息 + 文档）加上预留的输出超过了模型的上下文窗口。", "The input (history + documents) plus the reserved output exceeds the model's context window.");
  },
  summary: (f) => {
    const l = f.tokenLimits;
    if (isOutputLimit(f) && l)
      return t(`这次不是输入太长，而是 max_tokens 参数超过了模型的输出上限：你请求 ${l.requested ?? "的值"}，而该模型最多只能输出 ${l.limit} 个 token。把 max_tokens 改成 ≤ ${l.limit} 即可。`, `It is not the input: max_tokens exceeds the model's output limit — you asked for ${l.requested ?? "more"}, the model can produce at most ${l.limit} tokens. Set max_tokens ≤ ${l.limit}.`);
    return t(
      `模型的上下文窗口是“输入 + 输出”共享的${l ? `（这里上限是 ${l.limit} token${l.requested ? `，这次请求需要 ${l.requested}` : ""}）` : ""}。聊天应用把历史对话全部带上、或一次塞进整篇文档，很快就会超出。需要在发送前计算 token 并裁剪，或者换更长上下文的模型。`,
      `A model's context window is shared by input and output${l ? ` (limit ${l.limit} tokens${l.requested ? `, this request needs ${l.requested}` : ""})` : ""}. Chat apps that resend the whole history, or paste whole documents, overflow it quickly. Count tokens before sending and trim, or use a model with a longer context.`,
    );
  },
  causes: [
    (f) => isOutputLimit(f) && t(`代码或框架把 max_tokens 设成了超过模型输出上限的值（常见：按上下文窗口大小设置，或从另一个模型的配置照搬）${f.model ? `；${ic(f.model)} 的最大输出${f.tokenLimits ? `是 ${f.tokenLimits.limit}` : "比你设的小"}` : ""}。`, `The code or framework sets max_tokens above the model's output limit (often sized to the context window, or copied from another model's config)${f.model ? `; ${ic(f.model)} outputs at most ${f.tokenLimits ? f.tokenLimits.limit : "less than that"}` : ""}.`),
    (f) => isOutputLimit(f) && t("网关/代理（LiteLLM、中转站）把请求路由到了输出上限更小的模型，而 max_tokens 是按原模型设的。", "A gateway/proxy (LiteLLM, a relay) routed the request to a model with a smaller output limit than the one max_tokens was sized for."),
    (f) => !isOutputLimit(f) && t("每次请求都带上全部历史对话，轮数多了之后超出上限。", "Every request resends the whole conversation history, which grows past the limit."),
    (f) => !isOutputLimit(f) && t("一次性把整篇文档/代码库/长日志放进 prompt，没有分块。", "A whole document, codebase or log was put into the prompt without chunking."),
    (f) => !isOutputLimit(f) && t("max_tokens 设得过大：它会占用上下文窗口，甚至超过模型允许的最大输出。", "max_tokens is too large: it takes up the context window and may exceed the model's maximum output."),
    (f) => !isOutputLimit(f) && t("用的是短上下文的旧模型（如 4k/8k 窗口）。", "An older short-context model (4k/8k window) is in use."),
  ],
  solutions: [
    { ...maxTokensSolution, when: isOutputLimit },
    {
      when: (f) => !isOutputLimit(f),
      title: t("发送前按 token 数裁剪历史对话", "Trim the history by token count before sending"),
      steps: [
        t("用分词器估算 token 数，保留 system 提示和最近几轮，丢掉最早的消息。", "Estimate tokens with a tokenizer; keep the system prompt and the latest turns, drop the oldest messages."),
        (f) => t(`预算 = 上下文上限${f.tokenLimits ? `（${f.tokenLimits.limit}）` : ""} − 给回答预留的 max_tokens。`, `Budget = context limit${f.tokenLimits ? ` (${f.tokenLimits.limit})` : ""} − the max_tokens reserved for the answer.`),
        t("长对话可以把早期内容先让模型摘要成一段，再作为一条消息带上。", "For long chats, summarise the early part into one message and send that instead."),
      ],
      code: (f, lang) => trimCode(f, lang),
    },
    { ...maxTokensSolution, when: (f) => !isOutputLimit(f) },
    {
      title: t("换长上下文模型，或把长文本分块处理", "Use a longer-context model, or chunk long input"),
      steps: [
        t("换用上下文更长的模型（当前主流模型多为 128k 以上）。", "Switch to a model with a longer context (most current models offer 128k or more)."),
        t("长文档先分块（每块几千 token），分别处理后再汇总；问答场景用检索（RAG）只带相关片段。", "Split long documents into chunks of a few thousand tokens, process each and combine; for Q&A retrieve only relevant passages (RAG)."),
      ],
    },
  ],
  prevention: [
    t("在封装层统一做 token 预算：发送前计算，超出就裁剪或报错，而不是等服务端拒绝。", "Enforce a token budget in one wrapper: count before sending and trim or fail early instead of waiting for the server to refuse."),
    t("把各模型的上下文上限和最大输出写进配置，换模型时一起改。", "Keep each model's context and output limits in configuration and update them with the model."),
    t("日志记录每次请求的 prompt/completion token 数（响应里的 usage），发现异常增长。", "Log prompt/completion tokens per request (the response's usage) to spot growth."),
  ],
  tools: [
    t("tiktoken（Python）/ js-tiktoken（Node）：本地计算 token", "tiktoken (Python) / js-tiktoken (Node): count tokens locally"),
    t("OpenAI Tokenizer 网页：https://platform.openai.com/tokenizer", "OpenAI Tokenizer page: https://platform.openai.com/tokenizer"),
    t("LangChain / LlamaIndex 的文本分块器", "Text splitters from LangChain / LlamaIndex"),
  ],
};

/* ---------- request.content_filtered ---------- */

export const requestContentFiltered: KnowledgeEntry = {
  category: "request.content_filtered",
  example: "BadRequestError: Error code: 400 - {'error': {'code': 'content_policy_violation', 'message': 'Your request was rejected as a result of our safety system. Your prompt may contain text that is not allowed by our safety system.', 'type': 'invalid_request_error'}}",
  subject: (f) => serverSubject(f),
  gist: (f) =>
    f.has(/sensitive_words|敏感词/)
      ? t("中转站自己的敏感词过滤拦下了这次请求（不是上游模型拒绝的）。", "The gateway's own sensitive-word filter blocked this request (not the upstream model).")
      : t(`${serverName(f).zh} 的内容安全策略判定这次的输入（或将要生成的输出）不合规，拒绝处理。`, `${cap(serverName(f).en)}'s content-safety policy flagged the input (or the output it would produce) and refused it.`),
  summary: (f) =>
    f.has(/sensitive_words|敏感词/)
      ? t("new-api 等中转站可以开启“屏蔽词过滤”：请求里命中了站点管理员配置的敏感词，网关直接拒绝，请求没有发到上游。修改内容，或请管理员调整屏蔽词列表。", "Gateways such as new-api can filter sensitive words: the request matched a word the site admin configured, so the gateway refused it without calling upstream. Change the content or ask the admin to adjust the list.")
      : f.has(/Content Exists Risk/)
        ? t("DeepSeek 的 “Content Exists Risk” 表示输入内容触发了平台的内容审核。这与参数无关，需要修改提示词中被判定为有风险的部分。", "DeepSeek's \"Content Exists Risk\" means the input tripped the platform's moderation. Parameters are irrelevant; change the part of the prompt judged risky.")
        : f.has(/safety|SAFETY|blocked by safety/i) && f.api.profile.id === "gemini"
          ? t("Gemini 的安全设置拦截了输入或输出（finish_reason = SAFETY 或 prompt_feedback.block_reason）。部分类别的阈值可以通过 safety_settings 调整。", "Gemini's safety settings blocked the input or output (finish_reason = SAFETY or prompt_feedback.block_reason). Thresholds for some categories can be adjusted with safety_settings.")
          : t("服务商的内容安全系统拦截了请求：可能是提示词本身，也可能是模型即将生成的内容（图片生成最常见）。有时是误判，换一种更中性的描述通常就能通过；在代码里要把它当成可预期的结果来处理。", "The provider's safety system blocked the request: either the prompt itself or what the model would generate (most common with image generation). False positives happen and neutral rewording usually passes; treat it as an expected outcome in code."),
  causes: [
    t("提示词包含被政策限制的内容（暴力、色情、仇恨、自残、违法等），或被关键词误判。", "The prompt contains policy-restricted content (violence, sexual, hate, self-harm, illegal acts) or matched a keyword falsely."),
    t("图片生成：提示词涉及真实人物、品牌、版权角色，或生成的描述被二次审核拦截。", "Image generation: the prompt mentions real people, brands or copyrighted characters, or the generated description failed a second check."),
    t("用户输入未经过滤直接拼进 prompt，偶尔带入了敏感内容。", "User input is pasted into the prompt unfiltered and occasionally carries sensitive content."),
    (f) => f.has(/sensitive_words|敏感词/) && t("中转站管理员开启了屏蔽词过滤，且屏蔽词列表很宽泛。", "The gateway admin enabled sensitive-word filtering with a broad word list."),
  ],
  solutions: [
    {
      title: t("定位并改写触发拦截的内容", "Find and reword the content that triggers it"),
      steps: [
        t("把 prompt 二分：去掉一半内容重试，快速找到触发的句子。", "Bisect the prompt: remove half and retry to find the triggering sentence quickly."),
        t("用更中性、描述性的措辞；图片生成避免真实人名、品牌和版权角色。", "Use neutral, descriptive wording; for images avoid real names, brands and copyrighted characters."),
        t("用户输入先过一遍审核接口（如 OpenAI 的 moderation，免费），命中就提示用户修改。", "Screen user input with a moderation endpoint first (OpenAI's moderation is free) and ask the user to rephrase on a hit."),
      ],
      code: (f, lang) =>
        ecoOf(f) === "node"
          ? block("javascript", [
              'import OpenAI from "openai";',
              "",
              "const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });",
              'const mod = await client.moderations.create({ model: "omni-moderation-latest", input: userText });',
              "if (mod.results[0].flagged) {",
              `  console.log(${q(say(lang)("会被拦截的类别：", "categories that would be blocked:"))}, Object.entries(mod.results[0].categories).filter(([, v]) => v).map(([k]) => k));`,
              "}",
            ])
          : block("python", [
              "import os",
              "",
              "from openai import OpenAI",
              "",
              'client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])',
              'mod = client.moderations.create(model="omni-moderation-latest", input=user_text)',
              "result = mod.results[0]",
              "if result.flagged:",
              `    ${say(lang)("# 列出命中的类别，提示用户修改而不是直接发给模型", "# list the flagged categories and ask the user to rephrase instead of sending")}`,
              "    print([name for name, hit in result.categories.model_dump().items() if hit])",
            ]),
    },
    {
      title: t("在代码里把“被过滤”当作正常结果处理", "Handle \"filtered\" as a normal outcome in code"),
      steps: [
        t("请求可能直接返回 400（content_policy_violation / content_filter），也可能成功返回但 `finish_reason` 为 `content_filter`、内容为空。两种都要处理。", "A filtered request may fail with 400 (content_policy_violation / content_filter) or succeed with `finish_reason` = `content_filter` and empty content. Handle both."),
        t("给用户一个明确提示（“内容未通过安全审核，请修改后重试”），不要自动重试同样的内容。", "Show the user a clear message (\"the content did not pass the safety check, please rephrase\") and do not auto-retry the same content."),
      ],
      code: (f, lang) =>
        ecoOf(f) === "node"
          ? block("javascript", [
              "try {",
              `  const resp = await client.chat.completions.create({ model: ${q(f.api.model)}, messages });`,
              "  const choice = resp.choices[0];",
              '  if (choice.finish_reason === "content_filter" || !choice.message.content) {',
              `    return { ok: false, reason: ${q(say(lang)("内容未通过安全审核", "blocked by the content filter"))} };`,
              "  }",
              "  return { ok: true, text: choice.message.content };",
              "} catch (err) {",
              '  if (err?.status === 400 && /content_policy|content_filter|safety/i.test(String(err?.code ?? err?.message))) {',
              `    return { ok: false, reason: ${q(say(lang)("请求被内容安全策略拒绝", "rejected by the content policy"))} };`,
              "  }",
              "  throw err;",
              "}",
            ])
          : block("python", [
              "import openai",
              "",
              "try:",
              `    resp = client.chat.completions.create(model=${q(f.api.model)}, messages=messages)`,
              "    choice = resp.choices[0]",
              '    if choice.finish_reason == "content_filter" or not choice.message.content:',
              `        result = {"ok": False, "reason": ${q(say(lang)("内容未通过安全审核", "blocked by the content filter"))}}`,
              "    else:",
              '        result = {"ok": True, "text": choice.message.content}',
              "except openai.BadRequestError as e:",
              '    if e.code in ("content_policy_violation", "content_filter") or "safety" in str(e.message).lower():',
              `        result = {"ok": False, "reason": ${q(say(lang)("请求被内容安全策略拒绝", "rejected by the content policy"))}}`,
              "    else:",
              "        raise",
            ]),
    },
    {
      title: (f) => (f.has(/sensitive_words|敏感词/) ? t("请中转站管理员调整屏蔽词过滤", "Ask the gateway admin to adjust sensitive-word filtering") : f.api.profile.id === "gemini" ? t("调整 Gemini 的 safety_settings 阈值", "Adjust Gemini's safety_settings thresholds") : t("了解并（在允许范围内）调整平台的过滤设置", "Learn the platform's filter settings and adjust them where allowed")),
      steps: [
        (f) =>
          f.has(/sensitive_words|敏感词/)
            ? t("管理员：在「系统设置 → 运营设置」里查看屏蔽词列表，关闭对提示词的过滤或删掉误伤的词。", "Admin: review the sensitive-word list under System Settings → Operation Settings; turn off prompt filtering or remove words that cause false positives.")
            : f.api.profile.id === "gemini"
              ? t("Gemini 允许把部分类别的阈值调到 BLOCK_ONLY_HIGH 或 BLOCK_NONE（仍受平台底线约束）。", "Gemini lets you set some categories to BLOCK_ONLY_HIGH or BLOCK_NONE (platform baselines still apply).")
              : f.has(/Azure/i)
                ? t("Azure OpenAI：在 Azure AI Foundry 的“内容筛选器”里为部署配置过滤级别；更宽松的配置需要申请。", "Azure OpenAI: configure filter levels for the deployment under Content filters in Azure AI Foundry; looser settings require an application.")
                : t("阅读服务商的使用政策，确认你的场景是否被允许；被误判时可以向服务商申诉。", "Read the provider's usage policy to confirm your use case is allowed; appeal false positives to the provider."),
      ],
      code: (f, lang) =>
        f.api.profile.id === "gemini" && (ecoOf(f) === null || ecoOf(f) === "python")
          ? block("python", [
              "import os",
              "",
              "from google import genai",
              "from google.genai import types",
              "",
              'client = genai.Client(api_key=os.environ["GEMINI_API_KEY"])',
              "resp = client.models.generate_content(",
              `    model=${q(f.api.model)},`,
              "    contents=prompt,",
              "    config=types.GenerateContentConfig(",
              "        safety_settings=[",
              '            types.SafetySetting(category="HARM_CATEGORY_HARASSMENT", threshold="BLOCK_ONLY_HIGH"),',
              '            types.SafetySetting(category="HARM_CATEGORY_DANGEROUS_CONTENT", threshold="BLOCK_ONLY_HIGH"),',
              "        ],",
              "    ),",
              ")",
              `print(resp.prompt_feedback)  ${say(lang)("# 被拦截时这里有 block_reason", "# block_reason appears here when blocked")}`,
            ])
          : null,
    },
  ],
  prevention: [
    t("对用户输入先做审核再发给模型，命中时给出友好提示。", "Moderate user input before sending it to the model and show a friendly message on hits."),
    t("记录被拦截的请求（脱敏后），定期检查是否有误伤。", "Log blocked requests (redacted) and review them for false positives."),
    t("系统提示里明确输出边界，减少模型生成越界内容的概率。", "State output boundaries in the system prompt to lower the chance of out-of-bounds generations."),
  ],
  tools: [
    t("OpenAI Moderation API（omni-moderation-latest，免费）", "OpenAI Moderation API (omni-moderation-latest, free)"),
    t("Azure AI Content Safety / Google Perspective API", "Azure AI Content Safety / Google Perspective API"),
    (f) => f.has(/sensitive_words|敏感词/) && t("中转站控制台「运营设置」中的屏蔽词配置", "The gateway console's sensitive-word settings"),
  ],
};

/* ---------- request.invalid ---------- */

const isDeveloperRole = (f: Facts) => f.has(/unknown variant `developer`|role[^\n]{0,40}developer/);
const isImageDecode = (f: Facts) => f.has(/decode image|image config|RIFF|unsupported image|Invalid image|image format/i);
const isMaxCompletionTokens = (f: Facts) => f.has(/max_completion_tokens|Unsupported parameter: 'max_tokens'|'temperature' does not support|Unsupported value: 'temperature'/);

export const requestInvalid: KnowledgeEntry = {
  category: "request.invalid",
  example: "openai.BadRequestError: Error code: 400 - {'error': {'message': \"Unrecognized request argument supplied: functions_call\", 'type': 'invalid_request_error', 'param': None, 'code': None}}",
  subject: (f) => serverSubject(f),
  gist: (f) => t(`${serverName(f).zh} 无法接受这次请求的内容：某个参数名、取值或请求体格式不符合它的接口要求（HTTP ${f.httpStatus ?? 400}）。`, `${cap(serverName(f).en)} cannot accept the request as sent: a parameter name, value or the body format does not match its API (HTTP ${f.httpStatus ?? 400}).`),
  summary: (f) => {
    if (isDeveloperRole(f)) return t("请求里用了 `developer` 角色（OpenAI 新接口为推理模型引入的角色），但这个服务端（DeepSeek 或转发到它的网关）只认 `system`/`user`/`assistant`/`tool`。把 `developer` 改成 `system` 即可。", "The request uses the `developer` role (introduced by OpenAI for reasoning models), but this server (DeepSeek, or a gateway forwarding to it) only knows `system`/`user`/`assistant`/`tool`. Send `system` instead.");
    if (isImageDecode(f)) return t("服务端解码不了你发送的图片：格式不受支持（常见是 WebP/HEIC/动图）、文件损坏，或 base64/data URL 写错。转成 PNG/JPEG 再发送。", "The server cannot decode the image you sent: an unsupported format (often WebP/HEIC/animated), a corrupt file, or a broken base64/data URL. Convert it to PNG/JPEG first.");
    if (isMaxCompletionTokens(f)) return t("推理模型（o 系列、gpt-5 等）不接受 `max_tokens`，要用 `max_completion_tokens`；temperature 等采样参数也只能用默认值。", "Reasoning models (o-series, gpt-5 …) reject `max_tokens` and need `max_completion_tokens`; sampling parameters such as temperature must stay at their defaults.");
    return t("400 类错误说明请求本身有问题，服务端不会处理它，重试也没用。错误体里的 message 和 param 会指出是哪个字段：参数名拼错、取值超范围、缺少必填字段（model/messages）、JSON 格式错误或请求体过大。", "A 400-class error means the request itself is wrong; the server will not process it and retrying will not help. The error body's message and param name the field: a misspelled parameter, an out-of-range value, a missing required field (model/messages), malformed JSON or an oversized body.");
  },
  causes: [
    (f) => isDeveloperRole(f) && t("messages 里有 `role: developer`：DeepSeek 等 OpenAI 兼容服务不支持这个角色。", "A message has `role: developer`, which DeepSeek and other OpenAI-compatible servers do not support."),
    (f) => isImageDecode(f) && t("图片格式不受支持或数据损坏（WebP、HEIC、GIF 动图、截断的 base64）。", "An unsupported or corrupt image (WebP, HEIC, animated GIF, truncated base64)."),
    (f) => isMaxCompletionTokens(f) && t("对推理模型传了 `max_tokens`/`temperature` 等不被支持的参数。", "`max_tokens`/`temperature` or similar parameters sent to a reasoning model that does not support them."),
    t("参数名或结构和接口不一致：OpenAI 旧参数（如 `functions`）、其他厂商的私有参数、拼写错误。", "Parameter names or structure do not match the API: old OpenAI parameters (e.g. `functions`), another vendor's private fields, typos."),
    t("取值超出范围或类型不对：temperature 超出 0–2、n 不支持、messages 里 content 不是字符串/数组。", "A value out of range or of the wrong type: temperature outside 0–2, unsupported n, content that is neither string nor array."),
    t("缺少必填字段（model、messages、prompt），或请求体不是合法 JSON / 超过大小限制（413）。", "A required field is missing (model, messages, prompt), or the body is not valid JSON / exceeds the size limit (413)."),
  ],
  solutions: [
    {
      title: t("打印完整的错误体，按 param 指出的字段修改", "Print the whole error body and fix the field named in param"),
      steps: [
        t("错误体里的 `message`、`type`、`param`、`code` 会直接说出是哪个字段不合法。", "The error body's `message`, `type`, `param` and `code` name the invalid field directly."),
        t("在发送前把最终的请求体打印出来（去掉 Key），和接口文档逐字段对照。", "Print the final request body before sending (without the key) and compare it field by field with the API reference."),
      ],
      code: (f, lang) => errorBodyCode(f.api, primary(f), lang),
    },
    {
      title: (f) => (isDeveloperRole(f) ? t("把 developer 角色改成 system", "Send the developer role as system") : isImageDecode(f) ? t("把图片转成 PNG/JPEG 再发送", "Convert the image to PNG/JPEG before sending") : isMaxCompletionTokens(f) ? t("对推理模型使用 max_completion_tokens，去掉采样参数", "Use max_completion_tokens for reasoning models and drop sampling parameters") : t("先用一个最小的合法请求确认接口可用", "Confirm the endpoint with a minimal valid request first")),
      steps: [
        (f) => (isDeveloperRole(f) ? t("在发送前把 messages 里的 `developer` 映射成 `system`；用框架时关掉它自动插入 developer 消息的选项。", "Map `developer` to `system` before sending; with frameworks, turn off the option that inserts developer messages.") : isImageDecode(f) ? t("用 Pillow / sharp 把图片转换成 PNG 或 JPEG，再编码成 base64 data URL。", "Convert the image to PNG or JPEG with Pillow / sharp, then encode it as a base64 data URL.") : isMaxCompletionTokens(f) ? t("把 `max_tokens` 换成 `max_completion_tokens`，删除 temperature/top_p 等参数。", "Replace `max_tokens` with `max_completion_tokens` and remove temperature/top_p.") : t("只保留 model 和 messages 两个字段发送；成功后再逐个加回其他参数，找出出问题的那个。", "Send only model and messages; once it works, add the other parameters back one by one to find the culprit.")),
      ],
      code: (f, lang) => {
        const s = say(lang);
        if (isDeveloperRole(f)) {
          return ecoOf(f) === "node"
            ? block("javascript", [`// ${s("DeepSeek 等服务不认 developer 角色，发送前换成 system", "DeepSeek and others do not know the developer role: send system instead")}`, 'const fixed = messages.map((m) => (m.role === "developer" ? { ...m, role: "system" } : m));'])
            : block("python", [s("# DeepSeek 等服务不认 developer 角色，发送前换成 system", "# DeepSeek and others do not know the developer role: send system instead"), 'messages = [{**m, "role": "system"} if m["role"] == "developer" else m for m in messages]']);
        }
        if (isImageDecode(f)) {
          return ecoOf(f) === "node"
            ? block("javascript", [
                'import sharp from "sharp"; // npm install sharp',
                "",
                "const png = await sharp(inputPath).png().toBuffer();",
                'const dataUrl = `data:image/png;base64,${png.toString("base64")}`;',
                `const content = [{ type: "text", text: ${q(s("描述这张图片", "Describe this image"))} }, { type: "image_url", image_url: { url: dataUrl } }];`,
              ])
            : block("python", [
                "import base64",
                "import io",
                "",
                "from PIL import Image  # pip install Pillow",
                "",
                'img = Image.open(input_path).convert("RGB")  # WebP/HEIC/GIF → RGB',
                "buf = io.BytesIO()",
                'img.save(buf, format="JPEG", quality=90)',
                'data_url = "data:image/jpeg;base64," + base64.b64encode(buf.getvalue()).decode()',
                'image_url = {"url": data_url}',
                "content = [",
                `    {"type": "text", "text": ${q(s("描述这张图片", "Describe this image"))}},`,
                '    {"type": "image_url", "image_url": image_url},',
                "]",
              ]);
        }
        if (isMaxCompletionTokens(f)) {
          return ecoOf(f) === "node"
            ? block("javascript", [`const resp = await client.chat.completions.create({`, `  model: ${q(f.api.model)},`, "  messages,", `  max_completion_tokens: 2048, // ${s("推理模型用这个参数；不要传 temperature", "reasoning models take this; do not send temperature")}`, "});"])
            : block("python", ["resp = client.chat.completions.create(", `    model=${q(f.api.model)},`, "    messages=messages,", `    max_completion_tokens=2048,  ${s("# 推理模型用这个参数；不要传 temperature", "# reasoning models take this; do not send temperature")}`, ")"]);
        }
        return apiEcos(f).withCurl ? curlCode(f.api, lang) : apiCallCode(f.api, primary(f), lang);
      },
    },
  ],
  prevention: [
    t("请求体用 SDK 的类型定义或 zod/pydantic 模型构造，在发送前校验。", "Build request bodies from the SDK's types or a zod/pydantic model and validate before sending."),
    t("切换模型或服务商时，核对它支持的参数列表（OpenAI 兼容不等于全部兼容）。", "When switching models or providers, check the parameters they support (OpenAI-compatible is not fully compatible)."),
    t("把 400 错误体完整写进日志，它比状态码有用得多。", "Log the full 400 error body; it is far more useful than the status code."),
  ],
  tools: [
    t("服务商的 API Reference（逐字段对照请求体）", "The provider's API reference (compare the body field by field)"),
    t("curl / Postman：发送最小请求定位问题参数", "curl / Postman: send minimal requests to isolate the bad parameter"),
    t("zod（TS）/ pydantic（Python）：发送前校验请求体", "zod (TS) / pydantic (Python): validate the body before sending"),
  ],
};

/* ---------- endpoint.not_found ---------- */

const isResponsesOnly = (f: Facts) => f.has(/only supported in v1\/responses|supported in the Responses API|not supported in the v1\/chat\/completions/i);
const isWrongApiForModel = (f: Facts) => f.has(/does not support this api|not supported for generateContent|is not a chat model|not supported in the v1\/completions/i);

export const endpointNotFound: KnowledgeEntry = {
  category: "endpoint.not_found",
  example: "openai.NotFoundError: Error code: 404 - {'error': {'message': 'Invalid URL (POST /v1/chat/completion)', 'type': 'invalid_request_error', 'param': None, 'code': None}}",
  subject: (f) => (f.url ? inline(f.url, 80) : serverName(f)),
  gist: (f) =>
    isResponsesOnly(f)
      ? t("这个模型只能通过 Responses 接口（/v1/responses）调用，不能用 /v1/chat/completions。", "This model is only served on the Responses API (/v1/responses), not /v1/chat/completions.")
      : t(`请求的地址（路径）不存在：服务端在${f.url ? ` ${f.url}` : "这个 URL"} 上没有对应的接口。`, `The requested address (path) does not exist: the server has no endpoint at ${f.url ?? "this URL"}.`),
  summary: (f) => {
    if (isResponsesOnly(f)) return t("较新的 OpenAI 模型（如 o1-pro、codex 系列、部分 gpt-5 变体）只在 Responses API 上提供。把调用从 `chat.completions.create` 换成 `responses.create` 即可，参数从 messages 改成 input。", "Some newer OpenAI models (o1-pro, the codex family, some gpt-5 variants) are only offered on the Responses API. Switch from `chat.completions.create` to `responses.create`, with input instead of messages.");
    if (isWrongApiForModel(f)) return t("模型存在，但不支持你调用的这个接口：例如图像生成模型被当成对话模型调用、嵌入模型调用了 chat 接口。换成该模型对应的接口。", "The model exists but does not support the endpoint you called: e.g. an image model called as a chat model, or an embedding model on the chat endpoint. Use the endpoint that model belongs to.");
    if (f.provider === "ollama") return t("Ollama 返回 404 有两种情况：路径不对（原生接口是 /api/chat、/api/generate，OpenAI 兼容接口是 /v1/chat/completions），或者模型没有拉取——Ollama 对不存在的模型也返回 404。", "Ollama answers 404 in two cases: a wrong path (native endpoints are /api/chat and /api/generate; the OpenAI-compatible one is /v1/chat/completions), or a model that was never pulled — Ollama also returns 404 for unknown models.");
    return t("404/Invalid URL 说明服务器上不存在这个路径，最常见的是 base URL 配错：少了 `/v1`、多写了一层 `/v1/v1`、把完整接口地址当成了 base URL，或路径拼写错误（如 `/chat/completion` 少了 s）。", "A 404/Invalid URL means the path does not exist on the server. Usually the base URL is wrong: missing `/v1`, a doubled `/v1/v1`, a full endpoint used as the base URL, or a typo in the path (e.g. `/chat/completion` without the s).");
  },
  causes: [
    (f) => isResponsesOnly(f) && t("模型只在 /v1/responses 提供，代码却调用了 /v1/chat/completions。", "The model is only on /v1/responses but the code calls /v1/chat/completions."),
    t("base URL 少了 `/v1`（OpenAI 兼容服务几乎都要求 `https://域名/v1`）。", "The base URL lacks `/v1` (OpenAI-compatible servers almost always expect `https://host/v1`)."),
    t("base URL 写成了完整接口地址（以 /chat/completions 结尾），SDK 又拼了一次路径，变成 `/chat/completions/chat/completions`。", "The base URL is a full endpoint (ending in /chat/completions) and the SDK appends the path again: `/chat/completions/chat/completions`."),
    t("路径拼写错误或 HTTP 方法不对（GET 请求了只支持 POST 的接口：`Cannot GET /v1/chat/completions`）。", "A typo in the path or the wrong HTTP method (GET on a POST-only endpoint: `Cannot GET /v1/chat/completions`)."),
    (f) => f.api.auth === "azure" && t("Azure 的路径必须是 `/openai/deployments/<部署名>/chat/completions?api-version=…`，缺 api-version 或部署名错误都会 404。", "Azure paths must be `/openai/deployments/<deployment>/chat/completions?api-version=…`; a missing api-version or wrong deployment name gives 404."),
  ],
  solutions: [
    {
      title: (f) => (isResponsesOnly(f) ? t("改用 Responses API 调用这个模型", "Call this model through the Responses API") : t("把 base URL 改成正确的格式", "Fix the base URL")),
      steps: [
        (f) => (isResponsesOnly(f) ? t("`client.chat.completions.create(messages=…)` 换成 `client.responses.create(input=…)`；读取结果用 `resp.output_text`。", "Replace `client.chat.completions.create(messages=…)` with `client.responses.create(input=…)`; read `resp.output_text`.") : t(`SDK 的 base URL 只写到版本号为止，例如 ${ic(showUrl(f.api.base))}；具体路径（/chat/completions）由 SDK 自己拼接。`, `Give the SDK a base URL that stops at the version, e.g. ${ic(showUrl(f.api.base))}; the SDK appends the path (/chat/completions) itself.`)),
        (f) => (f.url ? t(`你报错里的地址是 ${ic(f.url)}，对照上面检查是否多了或少了一段路径。`, `The address in your error is ${ic(f.url)}; compare it with the above for a missing or extra segment.`) : null),
        t("直接用 HTTP 调用时，完整地址 = base URL + `/chat/completions`，方法必须是 POST。", "With raw HTTP, the full address is the base URL + `/chat/completions`, and the method must be POST."),
      ],
      code: (f, lang) => {
        if (!isResponsesOnly(f)) return sdkClientCode(f.api, primary(f), lang);
        const responses = { ...f.api, shape: "responses" as const };
        return sdkClientCode(responses, primary(f), lang);
      },
    },
    {
      title: t("用“列出模型”接口验证 base URL", "Verify the base URL with the list-models endpoint"),
      steps: [
        t("GET `<base URL>/models` 返回 JSON 模型列表，说明 base URL 正确；返回 404 或 HTML 页面，说明地址本身不对。", "GET `<base URL>/models`: a JSON model list means the base URL is right; a 404 or an HTML page means the address itself is wrong."),
        (f) => (f.provider === "ollama" ? t("Ollama：`curl http://localhost:11434/api/tags` 能列出模型，说明服务在跑；再确认模型名在列表里。", "Ollama: `curl http://localhost:11434/api/tags` listing models means the server runs; then check your model is in the list.") : null),
      ],
      code: (f, lang) => listModelsCode(f.api, apiEcos(f).withCurl ? "shell" : primary(f), lang),
    },
  ],
  prevention: [
    t("base URL 放在一个配置项里（如 `OPENAI_BASE_URL`），格式统一为 `https://域名/v1`，启动时请求一次 /models 自检。", "Keep the base URL in one setting (e.g. `OPENAI_BASE_URL`) in the form `https://host/v1`, and call /models once at start-up as a self-check."),
    t("优先使用官方 SDK，避免手写路径。", "Prefer the official SDK over hand-built paths."),
    t("升级模型前查看它支持哪些接口（chat/completions、responses、images …）。", "Before switching models, check which endpoints they support (chat/completions, responses, images …)."),
  ],
  tools: [
    t("curl -i：看清状态码和返回的是 JSON 还是 HTML", "curl -i: see the status and whether JSON or HTML came back"),
    t("服务商的 API Reference 中的完整请求示例", "Full request examples in the provider's API reference"),
  ],
};

/* ---------- upstream.unavailable ---------- */

function fallbackCode(f: Facts, lang: Lang) {
  if (!isOpenAiShape(f)) return null;
  const s = say(lang);
  const a = f.api;
  const eco = ecoOf(f);
  const isStock = a.base.kind === "literal" && a.base.url === a.profile.baseUrl && !f.isRelay;
  const baseArg = isStock ? "" : a.base.kind === "literal" ? q(a.base.url) : `os.environ[${q(a.base.env)}]`;
  if (eco === "node") {
    return block("javascript", [
      'import OpenAI from "openai";',
      "",
      `const client = new OpenAI({ apiKey: process.env.${a.keyEnv},${isStock ? "" : ` baseURL: ${a.base.kind === "literal" ? q(a.base.url) : `process.env.${a.base.env}`},`} maxRetries: 3, timeout: 120_000 });`,
      `const MODELS = [${q(a.model)}, ${q(fallbackModel(a.model))}]; // ${s("主模型失败时依次降级（备选模型换成你的平台上可用的）", "fall back in order when the main model fails (use a fallback your platform serves)")}`,
      "",
      "export async function chat(messages) {",
      "  let lastError;",
      "  for (const model of MODELS) {",
      "    try {",
      "      const resp = await client.chat.completions.create({ model, messages });",
      "      return resp.choices[0].message.content;",
      "    } catch (err) {",
      `      if (err?.status && err.status < 500 && err.status !== 429) throw err; // ${s("4xx 是请求问题，换模型没用", "4xx is a request problem; another model will not help")}`,
      "      lastError = err;",
      "    }",
      "  }",
      "  throw lastError;",
      "}",
    ]);
  }
  if (eco !== null && eco !== "python") return null;
  return block("python", [
    "import os",
    "",
    "import openai",
    "from openai import OpenAI",
    "",
    `client = OpenAI(api_key=os.environ[${q(a.keyEnv)}]${baseArg ? `, base_url=${baseArg}` : ""}, max_retries=3, timeout=120)`,
    `MODELS = [${q(a.model)}, ${q(fallbackModel(a.model))}]  ${s("# 主模型失败时依次降级（备选模型换成你的平台上可用的）", "# fall back in order when the main model fails (use a fallback your platform serves)")}`,
    "",
    "",
    "def chat(messages):",
    "    last_error = None",
    "    for model in MODELS:",
    "        try:",
    "            resp = client.chat.completions.create(model=model, messages=messages)",
    "            return resp.choices[0].message.content",
    "        except (openai.InternalServerError, openai.APIConnectionError, openai.RateLimitError) as e:",
    `            last_error = e  ${s("# 5xx/过载/连接问题：换下一个模型", "# 5xx/overload/connection: try the next model")}`,
    "    raise last_error",
  ]);
}

export const upstreamUnavailable: KnowledgeEntry = {
  category: "upstream.unavailable",
  example: "Error code: 429 - {'error': {'message': '当前分组上游负载已饱和，请稍后再试 (request id: 20260521174921838127707FxeB1sRH)', 'type': 'upstream_error', 'param': '404', 'code': 'bad_response_status_code'}}",
  subject: (f) => serverSubject(f),
  gist: (f) =>
    f.has(/负载已饱和|load is saturated/i)
      ? t("中转站这个分组的上游渠道全部满载，暂时接不了新请求；过一会儿再试或换个分组/模型。", "All upstream channels of this gateway group are saturated and cannot take new requests right now; retry later or use another group/model.")
      : t(`${serverName(f).zh} 或它背后的上游服务出错/过载了${f.httpStatus ? `（HTTP ${f.httpStatus}）` : ""}，这不是你的请求写错了。`, `${cap(serverName(f).en)} or the service behind it failed or is overloaded${f.httpStatus ? ` (HTTP ${f.httpStatus})` : ""}; your request is not at fault.`),
  summary: (f) => {
    if (f.has(/负载已饱和|load is saturated/i))
      return t(
        "“上游负载已饱和”是 new-api/one-api 网关的提示：你所在分组配置的上游渠道（官方 Key 或其他供应商）都在限流或满载，网关重试后仍然没有可用的。虽然状态码是 429，但不是你的账户被限流——问题在网关的上游容量，等待、降低并发或换分组/模型才能解决。",
        "\"Upstream load is saturated\" comes from a new-api/one-api gateway: the upstream channels of your group (official keys or other vendors) are all rate-limited or full, and the gateway found none after retrying. The status is 429, but your account is not the one being limited — the gateway's upstream capacity is. Wait, lower concurrency, or switch group/model.",
      );
    if (f.has(/<html|<!DOCTYPE|cloudflare|cf-ray/i)) return t("返回的是一个 HTML 错误页（通常是 Cloudflare/Nginx 的 502/503/504 页面），说明请求在网关或 CDN 层就失败了，后端服务没有正常响应。代码里如果接着解析 JSON，就会再报一个 JSONDecodeError——根因是这里。", "An HTML error page came back (typically a Cloudflare/Nginx 502/503/504), so the request failed at a gateway or CDN and the backend did not answer. Code that then parses JSON raises a JSONDecodeError — this is the root cause.");
    if (f.httpStatus === 529 || f.has(/overloaded/i)) return t("服务商过载（Anthropic 的 529 overloaded_error）：流量高峰时整个平台容量不足，与你的账户限额无关。带退避的重试通常几秒到几分钟内就能成功。", "The provider is overloaded (Anthropic's 529 overloaded_error): the whole platform is short of capacity at peak times, unrelated to your limits. Retrying with backoff usually succeeds within seconds to minutes.");
    return t(`5xx 表示服务端（或网关背后的上游）出错：临时故障、发布中、过载或网关转发失败。请求本身不一定有问题，正确做法是退避重试、准备降级方案，持续失败时带上请求 ID 联系服务商。`, `A 5xx means the server (or the upstream behind a gateway) failed: a transient fault, a deployment, overload, or a failed relay. The request itself may be fine: retry with backoff, have a fallback, and if it persists contact the provider with the request id.`);
  },
  causes: [
    (f) => (f.isRelay ? t("中转站的上游渠道满载、被限流或被禁用，网关重试后没有可用渠道。", "The gateway's upstream channels are saturated, rate-limited or disabled, and no channel was left after retries.") : t("服务商临时故障或正在发布，部分请求失败。", "A transient incident or deployment at the provider fails some requests.")),
    t("流量高峰期整体过载（503/529），与你的账户无关。", "Platform-wide overload at peak time (503/529), unrelated to your account."),
    t("网关/CDN 到后端的连接失败或超时（502/504），常见于长时间生成、不开流式的请求。", "The gateway/CDN failed to reach the backend or timed out (502/504), typical for long non-streaming generations."),
    t("个别请求触发了服务端 bug（同样的请求稳定 500 时，尝试换模型或缩短输入）。", "A specific request triggers a server bug (if the same request always gets 500, try another model or shorter input)."),
  ],
  solutions: [
    {
      title: t("带退避的自动重试", "Retry automatically with backoff"),
      steps: [
        t("对 500/502/503/504/529 和“负载已饱和”做指数退避重试（1s、2s、4s…，加随机抖动），最多 3–5 次。", "Retry 500/502/503/504/529 and \"saturated\" errors with exponential backoff (1s, 2s, 4s… with jitter), 3–5 attempts."),
        t("长输出请求开启流式（`stream: true`），减少网关等待超时导致的 502/504。", "Enable streaming (`stream: true`) for long outputs to avoid 502/504 from gateway timeouts."),
        t("降低并发：过载时大量并发重试只会让情况更糟。", "Lower concurrency: mass parallel retries during overload make it worse."),
      ],
      code: (f, lang) => retryCode(f.api, primary(f), lang),
    },
    {
      title: (f) => (f.isRelay ? t("换分组/模型，或请中转站管理员检查渠道", "Switch group/model, or ask the gateway admin to check channels") : t("准备降级：换模型或备用服务商", "Prepare a fallback: another model or provider")),
      steps: [
        (f) => (f.isRelay ? t("在控制台看看其他分组/模型是否可用，临时切换过去；或者避开高峰时段。", "Check in the console whether another group/model works and switch temporarily, or avoid peak hours.") : t("为关键路径准备备用模型或备用服务商，主模型 5xx 时自动切换。", "Keep a fallback model or provider for critical paths and switch automatically on 5xx.")),
        (f) => f.isRelay && t("管理员：在「渠道管理」里测试该分组的渠道，检查被自动禁用的渠道和上游 Key 的限额，必要时增加渠道。", "Admin: test the group's channels under Channels, check auto-disabled channels and upstream key limits, and add channels if needed."),
        (f) => f.requestId && t(`持续失败时，把请求 ID \`${inline(f.requestId, 80)}\` 提供给服务商客服/技术支持，方便他们定位是哪个上游出了问题。`, `If it keeps failing, give request id \`${inline(f.requestId, 80)}\` to the provider's support so they can find which upstream failed.`),
      ],
      code: (f, lang) => fallbackCode(f, lang),
    },
    {
      title: t("确认是不是服务端故障", "Check whether it is an outage"),
      steps: [
        (f) => statusPageItem(f) ?? t("查看服务商的状态页或公告渠道，确认是否有正在进行的故障。", "Check the provider's status page or announcements for an ongoing incident."),
        t("同一时间用 curl 发一个最小请求：最小请求也失败，就是服务端问题，等待恢复即可。", "Send a minimal request with curl at the same time: if that fails too, it is the server; wait for recovery."),
      ],
      code: (f, lang) => curlCode(f.api, lang, { timeout: 60 }),
    },
  ],
  prevention: [
    t("所有 API 调用都带超时、退避重试和熔断，避免故障时把请求堆积起来。", "Give every API call a timeout, backoff retries and a circuit breaker so failures do not pile up."),
    t("记录每次失败的状态码、请求 ID 和时间，方便与服务商核对。", "Log status, request id and time for every failure so you can reconcile with the provider."),
    t("关键业务准备第二个服务商或模型，按错误类型自动切换。", "Keep a second provider or model for critical work and fail over by error type."),
  ],
  tools: [
    (f) => statusPageItem(f) ?? t("服务商状态页（status.openai.com、status.anthropic.com 等）", "Provider status pages (status.openai.com, status.anthropic.com …)"),
    t("tenacity（Python）/ p-retry（Node）：退避重试", "tenacity (Python) / p-retry (Node): backoff retries"),
    t("LiteLLM / OpenRouter：多模型、多服务商自动降级", "LiteLLM / OpenRouter: multi-model, multi-provider failover"),
  ],
};

export const apiEntries: KnowledgeEntry[] = [
  authInvalidCredentials,
  authForbidden,
  billingQuotaExceeded,
  rateLimit,
  modelNotFound,
  requestContextLength,
  requestContentFiltered,
  requestInvalid,
  endpointNotFound,
  upstreamUnavailable,
];
