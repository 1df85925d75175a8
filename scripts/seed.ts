/**
 * Seeds a database with realistic, varied diagnoses through the real pipeline (redact →
 * classify → rule report → insert), all in one transaction.
 *   npm run seed -- --count 100000 --db ./data/seed.db [--days 60]
 */
import { parseArgs } from "node:util";
import { openDb, type Db } from "@/lib/db/client";
import { castVote, REPORT_TARGET } from "@/lib/db/votes";
import { createDiagnosis } from "@/lib/tickets/create";
import { sampleError, seededRandom } from "./lib/sample-errors";

export function seedTickets({ db, count, days = 60, seed = 42 }: { db: Db; count: number; days?: number; seed?: number }): number {
  const rng = seededRandom(seed);
  const end = Date.now();
  const config = { maxInputBytes: 262_144, maxContextBytes: 8192, llm: null };
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const { ticket } = createDiagnosis({
        db,
        config,
        input: { text: sampleError(rng), lang: rng() < 0.5 ? "zh" : "en", mode: "rules", visibility: rng() < 0.05 ? "unlisted" : "listed" },
        // Spread over the window, in order, so ids and times look like real traffic.
        now: new Date(end - days * 86_400_000 + Math.floor(((i + rng()) / count) * days * 86_400_000)),
      });
      if (rng() < 0.08) castVote({ db, ticketId: ticket.id, target: REPORT_TARGET, voter: `seed-${i}`, value: rng() < 0.75 ? 1 : -1 });
    }
  });
  return count;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { count: { type: "string", default: "1000" }, db: { type: "string", default: "./data/errdoc.db" }, days: { type: "string", default: "60" } },
  });
  const count = Number(values.count);
  const started = performance.now();
  const db = openDb(values.db!);
  seedTickets({ db, count, days: Number(values.days) });
  db.$client.close();
  console.log(`seeded ${count} diagnoses into ${values.db} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
