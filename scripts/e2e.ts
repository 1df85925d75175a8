/**
 * `npm run test:e2e` after the build: the Playwright suite on SQLite and on PostgreSQL. Starts a
 * throwaway PostgreSQL cluster (or uses TEST_DATABASE_URL), makes a scratch database for each
 * PostgreSQL project, hands them to playwright.config.ts through the environment, and removes
 * the cluster afterwards. Arguments go to `playwright test`.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { createScratchDatabase, dropScratchDatabases, testDatabaseUrl } from "./lib/pg-cluster";

const root = path.resolve(import.meta.dirname, "..");
const server = await testDatabaseUrl();
const env: NodeJS.ProcessEnv = { ...process.env };
const prefix = `e2e${randomBytes(3).toString("hex")}_`;
if (server) {
  env.E2E_PG_URL = server.url;
  env.E2E_PG_RULES_URL = await createScratchDatabase(server.url, prefix);
  env.E2E_PG_LLM_URL = await createScratchDatabase(server.url, prefix);
  env.E2E_PG_SCRATCH_PREFIX = prefix;
  // A cluster of our own may be stopped and started by the outage test; a given server may not.
  if (server.dir) env.E2E_PG_DIR = server.dir;
} else {
  console.log("e2e: no PostgreSQL server binaries here: running the SQLite projects only");
}

const playwright = path.join(root, "node_modules", ".bin", "playwright");
const child = spawn(playwright, ["test", ...process.argv.slice(2)], { cwd: root, env, stdio: "inherit" });
const code = await new Promise<number>((resolve) => child.on("exit", (status, signal) => resolve(signal ? 1 : (status ?? 1))));
if (server) {
  if (process.env.TEST_DATABASE_URL) await dropScratchDatabases(server.url, prefix).catch(() => 0);
  server.stop();
}
process.exit(code);
