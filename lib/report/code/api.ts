/**
 * Code that calls the LLM API the user called: same URL, same auth style, key from the
 * environment, in the user's language. One generator per job (call, SDK client, list models,
 * retry, error body), each with a version per ecosystem.
 */
import type { CodeBlock } from "../schema";
import type { ApiShape, ApiTarget, UrlRef } from "../providers";
import type { Facts, Lang } from "../types";
import { block, q, say, shq, ecoOf, type CodeEco } from "./util";

/* ---------- request pieces ---------- */

type Json = string | number | boolean | Json[] | { [k: string]: Json };

function bodyOf(shape: ApiShape, model: string): { [k: string]: Json } {
  const messages: Json = [{ role: "user", content: "ping" }];
  switch (shape) {
    case "responses":
      return { model, input: "ping" };
    case "anthropic":
      return { model, max_tokens: 64, messages };
    case "gemini":
      return { contents: [{ parts: [{ text: "ping" }] }] };
    case "ollama":
      return { model, messages, stream: false };
    case "embeddings":
      return { model, input: "ping" };
    case "images":
      return { model, prompt: "a red apple on a white table", n: 1, size: "1024x1024" };
    default:
      return { model, messages, max_tokens: 16 };
  }
}

function inlineJson(v: Json, py: boolean, jsKeys = false): string {
  if (typeof v === "string") return q(v);
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return py ? (v ? "True" : "False") : String(v);
  if (Array.isArray(v)) return `[${v.map((x) => inlineJson(x, py, jsKeys)).join(", ")}]`;
  const entries = Object.entries(v).map(([k, x]) => `${jsKeys && /^[A-Za-z_]\w*$/.test(k) ? k : q(k)}: ${inlineJson(x, py, jsKeys)}`);
  return jsKeys ? `{ ${entries.join(", ")} }` : `{${entries.join(", ")}}`;
}

/** A dict/object literal with one top-level key per line. */
function multiline(obj: { [k: string]: Json }, indent: string, py: boolean, jsKeys = false): string {
  const inner = Object.entries(obj)
    .map(([k, v]) => `${indent}    ${jsKeys && /^[A-Za-z_]\w*$/.test(k) ? k : q(k)}: ${inlineJson(v, py, jsKeys)},`)
    .join("\n");
  return `{\n${inner}\n${indent}}`;
}

const compact = (obj: { [k: string]: Json }): string => JSON.stringify(obj);

interface Header {
  name: string;
  /** The value; `KEY` stands for the key expression. */
  value: string;
}

function headersOf(auth: ApiTarget["auth"]): Header[] {
  switch (auth) {
    case "anthropic":
      return [
        { name: "x-api-key", value: "KEY" },
        { name: "anthropic-version", value: "2023-06-01" },
      ];
    case "gemini":
      return [{ name: "x-goog-api-key", value: "KEY" }];
    case "azure":
      return [{ name: "api-key", value: "KEY" }];
    case "none":
      return [];
    default:
      return [{ name: "Authorization", value: "Bearer KEY" }];
  }
}

/* ---------- URL expressions per language ---------- */

function urlPy(ref: UrlRef): string {
  if (ref.kind === "literal") return q(ref.url);
  return ref.path ? `os.environ[${q(ref.env)}].rstrip("/") + ${q(ref.path)}` : `os.environ[${q(ref.env)}]`;
}
function urlJs(ref: UrlRef): string {
  if (ref.kind === "literal") return q(ref.url);
  return ref.path ? `\`\${process.env.${ref.env}}${ref.path}\`` : `process.env.${ref.env}`;
}
function urlSh(ref: UrlRef): string {
  if (ref.kind === "literal") return q(ref.url);
  return `"$${ref.env}${ref.path}"`;
}
function urlGo(ref: UrlRef): string {
  if (ref.kind === "literal") return q(ref.url);
  return ref.path ? `os.Getenv(${q(ref.env)}) + ${q(ref.path)}` : `os.Getenv(${q(ref.env)})`;
}
function urlJava(ref: UrlRef): string {
  if (ref.kind === "literal") return q(ref.url);
  return ref.path ? `System.getenv(${q(ref.env)}) + ${q(ref.path)}` : `System.getenv(${q(ref.env)})`;
}
function urlCs(ref: UrlRef): string {
  if (ref.kind === "literal") return q(ref.url);
  return ref.path ? `Environment.GetEnvironmentVariable(${q(ref.env)}) + ${q(ref.path)}` : `Environment.GetEnvironmentVariable(${q(ref.env)})`;
}
function urlRust(ref: UrlRef): string {
  if (ref.kind === "literal") return q(ref.url);
  return `format!("{}${ref.path}", std::env::var(${q(ref.env)})?)`;
}
function urlPhp(ref: UrlRef): string {
  if (ref.kind === "literal") return `'${ref.url.replace(/'/g, "%27")}'`;
  return ref.path ? `getenv('${ref.env}') . '${ref.path}'` : `getenv('${ref.env}')`;
}

/** The comment placed where the key is read. */
function keyComment(a: ApiTarget, lang: Lang): string {
  const s = say(lang);
  if (a.isRelay || a.profile.id === "dmxapi") {
    return s(`中转站令牌（sk-…），先在终端 export ${a.keyEnv}=…，不要写进代码`, `the gateway's token (sk-…): export ${a.keyEnv}=… in the shell, never hard-code it`);
  }
  return s(`先在终端 export ${a.keyEnv}=…，不要把 Key 写进代码`, `export ${a.keyEnv}=… in the shell; never hard-code the key`);
}

function envComment(ref: UrlRef, lang: Lang): string | null {
  if (ref.kind === "literal") return null;
  return say(lang)(`# 先 export ${ref.env}=${ref.example}（你实际调用的地址）`, `# first: export ${ref.env}=${ref.example} (the address you actually call)`);
}

/* ---------- one request, printing status and body ---------- */

export interface CallOptions {
  /** Seconds before giving up; LLM calls can legitimately take minutes. */
  timeout?: number;
}

export function apiCallCode(a: ApiTarget, eco: CodeEco | null, lang: Lang, opts: CallOptions = {}): CodeBlock {
  const s = say(lang);
  const timeout = opts.timeout ?? 60;
  const body = bodyOf(a.shape, a.model);
  const headers = headersOf(a.auth);
  const hasKey = a.auth !== "none";
  const printBody = s("失败时真正的原因在响应体里", "on failure the real reason is in the body");
  const envC = envComment(a.endpoint, lang);

  switch (eco) {
    case "node": {
      const hs = headers.map((h) => `    ${/^[A-Za-z]\w*$/.test(h.name) ? h.name : q(h.name)}: ${h.value === "KEY" ? "apiKey" : h.value.includes("KEY") ? `\`${h.value.replace("KEY", "${apiKey}")}\`` : q(h.value)},`);
      return block("javascript", [
        envC ? envC.replace(/^#/, "//") : null,
        `const url = ${urlJs(a.endpoint)};`,
        hasKey && `const apiKey = process.env.${a.keyEnv}; // ${keyComment(a, lang)}`,
        hasKey && `if (!apiKey) throw new Error(${q(`${a.keyEnv} is not set`)});`,
        "",
        "const res = await fetch(url, {",
        `  method: "POST",`,
        "  headers: {",
        ...hs,
        `    "Content-Type": "application/json",`,
        "  },",
        `  body: JSON.stringify(${multiline(body, "  ", false, true)}),`,
        `  signal: AbortSignal.timeout(${timeout * 1000}),`,
        "});",
        `console.log(res.status, res.headers.get("x-request-id") ?? "");`,
        `console.log(await res.text()); // ${printBody}`,
      ]);
    }
    case "go": {
      const hs = headers.map((h) => `\treq.Header.Set(${q(h.name)}, ${h.value === "KEY" ? `os.Getenv(${q(a.keyEnv)})` : h.value.includes("KEY") ? `${q(h.value.replace("KEY", ""))} + os.Getenv(${q(a.keyEnv)})` : q(h.value)})`);
      return block("go", [
        "package main",
        "",
        "import (",
        '\t"fmt"',
        '\t"io"',
        '\t"net/http"',
        '\t"os"',
        '\t"strings"',
        '\t"time"',
        ")",
        "",
        "func main() {",
        `\tbody := strings.NewReader(\`${compact(body)}\`)`,
        `\treq, err := http.NewRequest("POST", ${urlGo(a.endpoint)}, body)`,
        "\tif err != nil {",
        "\t\tpanic(err)",
        "\t}",
        ...hs,
        '\treq.Header.Set("Content-Type", "application/json")',
        "",
        `\tclient := &http.Client{Timeout: ${timeout} * time.Second}`,
        "\tresp, err := client.Do(req)",
        "\tif err != nil {",
        "\t\tpanic(err)",
        "\t}",
        "\tdefer resp.Body.Close()",
        "\tdata, _ := io.ReadAll(resp.Body)",
        `\tfmt.Println(resp.StatusCode, string(data)) // ${printBody}`,
        "}",
      ]);
    }
    case "java": {
      const hs = headers.map((h) => `                .header(${q(h.name)}, ${h.value === "KEY" ? "apiKey" : h.value.includes("KEY") ? `${q(h.value.replace("KEY", ""))} + apiKey` : q(h.value)})`);
      return block("java", [
        "import java.net.URI;",
        "import java.net.http.HttpClient;",
        "import java.net.http.HttpRequest;",
        "import java.net.http.HttpResponse;",
        "import java.time.Duration;",
        "",
        "public class ApiCheck {",
        "    public static void main(String[] args) throws Exception {",
        hasKey && `        String apiKey = System.getenv(${q(a.keyEnv)}); // ${keyComment(a, lang)}`,
        `        String body = ${q(compact(body))};`,
        `        HttpRequest request = HttpRequest.newBuilder(URI.create(${urlJava(a.endpoint)}))`,
        `                .timeout(Duration.ofSeconds(${timeout}))`,
        ...hs,
        '                .header("Content-Type", "application/json")',
        "                .POST(HttpRequest.BodyPublishers.ofString(body))",
        "                .build();",
        "        HttpResponse<String> response = HttpClient.newHttpClient()",
        "                .send(request, HttpResponse.BodyHandlers.ofString());",
        `        System.out.println(response.statusCode() + " " + response.body()); // ${printBody}`,
        "    }",
        "}",
      ]);
    }
    case "dotnet": {
      const hs = headers.map((h) => `request.Headers.TryAddWithoutValidation(${q(h.name)}, ${h.value === "KEY" ? "apiKey" : h.value.includes("KEY") ? `$${q(h.value.replace("KEY", "{apiKey}"))}` : q(h.value)});`);
      return block("csharp", [
        "using System.Text;",
        "",
        hasKey && `var apiKey = Environment.GetEnvironmentVariable(${q(a.keyEnv)}); // ${keyComment(a, lang)}`,
        `using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(${timeout}) };`,
        `using var request = new HttpRequestMessage(HttpMethod.Post, ${urlCs(a.endpoint)});`,
        ...hs,
        `request.Content = new StringContent(${q(compact(body))}, Encoding.UTF8, "application/json");`,
        "",
        "using var response = await http.SendAsync(request);",
        `Console.WriteLine((int)response.StatusCode); // ${printBody}`,
        "Console.WriteLine(await response.Content.ReadAsStringAsync());",
      ]);
    }
    case "rust": {
      const hs = headers.map((h) => `        .header(${q(h.name)}, ${h.value === "KEY" ? "&api_key" : h.value.includes("KEY") ? `format!(${q(h.value.replace("KEY", "{}"))}, api_key)` : q(h.value)})`);
      return block("rust", [
        '// Cargo.toml: reqwest = { version = "0.12", features = ["blocking"] }',
        "use std::time::Duration;",
        "",
        "fn main() -> Result<(), Box<dyn std::error::Error>> {",
        hasKey && `    let api_key = std::env::var(${q(a.keyEnv)})?; // ${keyComment(a, lang)}`,
        "    let client = reqwest::blocking::Client::builder()",
        `        .timeout(Duration::from_secs(${timeout}))`,
        "        .build()?;",
        "    let resp = client",
        `        .post(${urlRust(a.endpoint)})`,
        ...hs,
        '        .header("Content-Type", "application/json")',
        `        .body(r#"${compact(body)}"#)`,
        "        .send()?;",
        `    println!("{} {}", resp.status(), resp.text()?); // ${printBody}`,
        "    Ok(())",
        "}",
      ]);
    }
    case "php": {
      const hs = headers.map((h) => `        ${h.value.includes("KEY") ? `'${h.name}: ${h.value.replace("KEY", "")}' . getenv('${a.keyEnv}')` : `'${h.name}: ${h.value}'`},`);
      return block("php", [
        "<?php",
        `$ch = curl_init(${urlPhp(a.endpoint)});`,
        "curl_setopt_array($ch, [",
        "    CURLOPT_POST => true,",
        "    CURLOPT_RETURNTRANSFER => true,",
        `    CURLOPT_TIMEOUT => ${timeout},`,
        "    CURLOPT_HTTPHEADER => [",
        ...hs,
        "        'Content-Type: application/json',",
        "    ],",
        `    CURLOPT_POSTFIELDS => '${compact(body)}',`,
        "]);",
        "$body = curl_exec($ch);",
        `echo curl_getinfo($ch, CURLINFO_HTTP_CODE), PHP_EOL, $body, PHP_EOL; // ${printBody}`,
      ]);
    }
    case "python":
    case "ruby":
    case "shell":
    case null: {
      if (eco === "shell") return curlCode(a, lang, opts);
      const hs = headers.map((h) => `        ${q(h.name)}: ${h.value === "KEY" ? "api_key" : h.value.includes("KEY") ? `f${q(h.value.replace("KEY", "{api_key}"))}` : q(h.value)},`);
      return block("python", [
        "import os",
        "",
        "import requests",
        "",
        envC,
        `url = ${urlPy(a.endpoint)}`,
        hasKey && `api_key = os.environ[${q(a.keyEnv)}]  # ${keyComment(a, lang)}`,
        "",
        "resp = requests.post(",
        "    url,",
        "    headers={",
        ...hs,
        '        "Content-Type": "application/json",',
        "    },",
        `    json=${multiline(body, "    ", true)},`,
        `    timeout=${timeout},`,
        ")",
        "print(resp.status_code)",
        `print(resp.text[:2000])  # ${printBody}`,
      ]);
    }
  }
}

/** The same request with curl: the quickest way to tell a key problem from a code problem. */
export function curlCode(a: ApiTarget, lang: Lang, opts: CallOptions = {}): CodeBlock {
  const s = say(lang);
  const headers = headersOf(a.auth).map((h) => `  -H ${q(`${h.name}: ${h.value.replace("KEY", `$${a.keyEnv}`)}`)} \\`);
  const envC = envComment(a.endpoint, lang);
  return block("bash", [
    a.auth !== "none" && s(`# 先在当前终端设置 Key（不要写进脚本或提交到 git）`, `# set the key in this shell first (never commit it)`),
    a.auth !== "none" && `export ${a.keyEnv}=${s("'粘贴你的 Key'", "'paste-your-key'")}`,
    envC,
    "",
    `curl -sS ${urlSh(a.endpoint)} \\`,
    ...headers,
    `  -H "Content-Type: application/json" \\`,
    opts.timeout ? `  --max-time ${opts.timeout} \\` : null,
    `  -d ${shq(compact(bodyOf(a.shape, a.model)))} \\`,
    `  -w '\\nHTTP %{http_code}\\n'`,
  ]);
}

/* ---------- the client set up the recommended way ---------- */

function pyBase(a: ApiTarget, lang: Lang): string | null {
  if (a.base.kind === "literal" && a.base.url === a.profile.baseUrl && a.profile.id !== "relay" && a.profile.id !== "dmxapi") return null;
  const c = say(lang)("# 必须和 Key 属于同一个平台", "# must be the platform that issued the key");
  return `    base_url=${urlPy(a.base)},  ${c}`;
}

function jsBase(a: ApiTarget, lang: Lang): string | null {
  if (a.base.kind === "literal" && a.base.url === a.profile.baseUrl && a.profile.id !== "relay" && a.profile.id !== "dmxapi") return null;
  const c = say(lang)("// 必须和 Key 属于同一个平台", "// must be the platform that issued the key");
  return `  baseURL: ${urlJs(a.base)}, ${c}`;
}

export function sdkClientCode(a: ApiTarget, eco: CodeEco | null, lang: Lang): CodeBlock {
  const s = say(lang);
  const keyC = keyComment(a, lang);
  if (eco === "node") {
    if (a.shape === "anthropic") {
      return block("javascript", [
        'import Anthropic from "@anthropic-ai/sdk";',
        "",
        "const client = new Anthropic({",
        `  apiKey: process.env.${a.keyEnv}, // ${keyC}`,
        a.base.kind === "literal" && a.base.url.startsWith("https://api.anthropic.com") ? null : `  baseURL: ${urlJs(a.base).replace(/\/v1"$/, '"')},`,
        "});",
        "const msg = await client.messages.create({",
        `  model: ${q(a.model)},`,
        "  max_tokens: 64,",
        '  messages: [{ role: "user", content: "ping" }],',
        "});",
        "console.log(msg.content[0].text);",
      ]);
    }
    if (a.shape === "gemini") {
      return block("javascript", [
        'import { GoogleGenAI } from "@google/genai";',
        "",
        `const ai = new GoogleGenAI({ apiKey: process.env.${a.keyEnv} }); // ${keyC}`,
        `const res = await ai.models.generateContent({ model: ${q(a.model)}, contents: "ping" });`,
        "console.log(res.text);",
      ]);
    }
    if (a.shape === "ollama") return apiCallCode(a, "node", lang);
    if (a.auth === "azure") {
      return block("javascript", [
        'import { AzureOpenAI } from "openai";',
        "",
        "const client = new AzureOpenAI({",
        `  apiKey: process.env.${a.keyEnv}, // ${keyC}`,
        `  endpoint: ${a.base.kind === "literal" ? q(a.base.url) : "process.env.AZURE_OPENAI_ENDPOINT"},`,
        '  apiVersion: "2024-10-21",',
        `  deployment: ${q(a.model)}, ${s("// Azure 里你起的部署名，不是模型名", "// your deployment name, not the model name")}`,
        "});",
        "const resp = await client.chat.completions.create({",
        `  model: ${q(a.model)},`,
        '  messages: [{ role: "user", content: "ping" }],',
        "});",
        "console.log(resp.choices[0].message.content);",
      ]);
    }
    return block("javascript", [
      'import OpenAI from "openai";',
      "",
      "const client = new OpenAI({",
      `  apiKey: process.env.${a.keyEnv}, // ${keyC}`,
      jsBase(a, lang),
      "});",
      ...(a.shape === "responses"
        ? [`const resp = await client.responses.create({ model: ${q(a.model)}, input: "ping" });`, "console.log(resp.output_text);"]
        : [
            "const resp = await client.chat.completions.create({",
            `  model: ${q(a.model)},`,
            '  messages: [{ role: "user", content: "ping" }],',
            "});",
            "console.log(resp.choices[0].message.content);",
          ]),
    ]);
  }
  if (eco !== null && eco !== "python" && eco !== "shell" && eco !== "ruby") return apiCallCode(a, eco, lang);

  if (a.shape === "anthropic") {
    return block("python", [
      "import os",
      "",
      "import anthropic",
      "",
      "client = anthropic.Anthropic(",
      `    api_key=os.environ[${q(a.keyEnv)}],  # ${keyC}`,
      a.base.kind === "literal" && a.base.url.startsWith("https://api.anthropic.com") ? null : `    base_url=${urlPy(a.base).replace(/\/v1"$/, '"')},`,
      ")",
      "msg = client.messages.create(",
      `    model=${q(a.model)},`,
      "    max_tokens=64,",
      '    messages=[{"role": "user", "content": "ping"}],',
      ")",
      "print(msg.content[0].text)",
    ]);
  }
  if (a.shape === "gemini") {
    return block("python", [
      "import os",
      "",
      "from google import genai  # pip install google-genai",
      "",
      `client = genai.Client(api_key=os.environ[${q(a.keyEnv)}])  # ${keyC}`,
      `resp = client.models.generate_content(model=${q(a.model)}, contents="ping")`,
      "print(resp.text)",
    ]);
  }
  if (a.shape === "ollama") {
    return block("python", [
      "import ollama  # pip install ollama",
      "",
      `client = ollama.Client(host=${a.base.kind === "literal" ? q(a.base.url) : '"http://localhost:11434"'})`,
      `resp = client.chat(model=${q(a.model)}, messages=[{"role": "user", "content": "ping"}])`,
      'print(resp["message"]["content"])',
    ]);
  }
  if (a.auth === "azure") {
    return block("python", [
      "import os",
      "",
      "from openai import AzureOpenAI",
      "",
      "client = AzureOpenAI(",
      `    api_key=os.environ[${q(a.keyEnv)}],  # ${keyC}`,
      `    azure_endpoint=${a.base.kind === "literal" ? q(a.base.url) : 'os.environ["AZURE_OPENAI_ENDPOINT"]'},`,
      '    api_version="2024-10-21",',
      ")",
      "resp = client.chat.completions.create(",
      `    model=${q(a.model)},  ${s("# Azure 里你起的部署名，不是模型名", "# your deployment name, not the model name")}`,
      '    messages=[{"role": "user", "content": "ping"}],',
      ")",
      "print(resp.choices[0].message.content)",
    ]);
  }
  return block("python", [
    "import os",
    "",
    "from openai import OpenAI",
    "",
    "client = OpenAI(",
    `    api_key=os.environ[${q(a.keyEnv)}],  # ${keyC}`,
    pyBase(a, lang),
    ")",
    ...(a.shape === "responses"
      ? [`resp = client.responses.create(model=${q(a.model)}, input="ping")`, "print(resp.output_text)"]
      : a.shape === "embeddings"
        ? [`resp = client.embeddings.create(model=${q(a.model)}, input="ping")`, "print(len(resp.data[0].embedding))"]
        : a.shape === "images"
          ? [`resp = client.images.generate(model=${q(a.model)}, prompt="a red apple on a white table")`, "print(resp.data[0].url or 'b64 image received')"]
          : [
              "resp = client.chat.completions.create(",
              `    model=${q(a.model)},`,
              '    messages=[{"role": "user", "content": "ping"}],',
              ")",
              "print(resp.choices[0].message.content)",
            ]),
  ]);
}

/* ---------- which models does this key see? ---------- */

export function listModelsCode(a: ApiTarget, eco: CodeEco | null, lang: Lang): CodeBlock {
  const s = say(lang);
  if (a.shape === "ollama") {
    return block("bash", [
      s("# 本机已有的模型（名字要和代码里的 model 完全一致，包括 :tag）", "# models present locally (the name must match your code, including :tag)"),
      "ollama list",
      "",
      s("# 没有就拉取", "# pull it if it is missing"),
      `ollama pull ${a.model}`,
      "",
      s("# 远程/容器里的 Ollama 用 HTTP 查询", "# for a remote or containerised Ollama, ask over HTTP"),
      `curl -sS ${urlSh(a.models)}`,
    ]);
  }
  const headers = headersOf(a.auth).map((h) => `  -H ${q(`${h.name}: ${h.value.replace("KEY", `$${a.keyEnv}`)}`)}`);
  const field = a.shape === "gemini" ? "name" : "id";
  if (eco === "node") {
    return block("javascript", [
      `const res = await fetch(${urlJs(a.models)}, {`,
      "  headers: {",
      ...headersOf(a.auth).map((h) => `    ${q(h.name)}: ${h.value === "KEY" ? `process.env.${a.keyEnv}` : h.value.includes("KEY") ? `\`${h.value.replace("KEY", `\${process.env.${a.keyEnv}}`)}\`` : q(h.value)},`),
      "  },",
      "});",
      "const body = await res.json();",
      `for (const m of body.data ?? body.models ?? []) console.log(m.${field});`,
    ]);
  }
  if (eco === null || eco === "python") {
    return block("python", [
      "import os",
      "",
      "import requests",
      "",
      `resp = requests.get(${urlPy(a.models)}, headers={`,
      ...headersOf(a.auth).map((h) => `    ${q(h.name)}: ${h.value === "KEY" ? `os.environ[${q(a.keyEnv)}]` : h.value.includes("KEY") ? `"${h.value.replace("KEY", "")}" + os.environ[${q(a.keyEnv)}]` : q(h.value)},`),
      "}, timeout=30)",
      "resp.raise_for_status()",
      "body = resp.json()",
      `for m in body.get("data") or body.get("models") or []:`,
      `    print(m[${q(field)}])`,
      s("# 代码里的 model 必须是上面打印出来的某一个（大小写、日期后缀都要一致）", "# the model in your code must be one of these, spelled exactly (case and date suffix included)"),
    ]);
  }
  return block("bash", [
    s("# 列出这个 Key 能用的模型", "# list the models this key can use"),
    `curl -sS ${urlSh(a.models)} \\`,
    ...headers.map((h, i) => (i < headers.length - 1 ? `${h} \\` : `${h} \\`)),
    `  | grep -o '"${field}": *"[^"]*"'`,
  ]);
}

/* ---------- retry with backoff (429 / 5xx) ---------- */

export function retryCode(a: ApiTarget, eco: CodeEco | null, lang: Lang): CodeBlock {
  const s = say(lang);
  const body = bodyOf(a.shape, a.model);
  const headers = headersOf(a.auth);
  switch (eco) {
    case "node":
      return block("javascript", [
        `const url = ${urlJs(a.endpoint)};`,
        "const RETRYABLE = new Set([429, 500, 502, 503, 504, 529]);",
        "",
        "export async function postWithRetry(payload, maxAttempts = 5) {",
        "  for (let attempt = 1; ; attempt++) {",
        "    const res = await fetch(url, {",
        '      method: "POST",',
        "      headers: {",
        ...headers.map((h) => `        ${q(h.name)}: ${h.value === "KEY" ? `process.env.${a.keyEnv}` : h.value.includes("KEY") ? `\`${h.value.replace("KEY", `\${process.env.${a.keyEnv}}`)}\`` : q(h.value)},`),
        '        "Content-Type": "application/json",',
        "      },",
        "      body: JSON.stringify(payload),",
        "      signal: AbortSignal.timeout(120_000),",
        "    });",
        "    if (res.ok) return res.json();",
        "    const text = await res.text();",
        "    if (!RETRYABLE.has(res.status) || attempt >= maxAttempts) {",
        "      throw new Error(`HTTP ${res.status}: ${text}`);",
        "    }",
        `    ${s("// 优先听服务端的 Retry-After；没有就指数退避 + 随机抖动", "// honour Retry-After when the server sends it; else exponential backoff with jitter")}`,
        '    const retryAfter = Number(res.headers.get("retry-after"));',
        "    const delayMs = retryAfter > 0 ? retryAfter * 1000 : Math.min(60_000, 1000 * 2 ** attempt) + Math.random() * 1000;",
        "    await new Promise((resolve) => setTimeout(resolve, delayMs));",
        "  }",
        "}",
        "",
        `console.log(await postWithRetry(${inlineJson(body, false, true)}));`,
      ]);
    case "go":
      return block("go", [
        "package main",
        "",
        "import (",
        '\t"fmt"',
        '\t"io"',
        '\t"math/rand"',
        '\t"net/http"',
        '\t"os"',
        '\t"strconv"',
        '\t"strings"',
        '\t"time"',
        ")",
        "",
        "func postWithRetry(url, payload string, maxAttempts int) ([]byte, error) {",
        "\tclient := &http.Client{Timeout: 120 * time.Second}",
        "\tfor attempt := 1; ; attempt++ {",
        '\t\treq, _ := http.NewRequest("POST", url, strings.NewReader(payload))',
        ...headers.map((h) => `\t\treq.Header.Set(${q(h.name)}, ${h.value === "KEY" ? `os.Getenv(${q(a.keyEnv)})` : h.value.includes("KEY") ? `${q(h.value.replace("KEY", ""))} + os.Getenv(${q(a.keyEnv)})` : q(h.value)})`),
        '\t\treq.Header.Set("Content-Type", "application/json")',
        "\t\tresp, err := client.Do(req)",
        "\t\tif err != nil {",
        "\t\t\treturn nil, err",
        "\t\t}",
        "\t\tdata, _ := io.ReadAll(resp.Body)",
        "\t\tresp.Body.Close()",
        "\t\tretryable := resp.StatusCode == 429 || resp.StatusCode >= 500",
        "\t\tif resp.StatusCode < 300 {",
        "\t\t\treturn data, nil",
        "\t\t}",
        "\t\tif !retryable || attempt >= maxAttempts {",
        '\t\t\treturn nil, fmt.Errorf("HTTP %d: %s", resp.StatusCode, data)',
        "\t\t}",
        `\t\t${s("// 优先听 Retry-After，否则指数退避 + 抖动", "// honour Retry-After, else exponential backoff with jitter")}`,
        "\t\tdelay := time.Duration(1<<attempt)*time.Second + time.Duration(rand.Intn(1000))*time.Millisecond",
        '\t\tif secs, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil && secs > 0 {',
        "\t\t\tdelay = time.Duration(secs) * time.Second",
        "\t\t}",
        "\t\ttime.Sleep(delay)",
        "\t}",
        "}",
        "",
        "func main() {",
        `\tdata, err := postWithRetry(${urlGo(a.endpoint)}, \`${compact(body)}\`, 5)`,
        "\tif err != nil {",
        "\t\tpanic(err)",
        "\t}",
        "\tfmt.Println(string(data))",
        "}",
      ]);
    case "java":
      return block("java", [
        "import java.net.URI;",
        "import java.net.http.HttpClient;",
        "import java.net.http.HttpRequest;",
        "import java.net.http.HttpResponse;",
        "import java.time.Duration;",
        "import java.util.Set;",
        "import java.util.concurrent.ThreadLocalRandom;",
        "",
        "public class RetryingClient {",
        "    private static final Set<Integer> RETRYABLE = Set.of(429, 500, 502, 503, 504, 529);",
        "    private static final HttpClient HTTP = HttpClient.newHttpClient();",
        "",
        "    static String postWithRetry(String url, String payload, int maxAttempts) throws Exception {",
        "        for (int attempt = 1; ; attempt++) {",
        "            HttpRequest request = HttpRequest.newBuilder(URI.create(url))",
        "                    .timeout(Duration.ofSeconds(120))",
        ...headers.map((h) => `                    .header(${q(h.name)}, ${h.value === "KEY" ? `System.getenv(${q(a.keyEnv)})` : h.value.includes("KEY") ? `${q(h.value.replace("KEY", ""))} + System.getenv(${q(a.keyEnv)})` : q(h.value)})`),
        '                    .header("Content-Type", "application/json")',
        "                    .POST(HttpRequest.BodyPublishers.ofString(payload))",
        "                    .build();",
        "            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());",
        "            int status = response.statusCode();",
        "            if (status < 300) return response.body();",
        "            if (!RETRYABLE.contains(status) || attempt >= maxAttempts) {",
        '                throw new IllegalStateException("HTTP " + status + ": " + response.body());',
        "            }",
        `            ${s("// 优先听 Retry-After，否则指数退避 + 抖动", "// honour Retry-After, else exponential backoff with jitter")}`,
        "            long delayMs = response.headers().firstValue(\"retry-after\")",
        "                    .map(v -> Long.parseLong(v.trim()) * 1000)",
        "                    .orElse(Math.min(60_000L, 1000L << attempt) + ThreadLocalRandom.current().nextLong(1000));",
        "            Thread.sleep(delayMs);",
        "        }",
        "    }",
        "",
        "    public static void main(String[] args) throws Exception {",
        `        System.out.println(postWithRetry(${urlJava(a.endpoint)}, ${q(compact(body))}, 5));`,
        "    }",
        "}",
      ]);
    case "dotnet":
      return block("csharp", [
        "using System.Net;",
        "using System.Text;",
        "",
        "var retryable = new HashSet<int> { 429, 500, 502, 503, 504, 529 };",
        "using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(120) };",
        "",
        "async Task<string> PostWithRetry(string url, string payload, int maxAttempts = 5)",
        "{",
        "    for (var attempt = 1; ; attempt++)",
        "    {",
        "        using var request = new HttpRequestMessage(HttpMethod.Post, url);",
        ...headers.map((h) => `        request.Headers.TryAddWithoutValidation(${q(h.name)}, ${h.value === "KEY" ? `Environment.GetEnvironmentVariable(${q(a.keyEnv)})` : h.value.includes("KEY") ? `${q(h.value.replace("KEY", ""))} + Environment.GetEnvironmentVariable(${q(a.keyEnv)})` : q(h.value)});`),
        '        request.Content = new StringContent(payload, Encoding.UTF8, "application/json");',
        "        using var response = await http.SendAsync(request);",
        "        var body = await response.Content.ReadAsStringAsync();",
        "        if (response.IsSuccessStatusCode) return body;",
        "        if (!retryable.Contains((int)response.StatusCode) || attempt >= maxAttempts)",
        '            throw new HttpRequestException($"HTTP {(int)response.StatusCode}: {body}");',
        `        ${s("// 优先听 Retry-After，否则指数退避 + 抖动", "// honour Retry-After, else exponential backoff with jitter")}`,
        "        var delay = response.Headers.RetryAfter?.Delta",
        "            ?? TimeSpan.FromMilliseconds(Math.Min(60_000, 1000 * Math.Pow(2, attempt)) + Random.Shared.Next(1000));",
        "        await Task.Delay(delay);",
        "    }",
        "}",
        "",
        `Console.WriteLine(await PostWithRetry(${urlCs(a.endpoint)}, ${q(compact(body))}));`,
      ]);
    case "rust":
      return block("rust", [
        '// Cargo.toml: reqwest = { version = "0.12", features = ["blocking"] }, rand = "0.8"',
        "use std::{thread, time::Duration};",
        "",
        "fn post_with_retry(url: &str, payload: &'static str, max_attempts: u32) -> Result<String, Box<dyn std::error::Error>> {",
        "    let client = reqwest::blocking::Client::builder().timeout(Duration::from_secs(120)).build()?;",
        a.auth !== "none" && `    let api_key = std::env::var(${q(a.keyEnv)})?;`,
        "    for attempt in 1..=max_attempts {",
        "        let resp = client",
        "            .post(url)",
        ...headers.map((h) => `            .header(${q(h.name)}, ${h.value === "KEY" ? "&api_key" : h.value.includes("KEY") ? `format!(${q(h.value.replace("KEY", "{}"))}, api_key)` : q(h.value)})`),
        '            .header("Content-Type", "application/json")',
        "            .body(payload)",
        "            .send()?;",
        "        let status = resp.status().as_u16();",
        "        if resp.status().is_success() {",
        "            return Ok(resp.text()?);",
        "        }",
        "        if !(status == 429 || status >= 500) || attempt == max_attempts {",
        '            return Err(format!("HTTP {}: {}", status, resp.text()?).into());',
        "        }",
        `        ${s("// 优先听 Retry-After，否则指数退避 + 抖动", "// honour Retry-After, else exponential backoff with jitter")}`,
        "        let delay = resp",
        "            .headers()",
        '            .get("retry-after")',
        "            .and_then(|v| v.to_str().ok()?.parse::<u64>().ok())",
        "            .map(Duration::from_secs)",
        "            .unwrap_or(Duration::from_millis((1000u64 << attempt).min(60_000) + rand::random::<u64>() % 1000));",
        "        thread::sleep(delay);",
        "    }",
        '    Err("unreachable".into())',
        "}",
        "",
        "fn main() -> Result<(), Box<dyn std::error::Error>> {",
        `    let url = ${a.endpoint.kind === "literal" ? q(a.endpoint.url) : `&${urlRust(a.endpoint)}`};`,
        `    println!("{}", post_with_retry(url, r#"${compact(body)}"#, 5)?);`,
        "    Ok(())",
        "}",
      ]);
    default:
      if (a.shape === "chat" || a.shape === "responses" || a.shape === "embeddings") {
        const isStockBase = a.base.kind === "literal" && a.base.url === a.profile.baseUrl && a.profile.id !== "relay" && a.profile.id !== "dmxapi";
        return block("python", [
          "import os",
          "",
          "from openai import OpenAI",
          "",
          s("# SDK 自带重试：429/5xx/连接错误会按指数退避自动重试，并遵守 Retry-After", "# The SDK retries 429/5xx/connection errors with exponential backoff and honours Retry-After"),
          "client = OpenAI(",
          `    api_key=os.environ[${q(a.keyEnv)}],`,
          isStockBase ? null : `    base_url=${urlPy(a.base)},`,
          "    max_retries=5,",
          "    timeout=120,",
          ")",
          "",
          ...(a.shape === "responses"
            ? [`resp = client.responses.create(model=${q(a.model)}, input="ping")`, "print(resp.output_text)"]
            : a.shape === "embeddings"
              ? [`resp = client.embeddings.create(model=${q(a.model)}, input="ping")`, "print(len(resp.data[0].embedding))"]
              : [
                  "resp = client.chat.completions.create(",
                  `    model=${q(a.model)},`,
                  '    messages=[{"role": "user", "content": "ping"}],',
                  ")",
                  "print(resp.choices[0].message.content)",
                ]),
        ]);
      }
      return block("python", [
        "import os",
        "import random",
        "import time",
        "",
        "import requests",
        "",
        `URL = ${urlPy(a.endpoint)}`,
        "RETRYABLE = {429, 500, 502, 503, 504, 529}",
        "",
        "",
        "def post_with_retry(payload, max_attempts=5):",
        "    for attempt in range(1, max_attempts + 1):",
        "        resp = requests.post(",
        "            URL,",
        "            headers={",
        ...headers.map((h) => `                ${q(h.name)}: ${h.value === "KEY" ? `os.environ[${q(a.keyEnv)}]` : h.value.includes("KEY") ? `"${h.value.replace("KEY", "")}" + os.environ[${q(a.keyEnv)}]` : q(h.value)},`),
        "            },",
        "            json=payload,",
        "            timeout=120,",
        "        )",
        "        if resp.ok:",
        "            return resp.json()",
        "        if resp.status_code not in RETRYABLE or attempt == max_attempts:",
        "            resp.raise_for_status()",
        `        ${s("# 优先听服务端的 Retry-After，否则指数退避 + 随机抖动", "# honour Retry-After when present, else exponential backoff with jitter")}`,
        '        retry_after = resp.headers.get("retry-after", "")',
        "        delay = float(retry_after) if retry_after.isdigit() else min(60, 2**attempt) + random.random()",
        "        time.sleep(delay)",
        "",
        "",
        `print(post_with_retry(${inlineJson(body, true)}))`,
      ]);
  }
}

/* ---------- show the server's whole error body ---------- */

export function errorBodyCode(a: ApiTarget, eco: CodeEco | null, lang: Lang): CodeBlock {
  const s = say(lang);
  if (eco === "node") {
    return block("javascript", [
      'import OpenAI from "openai";',
      "",
      `const client = new OpenAI({ apiKey: process.env.${a.keyEnv}${a.base.kind === "literal" && a.base.url === a.profile.baseUrl && a.profile.id !== "relay" ? "" : `, baseURL: ${urlJs(a.base)}`} });`,
      "",
      "try {",
      "  const resp = await client.chat.completions.create({",
      `    model: ${q(a.model)},`,
      '    messages: [{ role: "user", content: "ping" }],',
      "  });",
      "  console.log(resp.choices[0].message.content);",
      "} catch (err) {",
      "  if (err instanceof OpenAI.APIError) {",
      `    ${s("// status、服务端的 error 对象和请求 ID：排查时要的就是这三样", "// status, the server's error object and the request id: the three things to look at")}`,
      '    console.error(err.status, JSON.stringify(err.error), err.headers?.get?.("x-request-id"));',
      "  }",
      "  throw err;",
      "}",
    ]);
  }
  if (eco !== null && eco !== "python" && eco !== "shell" && eco !== "ruby") return apiCallCode(a, eco, lang);
  if (a.shape !== "chat" && a.shape !== "responses" && a.shape !== "embeddings") return apiCallCode(a, "python", lang);
  const isStockBase = a.base.kind === "literal" && a.base.url === a.profile.baseUrl && a.profile.id !== "relay" && a.profile.id !== "dmxapi";
  return block("python", [
    "import os",
    "",
    "import openai",
    "from openai import OpenAI",
    "",
    `client = OpenAI(api_key=os.environ[${q(a.keyEnv)}]${isStockBase ? "" : `, base_url=${urlPy(a.base)}`})`,
    "",
    "try:",
    "    resp = client.chat.completions.create(",
    `        model=${q(a.model)},`,
    '        messages=[{"role": "user", "content": "ping"}],',
    "    )",
    "    print(resp.choices[0].message.content)",
    "except openai.APIStatusError as e:",
    `    ${s("# 状态码 + 服务端返回的完整错误体：message/type/code/param 会直接说明哪个字段不对", "# status + the server's full error body: message/type/code/param name the field at fault")}`,
    "    print(e.status_code)",
    "    print(e.response.text)",
    "    raise",
  ]);
}

/** The ecosystems to show API code for: the detected one, or Python + curl like the seeds. */
export function apiEcos(f: Facts): { primary: CodeEco | null; withCurl: boolean } {
  const eco = ecoOf(f);
  if (eco === null || eco === "shell" || eco === "ruby") return { primary: null, withCurl: true };
  return { primary: eco, withCurl: eco === "python" };
}
