import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** A production errdoc server of its own (the build from `next build`), for restart and crash tests. */
export class AppProcess {
  private child: ChildProcess | null = null;
  output = "";

  constructor(
    readonly port: number,
    readonly env: Record<string, string>,
    /** Run the server as another user (tests, as root, of files it may not write). */
    private readonly user: { uid: number; gid: number } | null = null,
  ) {}

  get pid(): number | null {
    return this.child?.pid ?? null;
  }

  /** Resident memory of the server's whole process group, in bytes (Linux /proc). */
  rssBytes(): number {
    const group = this.child?.pid;
    if (!group) return 0;
    let total = 0;
    for (const entry of fs.readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
        // Fields after the command name: state ppid pgrp …
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        if (Number(fields[2]) !== group) continue;
        const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${entry}/status`, "utf8"))?.[1];
        total += Number(rss ?? 0) * 1024;
      } catch {
        // the process ended while we looked
      }
    }
    return total;
  }

  /** Whether the server process is still running (not crashed, not killed). */
  get isRunning(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  get baseUrl() {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    // What `npm start` runs (scripts/start.mjs), minus the build check.
    const serve = path.join(process.cwd(), "scripts", "serve.mjs");
    this.child = spawn(process.execPath, [serve, "-p", String(this.port)], {
      cwd: process.cwd(),
      // The same heap cap as `npm start` (scripts/start.mjs), so figures match what users run.
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", RATE_LIMIT_PER_MINUTE: "0", NODE_OPTIONS: "--max-old-space-size=256", ...this.env },
      // Its own process group, so kill() reaches every process it started.
      detached: true,
      ...(this.user ?? {}),
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child.stdout?.on("data", (chunk) => (this.output += chunk));
    this.child.stderr?.on("data", (chunk) => (this.output += chunk));
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      try {
        const response = await fetch(`${this.baseUrl}/api/health`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      if (this.child.exitCode !== null) throw new Error(`server exited early:\n${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`server did not start:\n${this.output}`);
  }

  /** SIGKILL the whole process group: no shutdown hooks, no flushing. */
  async kill(signal: NodeJS.Signals = "SIGKILL"): Promise<void> {
    const child = this.child;
    if (!child?.pid) return;
    // Already gone (a refused start): there is no exit event left to wait for.
    if (child.exitCode !== null || child.signalCode !== null) {
      this.child = null;
      return;
    }
    const exited = new Promise((resolve) => child.once("exit", resolve));
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
    await exited;
    this.child = null;
  }
}

export function tempDatabaseUrl(name: string): { url: string; file: string } {
  const dir = process.env.ERRDOC_E2E_DIR ?? fs.mkdtempSync("/tmp/errdoc-e2e-");
  const file = path.join(dir, `${name}-${Date.now()}.db`);
  return { url: `file:${file}`, file };
}
