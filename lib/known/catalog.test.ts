import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { classifyError } from "@/lib/classifier";
import { categories } from "@/lib/classifier/schema";
import { buildRuleReport, findKnownError } from "@/lib/report/build";
import { checkCodeBlocks, type CodeSample } from "@/lib/report/test/code-check";
import { reportProblems } from "@/lib/report/test/helpers";
import { entryFiles, registryPath, registrySource } from "@/scripts/gen-known-registry";
import { knownErrors } from "./registry";
import { unboundedQuantifiers } from "./regex-safety";

const hasCjk = (s: string) => /[\u3400-\u9fff]/.test(s);

describe("the known-error catalog", () => {
  it("registry.ts lists every entry file (run `npm run known:registry` after adding one)", () => {
    expect(fs.readFileSync(registryPath, "utf8")).toBe(registrySource(entryFiles()));
  });

  it("has unique ids in `family.name` form", () => {
    const ids = knownErrors.map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:[-_][a-z0-9]+)*\.[a-z0-9]+(?:[-_.][a-z0-9]+)*$/);
  });

  it.each(knownErrors.map((e) => [e.id, e] as const))("%s: is well formed and sourced", (_id, e) => {
    expect(categories).toContain(e.category);
    expect(e.match.length).toBeGreaterThan(0);
    expect(e.docs.length).toBeGreaterThan(0);
    for (const d of e.docs) expect(d).toMatch(/^https:\/\/\S+$/);
    expect(e.samples.length).toBeGreaterThan(0);
    for (const s of e.samples) {
      expect(s.source).toMatch(/^https:\/\/\S+$/);
      expect(s.text.trim().length).toBeGreaterThan(10);
    }
    for (const p of e.match) {
      if (typeof p === "string") expect(p.trim().length).toBeGreaterThanOrEqual(6);
      else {
        expect(p.global || p.sticky, `${p} must not be global or sticky`).toBe(false);
        expect(unboundedQuantifiers(p.source), `${p} has unbounded quantifiers`).toEqual([]);
      }
    }
  });

  it.each(knownErrors.map((e) => [e.id, e] as const))("%s: each sample is recognised as this entry, with its category", (_id, e) => {
    for (const s of e.samples) {
      const c = classifyError(s.text);
      expect(findKnownError(s.text, c)?.entry.id, s.text.slice(0, 120)).toBe(e.id);
      expect(c.category).toBe(e.category);
    }
  });

  it("writes complete reports in both languages whose code parses", () => {
    const code: CodeSample[] = [];
    const problems: string[] = [];
    for (const e of knownErrors) {
      for (const s of e.samples) {
        const c = classifyError(s.text);
        for (const language of ["zh", "en"] as const) {
          const r = buildRuleReport({ text: s.text, classification: c, language });
          const where = `${e.id} (${language})`;
          if (r.basis !== "known_error" || r.knownError?.id !== e.id) problems.push(`${where}: basis ${r.basis}`);
          if (r.solutions.length === 0) problems.push(`${where}: no solution`);
          for (const p of reportProblems(r, s.text)) problems.push(`${where}: ${p}`);
          const prose = [r.title, r.causes.summary, ...r.solutions.map((x) => x.title)];
          if (language === "zh" && !prose.every(hasCjk)) problems.push(`${where}: prose without Chinese: ${prose.find((p) => !hasCjk(p))}`);
          if (language === "en" && prose.some((p) => hasCjk(p) && !s.text.includes(p))) problems.push(`${where}: Chinese in English prose`);
          for (const x of r.solutions) if (x.code) code.push({ ...x.code, where });
        }
      }
    }
    expect(problems).toEqual([]);
    expect(checkCodeBlocks(code).map((f) => `${f.where} [${f.language}]: ${f.error}\n${f.content}`)).toEqual([]);
    // Every entry's reports in both languages, parsed by python/bash subprocesses: seconds, not milliseconds, on a busy machine.
  }, 60_000);
});
