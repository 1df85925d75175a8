/**
 * A throwaway PostgreSQL cluster for tests: initdb into a fresh temporary folder, start it on a
 * free 127.0.0.1 port with trust auth and no durability (fsync off: the data dies with the run),
 * and remove everything on stop or when the process exits. initdb and postgres refuse to run as
 * root, so under root the folder belongs to the `postgres` user and the binaries run as it
 * (runuser); otherwise they run as the current user.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const PG_ROOT = "/usr/lib/postgresql";

export type ThrowawayPostgres = { url: string; stop: () => void; dir: string };

/** The bin folder of the highest installed PostgreSQL version, or null when there is none. */
export function findPostgresBin(root = PG_ROOT): string | null {
  let versions: string[];
  try {
    versions = fs.readdirSync(root).filter((name) => /^\d+(\.\d+)?$/.test(name));
  } catch {
    return null;
  }
  versions.sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
  for (const version of versions) {
    const bin = path.join(root, version, "bin");
    if (["initdb", "pg_ctl", "postgres"].every((name) => isExecutable(path.join(bin, name)))) return bin;
  }
  return null;
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** uid/gid of the `postgres` user (from the passwd database), for running as root. */
function postgresUser(): { uid: number; gid: number } {
  const line = execFileSync("getent", ["passwd", "postgres"], { encoding: "utf8" }).trim();
  const [, , uid, gid] = line.split(":");
  if (!uid || !gid) throw new Error("the postgres user is missing: install Debian's postgresql package");
  return { uid: Number(uid), gid: Number(gid) };
}

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/** Runs a PostgreSQL binary, as `postgres` when we are root; throws with its output on failure. */
function run(bin: string, args: string[]): string {
  const [command, argv] = isRoot() ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];
  const result = spawnSync(command, argv, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (result.status !== 0) {
    throw new Error(`${path.basename(bin)} failed (${result.status ?? result.signal}): ${(result.stderr || result.stdout || result.error?.message || "").trim()}`);
  }
  return result.stdout;
}

/**
 * Starts a fresh cluster. Resolves once it accepts connections; `stop()` (also run on process
 * exit and on SIGINT/SIGTERM) kills it at once and removes its folder.
 */
export async function startThrowawayPostgres({ bin = findPostgresBin() }: { bin?: string | null } = {}): Promise<ThrowawayPostgres> {
  if (!bin) throw new Error(`no PostgreSQL server binaries under ${PG_ROOT}/<version>/bin: install Debian's postgresql package`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "errdoc-pg-"));
  if (isRoot()) {
    const { uid, gid } = postgresUser();
    fs.chownSync(dir, uid, gid);
  }
  const data = path.join(dir, "data");
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    process.off("exit", stop);
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    if (fs.existsSync(path.join(data, "postmaster.pid"))) {
      try {
        run(path.join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
      } catch {
        // Already gone: nothing to stop.
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    stop();
    // Let the signal do what it would have done without this listener.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  process.on("exit", stop);
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    run(path.join(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync", "--no-instructions"]);
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const options = [
        `-p ${port}`,
        `-k ${dir}`,
        "-c listen_addresses=127.0.0.1",
        "-c fsync=off",
        "-c full_page_writes=off",
        "-c synchronous_commit=off",
        "-c max_connections=200",
      ].join(" ");
      try {
        fs.writeFileSync(path.join(dir, "options"), options);
        run(path.join(bin, "pg_ctl"), ["-D", data, "-l", path.join(dir, "log"), "-w", "-t", "30", "-o", options, "start"]);
      } catch (error) {
        // Another process may have taken the port between the probe and the start: try another.
        if (attempt < 3) continue;
        const log = fs.existsSync(path.join(dir, "log")) ? fs.readFileSync(path.join(dir, "log"), "utf8").slice(-2000) : "";
        throw new Error(`${(error as Error).message}\n${log}`);
      }
      const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
      await waitUntilReady(url);
      return { url, stop, dir };
    }
  } catch (error) {
    stop();
    throw error;
  }
}

async function waitUntilReady(url: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query("SELECT 1");
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      await client.end().catch(() => {});
    }
  }
}

/**
 * Where the PostgreSQL tests run: TEST_DATABASE_URL when set (the tests then get scratch
 * databases on that server and never touch its other databases); else a throwaway cluster when
 * the server binaries are installed; else null, so the tests skip. Under CI missing binaries are
 * an error: the PostgreSQL suites must really run there.
 */
export async function testDatabaseUrl(): Promise<{ url: string; stop: () => void; dir?: string } | null> {
  const given = process.env.TEST_DATABASE_URL?.trim();
  if (given) return { url: given, stop: () => {} };
  const bin = findPostgresBin();
  if (!bin) {
    if (process.env.CI) {
      throw new Error(`CI must run the PostgreSQL tests: no server binaries under ${PG_ROOT}/<version>/bin and TEST_DATABASE_URL is unset (apt-get install postgresql)`);
    }
    return null;
  }
  return startThrowawayPostgres({ bin });
}

/**
 * Creates an empty database `errdoc_<prefix><random>` on the server of `url`; returns its URL.
 * `prefix` (letters, digits, _) groups one run's databases so dropScratchDatabases can remove them.
 */
export async function createScratchDatabase(url: string, prefix = ""): Promise<string> {
  if (!/^\w*$/.test(prefix)) throw new Error(`bad scratch database prefix: ${prefix}`);
  const name = `errdoc_${prefix}${randomBytes(6).toString("hex")}`.toLowerCase();
  await withClient(url, (client) => client.query(`CREATE DATABASE ${name}`));
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  return scratch.toString();
}

/** Drops the scratch databases made with `prefix` (for a shared TEST_DATABASE_URL server). */
export async function dropScratchDatabases(url: string, prefix: string): Promise<number> {
  if (!/^\w+$/.test(prefix)) throw new Error(`bad scratch database prefix: ${prefix}`);
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ name: string }>("SELECT datname AS name FROM pg_database WHERE starts_with(datname, $1)", [`errdoc_${prefix}`.toLowerCase()]);
    for (const { name } of rows) {
      // The names come from pg_database and match errdoc_<prefix>…: identifiers we made.
      await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
    }
    return rows.length;
  });
}

async function withClient<T>(url: string, action: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await action(client);
  } finally {
    await client.end();
  }
}

/** Stops a throwaway cluster's server (fast shutdown: clients are disconnected), keeping its data. For outage tests. */
export function stopThrowawayPostgres(dir: string, bin = findPostgresBin()): void {
  if (!bin) throw new Error("no PostgreSQL server binaries");
  run(path.join(bin, "pg_ctl"), ["-D", path.join(dir, "data"), "-m", "fast", "-w", "stop"]);
}

/** Starts a stopped throwaway cluster again on the same port, and waits until it accepts connections. */
export async function startStoppedPostgres(dir: string, url: string, bin = findPostgresBin()): Promise<void> {
  if (!bin) throw new Error("no PostgreSQL server binaries");
  const options = fs.readFileSync(path.join(dir, "options"), "utf8");
  run(path.join(bin, "pg_ctl"), ["-D", path.join(dir, "data"), "-l", path.join(dir, "log"), "-w", "-t", "30", "-o", options, "start"]);
  await waitUntilReady(url);
}
