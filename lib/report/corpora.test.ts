import { describe, expect, it } from "vitest";
import { evaluateCorpus } from "@/scripts/eval-reports";
import { loadReportCorpora } from "@/scripts/lib/report-corpora";

/**
 * Every row of every corpus, in both languages: the code in its reports parses in its
 * language, is in the error's ecosystem, never calls another provider's host, and the failing
 * host is never a documentation link.
 */
const corpora = loadReportCorpora();

describe("reports over every corpus", () => {
  it("finds the shared corpora (a CI run without ../shared fails here instead of skipping)", () => {
    const names = corpora.map((c) => c.name);
    if (process.env.CI || names.includes("dev.jsonl")) {
      expect(names).toContain("dev.jsonl");
      expect(names).toContain("relay_catalog.jsonl");
    }
  });

  it.each(corpora.map((c) => [c.name, c] as const))("%s", (_name, corpus) => {
    const r = evaluateCorpus(corpus);
    expect(r.parseFailures).toEqual([]);
    expect(r.wrongEcosystem).toEqual([]);
    expect(r.foreignProvider).toEqual([]);
    expect(r.docsHost).toEqual([]);
    if (r.fixRows > 0) expect(r.fixHits / r.fixRows).toBeGreaterThanOrEqual(0.9);
  }, 120_000);
});
