import { withoutPassword } from "@/lib/db/store";
import { env, EnvError } from "@/lib/env";
import { appContext } from "@/lib/server/context";
import { noteStoreAvailable, noteStoreUnavailable } from "@/lib/server/outage";
import { databaseProblemLine, startJobs } from "@/lib/tickets/service";

/** Runs once when the server starts: check the environment, open and migrate the store, start taking LLM jobs. */
export async function startServer() {
  let config;
  try {
    config = env();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  let problem: string | null;
  const location = config.database.dialect === "sqlite" ? config.database.path : withoutPassword(config.database.url);
  try {
    const context = await appContext();
    problem = await context.store.writeProblem();
    if (!problem) return await startJobs(context);
  } catch (error) {
    problem = (error as Error).message || String(error);
  }
  const line = databaseProblemLine({ dialect: config.database.dialect, location }, problem);
  // A server on an unwritable SQLite file would say Ready and then fail every diagnosis:
  // refuse to start. A PostgreSQL server may just not be up yet: serve 503s until it is.
  if (config.database.dialect === "sqlite") {
    console.error(line);
    process.exit(1);
  }
  console.error(`${line}; retrying in the background`);
  // Pages say so at once (a 503 page from the proxy) instead of failing one by one.
  noteStoreUnavailable({ dialect: "postgres" });
  void retryStart();
}

async function retryStart() {
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    try {
      const context = await appContext();
      if (!(await context.store.writeProblem())) {
        console.error("errdoc: the database is reachable again");
        noteStoreAvailable();
        return await startJobs(context);
      }
    } catch {
      // still down
    }
  }
}
