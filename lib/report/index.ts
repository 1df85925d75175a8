/**
 * errdoc's rule-based report: pure functions of the paste and its classification.
 * No I/O, no LLM: the knowledge base is data in ./knowledge (one entry per taxonomy
 * category), the translation phrases in ./phrases.
 *
 * 错误翻译 policy: a key line in the other language is translated with the phrase dictionary;
 * a key line already in the report's language gets a plain-words restatement (shown as
 * 释义 / In plain words); a line the dictionary cannot cover gets an honest "needs the LLM"
 * note plus the gist. See ./translate.ts.
 */
export { buildRuleReport, type RuleReportInput } from "./build";
export { renderReportMarkdown } from "./markdown";
export { categoryLabel, categoryLabels, providerLabel } from "./labels";
export { knowledgeEntries, knowledgeFor } from "./knowledge";
export { pickKeyLine, translateError, translateLine } from "./translate";
export { nodeSpecifier, npmPackageFor, pipPackageFor } from "./packages";
export { reportSchema, type Report } from "./schema";
export type { KnowledgeEntry } from "./types";
