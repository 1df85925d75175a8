import { classifyError } from "@/lib/classifier";
import type { Classification, Language } from "@/lib/classifier/schema";
import { redactSecrets } from "@/lib/redact";
import { buildRuleReport } from "./build";
import type { Report } from "./schema";

/**
 * The offline diagnosis of one paste, as the app makes it: redact, classify, build the rule
 * report. The language defaults to the message's own.
 */
export function diagnoseText(input: string, language?: Language | null): { text: string; classification: Classification; report: Report } {
  const { text } = redactSecrets(input);
  const classification = classifyError(text);
  const report = buildRuleReport({ text, classification, language: language ?? classification.lang });
  return { text, classification, report };
}
