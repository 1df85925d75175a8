/**
 * Classifier CLI.
 *   npm run --silent classify < error.txt            → one JSON object
 *   npm run --silent classify -- --jsonl < in.jsonl  → one `{ id, ...classification }` per input line
 * Only JSON goes to stdout; a bad JSONL line yields `{ "id": …, "error": "…" }` and the stream goes on.
 */
import { createInterface } from "node:readline";
import { z } from "zod";
import { classifyError } from "@/lib/classifier";

const jsonlLineSchema = z.object({
  id: z.union([z.string(), z.number()]).nullish(),
  text: z.string(),
});

const FLUSH_BYTES = 64 * 1024;

async function classifyJsonl(): Promise<void> {
  let buffer = "";
  const flush = async () => {
    if (buffer === "") return;
    const chunk = buffer;
    buffer = "";
    if (!process.stdout.write(chunk)) await new Promise<void>((resolve) => process.stdout.once("drain", resolve));
  };
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === "") continue;
    buffer += `${JSON.stringify(classifyLine(line))}\n`;
    if (buffer.length >= FLUSH_BYTES) await flush();
  }
  await flush();
}

function classifyLine(line: string): Record<string, unknown> {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { id: null, error: "invalid JSON" };
  }
  const parsed = jsonlLineSchema.safeParse(raw);
  if (!parsed.success) {
    const id = typeof raw === "object" && raw !== null && "id" in raw ? (raw as { id: unknown }).id : null;
    return { id: typeof id === "string" || typeof id === "number" ? id : null, error: "expected { id, text } with text a string" };
  }
  return { id: parsed.data.id ?? null, ...classifyError(parsed.data.text) };
}

async function classifyOne(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  process.stdout.write(`${JSON.stringify(classifyError(Buffer.concat(chunks).toString("utf8")))}\n`);
}

const run = process.argv.includes("--jsonl") ? classifyJsonl : classifyOne;
run().catch((err: unknown) => {
  process.stderr.write(`classify: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
