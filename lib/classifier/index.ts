import { classify } from "./classify";
import type { Classification } from "./schema";

export type { Category, Classification, Language } from "./schema";
export { categories, classificationSchema } from "./schema";
export { normalizeForFingerprint } from "./fingerprint";
export { signalRules, statusRules } from "./rules";

/**
 * Classify a pasted error: one taxonomy category, a confidence in 0..1 and the facts the text
 * holds. Pure and synchronous; linear in the size of the paste.
 */
export function classifyError(text: string): Classification {
  return classify(typeof text === "string" ? text : String(text ?? ""));
}

/** The grouping key of a paste: equal for the same error seen with other ids, times, numbers or paths. */
export function fingerprintOf(text: string): string {
  return classifyError(text).fingerprint;
}
