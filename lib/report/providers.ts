/**
 * What the report knows about each API provider: where keys live, how the key is sent, the
 * default base URL and a model that exists. Used to write code that calls the right endpoint.
 */

import { MODEL_MARKER } from "./code/model-ref";

export type AuthStyle = "bearer" | "anthropic" | "gemini" | "azure" | "none";

export interface ProviderProfile {
  id: string;
  label: string;
  baseUrl: string;
  keyEnv: string;
  /** Where to create or check a key; null when the page depends on the user's own gateway. */
  keyPage: string | null;
  billingPage: string | null;
  statusPage: string | null;
  auth: AuthStyle;
}

const profiles: Record<string, ProviderProfile> = {
  openai: {
    id: "openai",
    label: "OpenAI",
    baseUrl: "https://api.openai.com/v1",
    keyEnv: "OPENAI_API_KEY",
    keyPage: "https://platform.openai.com/api-keys",
    billingPage: "https://platform.openai.com/settings/organization/billing",
    statusPage: "https://status.openai.com",
    auth: "bearer",
  },
  anthropic: {
    id: "anthropic",
    label: "Anthropic",
    baseUrl: "https://api.anthropic.com/v1",
    keyEnv: "ANTHROPIC_API_KEY",
    keyPage: "https://console.anthropic.com/settings/keys",
    billingPage: "https://console.anthropic.com/settings/billing",
    statusPage: "https://status.anthropic.com",
    auth: "anthropic",
  },
  gemini: {
    id: "gemini",
    label: "Google Gemini",
    baseUrl: "https://generativelanguage.googleapis.com/v1beta",
    keyEnv: "GEMINI_API_KEY",
    keyPage: "https://aistudio.google.com/app/apikey",
    billingPage: "https://aistudio.google.com/usage",
    statusPage: "https://aistudio.google.com/status",
    auth: "gemini",
  },
  azure: {
    id: "azure",
    label: "Azure OpenAI",
    baseUrl: "https://YOUR-RESOURCE.openai.azure.com",
    keyEnv: "AZURE_OPENAI_API_KEY",
    keyPage: "https://portal.azure.com/#view/Microsoft_Azure_ProjectOxford/CognitiveServicesHub/~/OpenAI",
    billingPage: "https://portal.azure.com/#view/Microsoft_Azure_CostManagement/Menu/~/overview",
    statusPage: "https://azure.status.microsoft/status",
    auth: "azure",
  },
  deepseek: {
    id: "deepseek",
    label: "DeepSeek",
    baseUrl: "https://api.deepseek.com",
    keyEnv: "DEEPSEEK_API_KEY",
    keyPage: "https://platform.deepseek.com/api_keys",
    billingPage: "https://platform.deepseek.com/top_up",
    statusPage: "https://status.deepseek.com",
    auth: "bearer",
  },
  openrouter: {
    id: "openrouter",
    label: "OpenRouter",
    baseUrl: "https://openrouter.ai/api/v1",
    keyEnv: "OPENROUTER_API_KEY",
    keyPage: "https://openrouter.ai/settings/keys",
    billingPage: "https://openrouter.ai/settings/credits",
    statusPage: "https://status.openrouter.ai",
    auth: "bearer",
  },
  ollama: {
    id: "ollama",
    label: "Ollama",
    baseUrl: "http://localhost:11434",
    keyEnv: "OLLAMA_API_KEY",
    keyPage: null,
    billingPage: null,
    statusPage: null,
    auth: "none",
  },
  zhipu: {
    id: "zhipu",
    label: "Zhipu GLM",
    baseUrl: "https://open.bigmodel.cn/api/paas/v4",
    keyEnv: "ZHIPUAI_API_KEY",
    keyPage: "https://open.bigmodel.cn/usercenter/apikeys",
    billingPage: "https://open.bigmodel.cn/finance/overview",
    statusPage: null,
    auth: "bearer",
  },
  moonshot: {
    id: "moonshot",
    label: "Moonshot (Kimi)",
    baseUrl: "https://api.moonshot.cn/v1",
    keyEnv: "MOONSHOT_API_KEY",
    keyPage: "https://platform.moonshot.cn/console/api-keys",
    billingPage: "https://platform.moonshot.cn/console/account",
    statusPage: null,
    auth: "bearer",
  },
  // Qianfan's OpenAI-compatible v2 API: https://cloud.baidu.com/doc/qianfan/s/Hmh4suq26
  baidu: {
    id: "baidu",
    label: "Baidu Qianfan",
    baseUrl: "https://qianfan.baidubce.com/v2",
    keyEnv: "QIANFAN_API_KEY",
    keyPage: "https://console.bce.baidu.com/iam/#/iam/apikey/list",
    billingPage: null,
    statusPage: null,
    auth: "bearer",
  },
  // Hunyuan's OpenAI-compatible API: https://cloud.tencent.com/document/product/1729/111007
  tencent: {
    id: "tencent",
    label: "Tencent Hunyuan",
    baseUrl: "https://api.hunyuan.cloud.tencent.com/v1",
    keyEnv: "HUNYUAN_API_KEY",
    keyPage: "https://cloud.tencent.com/document/product/1729/111007",
    billingPage: null,
    statusPage: null,
    auth: "bearer",
  },
  qwen: {
    id: "qwen",
    label: "Alibaba Qwen (DashScope)",
    baseUrl: "https://dashscope.aliyuncs.com/compatible-mode/v1",
    keyEnv: "DASHSCOPE_API_KEY",
    keyPage: "https://bailian.console.aliyun.com/?tab=model#/api-key",
    billingPage: "https://billing-cost.console.aliyun.com/",
    statusPage: null,
    auth: "bearer",
  },
  siliconflow: {
    id: "siliconflow",
    label: "SiliconFlow",
    baseUrl: "https://api.siliconflow.cn/v1",
    keyEnv: "SILICONFLOW_API_KEY",
    keyPage: "https://cloud.siliconflow.cn/account/ak",
    billingPage: "https://cloud.siliconflow.cn/expensebill",
    statusPage: null,
    auth: "bearer",
  },
  groq: {
    id: "groq",
    label: "Groq",
    baseUrl: "https://api.groq.com/openai/v1",
    keyEnv: "GROQ_API_KEY",
    keyPage: "https://console.groq.com/keys",
    billingPage: "https://console.groq.com/settings/billing",
    statusPage: "https://groqstatus.com",
    auth: "bearer",
  },
  mistral: {
    id: "mistral",
    label: "Mistral AI",
    baseUrl: "https://api.mistral.ai/v1",
    keyEnv: "MISTRAL_API_KEY",
    keyPage: "https://console.mistral.ai/api-keys",
    billingPage: "https://console.mistral.ai/billing",
    statusPage: "https://status.mistral.ai",
    auth: "bearer",
  },
  xai: {
    id: "xai",
    label: "xAI",
    baseUrl: "https://api.x.ai/v1",
    keyEnv: "XAI_API_KEY",
    keyPage: "https://console.x.ai",
    billingPage: "https://console.x.ai",
    statusPage: "https://status.x.ai",
    auth: "bearer",
  },
  volcengine: {
    id: "volcengine",
    label: "Volcengine Ark",
    baseUrl: "https://ark.cn-beijing.volces.com/api/v3",
    keyEnv: "ARK_API_KEY",
    keyPage: "https://console.volcengine.com/ark/region:ark+cn-beijing/apiKey",
    billingPage: "https://console.volcengine.com/finance",
    statusPage: null,
    auth: "bearer",
  },
  vllm: {
    id: "vllm",
    label: "vLLM",
    baseUrl: "http://localhost:8000/v1",
    keyEnv: "VLLM_API_KEY",
    keyPage: null,
    billingPage: null,
    statusPage: null,
    auth: "bearer",
  },
  dmxapi: {
    id: "dmxapi",
    label: "DMXAPI",
    baseUrl: "https://www.dmxapi.cn/v1",
    keyEnv: "DMXAPI_API_KEY",
    keyPage: "https://www.dmxapi.cn",
    billingPage: "https://www.dmxapi.cn",
    statusPage: null,
    auth: "bearer",
  },
};

/** A new-api / one-api style gateway (or any OpenAI-compatible host) whose address we may not know. */
const relayProfile: ProviderProfile = {
  id: "relay",
  label: "OpenAI-compatible gateway",
  baseUrl: "https://api.openai.com/v1",
  keyEnv: "OPENAI_API_KEY",
  keyPage: null,
  billingPage: null,
  statusPage: null,
  auth: "bearer",
};

const relayTypes = /^(?:new_api_error|one_api_error|one_hub_error|\w+_api_error|upstream_error)$/;
const relayProviders = /^(?:new-api|one-api|one-hub|dmxapi|sub2api|\w+-api)$/;

/** new-api / one-api family: tokens (令牌), groups (分组) and channels (渠道) are theirs. */
export function isRelayFacts(provider: string | null, errorType: string | null, requestId: string | null, text: string): boolean {
  if (provider && relayProviders.test(provider)) return true;
  if (errorType && relayTypes.test(errorType)) return true;
  if (requestId && /^20\d{15,}[A-Za-z0-9]{0,20}$/.test(requestId)) return true;
  return /无可用渠道|当前分组|该令牌|令牌额度|预扣费|New-Api-User|TokenStatusExhausted|\bnew-api\b|\bone-api\b/.test(text);
}

export function profileOf(provider: string | null): ProviderProfile | null {
  return provider ? (profiles[provider] ?? null) : null;
}

const providerNames: Record<string, string> = {
  "new-api": "New API",
  "one-api": "One API",
  "one-hub": "One Hub",
  sub2api: "Sub2API",
};

/** A short display name for a provider id from the classifier. */
export function providerLabel(provider: string | null | undefined): string {
  if (!provider) return "";
  const p = profiles[provider];
  if (p) return p.label;
  return providerNames[provider] ?? provider;
}

/* ---------- the endpoint to call in code ---------- */

export type ApiShape = "chat" | "responses" | "anthropic" | "gemini" | "ollama" | "embeddings" | "images";

/** The endpoint as code must spell it: a literal URL, or a base URL from an environment variable plus a path. */
export type UrlRef = { kind: "literal"; url: string } | { kind: "env"; env: string; path: string; example: string };

export interface ApiTarget {
  profile: ProviderProfile;
  /** The provider id used for labels and pages (the relay id for gateways). */
  providerId: string | null;
  shape: ApiShape;
  endpoint: UrlRef;
  /** The base URL for SDK clients (`base_url` / `baseURL`). */
  base: UrlRef;
  /** GET this to list the models the key may use. */
  models: UrlRef;
  model: string;
  keyEnv: string;
  auth: AuthStyle;
  /** The host the user called, as written (may be masked like api.ra******.top). */
  host: string | null;
  /** The URL in the paste was masked (`***`) so code reads it from the environment. */
  isMasked: boolean;
  /** The endpoint came from the paste rather than a provider default. */
  isFromPaste: boolean;
  /** A new-api / one-api style gateway: its tokens, not a provider's keys. */
  isRelay: boolean;
}

/** Hosts that only appear in errors as documentation links, never as the API that failed. */
export const docsHost =
  /(?:^|\.)(?:developer\.mozilla\.org|aka\.ms|go\.microsoft\.com|learn\.microsoft\.com|docs\.[\w.-]+|help\.openai\.com|platform\.openai\.com|ai\.google\.dev|aistudio\.google\.com|console\.anthropic\.com|stackoverflow\.com|github\.com|cloudflare\.com|pip\.pypa\.io|npmjs\.com|ai\.studio)$/i;

function shapeOfPath(path: string, provider: string | null): ApiShape | null {
  if (/\/chat\/completions\/?$/.test(path)) return "chat";
  if (/\/responses\/?$/.test(path)) return "responses";
  if (/\/messages\/?$/.test(path)) return "anthropic";
  if (/:(?:stream)?generateContent$/i.test(path)) return "gemini";
  if (/^\/api\/(?:chat|generate)\/?$/.test(path) || (provider === "ollama" && /^\/api\//.test(path))) return "ollama";
  if (/\/embeddings\/?$/.test(path)) return "embeddings";
  if (/\/images\/generations\/?$/.test(path)) return "images";
  return null;
}

const pathOf: Record<ApiShape, string> = {
  chat: "/chat/completions",
  responses: "/responses",
  anthropic: "/messages",
  gemini: "/models/MODEL:generateContent",
  ollama: "/api/chat",
  embeddings: "/embeddings",
  images: "/images/generations",
};

/** Everything up to the version segment: `https://h/v1/chat/completions` → `https://h/v1`. */
function baseOf(url: URL): string {
  const m = /^(.*?\/(?:v\d[\w.]*|api\/v\d|api\/paas\/v\d|compatible-mode\/v\d|openai\/v\d))(?:\/|$)/.exec(url.pathname);
  if (m) return `${url.origin}${m[1]}`;
  return url.origin;
}

function parseUrl(raw: string | null): URL | null {
  if (!raw || !/^https?:\/\//i.test(raw)) return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

export interface TargetInput {
  provider: string | null;
  url: string | null;
  host: string | null;
  model: string | null;
  isRelay: boolean;
}

export function resolveApiTarget(input: TargetInput): ApiTarget {
  const known = profileOf(input.provider);
  const profile = known ?? relayProfile;
  const parsed = parseUrl(input.url);
  const usable = parsed && !docsHost.test(parsed.hostname) ? parsed : null;
  const masked = /[*…]|REDACTED|^x{3,}\.|\.x{3,}$/i;
  const isMasked = Boolean(usable && masked.test(usable.hostname)) || Boolean(!usable && input.host && masked.test(input.host));
  const path = usable ? usable.pathname.replace(/\/+$/, "") : "";
  const pathShape = usable ? shapeOfPath(path, input.provider) : null;
  const shape: ApiShape =
    pathShape ??
    (profile.auth === "anthropic" ? "anthropic" : profile.auth === "gemini" ? "gemini" : profile.id === "ollama" ? "ollama" : "chat");

  let model = input.model ?? null;
  if (!model && usable) {
    const gm = /\/models\/([\w.-]{1,80}):/.exec(usable.pathname) ?? /\/deployments\/([\w.-]{1,80})\//.exec(usable.pathname);
    model = gm?.[1] ?? null;
  }
  // Never invent a model id: code reads LLM_MODEL where the paste names none (code/model-ref.ts).
  model ??= MODEL_MARKER;

  const keyEnv = profile.keyEnv;
  const auth: AuthStyle = shape === "anthropic" ? "anthropic" : shape === "gemini" ? "gemini" : profile.auth === "azure" ? "azure" : shape === "ollama" ? "none" : profile.auth;
  const providerId = input.provider;

  // The base URL: from the paste when usable, from the provider default when known, else from the environment.
  const baseEnv = profile.auth === "azure" ? "AZURE_OPENAI_ENDPOINT" : "OPENAI_BASE_URL";
  let base: UrlRef;
  let isFromPaste = false;
  if (usable && !isMasked) {
    isFromPaste = true;
    base = { kind: "literal", url: profile.auth === "azure" ? usable.origin : shape === "ollama" ? usable.origin : baseOf(usable) };
  } else if (known && !(input.isRelay && known.id !== "dmxapi") && profile.id !== "azure") {
    base = { kind: "literal", url: profile.baseUrl };
  } else if (!known && input.host && !isMasked && !input.isRelay && !docsHost.test(input.host)) {
    isFromPaste = true;
    base = { kind: "literal", url: `https://${input.host}/v1` };
  } else if (input.isRelay && input.host && !isMasked && !known && !docsHost.test(input.host)) {
    isFromPaste = true;
    base = { kind: "literal", url: `https://${input.host}/v1` };
  } else {
    const example = profile.auth === "azure" ? "https://YOUR-RESOURCE.openai.azure.com" : input.isRelay || !known ? "https://your-gateway.example.com/v1" : profile.baseUrl;
    base = { kind: "env", env: baseEnv, path: "", example };
  }

  const suffix = (p: string): UrlRef => (base.kind === "literal" ? { kind: "literal", url: base.url + p } : { ...base, path: p });

  let endpoint: UrlRef;
  if (usable && !isMasked && pathShape) {
    const keep = profile.auth === "azure" ? usable.search.replace(/[?&](?:api-key|key)=[^&]*/g, "") : "";
    const cleanPath = shape === "gemini" ? usable.pathname.replace(/:streamGenerateContent$/, ":generateContent") : usable.pathname;
    endpoint = { kind: "literal", url: `${usable.origin}${cleanPath}${keep}` };
  } else if (profile.auth === "azure") {
    endpoint = suffix(`/openai/deployments/${model}/chat/completions?api-version=2024-10-21`);
  } else if (shape === "gemini") {
    endpoint = suffix(`/models/${model}:generateContent`);
  } else {
    endpoint = suffix(pathOf[shape]);
  }

  const models: UrlRef =
    shape === "ollama"
      ? suffix("/api/tags")
      : profile.auth === "azure"
        ? suffix("/openai/models?api-version=2024-10-21")
        : suffix("/models");

  return { profile, providerId, shape, endpoint, base, models, model, keyEnv, auth, host: input.host, isMasked, isFromPaste, isRelay: input.isRelay };
}

/** The endpoint as a human-readable string for prose (env form shows the variable). */
export function showUrl(ref: UrlRef): string {
  return ref.kind === "literal" ? ref.url : `$${ref.env}${ref.path}`;
}

/** Each known provider's API host, for checks that code never calls one provider for another's error. */
export function providerHosts(): { provider: string; host: string }[] {
  const out: { provider: string; host: string }[] = [];
  for (const p of Object.values(profiles)) {
    const host = /^https?:\/\/([^/:]+)/.exec(p.baseUrl)?.[1];
    if (host && !/^(?:localhost|127\.0\.0\.1)$/.test(host) && !/YOUR-RESOURCE/.test(host)) out.push({ provider: p.id, host });
  }
  return out;
}
