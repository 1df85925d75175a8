import { getDb, storageProblemLine, writeProblemOf } from "@/lib/db/client";
import { env, EnvError } from "@/lib/env";
import { recoverInterruptedTickets } from "@/lib/tickets/service";

/** Runs once when the server starts: check the environment, migrate, resume interrupted work. */
export function startServer() {
  try {
    env();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  // A server that cannot save would say Ready and then fail every diagnosis: refuse to start.
  const { databasePath } = env();
  let problem: string | null;
  try {
    problem = writeProblemOf(getDb().$client);
  } catch (error) {
    problem = (error as Error).message;
  }
  if (problem) {
    console.error(storageProblemLine(databasePath, problem));
    process.exit(1);
  }
  recoverInterruptedTickets();
}
