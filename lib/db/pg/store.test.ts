import { describe, it } from "vitest";
import { storeContract } from "../store-contract";
import { createPostgresStore } from "./store";
import { pgAvailable, pgTestUrl } from "./test-db";

// Two pools on one database: what two instances behind a load balancer have.
if (pgAvailable()) {
  storeContract("PostgreSQL", async () => {
    const url = await pgTestUrl();
    const a = createPostgresStore({ url, poolMax: 4, statementTimeoutMs: 10_000 });
    const b = createPostgresStore({ url, poolMax: 4, statementTimeoutMs: 10_000 });
    return {
      a,
      b,
      done: async () => {
        await a.close();
        await b.close();
      },
    };
  });
} else {
  describe.skip("PostgreSQL store (no server in this run)", () => it("skipped", () => {}));
}
