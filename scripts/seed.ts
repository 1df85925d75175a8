/**
 * Seeds a database with realistic, varied diagnoses through the real pipeline (redact →
 * classify → rule report → insert), all in one transaction.
 *   npm run seed -- --count 100000 --db ./data/seed.db [--days 60]
 */
import { parseArgs } from "node:util";
import type { NewTicket, Ticket } from "@/lib/db/schema";
import type { Store } from "@/lib/db/store";
import { REPORT_TARGET } from "@/lib/db/votes";
import { openStore } from "@/lib/server/context";
import { parseEnv } from "@/lib/env";
import { createDiagnosis } from "@/lib/tickets/create";
import { sampleError, seededRandom } from "./lib/sample-errors";

const BATCH = 1000;

/** Inserts `count` generated diagnoses into `store`, a batch per transaction. */
export async function seedTickets({ store, count, days = 60, seed = 42 }: { store: Store; count: number; days?: number; seed?: number }): Promise<number> {
  const rng = seededRandom(seed);
  const end = Date.now();
  const config = { maxInputBytes: 262_144, maxContextBytes: 8192, llm: null };
  let batch: NewTicket[] = [];
  const votes: Array<{ ticketId: string; voter: string; value: 1 | -1 }> = [];
  // createDiagnosis hands its row to this collector instead of the database.
  const collector = {
    insertTicket: async (ticket: NewTicket) => {
      batch.push(ticket);
      return ticket as Ticket;
    },
    findReusableLlmTickets: async () => [],
  };
  const flush = async () => {
    await store.insertTickets(batch);
    for (const vote of votes) await store.castVote({ ...vote, target: REPORT_TARGET });
    batch = [];
    votes.length = 0;
  };
  for (let i = 0; i < count; i++) {
    const { ticket } = await createDiagnosis({
      store: collector,
      config,
      input: { text: sampleError(rng), lang: rng() < 0.5 ? "zh" : "en", mode: "rules", visibility: rng() < 0.05 ? "unlisted" : "listed" },
      // Spread over the window, in order, so ids and times look like real traffic.
      now: new Date(end - days * 86_400_000 + Math.floor(((i + rng()) / count) * days * 86_400_000)),
    });
    if (rng() < 0.08) votes.push({ ticketId: ticket.id, voter: `seed-${i}`, value: rng() < 0.75 ? 1 : -1 });
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return count;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { count: { type: "string", default: "1000" }, db: { type: "string" }, days: { type: "string", default: "60" } },
  });
  // --db names a SQLite file or a postgres:// URL; by default, DATABASE_URL's database.
  const target = values.db ? (values.db.startsWith("postgres") ? values.db : `file:${values.db}`) : process.env.DATABASE_URL;
  const count = Number(values.count);
  const started = performance.now();
  const store = await openStore(parseEnv({ DATABASE_URL: target }).database);
  await seedTickets({ store, count, days: Number(values.days) });
  await store.close();
  console.log(`seeded ${count} diagnoses into ${store.location} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
