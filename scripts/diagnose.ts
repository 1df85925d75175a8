/**
 * Diagnosis CLI: reads one error on stdin, prints the rules report offline.
 *   npm run --silent diagnose [-- --lang zh|en] [--json] < error.txt
 * Markdown by default; `--json` prints the report object (DESIGN.md's `report`).
 */
import { z } from "zod";
import { languageSchema } from "@/lib/classifier/schema";
import { diagnoseText } from "@/lib/report/diagnose";

const argsSchema = z.object({ lang: languageSchema.nullable(), json: z.boolean() });

function parseArgs(argv: string[]): z.infer<typeof argsSchema> {
  let lang: string | null = null;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--json") json = true;
    else if (a === "--lang") lang = argv[++i] ?? "";
    else if (a.startsWith("--lang=")) lang = a.slice("--lang=".length);
    else throw new Error(`unknown argument ${a}; usage: diagnose [--lang zh|en] [--json] < error.txt`);
  }
  const parsed = argsSchema.safeParse({ lang, json });
  if (!parsed.success) throw new Error("--lang must be zh or en");
  return parsed.data;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function main(): Promise<void> {
  let args: z.infer<typeof argsSchema>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`diagnose: ${(e as Error).message}\n`);
    process.exit(2);
  }
  const input = await readStdin();
  if (input.trim() === "") {
    process.stderr.write("diagnose: stdin is empty; pipe an error message in, e.g. `npm run --silent diagnose < error.txt`\n");
    process.exit(2);
  }
  const { report } = diagnoseText(input, args.lang);
  process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : `${report.markdown}\n`);
}

void main();
