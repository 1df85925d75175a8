import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultCorpusDir, evalDev, evalRelay } from "@/scripts/eval-classifier";
import { classifyError } from "./index";

const devFile = path.join(defaultCorpusDir, "dev.jsonl");
const relayFile = path.join(defaultCorpusDir, "relay_catalog.jsonl");
const seedDir = path.resolve(defaultCorpusDir, "../seeds");

// Outside CI a checkout without ../shared skips these; under CI a missing corpus is a failure.
const skipUnlessCi = (file: string) => !existsSync(file) && !process.env.CI;

describe("the corpora are there under CI", () => {
  it.runIf(Boolean(process.env.CI))("finds dev.jsonl, relay_catalog.jsonl and the seeds beside the repository", () => {
    for (const f of [devFile, relayFile, seedDir]) expect(existsSync(f), f).toBe(true);
  });
});

describe.skipIf(skipUnlessCi(devFile))("dev corpus", () => {
  const { report, items } = existsSync(devFile) ? evalDev(devFile) : { report: null, items: [] };

  it("classifies at least 95% of the rows correctly", () => {
    const misses = items.filter((i) => i.got.category !== i.gold).map((i) => `${i.id}: ${i.gold} → ${i.got.category}`);
    expect(report!.accuracy, misses.join("\n")).toBeGreaterThanOrEqual(0.95);
  });

  it.each(items.map((i) => [i.id, i] as const))("%s has the labelled httpStatus and requestId", (_id, item) => {
    if ("httpStatus" in item.expected) expect(item.got.httpStatus).toBe(item.expected.httpStatus);
    if ("requestId" in item.expected) expect(item.got.requestId).toBe(item.expected.requestId);
  });

  it("gets most labelled providers, error types, ecosystems, exceptions and languages", () => {
    const floors: Record<string, number> = { provider: 0.85, errorType: 0.9, ecosystem: 0.9, exception: 0.9, lang: 0.95 };
    for (const f of report!.facts) {
      if (f.fact in floors && f.labelled > 0) expect(f.correct / f.labelled, f.fact).toBeGreaterThanOrEqual(floors[f.fact]!);
    }
  });
});

describe.skipIf(skipUnlessCi(relayFile))("relay catalog", () => {
  it("classifies gateway messages (as a JSON body and as the bare message) at least 95% right", () => {
    const { report, items } = evalRelay(relayFile);
    const misses = items.filter((i) => i.got.category !== i.gold).map((i) => `${i.id}: ${i.gold} → ${i.got.category}`);
    expect(report.accuracy, misses.join("\n")).toBeGreaterThanOrEqual(0.95);
    const lang = report.facts.find((f) => f.fact === "lang")!;
    expect(lang.correct / lang.labelled).toBeGreaterThanOrEqual(0.95);
  });
});

const seeds: [string, Record<string, unknown>][] = [
  ["000", { category: "auth.forbidden", httpStatus: 403, host: "www.dmxapi.cn", provider: "dmxapi" }],
  ["001", { category: "auth.forbidden" }],
  ["002", { category: "auth.invalid_credentials", httpStatus: 401, requestId: "20251231141907730597702a9EzKd3G", errorType: "rix_api_error" }],
  ["003", { category: "auth.invalid_credentials", httpStatus: 401, requestId: "20260219100814161456584b503l5fK", lang: "zh" }],
];

describe.skipIf(skipUnlessCi(seedDir))("seed tickets", () => {
  const files = existsSync(seedDir) ? readdirSync(seedDir) : [];
  it.each(seeds)("seed %s classifies as a whole page and as its error line", (prefix, expected) => {
    const file = files.find((f) => f.startsWith(prefix));
    expect(file).toBeDefined();
    const page = readFileSync(path.join(seedDir, file!), "utf8");
    expect(classifyError(page)).toMatchObject(expected);
    const errorLine = /🚨 错误信息\s*\n\s*([^\n]+)/.exec(page)?.[1];
    if (errorLine) expect(classifyError(errorLine)).toMatchObject(expected);
  });
});
