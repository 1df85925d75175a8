/**
 * Classifier speed: items/s and MB/s over dev.jsonl (when present) and over synthetic pastes of
 * 1–256 KiB, with p50/p99 per item, so that linear growth (or worse) shows.
 * `npm run bench:classifier` prints a table; `runClassifierBench()` returns the same as plain data.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { classifyError } from "@/lib/classifier";

export interface ClassifierBenchRow {
  name: string;
  items: number;
  bytesPerItem: number;
  totalMs: number;
  itemsPerSec: number;
  mbPerSec: number;
  p50Ms: number;
  p99Ms: number;
}

export interface ClassifierBenchResult {
  node: string;
  rows: ClassifierBenchRow[];
}

const corpusFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../shared/corpus/dev.jsonl");

/** A realistic long paste: log noise and a deep traceback, with the error at the very end. */
export function syntheticPaste(bytes: number): string {
  const frame = '  File "/home/dev/project/app/service.py", line 128, in handle_request\n    result = client.chat.completions.create(**params)\n';
  const log = "2025-06-01 12:00:01,123 INFO httpx: HTTP Request: POST https://api.example.com/v1/chat/completions \"HTTP/1.1 200 OK\"\n";
  const tail =
    "openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o on tokens per min (TPM): Limit 30000, Used 29000, Requested 2000.', 'type': 'tokens', 'code': 'rate_limit_exceeded'}}\n";
  let body = "Traceback (most recent call last):\n";
  for (let i = 0; body.length < bytes - tail.length; i++) body += i % 4 === 0 ? log : frame;
  return body.slice(0, Math.max(0, bytes - tail.length)) + tail;
}

function measure(name: string, texts: string[], rounds: number): ClassifierBenchRow {
  for (const t of texts.slice(0, 20)) classifyError(t); // warm-up: JIT and regex compilation
  const times: number[] = [];
  let bytes = 0;
  for (const t of texts) bytes += Buffer.byteLength(t);
  const started = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) {
      const t0 = performance.now();
      classifyError(t);
      times.push(performance.now() - t0);
    }
  }
  const totalMs = performance.now() - started;
  times.sort((a, b) => a - b);
  const items = texts.length * rounds;
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return {
    name,
    items,
    bytesPerItem: Math.round(bytes / texts.length),
    totalMs: round(totalMs),
    itemsPerSec: Math.round((items / totalMs) * 1000),
    mbPerSec: round(((bytes * rounds) / (1024 * 1024) / totalMs) * 1000),
    p50Ms: round(at(0.5), 3),
    p99Ms: round(at(0.99), 3),
  };
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

export async function runClassifierBench(): Promise<ClassifierBenchResult> {
  const rows: ClassifierBenchRow[] = [];
  if (existsSync(corpusFile)) {
    const texts = readFileSync(corpusFile, "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((l) => String((JSON.parse(l) as { text: unknown }).text));
    rows.push(measure("dev.jsonl", texts, 20));
  }
  for (const kib of [1, 4, 16, 64, 256]) {
    const paste = syntheticPaste(kib * 1024);
    const variants = Array.from({ length: 8 }, (_, i) => paste.replace("line 128", `line ${128 + i}`));
    rows.push(measure(`synthetic ${kib} KiB`, variants, Math.max(2, Math.round(256 / kib))));
  }
  return { node: process.version, rows };
}

function printTable(result: ClassifierBenchResult): void {
  const header = ["workload", "items", "bytes/item", "items/s", "MB/s", "p50 ms", "p99 ms"];
  const lines = result.rows.map((r) => [r.name, r.items, r.bytesPerItem, r.itemsPerSec, r.mbPerSec, r.p50Ms, r.p99Ms].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(`classifier bench (node ${result.node})`);
  console.log(fmt(header));
  for (const l of lines) console.log(fmt(l));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runClassifierBench().then(printTable, (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
