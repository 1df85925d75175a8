import type { Category, Classification, Language } from "@/lib/classifier/schema";
import { spaceHanAndLatin } from "@/lib/text/cjk";
import { boundText, extractFacts, stripAssistantAnswer } from "./extract";
import { inline } from "./code/util";
import { knowledgeFor } from "./knowledge";
import { requestIdItem, statusText, whereText } from "./knowledge/common";
import { categoryLabels } from "./labels";
import { renderReportMarkdown } from "./markdown";
import { isRelayFacts, resolveApiTarget } from "./providers";
import { reportSchema, type Report, type ReportBasis, type Solution } from "./schema";
import { foreignProviderCode, wrongEcosystemCode } from "./audit";
import { extractPrintedFix } from "./evidence";
import { resolveCodeModelRefs, resolveProseModelRefs } from "./code/model-ref";
import { carriesFix, messageFixSolution, messageFixTitle } from "./message-fix";
import { translateError } from "./translate";
import { t, type Facts, type Item, type KnowledgeEntry, type L, type Lang } from "./types";
import { matchKnownError } from "@/lib/known/match";
import type { KnownContext, KnownError, KnownMatch, Text } from "@/lib/known/types";
import { knownWindow } from "@/lib/classifier/text";

export interface RuleReportInput {
  /** The redacted paste. Secrets appear as placeholders and are never reconstructed. */
  text: string;
  /** What the user said about the error, if anything. */
  context?: string | null;
  classification: Classification;
  language: Language;
  /** False builds the category's own report even when a known-error entry matches (tests of the templates). */
  useKnownErrors?: boolean;
}

/** The facts the knowledge base works with: the classification plus what lib/report extracts. */
export function factsOf(text: string, context: string | null | undefined, c: Classification): Facts {
  const evidence = stripAssistantAnswer(text);
  const bounded = boundText(context ? `${evidence}\n${context}` : evidence);
  const extracted = extractFacts(bounded, c.ecosystem);
  const isRelay = isRelayFacts(c.provider, c.errorType, c.requestId, bounded);
  // The user may name the endpoint only in the context ("my gateway is https://…/v1").
  const contextUrl = !c.url && context ? /\bhttps?:\/\/[^\s"'<>`，。)]{1,500}/.exec(context)?.[0]?.replace(/[.,;:]+$/, "") ?? null : null;
  const url = c.url ?? contextUrl;
  const host = c.host ?? (contextUrl ? (/^https?:\/\/([^/:?#\s]+)/.exec(contextUrl)?.[1]?.toLowerCase() ?? null) : null);
  const api = resolveApiTarget({ provider: c.provider, url, host, model: extracted.model, isRelay });
  return {
    ...extracted,
    classification: c,
    category: c.category,
    httpStatus: c.httpStatus,
    errorType: c.errorType,
    requestId: c.requestId,
    url,
    host,
    provider: c.provider,
    ecosystem: c.ecosystem,
    exception: c.exception,
    text: bounded,
    isRelay,
    api,
    has: (pattern: RegExp) => {
      pattern.lastIndex = 0;
      const hit = pattern.test(bounded);
      pattern.lastIndex = 0;
      return hit;
    },
  };
}

/**
 * Chinese typography for generated prose: a space between Han characters and Latin letters,
 * digits or inline code, none after a full-width bracket. Code blocks never pass through here.
 */
export function tidyZh(s: string): string {
  const han = /[\u4e00-\u9fff]/;
  const parts = s.split(/(`[^`\n]*`)/);
  return parts
    .map((p, i) => {
      if (i % 2 === 1) return p; // inline code stays exactly as written
      let out = spaceHanAndLatin(p)
        .replace(/([）」】])\s+(?=[\u4e00-\u9fff])/g, "$1")
        .replace(/([\u4e00-\u9fff])[ \t]+(?=[\u4e00-\u9fff])/g, "$1")
        .replace(/(?<=[\u4e00-\u9fff])\s+([（「【，。：；])/g, "$1");
      // A space between Han text and an inline code span on either side.
      if (i + 1 < parts.length && han.test(out.slice(-1))) out = `${out} `;
      if (i > 0 && han.test(out.slice(0, 1))) out = ` ${out}`;
      return out;
    })
    .join("");
}

function texts(items: Item[], f: Facts, lang: Lang): string[] {
  const out: string[] = [];
  for (const item of items) {
    const v = typeof item === "function" ? item(f) : item;
    if (!v) continue;
    for (const l of Array.isArray(v) ? v : [v]) {
      const s = lang === "zh" ? tidyZh(l.zh.trim()) : l.en.trim();
      if (s && !out.includes(s)) out.push(s);
    }
  }
  return out;
}

function one(item: Item, f: Facts, lang: Lang): string {
  return texts([item], f, lang)[0] ?? "";
}

const relayTypeNote: Record<string, L> = {
  new_api_error: t("new-api 网关自己返回的错误", "an error raised by the new-api gateway itself"),
  one_api_error: t("one-api 网关自己返回的错误", "an error raised by the one-api gateway itself"),
  one_hub_error: t("one-hub 网关自己返回的错误", "an error raised by the one-hub gateway itself"),
  rix_api_error: t("DMXAPI（Rix API）网关返回的错误", "an error raised by the DMXAPI (Rix API) gateway"),
  upstream_error: t("网关转发时上游返回的错误", "an error from the upstream the gateway forwarded to"),
};

/** Facts worth quoting under 原因分析: status, error type, exception, where, request id. */
/** Categories where an HTTP status is evidence worth quoting (elsewhere it is noise). */
const httpCategory = /^(?:auth\.|billing\.|rate_limit|model\.|request\.|endpoint\.|upstream\.|network\.(?:timeout|connection|tls|cors)|data\.parse|unknown)/;

function factItems(f: Facts): L[] {
  const items: L[] = [];
  if (f.httpStatus && httpCategory.test(f.category)) {
    const s = statusText(f.httpStatus);
    items.push(t(`状态码：${s.zh}`, `Status: ${s.en}`));
  }
  if (f.errorType && !genericName.test(f.errorType)) {
    const note = relayTypeNote[f.errorType] ?? (/^\w+_api_error$/.test(f.errorType) ? t("中转网关返回的错误", "an error raised by the relay gateway") : null);
    const code = `\`${inline(f.errorType, 80)}\``;
    items.push(note ? t(`错误类型：${code}（${note.zh}）`, `Error type: ${code} (${note.en})`) : t(`错误类型：${code}`, `Error type: ${code}`));
  }
  if (f.exception && f.exception !== f.errorType && !genericName.test(f.exception)) {
    const code = `\`${inline(f.exception, 80)}\``;
    items.push(t(`异常：${code}`, `Exception: ${code}`));
  }
  const where = whereText(f);
  if (where) items.push(where);
  const rid = requestIdItem(f);
  if (rid) items.push(rid);
  return items;
}

const genericServer = /^(?:服务端|the server)$/;
/** Exception names that say nothing (JavaScript's plain Error and friends). */
const genericName = /^(?:Error|Exception|RuntimeException|Throwable)$/;

function titleOf(entry: KnowledgeEntry, f: Facts, lang: Lang): string {
  const label = categoryLabels[entry.category][lang];
  const parts: string[] = [];
  const subject = entry.subject?.(f);
  const subjectText = typeof subject === "string" ? subject : subject ? subject[lang] : null;
  if (subjectText && !genericServer.test(subjectText)) parts.push(inline(subjectText, 80));
  if (f.httpStatus && httpCategory.test(f.category) && !parts.some((p) => p.includes(String(f.httpStatus)))) parts.push(`HTTP ${f.httpStatus}`);
  if (f.exception && !genericName.test(f.exception) && parts.length < 2 && !parts.some((p) => p.includes(f.exception!))) parts.push(inline(f.exception, 60));
  if (parts.length === 0) return label;
  return lang === "zh" ? `${label}（${parts.join(" · ")}）` : `${label} (${parts.join(" · ")})`;
}

function solutionsOf(entry: KnowledgeEntry, f: Facts, lang: Lang): Solution[] {
  const out: Solution[] = [];
  for (const spec of entry.solutions) {
    if (spec.when && !spec.when(f)) continue;
    const raw = (typeof spec.title === "function" ? spec.title(f) : spec.title)[lang].trim();
    const title = lang === "zh" ? tidyZh(raw) : raw;
    const steps = texts(spec.steps, f, lang);
    const code = spec.code?.(f, lang);
    const solution: Solution = { title, steps };
    if (code && code.content.trim() && code.language.trim()) solution.code = { language: code.language, content: code.content };
    if (title && (steps.length > 0 || solution.code)) out.push(solution);
  }
  return out;
}

function knownText(item: Text, c: KnownContext): string | null {
  const v = typeof item === "function" ? item(c) : item;
  if (!v) return null;
  const s = c.lang === "zh" ? tidyZh(v.zh.trim()) : v.en.trim();
  return s || null;
}

function knownTexts(items: readonly Text[] | undefined, c: KnownContext): string[] {
  const out: string[] = [];
  for (const item of items ?? []) {
    const s = knownText(item, c);
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}

function knownSolutions(entry: KnownError, c: KnownContext): Solution[] {
  const out: Solution[] = [];
  for (const spec of entry.solutions) {
    if (spec.when && !spec.when(c)) continue;
    const title = knownText(spec.title, c);
    if (!title) continue;
    const steps = knownTexts(spec.steps, c);
    const code = spec.code?.(c);
    const solution: Solution = { title, steps };
    if (code && code.content.trim() && code.language.trim()) solution.code = { language: code.language, content: code.content };
    if (steps.length > 0 || solution.code) out.push(solution);
  }
  return out;
}

/** The known-error entry that explains this paste, if one does. */
export function findKnownError(text: string, c: Classification) {
  return matchKnownError(knownWindow(text), { httpStatus: c.httpStatus, provider: c.provider, ecosystem: c.ecosystem, exception: c.exception });
}

interface Parts {
  title: string;
  summary: string;
  causes: string[];
  solutions: Solution[];
  prevention: string[];
  tools: string[];
  /** One sentence for the translation box when the key line cannot be translated. */
  gist: string;
}

function knownParts(known: KnownMatch, f: Facts, lang: Lang): Parts {
  const c: KnownContext = { g: known.groups, f, lang };
  const entry = known.entry;
  const title = knownText(entry.title, c) ?? categoryLabels[entry.category][lang];
  const summary = knownText(entry.summary, c) ?? title;
  return {
    title,
    summary,
    causes: [...new Set([...knownTexts(entry.causes, c), ...texts(factItems(f), f, lang)])],
    solutions: knownSolutions(entry, c),
    prevention: knownTexts(entry.prevention, c),
    tools: knownTexts(entry.tools, c),
    gist: summary,
  };
}

const checklistNote: L = t("只能判断出错误类别：下面的原因是排查清单，按顺序逐一检查。", "Only the category is known: the causes below are a checklist, in the order to check them.");

/** Causes the paste's facts produced come before the category's fixed list. */
function causesByEvidence(entry: KnowledgeEntry, f: Facts, lang: Lang): string[] {
  const specific = texts(entry.causes.filter((i) => typeof i === "function"), f, lang);
  const fixed = texts(entry.causes.filter((i) => typeof i !== "function"), f, lang);
  return [...new Set([...specific, ...fixed, ...texts(factItems(f), f, lang)])];
}

function categoryParts(category: Category, f: Facts, lang: Lang): Parts {
  const entry = knowledgeFor(category);
  return {
    title: lang === "zh" ? tidyZh(titleOf(entry, f, lang)) : titleOf(entry, f, lang),
    summary: one(entry.summary, f, lang),
    causes: causesByEvidence(entry, f, lang),
    solutions: solutionsOf(entry, f, lang),
    prevention: texts(entry.prevention, f, lang),
    tools: texts(entry.tools, f, lang),
    gist: one(entry.gist, f, lang),
  };
}

/** Code that cannot mislead: none in another stack than the error's, none aimed at another provider's host. */
function withoutMisleadingCode(solutions: Solution[], c: Classification, pasted: string, lang: Lang): Solution[] {
  return solutions.map((s) => {
    if (!s.code) return s;
    if (wrongEcosystemCode([s], c).length === 0 && foreignProviderCode([s], c, pasted).length === 0) return s;
    const { code: _dropped, ...rest } = s;
    return rest.steps.length > 0 ? rest : { ...rest, steps: [lang === "zh" ? "按上面的说明在你的项目里修改。" : "Apply this in your project as described above."] };
  });
}

/** The rule-based report: what the paste itself shows first, then a known error, then the category. */
export function buildRuleReport(input: RuleReportInput): Report {
  const { classification, language: lang } = input;
  const f = factsOf(input.text, input.context, classification);
  const evidenceText = boundText(stripAssistantAnswer(input.text));
  const known = input.useKnownErrors === false ? null : findKnownError(input.text, classification);
  const printed = extractPrintedFix(evidenceText);
  const fix = printed && !known?.entry.printedFixIsWrong ? printed : null;
  const parts = known ? knownParts(known, f, lang) : categoryParts(classification.category, f, lang);

  const basis: ReportBasis = known ? "known_error" : fix ? "message_fix" : classification.category === "unknown" ? "unknown" : "category";
  let { title, summary, solutions } = parts;
  // A known error's own first solution may already be the printed fix; a category template's never is.
  if (fix && !(known && carriesFix(solutions[0], fix))) solutions = [messageFixSolution(fix, lang), ...solutions.filter((s) => !carriesFix(s, fix))];
  if (basis === "message_fix" && fix) {
    const label = categoryLabels[classification.category][lang];
    const fixTitle = messageFixTitle(fix, lang);
    title = lang === "zh" ? tidyZh(`${label}：${fixTitle}`) : `${label}: ${fixTitle}`;
  }
  if (basis === "category") summary = `${summary}${lang === "zh" ? "" : " "}${checklistNote[lang]}`;

  const tr = translateError(evidenceText, classification.exception, lang, parts.gist);
  const report: Omit<Report, "markdown"> = {
    source: "rules",
    language: lang,
    basis,
    knownError: known ? { id: known.entry.id, docs: [...known.entry.docs] } : null,
    title,
    translation: tr ? { original: tr.original, translated: tr.translated } : null,
    causes: { summary, items: parts.causes },
    solutions: withoutMisleadingCode(solutions, classification, input.text, lang),
    prevention: parts.prevention,
    tools: parts.tools,
  };
  const resolved = withModelRefsResolved(report);
  // The schema is the contract with the LLM path and the UI: a report that fails it is a bug here.
  return reportSchema.parse({ ...resolved, markdown: renderReportMarkdown(resolved) });
}

/** Model markers become `LLM_MODEL` reads in code and plain words in prose (code/model-ref.ts). */
function withModelRefsResolved(r: Omit<Report, "markdown">): Omit<Report, "markdown"> {
  const p = (s: string) => resolveProseModelRefs(s, r.language);
  return {
    ...r,
    title: p(r.title),
    translation: r.translation ? { original: r.translation.original, translated: p(r.translation.translated) } : null,
    causes: { summary: p(r.causes.summary), items: r.causes.items.map(p) },
    solutions: r.solutions.map((s) => ({ ...s, title: p(s.title), steps: s.steps.map(p), ...(s.code ? { code: resolveCodeModelRefs(s.code) } : {}) })),
    prevention: r.prevention.map(p),
    tools: r.tools.map(p),
  };
}
