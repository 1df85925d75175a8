import { createServer } from "node:net";
import type { LlmConfig } from "./config";
import type { ChatMessage } from "./prompt";

/** Test helpers shared by the lib/llm tests (not used by the app). */

export const TEST_KEY = "test-key";

export function configFor(baseURL: string, overrides: Partial<LlmConfig> = {}): LlmConfig {
  return { baseURL, apiKey: TEST_KEY, model: "fake-model", timeoutMs: 5000, ...overrides };
}

/** Messages whose last user message selects a fake-llm mode. */
export function messagesFor(mode: string, { language = "en", key }: { language?: "zh" | "en"; key?: string } = {}): ChatMessage[] {
  const heading = language === "zh" ? "## 错误翻译" : "## Translation";
  const marker = `[[fake-llm:${mode}]]${key ? ` [[fake-llm-key:${key}]]` : ""}`;
  return [
    { role: "system", content: `Answer with ${heading} and the other sections.` },
    { role: "user", content: `\`\`\`text\nError: 401 Invalid Token ${marker}\n\`\`\`` },
  ];
}

/** A 127.0.0.1 port with nothing listening on it. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let counter = 0;
export function uniqueKey(prefix: string): string {
  counter += 1;
  return `${prefix}-${process.pid}-${Date.now()}-${counter}`;
}
