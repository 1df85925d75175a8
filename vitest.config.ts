import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// PostgreSQL tests form their own project, so only a run that includes them starts the
// throwaway cluster (scripts/lib/pg-global-setup.ts), once for all of them.
const pgTests = ["lib/db/pg/**/*.test.ts", "**/*.pg.test.ts"];

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    environment: "node",
    pool: "forks",
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"], exclude: [...pgTests, "**/node_modules/**"] },
      },
      {
        extends: true,
        test: { name: "pg", include: pgTests, exclude: ["**/node_modules/**"], globalSetup: ["./scripts/lib/pg-global-setup.ts"] },
      },
    ],
  },
});
