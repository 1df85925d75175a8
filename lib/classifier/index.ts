import { classify } from "./classify";
import type { Classification } from "./schema";

export type { Category, Classification, Language } from "./schema";
export { categories, classificationSchema } from "./schema";
export { fingerprintOf, normalizeForFingerprint } from "./fingerprint";
export { signalRules, statusRules } from "./rules";

/**
 * Classify a pasted error: one taxonomy category, a confidence in 0..1 and the facts the text
 * holds. Pure and synchronous; linear in the size of the paste.
 */
export function classifyError(text: string): Classification {
  return classify(typeof text === "string" ? text : String(text ?? ""));
}
