import { describe, expect, it } from "vitest";
import { z } from "zod";
import { classifyError } from "@/lib/classifier";
import { buildRuleReport } from "@/lib/report";
import { readCorpus } from "@/scripts/lib/shared";
import { allText, codeOf, reportProblems } from "./test/helpers";

const rowSchema = z.object({ id: z.string(), text: z.string(), category: z.string() });
const rows = readCorpus("dev.jsonl").map((r) => rowSchema.parse(r));
const byId = new Map(rows.map((r) => [r.id, r]));

function report(id: string, language: "zh" | "en") {
  const row = byId.get(id);
  if (!row) throw new Error(`no corpus row ${id}`);
  return buildRuleReport({ text: row.text, classification: classifyError(row.text), language });
}

describe("every dev.jsonl error gives a clean report in both languages", () => {
  it.each(rows.map((r) => [r.id, r.text] as const))("%s", (_id, text) => {
    for (const language of ["zh", "en"] as const) {
      const r = buildRuleReport({ text, classification: classifyError(text), language });
      expect(reportProblems(r, text)).toEqual([]);
      expect(r.solutions.length).toBeGreaterThanOrEqual(2);
    }
  });
});

/** What a senior engineer would expect to read for each real error. */
const expectations: [id: string, language: "zh" | "en", where: "code" | "text", expected: (string | RegExp)[]][] = [
  ["api-136", "zh", "code", ["python -m pip install openai"]],
  ["gen-016", "en", "code", ["lsof -i :9095", "netstat -ano | findstr :9095", "docker ps --filter publish=9095"]],
  ["gen-015", "zh", "code", ['lsof -i :"$PORT"', "allow_reuse_address = True"]],
  ["api-018", "en", "text", ["`gpt-4o`", "/models"]],
  ["api-044", "zh", "code", ["ollama pull llama2"]],
  ["api-003", "zh", "text", [/model 为空|模型为空/, "default"]],
  ["api-124", "en", "text", ["$2.533620", "$2.627750", "max_tokens"]],
  ["api-006", "zh", "text", ["上游负载已饱和", "20260521174921838127707FxeB1sRH", "把这个请求 ID 提供给服务商客服/技术支持"]],
  ["api-116", "en", "code", ['"choices" not in data']],
  ["gen-062", "zh", "code", ["import traceback"]],
  ["gen-022", "en", "code", ["<groupId>org.apache.httpcomponents</groupId>"]],
  ["gen-113", "en", "code", ["git pull --rebase origin main", "git push origin main"]],
  ["gen-117", "zh", "code", ["git add lib.py", "git merge --abort"]],
  ["gen-120", "en", "code", ["docker manifest inspect ivangabriele/dockfish:latest"]],
  ["gen-083", "zh", "code", ['encoding="utf-8-sig"']],
  ["gen-100", "en", "code", ["npm config set prefix ~/.npm-global"]],
  ["api-027", "en", "code", ["x-goog-api-key", "GEMINI_API_KEY"]],
  ["api-027", "zh", "text", ["https://aistudio.google.com/app/apikey"]],
  ["api-015", "en", "text", ["https://platform.openai.com/api-keys"]],
  ["api-016", "zh", "text", ["https://platform.openai.com/docs/supported-countries"]],
  ["api-118", "en", "code", ["client.chat.completions.create", "openai==0.28"]],
  ["gen-069", "en", "code", ["new PDO("]],
  ["gen-080", "en", "code", ["Comparator.comparingInt"]],
  ["gen-041", "zh", "text", ["Python 3.6"]],
  ["gen-042", "en", "code", ["python -m tabnanny"]],
  ["gen-110", "en", "code", ["PRAGMA journal_mode=WAL", "timeout=5"]],
  ["gen-107", "zh", "code", ["alembic upgrade head"]],
  ["gen-126", "en", "text", ["JAVA_HOME", "17"]],
  ["gen-122", "en", "code", ["rustc --explain E0502"]],
  ["gen-025", "zh", "code", ["ldd ./pgmodeler", "libparsers.so.1"]],
  ["gen-033", "en", "code", ["shutil.which"]],
  ["gen-030", "zh", "text", ["Add python.exe to PATH"]],
  ["api-090", "en", "text", ["http://localhost:11434/api/chat"]],
  ["api-056", "zh", "code", ["OLLAMA_HOST=0.0.0.0 ollama serve", "host.docker.internal:11434"]],
  ["api-080", "en", "text", ["Install Certificates.command"]],
  ["api-082", "zh", "text", ["app://obsidian.md"]],
  ["api-105", "en", "code", ['"role": "system"']],
  ["api-121", "zh", "text", ["4096", "输出上限 4096 token"]],
  ["api-121", "en", "code", ["max_tokens=4096", "client.messages.create("]],
  ["gen-096", "en", "code", ['Path("/path/.clockwork/config.json")', "path.parent.mkdir(parents=True, exist_ok=True)"]],
  ["api-093", "en", "text", ["https://aka.ms/oai/quotaincrease"]],
  ["gen-088", "zh", "code", ["--max-old-space-size=4096"]],
  ["api-130", "en", "text", ["7.5 GiB", "5.2 GiB"]],
  ["gen-119", "en", "code", ["kubectl logs taf-com-tlinux -n default --previous"]],
  ["gen-029", "zh", "code", ["composer require phpmailer/phpmailer"]],
  ["gen-055", "en", "code", ["::lblLastSyncDate.isInitialized"]],
  ["gen-076", "zh", "text", ["180915259", "索引越界：长度是 180915260，索引却是 180915260"]],
  ["api-015", "zh", "text", ["认证失败：令牌无效（OpenAI · HTTP 401）"]],
  ["gen-127", "en", "code", ["nvidia-smi --query-gpu=name,compute_cap"]],
  ["api-108", "zh", "text", ["TPM"]],
];

describe("real errors get specific answers", () => {
  it.each(expectations)("%s (%s) %s has the specifics", (id, language, where, expected) => {
    const r = report(id, language);
    const haystack = where === "code" ? codeOf(r) : allText(r);
    for (const e of expected) {
      if (typeof e === "string") expect(haystack, `${id} should contain ${e}`).toContain(e);
      else expect(haystack).toMatch(e);
    }
  });

  it("never invents a key or prints a secret placeholder as a literal key", () => {
    for (const row of rows) {
      const code = codeOf(buildRuleReport({ text: row.text, classification: classifyError(row.text), language: "en" }));
      expect(code, row.id).not.toMatch(/["']sk-[A-Za-z0-9]{8,}["']|Bearer sk-|YOUR_API_KEY/);
    }
  });

  it("a masked host is not used as an address in code", () => {
    const code = codeOf(report("api-053", "en"));
    expect(code).not.toContain("ra******");
  });
});
