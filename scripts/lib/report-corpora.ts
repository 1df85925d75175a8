/**
 * Every labelled corpus errdoc's reports are measured on: ../shared/corpus, eval/measure,
 * eval/printed-fixes.jsonl, and the known-error catalog's own samples.
 */
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { knownErrors } from "@/lib/known/registry";
import { knowledgeEntries } from "@/lib/report";
import { devRowSchema, relayRowAsPaste, relayRowSchema } from "../eval-classifier";
import { readCorpus, repoRoot } from "./shared";

export interface CorpusRow {
  id: string;
  text: string;
  /** The token solution 1 must carry (printed-fix set). */
  fix?: string;
  /** The known-error id that should answer it; null when none should (measurement sets). */
  expect?: string | null;
  category?: string;
}

export interface Corpus {
  name: string;
  rows: CorpusRow[];
}

export const measureRowSchema = z.object({
  text: z.string().min(1),
  source: z.string().url(),
  category: z.string(),
  cause: z.string().optional(),
  expect: z.string().nullable().optional(),
});

export const printedFixRowSchema = z.object({
  text: z.string().min(1),
  source: z.string().url(),
  fix: z.string().min(1),
});

function readJsonlFile<T>(file: string, schema: z.ZodType<T>): T[] {
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l, i) => {
      const parsed = schema.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${path.relative(repoRoot, file)}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

export const evalDir = path.join(repoRoot, "eval");

export function loadReportCorpora(): Corpus[] {
  const corpora: Corpus[] = [];
  const dev = readCorpus("dev.jsonl").map((r) => devRowSchema.parse(r));
  if (dev.length) corpora.push({ name: "dev.jsonl", rows: dev.map((r) => ({ id: r.id, text: r.text, category: r.category })) });
  const relay = readCorpus("relay_catalog.jsonl").map((r) => relayRowSchema.parse(r));
  if (relay.length) corpora.push({ name: "relay_catalog.jsonl", rows: relay.map((r, i) => ({ id: `relay-${i}`, text: relayRowAsPaste(r), category: r.category })) });

  const measureDir = path.join(evalDir, "measure");
  if (fs.existsSync(measureDir)) {
    for (const file of fs.readdirSync(measureDir).filter((f) => f.endsWith(".jsonl")).sort()) {
      const rows = readJsonlFile(path.join(measureDir, file), measureRowSchema);
      corpora.push({ name: `measure/${file}`, rows: rows.map((r, i) => ({ id: `${file}:${i + 1}`, text: r.text, expect: r.expect ?? null, category: r.category })) });
    }
  }
  const fixes = path.join(evalDir, "printed-fixes.jsonl");
  if (fs.existsSync(fixes)) {
    corpora.push({ name: "printed-fixes.jsonl", rows: readJsonlFile(fixes, printedFixRowSchema).map((r, i) => ({ id: `fix:${i + 1}`, text: r.text, fix: r.fix })) });
  }
  corpora.push({ name: "known-error samples", rows: knownErrors.flatMap((e) => e.samples.map((s, i) => ({ id: `${e.id}#${i}`, text: s.text, expect: e.id, category: e.category }))) });
  corpora.push({ name: "category examples", rows: knowledgeEntries.map((e) => ({ id: e.category, text: e.example, category: e.category })) });
  return corpora;
}
