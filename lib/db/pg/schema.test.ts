import fs from "node:fs";
import { getTableConfig as pgTableConfig } from "drizzle-orm/pg-core";
import { getTableConfig as sqliteTableConfig } from "drizzle-orm/sqlite-core";
import { describe, expect, expectTypeOf, it } from "vitest";
import * as sqlite from "../schema";
import * as pg from "./schema";

describe("PostgreSQL schema", () => {
  it("has the same row types as SQLite's", () => {
    expectTypeOf<typeof pg.tickets.$inferSelect>().toEqualTypeOf<sqlite.Ticket>();
    expectTypeOf<typeof pg.tickets.$inferInsert>().toEqualTypeOf<sqlite.NewTicket>();
    expectTypeOf<typeof pg.votes.$inferSelect>().toEqualTypeOf<sqlite.Vote>();
    expectTypeOf<typeof pg.votes.$inferInsert>().toEqualTypeOf<typeof sqlite.votes.$inferInsert>();
  });

  it("has the same columns and indexes as SQLite's", () => {
    for (const [p, s] of [
      [pg.tickets, sqlite.tickets],
      [pg.votes, sqlite.votes],
    ] as const) {
      const pc = pgTableConfig(p);
      const sc = sqliteTableConfig(s);
      expect(pc.name).toBe(sc.name);
      expect(pc.columns.map((c) => [c.name, c.notNull, c.primary])).toEqual(sc.columns.map((c) => [c.name, c.notNull, c.primary]));
      const indexes = (config: typeof pc | typeof sc) =>
        config.indexes.map((i) => [i.config.name, i.config.columns.map((c) => ("name" in c ? c.name : "?"))]).sort();
      // Indexes that SQLite's migrations create in hand-written SQL (not in lib/db/schema.ts).
      const sqliteSqlOnly = ["tickets_group_facets_idx"];
      for (const name of sqliteSqlOnly) expect(fs.readFileSync("drizzle/0005_ticket_groups.sql", "utf8")).toContain(`CREATE INDEX \`${name}\``);
      expect(indexes(pc).filter(([name]) => !sqliteSqlOnly.includes(name as string))).toEqual(indexes(sc));
      expect(pc.primaryKeys.map((k) => k.columns.map((c) => c.name))).toEqual(sc.primaryKeys.map((k) => k.columns.map((c) => c.name)));
    }
  });
});
