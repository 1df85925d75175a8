/** Ports and keys of the servers playwright.config.ts starts for the e2e run. */
export const ports = { rules: 3100, llm: 3101, fakeLlm: 4010 } as const;
export const FAKE_LLM_KEY = "sk-fake-llm-e2e-key-0000000000000000";
export const rulesBaseUrl = `http://127.0.0.1:${ports.rules}`;
export const llmBaseUrl = `http://127.0.0.1:${ports.llm}`;
export const fakeLlmUrl = `http://127.0.0.1:${ports.fakeLlm}`;
