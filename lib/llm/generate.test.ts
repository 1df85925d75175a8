import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeLlm, type FakeLlmServer } from "@/e2e/fake-llm/server";
import type { Classification } from "@/lib/classifier/schema";
import { reportSchema } from "@/lib/report/schema";
import { LlmError } from "./errors";
import { generateLlmReport, type GenerateInput } from "./generate";
import { TEST_KEY, configFor, uniqueKey } from "./test-helpers";

let fake: FakeLlmServer;

beforeAll(async () => {
  fake = await startFakeLlm({ apiKey: TEST_KEY });
});
afterAll(async () => {
  await fake.close();
});

const classification: Classification = {
  category: "auth.invalid_credentials",
  confidence: 0.9,
  httpStatus: 401,
  errorType: "new_api_error",
  requestId: null,
  url: null,
  host: null,
  provider: "new-api",
  ecosystem: "python",
  exception: "AuthenticationError",
  lang: "zh",
  fingerprint: "fp",
};

function input(text: string, language: "zh" | "en" = "zh"): GenerateInput {
  return { text, context: null, classification, ruleReport: null, language, fallbackTitle: "AuthenticationError" };
}

describe("generateLlmReport against the fake server", () => {
  it("turns a streamed Chinese answer into a full report, echoing the pasted error", async () => {
    const deltas: string[] = [];
    const { report, text } = await generateLlmReport(configFor(fake.url), input("AuthenticationError: 401 无效的令牌"), {
      onDelta: (d) => deltas.push(d),
    });
    expect(deltas.join("")).toBe(text);
    expect(reportSchema.safeParse(report).success).toBe(true);
    expect(report).toMatchObject({ source: "llm", language: "zh", translation: { original: "AuthenticationError: 401 无效的令牌" } });
    expect(report.solutions).toHaveLength(2);
    expect(report.markdown).toBe(text.trim());
  });

  it("asks in English for an English report", async () => {
    const { report } = await generateLlmReport(configFor(fake.url), input("TypeError: x is undefined", "en"));
    expect(report.language).toBe("en");
    expect(report.markdown).toContain("## Cause analysis");
  });

  it("retries a flaky server, telling the caller to start the text again", async () => {
    const key = uniqueKey("gen");
    const events: string[] = [];
    const { report } = await generateLlmReport(configFor(fake.url), input(`Error [[fake-llm:flaky]] [[fake-llm-key:${key}]]`), {
      baseDelayMs: 10,
      onRetry: ({ error }) => events.push(`retry:${error.kind}`),
      onDelta: () => {
        if (events.at(-1) !== "delta") events.push("delta");
      },
    });
    expect(events).toEqual(["retry:server", "delta"]);
    expect(report.solutions.length).toBeGreaterThan(0);
  });

  it("fails with bad_response on an HTML page", async () => {
    const error = await generateLlmReport(configFor(fake.url), input("x [[fake-llm:html]]")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmError);
    expect((error as LlmError).kind).toBe("bad_response");
  });

  it("sends only the prompt: no credentials in what the server records", async () => {
    const marker = uniqueKey("privacy");
    await generateLlmReport(configFor(fake.url), input(`Error ${marker}`));
    const recorded = JSON.stringify(fake.requests().filter((r) => JSON.stringify(r.body).includes(marker)));
    expect(recorded).toContain(marker);
    expect(recorded).not.toContain(TEST_KEY);
  });
});
