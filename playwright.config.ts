import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { FAKE_LLM_KEY, ports } from "./e2e/support/servers";

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
    { name: "rules", testIgnore: /\.llm\.spec\.ts$|process\.spec\.ts$|grouped-history\.spec\.ts$/, use: { ...chromium, baseURL: `http://127.0.0.1:${ports.rules}` } },
    // Pastes ~50 tickets: run after the rules project, so its writes cannot shift the relevance
    // ranks that another spec's search cursor is paging through.
    { name: "grouped", testMatch: /grouped-history\.spec\.ts$/, dependencies: ["rules"], use: { ...chromium, baseURL: `http://127.0.0.1:${ports.rules}` } },
    { name: "llm", testMatch: /\.llm\.spec\.ts$/, use: { ...chromium, baseURL: `http://127.0.0.1:${ports.llm}` } },
    // Starts, restarts and kills servers of its own.
    { name: "process", testMatch: /process\.spec\.ts$/, use: chromium },
  ],
  webServer: [
    {
      command: `npx tsx e2e/fake-llm/server.ts --port ${ports.fakeLlm} --key ${FAKE_LLM_KEY}`,
      url: `http://127.0.0.1:${ports.fakeLlm}/v1/models`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // What `npm start` serves through (scripts/start.mjs), minus the build check.
      command: `node scripts/serve.mjs -p ${ports.rules}`,
      url: `http://127.0.0.1:${ports.rules}/api/health`,
      env: appEnv("rules"),
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node scripts/serve.mjs -p ${ports.llm}`,
      url: `http://127.0.0.1:${ports.llm}/api/health`,
      env: appEnv("llm", {
        LLM_BASE_URL: `http://127.0.0.1:${ports.fakeLlm}/v1`,
        LLM_API_KEY: FAKE_LLM_KEY,
        LLM_MODEL: "fake-model",
        LLM_TIMEOUT_MS: "6000",
      }),
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
