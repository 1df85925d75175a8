/**
 * Measures the rule reports on every corpus: the share at each basis, the message-fix hit rate,
 * code blocks that do not parse, code in the wrong ecosystem, API code aimed at another
 * provider's host, documentation links taken for the failing host, and how often a known-error
 * entry answers, and answers right: the expected entry where a row names one (eval/measure, the
 * catalog's samples; `null` means no entry should answer), else an entry of the labelled category.
 * Usage: npm run eval:reports [-- --verbose]
 */
import { classifyError } from "@/lib/classifier";
import { buildRuleReport, findKnownError } from "@/lib/report/build";
import { checkReport } from "@/lib/report/report-checks";
import { checkCodeBlocks, type CodeSample } from "@/lib/report/test/code-check";
import { loadReportCorpora, type Corpus } from "./lib/report-corpora";

export interface CorpusResult {
  name: string;
  rows: number;
  basis: Record<string, number>;
  fixRows: number;
  fixHits: number;
  codeBlocks: number;
  parseFailures: string[];
  wrongEcosystem: string[];
  foreignProvider: string[];
  docsHost: string[];
  knownAnswered: number;
  expectRows: number;
  knownRight: number;
  fixMisses: string[];
}

export function evaluateCorpus(corpus: Corpus): CorpusResult {
  const r: CorpusResult = {
    name: corpus.name,
    rows: corpus.rows.length,
    basis: {},
    fixRows: 0,
    fixHits: 0,
    codeBlocks: 0,
    parseFailures: [],
    wrongEcosystem: [],
    foreignProvider: [],
    docsHost: [],
    knownAnswered: 0,
    expectRows: 0,
    knownRight: 0,
    fixMisses: [],
  };
  const code: CodeSample[] = [];
  for (const row of corpus.rows) {
    const c = classifyError(row.text);
    const known = findKnownError(row.text, c);
    if (known) r.knownAnswered++;
    if (row.expect !== undefined) {
      r.expectRows++;
      if ((known?.entry.id ?? null) === row.expect) r.knownRight++;
    } else if (row.category) {
      // Rows labelled with a category only (dev.jsonl): an answer is right when its entry's category is the label.
      r.expectRows++;
      if (known && known.entry.category === row.category) r.knownRight++;
    }
    for (const language of ["zh", "en"] as const) {
      const report = buildRuleReport({ text: row.text, classification: c, language });
      const where = `${corpus.name} ${row.id} (${language})`;
      const f = checkReport(report, c, row.text, row.fix);
      if (language === "en") r.basis[report.basis] = (r.basis[report.basis] ?? 0) + 1;
      if (f.carriesFix !== null && language === "en") {
        r.fixRows++;
        if (f.carriesFix) r.fixHits++;
        else r.fixMisses.push(`${row.id}: wants ${JSON.stringify(row.fix)}; solution 1: ${report.solutions[0]?.title ?? "(none)"}`);
      }
      r.wrongEcosystem.push(...f.wrongEcosystem.map((x) => `${where}: ${x}`));
      r.foreignProvider.push(...f.foreignProvider.map((x) => `${where}: ${x}`));
      if (f.docsHost && language === "en") r.docsHost.push(`${where}: ${c.url}`);
      for (const s of report.solutions) if (s.code) code.push({ ...s.code, where });
    }
  }
  r.codeBlocks = code.length;
  // Identical blocks parse identically: check each distinct one once.
  const distinct = new Map<string, CodeSample>();
  for (const s of code) distinct.set(`${s.language}\u0000${s.content}`, s);
  r.parseFailures = checkCodeBlocks([...distinct.values()]).map((f) => `${f.where} [${f.language}] ${f.error}`);
  return r;
}

const pct = (n: number, d: number) => (d === 0 ? "—" : `${((100 * n) / d).toFixed(1)}%`);

function main(): void {
  const verbose = process.argv.includes("--verbose");
  const results = loadReportCorpora().map(evaluateCorpus);
  const rows = results.map((r) => ({
    corpus: r.name,
    rows: r.rows,
    known_error: pct(r.basis.known_error ?? 0, r.rows),
    message_fix: pct(r.basis.message_fix ?? 0, r.rows),
    category: pct(r.basis.category ?? 0, r.rows),
    unknown: pct(r.basis.unknown ?? 0, r.rows),
    "fix hit": r.fixRows ? `${r.fixHits}/${r.fixRows} ${pct(r.fixHits, r.fixRows)}` : "—",
    "catalog answers": pct(r.knownAnswered, r.rows),
    "answered right": r.expectRows ? `${r.knownRight}/${r.expectRows} ${pct(r.knownRight, r.expectRows)}` : "—",
    code: r.codeBlocks,
    "no parse": r.parseFailures.length,
    "wrong eco": r.wrongEcosystem.length,
    "other host": r.foreignProvider.length,
    "docs host": r.docsHost.length,
  }));
  console.table(rows);
  for (const r of results) {
    const problems = [...r.parseFailures, ...r.wrongEcosystem, ...r.foreignProvider, ...r.docsHost];
    if (problems.length) console.log(`\n${r.name}:\n  ${problems.slice(0, verbose ? 1000 : 15).join("\n  ")}`);
    if (verbose && r.fixMisses.length) console.log(`\n${r.name} message-fix misses:\n  ${r.fixMisses.join("\n  ")}`);
  }
}

if (process.argv[1]?.endsWith("eval-reports.ts")) main();
