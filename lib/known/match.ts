import { literalAnchor } from "./anchor";
import { knownErrors } from "./registry";
import type { KnownError, KnownGuard, KnownMatch, MatchFacts } from "./types";

interface Candidate {
  match: KnownMatch;
  length: number;
  rank: number;
}

const lower = (s: string | null) => (s ?? "").toLowerCase();

function guardHolds(guard: KnownGuard | undefined, facts: MatchFacts): boolean {
  if (!guard) return true;
  if (guard.ecosystem && !guard.ecosystem.includes(lower(facts.ecosystem))) return false;
  if (guard.provider && !guard.provider.includes(lower(facts.provider))) return false;
  if (guard.status && (facts.httpStatus === null || !guard.status.includes(facts.httpStatus))) return false;
  if (guard.exception && (facts.exception === null || !guard.exception.includes(facts.exception))) return false;
  return true;
}

function guardCount(guard: KnownGuard | undefined): number {
  if (!guard) return 0;
  return (guard.ecosystem ? 1 : 0) + (guard.provider ? 1 : 0) + (guard.status ? 1 : 0) + (guard.exception ? 1 : 0);
}

const anchors = new WeakMap<RegExp, string | null>();

/** The pattern's required literal, lower-cased: a cheap substring test that rules most texts out. */
function anchorOf(pattern: RegExp): string | null {
  let anchor = anchors.get(pattern);
  if (anchor === undefined) {
    anchor = literalAnchor(pattern.source)?.toLowerCase() ?? null;
    anchors.set(pattern, anchor);
  }
  return anchor;
}

/** The entry's first pattern that matches, with its groups and where it starts. */
function firstHit(entry: KnownError, text: string, lowered: string): { index: number; length: number; groups: Record<string, string | undefined> } | null {
  for (const pattern of entry.match) {
    if (typeof pattern === "string") {
      const index = lowered.indexOf(pattern.toLowerCase());
      if (index !== -1) return { index, length: pattern.length, groups: {} };
      continue;
    }
    const anchor = anchorOf(pattern);
    if (anchor !== null && !lowered.includes(anchor)) continue;
    pattern.lastIndex = 0;
    const m = pattern.exec(text);
    if (m) return { index: m.index, length: m[0].length, groups: { ...m.groups } };
  }
  return null;
}

/**
 * The most specific known error in a normalised paste (the classifier's window), or null.
 * Specificity: the entry's priority, then how many guards it passed, then how much of the text
 * its pattern covered, then the later match (nearer the innermost cause).
 */
export function matchKnownError(text: string, facts: MatchFacts, entries: readonly KnownError[] = knownErrors): KnownMatch | null {
  // The classifier and the report builder ask about the same paste one after the other.
  const key = `${facts.httpStatus}\u0000${facts.provider}\u0000${facts.ecosystem}\u0000${facts.exception}`;
  if (last && last.entries === entries && last.key === key && last.text === text) return last.result;
  const result = bestMatch(text, facts, entries);
  last = { text, key, entries, result };
  return result;
}

let last: { text: string; key: string; entries: readonly KnownError[]; result: KnownMatch | null } | null = null;

function bestMatch(text: string, facts: MatchFacts, entries: readonly KnownError[]): KnownMatch | null {
  const lowered = text.toLowerCase();
  let best: Candidate | null = null;
  for (const entry of entries) {
    if (!guardHolds(entry.guard, facts)) continue;
    const hit = firstHit(entry, text, lowered);
    if (!hit) continue;
    const rank = (entry.priority ?? 0) * 1000 + guardCount(entry.guard) * 100;
    const candidate: Candidate = { match: { entry, groups: hit.groups, index: hit.index }, length: hit.length, rank };
    if (
      !best ||
      candidate.rank > best.rank ||
      (candidate.rank === best.rank && (candidate.length > best.length || (candidate.length === best.length && hit.index > best.match.index)))
    ) {
      best = candidate;
    }
  }
  return best?.match ?? null;
}
