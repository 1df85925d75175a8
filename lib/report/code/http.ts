/**
 * Plain HTTP code for network errors that are not about an LLM API: explicit connect/read
 * timeouts, retries for transient failures, proxies from the environment.
 */
import type { CodeBlock } from "../schema";
import type { Facts, Lang } from "../types";
import { block, q, say, shq, type CodeEco } from "./util";

/** The URL the paste was about, or the best stand-in (host:port, provider base, a placeholder). */
export function targetUrl(f: Facts): { url: string; isKnown: boolean } {
  if (f.url && /^https?:\/\//.test(f.url) && !/[*…]/.test(f.url)) return { url: f.url, isKnown: true };
  if (f.hostPort) {
    const { host, port } = f.hostPort;
    const scheme = port === 443 ? "https" : "http";
    const hostPart = host.includes(":") ? `[${host}]` : host;
    const portPart = port && port !== 443 && port !== 80 ? `:${port}` : "";
    return { url: `${scheme}://${hostPart}${portPart}/`, isKnown: true };
  }
  if (f.api.profile.id !== "relay" && f.api.base.kind === "literal") return { url: f.api.base.url, isKnown: true };
  return { url: "https://example.com/", isKnown: false };
}

export function timeoutCode(f: Facts, eco: CodeEco | null, lang: Lang): CodeBlock {
  const s = say(lang);
  const { url, isKnown } = targetUrl(f);
  const note = isKnown ? null : s("换成你实际请求的地址", "replace with the address you actually call");
  switch (eco) {
    case "node":
      return block("javascript", [
        'import { Agent, setGlobalDispatcher } from "undici"; // npm install undici',
        "",
        s("// Node 内置 fetch（undici）默认：连接 10 秒、等响应头 300 秒；按需要显式设置", "// Node's built-in fetch (undici) defaults: 10 s to connect, 300 s for headers; set them explicitly"),
        "setGlobalDispatcher(new Agent({ connectTimeout: 10_000, headersTimeout: 120_000, bodyTimeout: 120_000 }));",
        "",
        `const url = ${q(url)};${note ? ` // ${note}` : ""}`,
        "for (let attempt = 1; attempt <= 3; attempt++) {",
        "  try {",
        "    const res = await fetch(url, { signal: AbortSignal.timeout(130_000) });",
        "    console.log(res.status, (await res.text()).slice(0, 500));",
        "    break;",
        "  } catch (err) {",
        `    console.error(\`attempt \${attempt}:\`, err.cause?.code ?? err.name, err.message); // ${s("cause.code 才是真正的原因", "cause.code holds the real reason")}`,
        "    if (attempt === 3) throw err;",
        "    await new Promise((r) => setTimeout(r, 1000 * 2 ** attempt));",
        "  }",
        "}",
      ]);
    case "go":
      return block("go", [
        "package main",
        "",
        "import (",
        '\t"fmt"',
        '\t"io"',
        '\t"net"',
        '\t"net/http"',
        '\t"time"',
        ")",
        "",
        "func main() {",
        "\tclient := &http.Client{",
        `\t\tTimeout: 120 * time.Second, // ${s("整个请求（含读取响应体）的上限", "cap for the whole request, body included")}`,
        "\t\tTransport: &http.Transport{",
        `\t\t\tProxy:                 http.ProxyFromEnvironment, // ${s("读取 HTTPS_PROXY / NO_PROXY", "honours HTTPS_PROXY / NO_PROXY")}`,
        "\t\t\tDialContext:           (&net.Dialer{Timeout: 10 * time.Second}).DialContext,",
        "\t\t\tTLSHandshakeTimeout:   10 * time.Second,",
        "\t\t\tResponseHeaderTimeout: 60 * time.Second,",
        "\t\t},",
        "\t}",
        `\tresp, err := client.Get(${q(url)})${note ? ` // ${note}` : ""}`,
        "\tif err != nil {",
        "\t\tpanic(err)",
        "\t}",
        "\tdefer resp.Body.Close()",
        "\tbody, _ := io.ReadAll(resp.Body)",
        "\tfmt.Println(resp.StatusCode, len(body))",
        "}",
      ]);
    case "java":
      return block("java", [
        "import java.net.URI;",
        "import java.net.http.HttpClient;",
        "import java.net.http.HttpRequest;",
        "import java.net.http.HttpResponse;",
        "import java.time.Duration;",
        "",
        "public class TimeoutCheck {",
        "    public static void main(String[] args) throws Exception {",
        "        HttpClient client = HttpClient.newBuilder()",
        `                .connectTimeout(Duration.ofSeconds(10)) // ${s("连不上 10 秒就失败", "fail after 10 s if it cannot connect")}`,
        "                .build();",
        `        HttpRequest request = HttpRequest.newBuilder(URI.create(${q(url)}))${note ? ` // ${note}` : ""}`,
        `                .timeout(Duration.ofSeconds(120)) // ${s("等待响应的上限", "cap on waiting for the response")}`,
        "                .GET()",
        "                .build();",
        "        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());",
        "        System.out.println(response.statusCode());",
        "    }",
        "}",
      ]);
    case "dotnet":
      return block("csharp", [
        "var handler = new SocketsHttpHandler",
        "{",
        `    ConnectTimeout = TimeSpan.FromSeconds(10), // ${s("连不上 10 秒就失败", "fail after 10 s if it cannot connect")}`,
        "    PooledConnectionLifetime = TimeSpan.FromMinutes(5),",
        "};",
        `using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(120) };`,
        `var response = await http.GetAsync(${q(url)});${note ? ` // ${note}` : ""}`,
        "Console.WriteLine((int)response.StatusCode);",
      ]);
    case "rust":
      return block("rust", [
        '// Cargo.toml: reqwest = { version = "0.12", features = ["blocking"] }',
        "use std::time::Duration;",
        "",
        "fn main() -> Result<(), Box<dyn std::error::Error>> {",
        "    let client = reqwest::blocking::Client::builder()",
        `        .connect_timeout(Duration::from_secs(10)) // ${s("连不上 10 秒就失败", "fail after 10 s if it cannot connect")}`,
        "        .timeout(Duration::from_secs(120))",
        "        .build()?;",
        `    let resp = client.get(${q(url)}).send()?;${note ? ` // ${note}` : ""}`,
        '    println!("{}", resp.status());',
        "    Ok(())",
        "}",
      ]);
    case "php":
      return block("php", [
        "<?php",
        `$ch = curl_init(${q(url)});${note ? ` // ${note}` : ""}`,
        "curl_setopt_array($ch, [",
        "    CURLOPT_RETURNTRANSFER => true,",
        `    CURLOPT_CONNECTTIMEOUT => 10, // ${s("连不上 10 秒就失败", "fail after 10 s if it cannot connect")}`,
        "    CURLOPT_TIMEOUT => 120,",
        "]);",
        "$body = curl_exec($ch);",
        "echo curl_errno($ch) ? curl_error($ch) : curl_getinfo($ch, CURLINFO_HTTP_CODE), PHP_EOL;",
      ]);
    case "shell":
    case "ruby":
      return curlDiagnose(url, lang, note);
    default:
      return block("python", [
        "import requests",
        "from requests.adapters import HTTPAdapter",
        "from urllib3.util.retry import Retry",
        "",
        "session = requests.Session()",
        "retry = Retry(total=3, backoff_factor=1, status_forcelist=[429, 500, 502, 503, 504], allowed_methods=None)",
        'session.mount("https://", HTTPAdapter(max_retries=retry))',
        'session.mount("http://", HTTPAdapter(max_retries=retry))',
        "",
        `${s("# timeout=(连接超时, 读取超时)：10 秒连不上就放弃，响应最多等 120 秒", "# timeout=(connect, read): give up after 10 s if it cannot connect, wait up to 120 s for data")}`,
        `resp = session.get(${q(url)}, timeout=(10, 120))${note ? `  # ${note}` : ""}`,
        "print(resp.status_code)",
      ]);
  }
}

/** Command-line checks: DNS, TCP, TLS and HTTP in one go. */
export function curlDiagnose(url: string, lang: Lang, note: string | null = null): CodeBlock {
  const s = say(lang);
  const m = /^(https?):\/\/(\[[^\]]+\]|[^/:]+)(?::(\d+))?/.exec(url);
  const host = m?.[2] ?? "example.com";
  const port = m?.[3] ?? (m?.[1] === "http" ? "80" : "443");
  return block("bash", [
    note ? `# ${note}` : null,
    s("# 1) DNS：域名能否解析", "# 1) DNS: does the name resolve?"),
    `nslookup ${host}`,
    s("# 2) TCP：端口能否连通（Windows PowerShell：Test-NetConnection " + host + " -Port " + port + "）", "# 2) TCP: is the port reachable? (Windows PowerShell: Test-NetConnection " + host + " -Port " + port + ")"),
    `nc -vz ${host} ${port}`,
    s("# 3) HTTP：带超时的完整请求，-v 显示连接、TLS 和代理的每一步", "# 3) HTTP: a full request with timeouts; -v shows each connect, TLS and proxy step"),
    `curl -v --connect-timeout 10 --max-time 60 ${shq(url)}`,
    s("# 4) 代理：看看当前终端设置了哪些代理变量", "# 4) proxies: which proxy variables are set in this shell"),
    "env | grep -i _proxy",
  ]);
}

/** Python/Node code that routes through a proxy from the environment. */
export function proxyCode(f: Facts, eco: CodeEco | null, lang: Lang): CodeBlock {
  const s = say(lang);
  const { url } = targetUrl(f);
  if (eco === "node") {
    return block("javascript", [
      'import { EnvHttpProxyAgent, setGlobalDispatcher } from "undici"; // npm install undici',
      "",
      s("// Node 的 fetch 不会自动读取 HTTPS_PROXY；用 undici 的 EnvHttpProxyAgent 让它读取", "// Node's fetch ignores HTTPS_PROXY by itself; undici's EnvHttpProxyAgent makes it honour it"),
      "setGlobalDispatcher(new EnvHttpProxyAgent());",
      "",
      `const res = await fetch(${q(url)});`,
      "console.log(res.status);",
    ]);
  }
  return block(eco === "python" || eco === null ? "python" : "bash", eco === "python" || eco === null
    ? [
        "import os",
        "",
        "import requests",
        "",
        s("# requests/httpx/openai SDK 会自动读取 HTTPS_PROXY、HTTP_PROXY、NO_PROXY", "# requests/httpx/the openai SDK read HTTPS_PROXY, HTTP_PROXY and NO_PROXY automatically"),
        s("# 代理地址通常是 http:// 开头，即使访问的是 https 网站", "# the proxy URL usually starts with http://, even for https sites"),
        `os.environ.setdefault("HTTPS_PROXY", "http://127.0.0.1:7890")  ${s("# 换成你的代理地址", "# your proxy's address")}`,
        "",
        `resp = requests.get(${q(url)}, timeout=(10, 60))`,
        "print(resp.status_code)",
      ]
    : [
        s("# 在启动程序的同一个终端里设置代理（代理本身通常是 http://）", "# set the proxy in the shell that starts the program (the proxy itself is usually http://)"),
        `export HTTPS_PROXY=http://127.0.0.1:7890   ${s("# 换成你的代理地址", "# your proxy's address")}`,
        "export NO_PROXY=localhost,127.0.0.1",
        `curl -v ${shq(url)}`,
      ]);
}
