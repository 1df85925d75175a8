import { sql } from "drizzle-orm";
import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";
import { isPostgresUnavailable, openPostgres } from "./connect";
import { pgAvailable, pgTestUrl } from "./test-db";

describe("isPostgresUnavailable", () => {
  const withCode = (code: string, message = "x") => Object.assign(new Error(message), { code });
  it("recognises an unreachable or restarting server", () => {
    for (const error of [
      withCode("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:5432"),
      withCode("ECONNRESET"),
      withCode("57P01", "terminating connection due to administrator command"),
      withCode("57P03", "the database system is starting up"),
      withCode("08006"),
      withCode("08001"),
      new Error("Connection terminated unexpectedly"),
      new Error("timeout exceeded when trying to connect"),
      new Error("Connection terminated due to connection timeout"),
      new AggregateError([withCode("ECONNREFUSED")], ""),
      new DrizzleQueryError("select 1", [], withCode("57P01")),
    ]) {
      expect(isPostgresUnavailable(error), String((error as Error).message)).toBe(true);
    }
  });

  it("leaves query and data errors alone", () => {
    for (const error of [withCode("23505"), withCode("42P01"), withCode("57014", "canceling statement due to statement timeout"), new Error("boom"), null, undefined, "ECONNREFUSED", new DrizzleQueryError("x", [], withCode("22P02"))]) {
      expect(isPostgresUnavailable(error)).toBe(false);
    }
  });
});

describe.skipIf(!pgAvailable())("openPostgres", () => {
  it("sets the statement timeout on every connection and closes", async () => {
    const { db, close } = openPostgres({ url: await pgTestUrl(), poolMax: 3, statementTimeoutMs: 150 });
    const settings = await Promise.all(Array.from({ length: 3 }, () => db.execute<{ t: string }>(sql`SELECT current_setting('statement_timeout') AS t, pg_sleep(0.05)`)));
    expect(settings.map((r) => r.rows[0]!.t)).toEqual(["150ms", "150ms", "150ms"]);
    const slow = await db.execute(sql`SELECT pg_sleep(1)`).catch((error: unknown) => error);
    expect(((slow as Error).cause as { code?: string }).code).toBe("57014");
    await close();
    await close();
  });

  it("survives its connections being killed: logged, no crash, the next query reconnects", async () => {
    const url = await pgTestUrl();
    const logged: string[] = [];
    const { db, close } = openPostgres({ url, poolMax: 2, log: (line) => logged.push(line) });
    const killer = openPostgres({ url, poolMax: 1 });
    try {
      await Promise.all([db.execute(sql`SELECT pg_sleep(0.05)`), db.execute(sql`SELECT pg_sleep(0.05)`)]);
      expect(db.$client.idleCount).toBe(2);
      await killer.db.execute(sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'errdoc' AND pid <> pg_backend_pid() AND datname = current_database()`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(logged.length).toBeGreaterThan(0);
      expect(logged[0]).toMatch(/PostgreSQL connection lost/);
      const after = await db.execute<{ one: number }>(sql`SELECT 1 AS one`);
      expect(after.rows[0]!.one).toBe(1);
    } finally {
      await close();
      await killer.close();
    }
  });

  it("survives a connection killed inside a transaction, between two statements", async () => {
    const url = await pgTestUrl();
    const logged: string[] = [];
    const { db, close } = openPostgres({ url, poolMax: 2, log: (line) => logged.push(line) });
    const killer = openPostgres({ url, poolMax: 1 });
    try {
      const outcome = await db
        .transaction(async (tx) => {
          await tx.execute(sql`SELECT 1`);
          await killer.db.execute(sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'errdoc' AND pid <> pg_backend_pid() AND datname = current_database()`);
          // The checked-out client now gets its error event with no query running.
          await new Promise((resolve) => setTimeout(resolve, 200));
          await tx.execute(sql`SELECT 2`);
        })
        .then(() => "committed", (error: unknown) => error);
      expect(isPostgresUnavailable(outcome)).toBe(true);
      expect(logged.join("\n")).toMatch(/PostgreSQL connection lost/);
      expect((await db.execute<{ one: number }>(sql`SELECT 1 AS one`)).rows[0]!.one).toBe(1);
    } finally {
      await close();
      await killer.close();
    }
  });

  it("reports a server that is not there as unavailable, within the connect timeout", async () => {
    const { db, close } = openPostgres({ url: "postgres://postgres@127.0.0.1:1/none", connectTimeoutMs: 1000 });
    const error = await db.execute(sql`SELECT 1`).catch((e: unknown) => e);
    expect(isPostgresUnavailable(error)).toBe(true);
    await close();
  });
});
