/** Ports and keys of the servers playwright.config.ts starts for the e2e run. */
/** E2E_PORT_OFFSET moves every port, so two checkouts can run their e2e suites side by side. */
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0) || 0;
export const ports = { rules: 3100 + offset, llm: 3101 + offset, fakeLlm: 4010 + offset, process: 3110 + offset } as const;
export const FAKE_LLM_KEY = "sk-fake-llm-e2e-key-0000000000000000";
export const rulesBaseUrl = `http://127.0.0.1:${ports.rules}`;
export const llmBaseUrl = `http://127.0.0.1:${ports.llm}`;
export const fakeLlmUrl = `http://127.0.0.1:${ports.fakeLlm}`;
