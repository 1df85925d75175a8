/**
 * errdoc's rule-based report: pure functions of the paste and its classification.
 * No I/O, no LLM: the knowledge base is data in ./knowledge, the phrases in ./phrases.
 */
export { buildRuleReport, type RuleReportInput } from "./build";
export { renderReportMarkdown } from "./markdown";
export { categoryLabel, categoryLabels, providerLabel } from "./labels";
export { knowledgeEntries, knowledgeFor } from "./knowledge";
export { translateLine, pickKeyLine } from "./translate";
export { pipPackageFor, npmPackageFor, nodeSpecifier } from "./packages";
export { reportSchema, type Report } from "./schema";
