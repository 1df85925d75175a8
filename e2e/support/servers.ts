/** Ports and keys of the servers playwright.config.ts starts for the e2e run. */
/** E2E_PORT_OFFSET moves every port, so two checkouts can run their e2e suites side by side. */
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0) || 0;
export const ports = {
  rules: 3100 + offset,
  llm: 3101 + offset,
  rulesPg: 3102 + offset,
  llmPg: 3103 + offset,
  fakeLlm: 4010 + offset,
  process: 3110 + offset,
  multi: 3120 + offset,
} as const;
/** The PostgreSQL server of this run and its scratch databases (scripts/e2e.ts), when there is one. */
export const pg = {
  url: process.env.E2E_PG_URL ?? null,
  rulesUrl: process.env.E2E_PG_RULES_URL ?? null,
  llmUrl: process.env.E2E_PG_LLM_URL ?? null,
  /** The throwaway cluster's folder, when the run may stop and start it (outage tests). */
  dir: process.env.E2E_PG_DIR ?? null,
  scratchPrefix: process.env.E2E_PG_SCRATCH_PREFIX ?? "e2e_",
};
export const FAKE_LLM_KEY = "sk-fake-llm-e2e-key-0000000000000000";
export const rulesBaseUrl = `http://127.0.0.1:${ports.rules}`;
export const llmBaseUrl = `http://127.0.0.1:${ports.llm}`;
export const fakeLlmUrl = `http://127.0.0.1:${ports.fakeLlm}`;
