import { getDb } from "@/lib/db/client";
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
  getDb();
  recoverInterruptedTickets();
}
