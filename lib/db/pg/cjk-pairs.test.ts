/**
 * drizzle/postgres/0005 converts documents indexed as single CJK characters into pairs in SQL
 * (cjk_pairs()); new documents get pairs from pgSearchDocument in TypeScript. Both must give the
 * same tsvector, or a search would find a ticket written before the upgrade differently from
 * one written after it.
 */
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CJK } from "@/lib/search/search-text";
import { readCorpus } from "@/scripts/lib/shared";
import { migratePostgres, PG_MIGRATIONS_FOLDER } from "./migrate";
import { pgSearchDocument, pgSearchWords } from "./search-query";
import { pgAvailable, pgTestUrl } from "./test-db";

const texts = [
  "无效的令牌 (request id: 2025120607)",
  "余额不足，请充值后再试。Error code: 402",
  "错",
  "a 令 b 牌 c",
  "令牌，已用尽；该令牌额度已用尽 quota exhausted",
  "ユーザー 인증 오류 mixed 中文 text ａｂｃ",
  "It's a naïve café — 'quoted' \\ back\\slash",
  "当前分组上游负载已饱和，请稍后再试",
  ...readCorpus("dev.jsonl").map((row) => (row as { text: string }).text),
  ...readCorpus("relay_catalog.jsonl").map((row) => (row as { message: string }).message),
];

/** A document as it was indexed before 0005: every CJK character a word of its own. */
const oldDocument = (text: string) => pgSearchWords([text]).join(" ");

describe.skipIf(!pgAvailable())("cjk_pairs (drizzle/postgres/0005) = pgSearchDocument", () => {
  let client: pg.Client;
  beforeAll(async () => {
    const url = await pgTestUrl();
    await migratePostgres({ url });
    client = new pg.Client({ connectionString: url });
    await client.connect();
  });
  afterAll(() => client?.end());

  it("turns every old document into the new one", async () => {
    expect(texts.length).toBeGreaterThan(8);
    const { rows } = await client.query<{ converted: string; fresh: string }>(
      `SELECT cjk_pairs(to_tsvector('simple', old))::text AS converted, to_tsvector('simple', new)::text AS fresh
       FROM unnest($1::text[], $2::text[]) AS d(old, new)`,
      [texts.map(oldDocument), texts.map((text) => pgSearchDocument([text]))],
    );
    const differ = rows.map((row, i) => ({ text: texts[i], ...row })).filter((row) => row.converted !== row.fresh);
    expect(differ).toEqual([]);
    // The data had CJK runs to convert.
    expect(rows.filter((row) => row.fresh.includes("'令牌'")).length).toBeGreaterThan(2);
  });

  it("rewrites the stored documents that hold CJK characters, and only those", async () => {
    await client.query("CREATE TEMP TABLE ticket_search (ticket_id text PRIMARY KEY, body tsvector NOT NULL)");
    await client.query("INSERT INTO ticket_search SELECT 'old-' || n, to_tsvector('simple', d) FROM unnest($1::text[]) WITH ORDINALITY AS t(d, n)", [texts.map(oldDocument)]);
    // The migration's own UPDATE (its last statement), run against the old documents.
    const statements = fs.readFileSync(path.join(PG_MIGRATIONS_FOLDER, "0005_cjk_pairs.sql"), "utf8").split("--> statement-breakpoint");
    const update = await client.query(statements.at(-1)!);
    const cjk = texts.filter((text) => CJK.test(text)).length;
    expect(update.rowCount).toBe(cjk);
    const { rows } = await client.query<{ body: string }>("SELECT body::text AS body FROM ticket_search ORDER BY substr(ticket_id, 5)::int");
    expect(rows.map((row) => row.body)).toEqual(
      (await client.query<{ v: string }>("SELECT to_tsvector('simple', d)::text AS v FROM unnest($1::text[]) AS t(d)", [texts.map((text) => pgSearchDocument([text]))])).rows.map((row) => row.v),
    );
  });
});
