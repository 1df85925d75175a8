import { defineConfig } from "drizzle-kit";

// PostgreSQL's schema and migrations (the SQLite ones: drizzle.config.ts → drizzle/).
export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/db/pg/schema.ts",
  out: "./drizzle/postgres",
});
