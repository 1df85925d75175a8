/**
 * Code for LLM-provider known errors, shared by every entry under lib/known/entries/{openai,…}:
 * it calls the endpoint the paste shows, else the provider's documented base URL, else
 * `$OPENAI_BASE_URL`; the key comes from the provider's own variable; the model comes from the
 * paste or `LLM_MODEL`, never a made-up id. Bash when the ecosystem is unknown.
 */
import type { CodeBlock } from "@/lib/report/schema";
import { retryCode } from "@/lib/report/code/api";
import { block, ecoOf, q } from "@/lib/report/code/util";
import type { KnownContext } from "./types";

export type LlmEco = "python" | "node" | "bash";

/** The language to write in: Python or JavaScript when the paste is from those, else the shell. */
export function llmEco(c: KnownContext): LlmEco {
  const e = c.f.ecosystem;
  if (e === "python") return "python";
  if (e === "node" || e === "browser" || e === "typescript" || e === "javascript") return "node";
  return "bash";
}

const safeModel = /^[\w.:/@-]{1,100}$/;

/** The model id the paste names (safe to inline), or null. */
export function pastedModel(c: KnownContext): string | null {
  const m = c.f.model;
  return m && safeModel.test(m) ? m : null;
}

/** A value in code: a literal when known, else an environment variable. */
interface Ref {
  py: string;
  js: string;
  sh: string;
}

const envRef = (name: string): Ref => ({ py: `os.environ[${q(name)}]`, js: `process.env.${name}`, sh: `$${name}` });
const litRef = (v: string): Ref => ({ py: q(v), js: q(v), sh: v });

export function modelRef(c: KnownContext): Ref {
  const m = pastedModel(c);
  return m ? litRef(m) : envRef("LLM_MODEL");
}

/**
 * The base URL to call: the one in the paste when it is usable, else the provider's documented
 * base (`fallback`), else `OPENAI_BASE_URL`.
 */
export function baseRef(c: KnownContext, fallback: string | null | "env"): Ref {
  const a = c.f.api;
  if (fallback === "env") return envRef("OPENAI_BASE_URL");
  if (a.isFromPaste && !a.isMasked && a.base.kind === "literal" && /^https:\/\/[\w.-]{1,200}(?::\d{1,5})?(?:\/[\w./-]{0,200})?$/.test(a.base.url)) {
    return litRef(a.base.url.replace(/\/+$/, ""));
  }
  return fallback ? litRef(fallback) : envRef("OPENAI_BASE_URL");
}

/** OpenAI's own base URL only when the paste is OpenAI's; a gateway or unknown host reads OPENAI_BASE_URL. */
export function openaiBase(c: KnownContext): string | null {
  return c.f.provider === "openai" ? "https://api.openai.com/v1" : null;
}

export interface ChatCall {
  /** The documented OpenAI-compatible base URL of the provider; null reads OPENAI_BASE_URL. */
  base: string | null;
  keyEnv: string;
  /** Extra body fields, as JSON values. */
  extra?: Record<string, string | number | boolean>;
  /** Provider-specific body fields the OpenAI SDKs do not know (Python sends them through extra_body). */
  extraBody?: Record<string, string | number | boolean>;
  /** Comment put on the line that matters, per language. */
  note?: { zh: string; en: string };
}

const jsonValue = (v: string | number | boolean, py: boolean) => (typeof v === "boolean" && py ? (v ? "True" : "False") : typeof v === "string" ? q(v) : String(v));

/** One OpenAI-compatible chat completion, in the paste's language, with the fix in its body. */
export function chatCall(c: KnownContext, call: ChatCall): CodeBlock {
  const eco = llmEco(c);
  const base = baseRef(c, call.base);
  const model = modelRef(c);
  const extra = Object.entries(call.extra ?? {});
  const extraBody = Object.entries(call.extraBody ?? {});
  const note = call.note ? (c.lang === "zh" ? call.note.zh : call.note.en) : null;
  if (eco === "python") {
    return block("python", [
      "import os",
      "",
      "from openai import OpenAI",
      "",
      `client = OpenAI(base_url=${base.py}, api_key=os.environ[${q(call.keyEnv)}])`,
      "resp = client.chat.completions.create(",
      `    model=${model.py},`,
      '    messages=[{"role": "user", "content": "ping"}],',
      ...extra.map(([k, v], i) => `    ${k}=${jsonValue(v, true)},${i === 0 && note ? `  # ${note}` : ""}`),
      extraBody.length > 0 && `    extra_body={${extraBody.map(([k, v]) => `${q(k)}: ${jsonValue(v, true)}`).join(", ")}},${extra.length === 0 && note ? `  # ${note}` : ""}`,
      ")",
      "print(resp.choices[0].message.content)",
    ]);
  }
  if (eco === "node") {
    return block("javascript", [
      'import OpenAI from "openai";',
      "",
      `const client = new OpenAI({ baseURL: ${base.js}, apiKey: process.env.${call.keyEnv} });`,
      "const resp = await client.chat.completions.create({",
      `  model: ${model.js},`,
      '  messages: [{ role: "user", content: "ping" }],',
      ...[...extra, ...extraBody].map(([k, v], i) => `  ${k}: ${jsonValue(v, false)},${i === 0 && note ? ` // ${note}` : ""}`),
      "});",
      "console.log(resp.choices[0].message.content);",
    ]);
  }
  const body = [`"model": "${model.sh}"`, `"messages": [{"role": "user", "content": "ping"}]`, ...[...extra, ...extraBody].map(([k, v]) => `${q(k)}: ${jsonValue(v, false)}`)];
  return block("bash", [
    note ? `# ${note}` : null,
    `curl -sS "${base.sh}/chat/completions" \\`,
    `  -H "Authorization: Bearer $${call.keyEnv}" \\`,
    '  -H "Content-Type: application/json" \\',
    "  -d @- <<EOF",
    `{${body.join(", ")}}`,
    "EOF",
  ]);
}

/** GET {base}/models with a bearer key: which model ids this key may call. */
export function listModels(c: KnownContext, base: string | null | "env", keyEnv: string): CodeBlock {
  const eco = llmEco(c);
  const b = baseRef(c, base);
  if (eco === "python") {
    return block("python", [
      "import os",
      "",
      "from openai import OpenAI",
      "",
      `client = OpenAI(base_url=${b.py}, api_key=os.environ[${q(keyEnv)}])`,
      "for m in client.models.list():",
      "    print(m.id)",
    ]);
  }
  if (eco === "node") {
    return block("javascript", [
      'import OpenAI from "openai";',
      "",
      `const client = new OpenAI({ baseURL: ${b.js}, apiKey: process.env.${keyEnv} });`,
      "for await (const m of client.models.list()) console.log(m.id);",
    ]);
  }
  return block("bash", [`curl -sS "${b.sh}/models" -H "Authorization: Bearer $${keyEnv}"`]);
}

/**
 * The SDK client built with the key read from the environment (Python when the paste is Python or
 * says nothing, JavaScript for Node), listing models as a zero-cost check; null for other stacks.
 */
export function clientFromEnv(c: KnownContext, base: string | null | "env", keyEnv: string): CodeBlock | null {
  const eco = llmEco(c);
  if (eco === "bash" && c.f.ecosystem !== null) return null;
  return listModels(eco === "node" ? c : { ...c, f: { ...c.f, ecosystem: "python" } }, base, keyEnv);
}

/** A bearer-key probe: prints only the HTTP status, so a key can be checked without spending tokens. */
export function keyProbe(c: KnownContext, base: string | null, keyEnv: string): CodeBlock {
  const b = baseRef(c, base);
  return block("bash", [
    `# ${c.lang === "zh" ? `先 export ${keyEnv}=…（不要写进代码）；200 表示 Key 有效，401 表示无效` : `export ${keyEnv}=… first (never hard-code it); 200 means the key works, 401 that it does not`}`,
    `curl -sS "${b.sh}/models" -H "Authorization: Bearer $${keyEnv}" -w '\\nHTTP %{http_code}\\n'`,
  ]);
}

/**
 * The official OpenAI SDKs already retry 429 and 5xx with exponential backoff (2 retries by
 * default); raising max_retries is the least code that rides out a short rate-limit window.
 */
export function sdkRetries(c: KnownContext, base: string | null, keyEnv: string): CodeBlock | null {
  const eco = llmEco(c);
  const b = baseRef(c, base);
  if (eco === "python") {
    return block("python", [
      "import os",
      "",
      "from openai import OpenAI",
      "",
      `client = OpenAI(base_url=${b.py}, api_key=os.environ[${q(keyEnv)}], max_retries=6)`,
    ]);
  }
  if (eco === "node") {
    return block("javascript", ['import OpenAI from "openai";', "", `const client = new OpenAI({ baseURL: ${b.js}, apiKey: process.env.${keyEnv}, maxRetries: 6 });`]);
  }
  return null;
}

/**
 * Retry code for the other ecosystems (Java, Go, Rust, .NET, PHP, Ruby) from the report's shared
 * generator, only when the paste names the model (the generator writes the model as a literal).
 */
export function retryOtherEco(c: KnownContext): CodeBlock | null {
  if (llmEco(c) !== "bash" || c.f.ecosystem === null || c.f.ecosystem === "shell") return null;
  const model = pastedModel(c);
  const eco = ecoOf(c.f);
  if (!model || !eco) return null;
  return retryCode({ ...c.f.api, model }, eco, c.lang);
}

/** Anthropic: list models with x-api-key + anthropic-version, a key check that costs nothing. */
export function anthropicProbe(c: KnownContext): CodeBlock {
  const b = baseRef(c, "https://api.anthropic.com/v1");
  return block("bash", [
    `# ${c.lang === "zh" ? "先 export ANTHROPIC_API_KEY=…；200 表示 Key 有效" : "export ANTHROPIC_API_KEY=… first; 200 means the key works"}`,
    `curl -sS "${b.sh}/models" \\`,
    '  -H "x-api-key: $ANTHROPIC_API_KEY" \\',
    '  -H "anthropic-version: 2023-06-01" \\',
    "  -w '\\nHTTP %{http_code}\\n'",
  ]);
}

/** The Anthropic SDK client with the key from ANTHROPIC_API_KEY (Python, or JavaScript for Node). */
export function anthropicClient(c: KnownContext, maxRetries?: number): CodeBlock | null {
  const eco = llmEco(c);
  if (eco === "bash" && c.f.ecosystem !== null) return null;
  const retries = maxRetries === undefined ? "" : eco === "node" ? `, maxRetries: ${maxRetries}` : `, max_retries=${maxRetries}`;
  if (eco === "node") {
    return block("javascript", [
      'import Anthropic from "@anthropic-ai/sdk";',
      "",
      `const client = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY${retries} });`,
      "for await (const m of client.models.list()) console.log(m.id);",
    ]);
  }
  return block("python", [
    "import os",
    "",
    "import anthropic",
    "",
    `client = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"]${retries})`,
    "for m in client.models.list():",
    "    print(m.id)",
  ]);
}

/** Gemini API: list models with the x-goog-api-key header (a key check that costs nothing). */
export function geminiProbe(c: KnownContext): CodeBlock {
  return block("bash", [
    `# ${c.lang === "zh" ? "先 export GEMINI_API_KEY=…（在 Google AI Studio 创建）；200 表示 Key 有效" : "export GEMINI_API_KEY=… first (created in Google AI Studio); 200 means the key works"}`,
    'curl -sS "https://generativelanguage.googleapis.com/v1beta/models" \\',
    '  -H "x-goog-api-key: $GEMINI_API_KEY" \\',
    "  -w '\\nHTTP %{http_code}\\n'",
  ]);
}

/**
 * Azure OpenAI: one chat call with the api-key header, to the deployment URL in the paste when
 * there is one, else to $AZURE_OPENAI_ENDPOINT and $AZURE_OPENAI_DEPLOYMENT.
 */
export function azureCurl(c: KnownContext): CodeBlock {
  const e = c.f.api.endpoint;
  const pasted = e.kind === "literal" && /\.(?:openai\.azure\.com|cognitiveservices\.azure\.com)\/openai\/deployments\/[\w.-]{1,100}\//.test(e.url) && !/[\s"'`$\\]/.test(e.url);
  const url = pasted ? e.url : "$AZURE_OPENAI_ENDPOINT/openai/deployments/$AZURE_OPENAI_DEPLOYMENT/chat/completions?api-version=2024-10-21";
  return block("bash", [
    `# ${c.lang === "zh" ? "Key 和 Endpoint 在 Azure 门户该资源的“密钥和终结点”页面；部署名在 Azure AI Foundry 的 Deployments 页面" : "the key and endpoint are on the resource's Keys and Endpoint page in the Azure portal; deployment names are on the Deployments page of Azure AI Foundry"}`,
    `curl -sS "${url}" \\`,
    '  -H "api-key: $AZURE_OPENAI_API_KEY" \\',
    '  -H "Content-Type: application/json" \\',
    `  -d '{"messages": [{"role": "user", "content": "ping"}]}' \\`,
    "  -w '\\nHTTP %{http_code}\\n'",
  ]);
}

/** Azure OpenAI with the OpenAI Python/JS SDK: `model` is the deployment name. */
export function azureClient(c: KnownContext): CodeBlock | null {
  const eco = llmEco(c);
  const deployment = /\/deployments\/([\w.-]{1,100})\//.exec(c.f.url ?? "")?.[1] ?? null;
  if (eco === "node") {
    return block("javascript", [
      'import { AzureOpenAI } from "openai";',
      "",
      "const client = new AzureOpenAI({",
      "  endpoint: process.env.AZURE_OPENAI_ENDPOINT,",
      "  apiKey: process.env.AZURE_OPENAI_API_KEY,",
      '  apiVersion: "2024-10-21",',
      "});",
      "const resp = await client.chat.completions.create({",
      `  model: ${deployment ? q(deployment) : "process.env.AZURE_OPENAI_DEPLOYMENT"}, // ${c.lang === "zh" ? "部署名，不是模型名" : "the deployment name, not the model name"}`,
      '  messages: [{ role: "user", content: "ping" }],',
      "});",
      "console.log(resp.choices[0].message.content);",
    ]);
  }
  if (eco === "bash" && c.f.ecosystem !== null) return null;
  return block("python", [
    "import os",
    "",
    "from openai import AzureOpenAI",
    "",
    "client = AzureOpenAI(",
    '    azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],',
    '    api_key=os.environ["AZURE_OPENAI_API_KEY"],',
    '    api_version="2024-10-21",',
    ")",
    "resp = client.chat.completions.create(",
    `    model=${deployment ? q(deployment) : 'os.environ["AZURE_OPENAI_DEPLOYMENT"]'},  # ${c.lang === "zh" ? "部署名，不是模型名" : "the deployment name, not the model name"}`,
    '    messages=[{"role": "user", "content": "ping"}],',
    ")",
    "print(resp.choices[0].message.content)",
  ]);
}
