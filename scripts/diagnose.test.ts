import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { reportSchema } from "@/lib/report/schema";
import { repoRoot } from "./lib/shared";

const tsx = path.join(repoRoot, "node_modules/.bin/tsx");
const run = (args: string[], input: string) =>
  spawnSync(tsx, [path.join(repoRoot, "scripts/diagnose.ts"), ...args], { input, encoding: "utf8", cwd: repoRoot });

// Each case starts tsx, which compiles the report code: seconds, not milliseconds.
describe("diagnose CLI", { timeout: 60_000 }, () => {
  it("prints the report object with --json", () => {
    const r = run(["--json", "--lang", "en"], "NameError: name 'pritn' is not defined. Did you mean: 'print'?\n");
    expect(r.status).toBe(0);
    const report = reportSchema.parse(JSON.parse(r.stdout));
    // A known error (python.name-not-defined) that still leads with the fix the message prints.
    expect(report.basis).toBe("known_error");
    expect(report.solutions[0]!.title).toContain("print");
  });

  it("prints Markdown in the asked language, offline, and redacts secrets first", () => {
    const r = run(["--lang", "zh"], 'openai.AuthenticationError: Error code: 401 - {"error": {"message": "Incorrect API key provided: sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD"}}\n');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("## 错误翻译");
    expect(r.stdout).toMatch(/^> 依据：/m);
    expect(r.stdout).not.toContain("abcdefghijklmnopqrstuvwxyz0123456789");
  });

  it("refuses an unknown flag and an empty stdin with exit code 2 and a clear line", () => {
    const bad = run(["--lang", "fr"], "x");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--lang must be zh or en");
    const empty = run([], "  \n");
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain("stdin is empty");
  });
});
