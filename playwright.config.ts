import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { FAKE_LLM_KEY, pg, ports } from "./e2e/support/servers";

// One fresh SQLite directory per run; workers inherit it through the environment.
process.env.ERRDOC_E2E_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "errdoc-e2e-"));
const dataDir = process.env.ERRDOC_E2E_DIR;


const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  },
};

// scripts/e2e.ts provides PostgreSQL; CI must run the suite on both engines.
if (process.env.CI && !pg.rulesUrl) throw new Error("CI runs the e2e suite through scripts/e2e.ts (npm run test:e2e), which provides PostgreSQL");

const appEnv = (name: string, extra: Record<string, string> = {}) => ({
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: `file:${path.join(dataDir, `${name}.db`)}`,
  RATE_LIMIT_PER_MINUTE: "0",
  // The rules server must not pick up a developer's own key from the shell.
  LLM_BASE_URL: "",
  LLM_API_KEY: "",
  OPENAI_BASE_URL: "",
  OPENAI_API_KEY: "",
  ...extra,
});

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: { trace: "retain-on-failure", screenshot: "only-on-failure" },
  projects: [
    ...engineProjects("", { rules: ports.rules, llm: ports.llm }),
    ...(pg.rulesUrl ? engineProjects("-pg", { rules: ports.rulesPg, llm: ports.llmPg }) : []),
    // Starts, restarts and kills servers of its own.
    { name: "process", testMatch: /process\.spec\.ts$/, use: chromium },
    // Two instances behind nginx on one database (PostgreSQL, and a SQLite file).
    { name: "multi", testMatch: /multi-instance\.spec\.ts$/, use: chromium },
  ],
  webServer: [
    {
      command: `npx tsx e2e/fake-llm/server.ts --port ${ports.fakeLlm} --key ${FAKE_LLM_KEY}`,
      url: `http://127.0.0.1:${ports.fakeLlm}/v1/models`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    ...appServers({ rules: ports.rules, llm: ports.llm }, (name) => `file:${path.join(dataDir, `${name}.db`)}`),
    ...(pg.rulesUrl && pg.llmUrl ? appServers({ rules: ports.rulesPg, llm: ports.llmPg }, (name) => (name === "rules" ? pg.rulesUrl! : pg.llmUrl!)) : []),
  ],
});

/** The rules, grouped and llm projects on one engine ("" = SQLite, "-pg" = PostgreSQL). */
function engineProjects(suffix: string, port: { rules: number; llm: number }) {
  const rules = `http://127.0.0.1:${port.rules}`;
  return [
    { name: `rules${suffix}`, testIgnore: /\.llm\.spec\.ts$|process\.spec\.ts$|grouped-history\.spec\.ts$|multi-instance\.spec\.ts$/, use: { ...chromium, baseURL: rules } },
    // Pastes ~50 tickets: run after the rules project, so its writes cannot shift the relevance
    // ranks that another spec's search cursor is paging through.
    { name: `grouped${suffix}`, testMatch: /grouped-history\.spec\.ts$/, dependencies: [`rules${suffix}`], use: { ...chromium, baseURL: rules } },
    { name: `llm${suffix}`, testMatch: /\.llm\.spec\.ts$/, use: { ...chromium, baseURL: `http://127.0.0.1:${port.llm}` } },
  ];
}

/** What `npm start` serves through (scripts/serve.mjs), minus the build check: a rules app and an LLM app. */
function appServers(port: { rules: number; llm: number }, databaseUrl: (name: "rules" | "llm") => string) {
  return [
    {
      command: `node scripts/serve.mjs -p ${port.rules}`,
      url: `http://127.0.0.1:${port.rules}/api/health`,
      env: appEnv("rules", { DATABASE_URL: databaseUrl("rules") }),
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node scripts/serve.mjs -p ${port.llm}`,
      url: `http://127.0.0.1:${port.llm}/api/health`,
      env: appEnv("llm", {
        DATABASE_URL: databaseUrl("llm"),
        LLM_BASE_URL: `http://127.0.0.1:${ports.fakeLlm}/v1`,
        LLM_API_KEY: FAKE_LLM_KEY,
        LLM_MODEL: "fake-model",
        LLM_TIMEOUT_MS: "6000",
      }),
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ];
}
