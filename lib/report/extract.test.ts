import { describe, expect, it } from "vitest";
import { extractFacts, extractGroup, extractHostPort, extractMissingKey, extractModel, extractPath, extractPort, extractPythonFrame, extractRetryAfter, extractTokenLimits, hasEmptyRelayModel } from "./extract";
import { apiMessage, pickKeyLine, translateLine } from "./translate";

describe("extractors", () => {
  it.each([
    ["Error: listen EADDRINUSE: address already in use :::3000", 3000],
    ["OSError: [Errno 98] error while attempting to bind on address ('0.0.0.0', 8000): address already in use 0.0.0.0:8000", 8000],
    ["Error starting userland proxy: listen tcp 127.0.0.1:9095: bind: Only one usage of each socket address", 9095],
    ["Bind for 0.0.0.0:5432 failed: port is already allocated", 5432],
    ["Port 5173 is already in use", 5173],
    ["OSError: [Errno 98] Address already in use", null],
  ])("port in %s", (text, port) => {
    expect(extractPort(text)).toBe(port);
  });

  it.each([
    ["The model `gpt-4o` does not exist or you do not have access to it.", "gpt-4o"],
    ["ollama._types.ResponseError: model 'llama2' not found, try pulling it first", "llama2"],
    ["当前分组 vip 下对于模型 claude-3-5-sonnet-20241022 无可用渠道", "claude-3-5-sonnet-20241022"],
    ["模型 grok-2-1212 倍率或价格未配置", "grok-2-1212"],
    ["models/gemini-1.0-pro is not found for API version v1beta", "gemini-1.0-pro"],
    ["max_tokens: 21333 > 4096, which is the maximum allowed number of output tokens for claude-3-opus-20240229", "claude-3-opus-20240229"],
    ['{"model": "deepseek-chat", "messages": []}', "deepseek-chat"],
  ])("model in %s", (text, model) => {
    expect(extractModel(text)).toBe(model);
  });

  it("empty relay model and group", () => {
    const text = "当前分组 default 下对于模型  无可用渠道 (request id: 2025121521151664761470129816750)";
    expect(hasEmptyRelayModel(text)).toBe(true);
    expect(extractGroup(text)).toBe("default");
    expect(hasEmptyRelayModel("当前分组 default 下对于模型 gpt-4o 无可用渠道")).toBe(false);
  });

  it("keys, paths, hosts, limits, retry-after", () => {
    expect(extractMissingKey("KeyError: 'choices'")).toBe("choices");
    expect(extractPath("FileNotFoundError: [Errno 2] No such file or directory: '/path/.clockwork/config.json'")).toBe("/path/.clockwork/config.json");
    expect(extractPath("Error: ENOENT: no such file or directory, open 'data/input.csv'")).toBe("data/input.csv");
    expect(extractPath("npm ERR! path /usr/local/lib/node_modules")).toBe("/usr/local/lib/node_modules");
    expect(extractHostPort("Error: connect ECONNREFUSED 127.0.0.1:5432")).toEqual({ host: "127.0.0.1", port: 5432 });
    expect(extractHostPort("Cannot connect to host localhost:11434 ssl:default")).toEqual({ host: "localhost", port: 11434 });
    expect(extractHostPort("HTTPSConnectionPool(host='api.openai.com', port=443)")).toEqual({ host: "api.openai.com", port: 443 });
    expect(extractTokenLimits("This model's maximum context length is 4097 tokens. However, you requested 4120 tokens")).toEqual({ limit: 4097, requested: 4120 });
    expect(extractTokenLimits("prompt is too long: 202609 tokens > 200000 maximum")).toEqual({ limit: 200000, requested: 202609 });
    expect(extractRetryAfter("Please try again in 1.4s.")).toBe("2");
    expect(extractRetryAfter("Please retry after 86400 seconds.")).toBe("86400");
    expect(extractRetryAfter("Please try again in 750ms")).toBe("1");
  });

  it("the user's Python frame, not the library's", () => {
    const text = [
      "Traceback (most recent call last):",
      '  File "train.py", line 509, in train_rgb_ir',
      "    nc = int(data_dict['nc'])",
      '  File "/usr/lib/python3.10/site-packages/torch/nn/modules/module.py", line 1130, in _call_impl',
      "    return forward_call(*input, **kwargs)",
      "TypeError: 'NoneType' object is not subscriptable",
    ].join("\n");
    expect(extractPythonFrame(text)).toEqual({ file: "train.py", line: 509, func: "train_rgb_ir", code: "nc = int(data_dict['nc'])" });
  });
});

describe("linear time on hostile input", () => {
  const hostile = [
    "a".repeat(200_000),
    "(".repeat(100_000),
    "'".repeat(100_000),
    `"message": "${"\\\\".repeat(50_000)}`,
    "File \"x\", line 1\n".repeat(20_000),
    "KeyError: '".padEnd(100_000, "x"),
    "当前分组 ".repeat(30_000),
    "https://" + "a.".repeat(60_000),
    " at x (".repeat(30_000),
    "Error: ".repeat(30_000),
    "No module named " + "a.".repeat(60_000),
  ];

  it.each(hostile.map((h, i) => [i, h] as const))("extractors and the translator stay fast (case %i)", (_i, text) => {
    const started = performance.now();
    extractFacts(text, "python");
    extractFacts(text, "node");
    pickKeyLine(text, "Error");
    apiMessage(text);
    translateLine(text.slice(0, 400), "zh");
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
