import { describe, expect, it } from "vitest";
import { classifyError, fingerprintOf } from "./index";
import { hash64, normalizeForFingerprint } from "./fingerprint";

const fp = (text: string) => classifyError(text).fingerprint;

describe("fingerprint", () => {
  it("is what classifyError reports, as 64 bits of hex", () => {
    expect(fingerprintOf("KeyError: 'choices'")).toBe(fp("KeyError: 'choices'"));
    expect(fp("KeyError: 'choices'")).toMatch(/^[0-9a-f]{16}$/);
    expect(hash64("")).toMatch(/^[0-9a-f]{16}$/);
  });

  it.each([
    [
      "request ids",
      "AuthenticationError: Error code: 401 - {'error': {'message': '无效的令牌 (request id: 20260219100814161456584b503l5fK)', 'type': 'new_api_error'}}",
      "AuthenticationError: Error code: 401 - {'error': {'message': '无效的令牌 (request id: 20250611163933932579227VkHShZ5f)', 'type': 'new_api_error'}}",
    ],
    [
      "timestamps and numbers",
      "[ERR] 2026/08/03 - 11:43:47 | relay error: 该令牌状态不可用 (took 107.181252ms)",
      "[ERR] 2025/01/15 - 09:02:11 | relay error: 该令牌状态不可用 (took 12.5ms)",
    ],
    [
      "hex ids and UUIDs",
      "Please include the request ID 394a40f7-7222-4168-9fc5-b61bb7cd76f3 in your message. object at 0x7f3b2c1d",
      "Please include the request ID 0b7e1c2d-1111-4a4a-9b9b-123456789abc in your message. object at 0x1e2113c6b00",
    ],
    [
      "home directories",
      'Traceback (most recent call last):\n  File "/home/alice/proj/app.py", line 3\nFileNotFoundError: [Errno 2] No such file or directory: \'/home/alice/proj/config.json\'',
      'Traceback (most recent call last):\n  File "/home/bob/proj/app.py", line 9\nFileNotFoundError: [Errno 2] No such file or directory: \'/home/bob/proj/config.json\'',
    ],
    [
      "Windows and macOS user folders",
      "PermissionError: [WinError 5] Access is denied: 'C:\\Users\\kashu\\Desktop\\out.txt'",
      "PermissionError: [WinError 5] Access is denied: 'C:\\Users\\Administrator\\Desktop\\out.txt'",
    ],
    [
      "URL query strings",
      "Client error '404 Not Found' for url 'http://localhost:11434/api/chat?session=abc&t=1'",
      "Client error '404 Not Found' for url 'http://localhost:11434/api/chat?session=zzz&t=99'",
    ],
    [
      "masked keys",
      "Incorrect API key provided: sk-abc1***************xyz9.",
      "Incorrect API key provided: sk-proj-***********AB12.",
    ],
  ])("ignores %s", (_what, a, b) => {
    expect(fp(a)).toBe(fp(b));
  });

  it("ignores unrelated lines around the same error", () => {
    expect(fp("INFO starting\nModuleNotFoundError: No module named 'torch'")).toBe(fp("ModuleNotFoundError: No module named 'torch'\nbye"));
  });

  it("tells different errors apart", () => {
    const texts = [
      "KeyError: 'choices'",
      "KeyError: 'data'",
      "ModuleNotFoundError: No module named 'torch'",
      "ModuleNotFoundError: No module named 'numpy'",
      "Error code: 401 - {'error': {'message': '无效的令牌', 'type': 'new_api_error'}}",
      "Error code: 401 - {'error': {'message': '该令牌已过期', 'type': 'new_api_error'}}",
      "Error code: 429 - {'error': {'message': 'Rate limit reached', 'type': 'requests'}}",
      "403 Client Error: Forbidden for url: https://www.dmxapi.cn/v1/chat/completions",
      "403 Client Error: Forbidden for url: https://api.openai.com/v1/chat/completions",
      "TypeError: Cannot read properties of undefined (reading 'map')",
      "TypeError: Cannot read properties of undefined (reading 'length')",
      "Segmentation fault (core dumped)",
      "fatal: not a git repository (or any of the parent directories): .git",
      "hello",
      "",
    ];
    const prints = new Set(texts.map(fp));
    expect(prints.size).toBe(texts.length);
  });

  it("normalises the varying parts of a line", () => {
    expect(normalizeForFingerprint("at /Users/jane/x.js:12:5 id=20251231141907730597702a9EzKd3G uuid 394a40f7-7222-4168-9fc5-b61bb7cd76f3 https://h/p?q=1")).toBe(
      "at /users/~/x.js:#:# id=<id> uuid <uuid> https://h/p",
    );
  });
});
