import { describe, expect, it } from "vitest";
import { apiMessage, isInLanguage, pickKeyLine, translateError, translateLine } from "./translate";
import { phraseRows } from "./phrases";

describe("translateLine en → zh", () => {
  it.each([
    ["403 Client Error: Forbidden for url: https://www.dmxapi.cn/v1/chat/completions", "403 客户端错误：禁止访问，URL：https://www.dmxapi.cn/v1/chat/completions"],
    ["Invalid Token (request id: 20251231141907730597702a9EzKd3G)", "无效的令牌 (请求 ID：20251231141907730597702a9EzKd3G)"],
    ["ModuleNotFoundError: No module named 'openai'", "ModuleNotFoundError（模块未找到错误）：没有名为 'openai' 的模块"],
    ["TypeError: Cannot read properties of undefined (reading 'map')", "TypeError（类型错误）：无法读取 undefined 的属性（读取 'map'）"],
    ["FileNotFoundError: [Errno 2] No such file or directory: '/path/.clockwork/config.json'", "FileNotFoundError（文件未找到错误）：[Errno 2] 没有那个文件或目录：'/path/.clockwork/config.json'"],
    ["The model `gpt-4o` does not exist or you do not have access to it.", "模型 `gpt-4o` 不存在，或你没有访问它的权限。"],
    ["Access to fetch at 'https://xxxx.xxx/chat/completions' from origin 'app://obsidian.md' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.", "来源 'app://obsidian.md' 对 'https://xxxx.xxx/chat/completions' 的 fetch 请求已被 CORS 策略拦截：请求的资源上没有 'Access-Control-Allow-Origin' 响应头。"],
    ["Error: listen EADDRINUSE: address already in use :::3000", "错误：listen EADDRINUSE：地址已被占用 :::3000"],
    ["Error: connect ECONNREFUSED 127.0.0.1:5432", "错误：连接 127.0.0.1:5432 被拒绝（ECONNREFUSED）"],
    ["ollama._types.ResponseError: model 'llama2' not found, try pulling it first", "ollama._types.ResponseError（响应错误）：找不到模型 'llama2'，请先拉取（pull）它"],
    // Messages that print their own fix (eval/printed-fixes.jsonl): the fix must read as a fix in Chinese.
    ["NameError: name 'init' is not defined. Did you mean: 'int'?", "NameError（名称错误）：名称 'init' 未定义。你是不是想写 'int'？"],
    ["Could not find a declaration file for module 'async'. '/app/node_modules/async/index.js' implicitly has an 'any' type.", "找不到模块 'async' 的声明文件。'/app/node_modules/async/index.js' 隐式具有 'any' 类型。"],
    ["fatal: The current branch feature/login has no upstream branch.", "fatal：当前分支 feature/login 没有上游分支。"],
    ["E: dpkg was interrupted, you must manually run 'sudo dpkg --configure -a' to correct the problem.", "E：dpkg 被中断，你必须手动运行 'sudo dpkg --configure -a' 来修复此问题。"],
    ["Consider defining a bean of type 'com.example.tacos.IngredientRepository' in your configuration.", "请考虑在配置中定义一个类型为 'com.example.tacos.IngredientRepository' 的 bean。"],
  ])("%s", (en, zh) => {
    const t = translateLine(en, "zh");
    expect(t.text).toBe(zh);
    expect(t.isComplete).toBe(true);
  });

  it("keeps URLs, ids, quoted names and inline code untouched", () => {
    const t = translateLine("Rate limit reached for gpt-4o in organization org-AbC123xyz on tokens per min. See https://platform.openai.com/account/rate-limits `not_found_here`", "zh");
    expect(t.text).toContain("https://platform.openai.com/account/rate-limits");
    expect(t.text).toContain("org-AbC123xyz");
    expect(t.text).toContain("`not_found_here`");
  });

  it("does not translate inside snake_case identifiers or words", () => {
    expect(translateLine("new_api_error", "zh").text).toBe("new_api_error");
    expect(translateLine("TypeErrors are not found here", "zh").text).not.toContain("类型错误");
  });
});

describe("translateLine zh → en", () => {
  it.each([
    ["无效的令牌 (request id: 20260219100814161456584b503l5fK)", "Invalid token (request id: 20260219100814161456584b503l5fK)"],
    ["该令牌额度已用尽", "This token quota is exhausted"],
    ["当前分组 default 下对于模型 gpt-4o 无可用渠道 (request id: 2025121521151664761470129816750)", "No available channel for model gpt-4o under group default (request id: 2025121521151664761470129816750)"],
    ["当前分组上游负载已饱和，请稍后再试", "Current group upstream load is saturated, please try again later"],
    ["预扣费额度失败, 用户剩余额度: ＄2.533620, 需要预扣费额度: ＄2.627750", "Pre-consume quota failed, user remaining quota: $2.533620, required pre-consume quota: $2.627750"],
    ["该令牌无权使用模型：gpt-4o", "This token has no access to model: gpt-4o"],
    ["ConnectionRefusedError: [WinError 10061] 由于目标计算机积极拒绝，无法连接。", "ConnectionRefusedError: [WinError 10061] No connection could be made because the target machine actively refused it."],
    ["PermissionError: [WinError 5] 拒绝访问。: 'D:\\\\test\\\\tmp'", "PermissionError: [WinError 5] Access is denied.: 'D:\\\\test\\\\tmp'"],
    ["warning: 不建议在没有为偏离分支指定合并策略时执行pull操作。", "warning: Pulling without specifying how to reconcile divergent branches is discouraged."],
    ["app.json 文件内容错误，enablePullDownRefresh 字段需为 boolean", "app.json file content error, field enablePullDownRefresh must be boolean"],
  ])("%s", (zh, en) => {
    const t = translateLine(zh, "en");
    expect(t.text).toBe(en);
    expect(t.isComplete).toBe(true);
  });
});

describe("phrase dictionary", () => {
  it("has both sides for every row and the same slots on both sides", () => {
    for (const [en, zh] of phraseRows) {
      expect(en.trim()).not.toBe("");
      expect(zh.trim()).not.toBe("");
      const slots = (s: string) => [...new Set([...s.matchAll(/\{(\w+)[*+]?\}/g)].map((m) => m[1]))].sort();
      expect(slots(zh), `${en} | ${zh}`).toEqual(slots(en));
    }
  });

  it("covers the relay gateways' Chinese messages", () => {
    for (const zh of ["无效的令牌", "该令牌额度已用尽", "该令牌已过期", "该令牌状态不可用", "用户额度不足", "令牌额度不足", "上游负载已饱和，请稍后再试", "用户已被封禁", "未提供令牌"]) {
      const t = translateLine(zh, "en");
      expect(t.isComplete, zh).toBe(true);
      expect(t.text).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe("pickKeyLine", () => {
  it("takes the API message from a Python dict, not the wrapper", () => {
    const text = "AuthenticationError: Error code: 401 - {'error': {'code': '', 'message': '无效的令牌 (request id: 20260219100814161456584b503l5fK)', 'type': 'new_api_error'}}";
    expect(pickKeyLine(text, "AuthenticationError")).toBe("无效的令牌 (request id: 20260219100814161456584b503l5fK)");
  });

  it("takes the innermost message of an escaped JSON body", () => {
    const text = 'API Error: 400 {"error":{"message":"{\\"type\\":\\"error\\",\\"error\\":{\\"type\\":\\"invalid_request_error\\",\\"message\\":\\"max_tokens: 21333 > 4096, which is the maximum allowed\\n number of output tokens for claude-3-opus-20240229\\"}}"}}';
    expect(pickKeyLine(text, null)).toBe("max_tokens: 21333 > 4096, which is the maximum allowed number of output tokens for claude-3-opus-20240229");
  });

  it("takes the exception line of a traceback, never a File frame", () => {
    const text = 'Traceback (most recent call last):\n  File "app.py", line 3, in <module>\n    import cv2\nModuleNotFoundError: No module named \'cv2\'';
    expect(pickKeyLine(text, "ModuleNotFoundError")).toBe("ModuleNotFoundError: No module named 'cv2'");
    expect(pickKeyLine(text, null)).toBe("ModuleNotFoundError: No module named 'cv2'");
  });

  it("skips log prefixes and npm bookkeeping", () => {
    expect(pickKeyLine("npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\nnpm ERR! Found: react@18.2.0", null)).toBe("ERESOLVE unable to resolve dependency tree");
    expect(pickKeyLine("2020-11-28 10:35:12.607 +08:00 [ERR] Exception happened in ReceiveAsync\nSystem.Net.Sockets.SocketException (10060): 连接尝试失败。", "SocketException")).toBe("System.Net.Sockets.SocketException (10060): 连接尝试失败。");
  });

  it("joins an exception line whose message continues on the next line", () => {
    const text = "openai.lib._old_api.APIRemovedInV1:\n\nYou tried to access openai.ChatCompletion, but this is no longer supported in openai>=1.0.0";
    expect(pickKeyLine(text, "APIRemovedInV1")).toBe("openai.lib._old_api.APIRemovedInV1: You tried to access openai.ChatCompletion, but this is no longer supported in openai>=1.0.0");
  });

  it("skips a message that holds only a request id", () => {
    expect(apiMessage("{'error': {'message': ' (request id: 20260320134003864090976i2QfM1d)', 'type': 'rix_api_error'}}")).toBeNull();
  });
});

describe("translateError", () => {
  it("translates an English line for a Chinese report", () => {
    const r = translateError("403 Client Error: Forbidden for url: https://www.dmxapi.cn/v1/chat/completions", null, "zh", "GIST");
    expect(r).toEqual({ original: "403 Client Error: Forbidden for url: https://www.dmxapi.cn/v1/chat/completions", translated: "403 客户端错误：禁止访问，URL：https://www.dmxapi.cn/v1/chat/completions", kind: "translation" });
  });

  it("restates a line already in the report's language instead of repeating it", () => {
    const r = translateError("403 Client Error: Forbidden for url: https://x.example/v1", null, "en", "The server refused the request.");
    expect(r?.kind).toBe("restatement");
    expect(r?.translated).toBe("The server refused the request.");
    expect(isInLanguage("无效的令牌 (request id: 2026021910081416145658)", "zh")).toBe(true);
  });

  it("gives the gist, marked as such, when the dictionary covers none of the line; never an LLM disclaimer", () => {
    const zh = translateError("Frobnicator quux exploded while reticulating splines", null, "zh", "某个组件出错了。");
    expect(zh?.kind).toBe("gist");
    expect(zh?.translated).toBe("大意：某个组件出错了。");
    const en = translateError("齿轮在转动样条时爆炸了", null, "en", "A component failed.");
    expect(en?.translated).toBe("In short: A component failed.");
    for (const r of [zh, en]) expect(r?.translated).not.toMatch(/LLM/);
  });

  it("shows a partial translation as partial, in one short note", () => {
    const zh = translateError("Error: connection refused while reticulating splines", null, "zh", "x");
    expect(zh?.kind).toBe("partial");
    expect(zh?.translated).toMatch(/（个别术语保留原文）$/);
    expect(zh?.translated).toMatch(/[\u4e00-\u9fff]/);
  });

  it("returns null when there is nothing to translate", () => {
    expect(translateError("   \n  ", null, "zh", "x")).toBeNull();
  });
});

describe("relay catalog coverage", () => {
  it("translates at least 95% of the gateways' and providers' messages completely", async () => {
    const { readCorpus } = await import("@/scripts/lib/shared");
    const rows = readCorpus("relay_catalog.jsonl") as { message: string }[];
    let ok = 0;
    for (const { message } of rows) {
      // Fill the Go/template placeholders the way real messages carry values.
      const msg = String(message).replace(/%[sdv]|\{\{\.\w+\}\}/g, (m) => (m === "%d" ? "3" : m.startsWith("{{") ? "gpt-4o" : "x1"));
      const t = translateLine(msg, /[\u4e00-\u9fff]/.test(msg) ? "en" : "zh");
      if (t.isComplete && t.isChanged) ok++;
    }
    expect(ok / rows.length).toBeGreaterThanOrEqual(0.95);
  });
});
