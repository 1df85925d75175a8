/**
 * Evaluates the classifier on the labelled corpora in ../shared/corpus (dev.jsonl and
 * relay_catalog.jsonl): accuracy, per-category precision/recall, confusion pairs and fact accuracy.
 * Usage: npm run eval:classifier [-- --corpus DIR] [-- --verbose]
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { classifyError } from "@/lib/classifier";
import { categorySchema, type Category, type Classification } from "@/lib/classifier/schema";

export const devRowSchema = z.object({
  id: z.string(),
  text: z.string(),
  category: categorySchema,
  httpStatus: z.number().nullable().optional(),
  requestId: z.string().nullable().optional(),
  provider: z.string().nullable().optional(),
  errorType: z.string().nullable().optional(),
  ecosystem: z.string().nullable().optional(),
  exception: z.string().nullable().optional(),
  lang: z.enum(["zh", "en"]).optional(),
  note: z.string().nullable().optional(),
});
export type DevRow = z.infer<typeof devRowSchema>;

export const relayRowSchema = z.object({
  source: z.string(),
  status: z.number().nullable(),
  type: z.string().nullable(),
  code: z.string().nullable(),
  message: z.string(),
  lang: z.enum(["zh", "en"]),
  category: categorySchema,
});
export type RelayRow = z.infer<typeof relayRowSchema>;

export const defaultCorpusDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../shared/corpus");

export function readJsonl<T>(file: string, schema: z.ZodType<T>): T[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => schema.parse(JSON.parse(line)));
}

/** A relay catalog row as a client would print it: the JSON body the gateway sends, behind the status. */
export function relayRowAsPaste(row: RelayRow): string {
  const error: Record<string, unknown> = { message: row.message };
  if (row.type !== null) error.type = row.type;
  if (row.code !== null) error.code = row.code;
  const body = JSON.stringify({ error });
  return row.status !== null && row.status !== 200 ? `Error code: ${row.status} - ${body}` : body;
}

export interface EvalItem {
  id: string;
  gold: Category;
  got: Classification;
  expected: Partial<Record<FactKey, unknown>>;
}

const factKeys = ["httpStatus", "requestId", "provider", "errorType", "ecosystem", "exception", "lang"] as const;
type FactKey = (typeof factKeys)[number];

export interface EvalReport {
  total: number;
  correct: number;
  accuracy: number;
  perCategory: { category: Category; precision: number; recall: number; support: number }[];
  confusions: { gold: Category; got: Category; ids: string[] }[];
  facts: { fact: FactKey; correct: number; labelled: number }[];
}

export function evaluate(items: EvalItem[]): EvalReport {
  const correct = items.filter((i) => i.got.category === i.gold).length;
  const cats = [...new Set(items.flatMap((i) => [i.gold, i.got.category]))].sort();
  const perCategory = cats.map((category) => {
    const predicted = items.filter((i) => i.got.category === category);
    const actual = items.filter((i) => i.gold === category);
    const tp = predicted.filter((i) => i.gold === category).length;
    return {
      category,
      precision: predicted.length ? tp / predicted.length : 1,
      recall: actual.length ? tp / actual.length : 1,
      support: actual.length,
    };
  });
  const confusionMap = new Map<string, { gold: Category; got: Category; ids: string[] }>();
  for (const i of items) {
    if (i.got.category === i.gold) continue;
    const key = `${i.gold}→${i.got.category}`;
    const entry = confusionMap.get(key) ?? { gold: i.gold, got: i.got.category, ids: [] };
    entry.ids.push(i.id);
    confusionMap.set(key, entry);
  }
  const facts = factKeys.map((fact) => {
    const labelled = items.filter((i) => fact in i.expected);
    return { fact, labelled: labelled.length, correct: labelled.filter((i) => i.expected[fact] === i.got[fact]).length };
  });
  return {
    total: items.length,
    correct,
    accuracy: items.length ? correct / items.length : 0,
    perCategory,
    confusions: [...confusionMap.values()].sort((a, b) => b.ids.length - a.ids.length),
    facts,
  };
}

export function evalDev(file: string): { report: EvalReport; items: EvalItem[] } {
  const items = readJsonl(file, devRowSchema).map((row) => {
    const expected: Partial<Record<FactKey, unknown>> = {};
    for (const k of factKeys) if (row[k] !== undefined) expected[k] = row[k];
    return { id: row.id, gold: row.category, got: classifyError(row.text), expected };
  });
  return { report: evaluate(items), items };
}

export function evalRelay(file: string): { report: EvalReport; items: EvalItem[] } {
  const items = readJsonl(file, relayRowSchema).flatMap((row, n) => [
    { id: `relay-${n}-body`, gold: row.category, got: classifyError(relayRowAsPaste(row)), expected: { lang: row.lang } },
    { id: `relay-${n}-message`, gold: row.category, got: classifyError(row.message), expected: { lang: row.lang } },
  ]);
  return { report: evaluate(items), items };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function printReport(title: string, report: EvalReport, items: EvalItem[], verbose: boolean): void {
  console.log(`\n== ${title}: accuracy ${pct(report.accuracy)} (${report.correct}/${report.total})`);
  console.log("category                    precision  recall  support");
  for (const c of report.perCategory) {
    console.log(`${c.category.padEnd(28)}${pct(c.precision).padStart(9)}${pct(c.recall).padStart(8)}${String(c.support).padStart(9)}`);
  }
  console.log(`confusions (gold → predicted):${report.confusions.length ? "" : " none"}`);
  for (const c of report.confusions) console.log(`  ${c.gold} → ${c.got}  ×${c.ids.length}  ${c.ids.slice(0, 6).join(" ")}`);
  console.log("facts (where labelled):");
  for (const f of report.facts) {
    if (f.labelled) console.log(`  ${f.fact.padEnd(11)} ${pct(f.correct / f.labelled).padStart(6)} (${f.correct}/${f.labelled})`);
  }
  if (verbose) {
    for (const i of items) {
      for (const [k, v] of Object.entries(i.expected)) {
        const got = i.got[k as FactKey];
        if (got !== v) console.log(`  ${i.id} ${k}: expected ${JSON.stringify(v)} got ${JSON.stringify(got)}`);
      }
    }
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const dirFlag = args.indexOf("--corpus");
  const dir = dirFlag >= 0 && args[dirFlag + 1] ? path.resolve(args[dirFlag + 1]!) : defaultCorpusDir;
  const verbose = args.includes("--verbose");
  const dev = path.join(dir, "dev.jsonl");
  const relay = path.join(dir, "relay_catalog.jsonl");
  if (!existsSync(dev) && !existsSync(relay)) {
    console.log(`no corpus in ${dir}; nothing to evaluate`);
    return;
  }
  if (existsSync(dev)) {
    const { report, items } = evalDev(dev);
    printReport("dev.jsonl", report, items, verbose);
  }
  if (existsSync(relay)) {
    const { report, items } = evalRelay(relay);
    printReport("relay_catalog.jsonl (as JSON body and as bare message)", report, items, verbose);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
