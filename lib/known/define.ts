/**
 * What a known-error file imports: the entry constructor and the small text and code helpers.
 * Entries are data; these only fill in the names a message carries.
 */
import type { KnownError } from "./types";

export { t } from "@/lib/report/types";
export { block, ic, inline, q, say, shq } from "@/lib/report/code/util";
export type { KnownContext, KnownError, KnownSolution, Text } from "./types";

/** Identity, typed: lets an entry file be checked against the format on its own. */
export function defineKnownError(entry: KnownError): KnownError {
  return entry;
}
