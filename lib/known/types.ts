import type { Category } from "@/lib/classifier/schema";
import type { CodeBlock } from "@/lib/report/schema";
import type { Facts, L, Lang } from "@/lib/report/types";

/**
 * One known error: how to recognise it in a paste, and the specific diagnosis a senior engineer
 * would give. Every fact in the text comes from the pages in `docs`.
 */
export interface KnownError {
  /** Stable, unique, `family.short-name` (e.g. `node.err-require-esm`, `openai.insufficient-quota`). */
  id: string;
  /** The taxonomy category; a match also sets the classification's category. */
  category: Category;
  /**
   * Any of these matching the normalised paste recognises the error. A string matches literally,
   * case-insensitively. A RegExp must be linear-time: literal-anchored, bounded quantifiers only
   * (`[^\n]{0,200}`, never `.*` next to another unbounded quantifier). Named groups
   * (`(?<pkg>[\w.-]{1,100})`) are handed verbatim to the text functions as `c.g.pkg`.
   */
  match: readonly (string | RegExp)[];
  /** Extra conditions on the classifier's facts; every one given must hold. */
  guard?: KnownGuard;
  /** Breaks ties between entries matching the same paste; higher wins. Default 0. */
  priority?: number;
  /** A short title naming the error (no trailing period). */
  title: Text;
  /** One or two sentences: what this error is and why it happens, specific to this error. */
  summary: Text;
  /** Causes in the order to check them; only ones that are true for this error. */
  causes: readonly Text[];
  /** Solutions, the most likely fix first. */
  solutions: readonly KnownSolution[];
  prevention?: readonly Text[];
  tools?: readonly Text[];
  /**
   * When the message prints its own fix ("Did you mean …", "hint: …"), errdoc puts that fix first.
   * Set this when the entry knows the printed hint is not the right first step for this error.
   */
  printedFixIsWrong?: boolean;
  /** The official pages (or maintainers' answers) the facts above come from. At least one. */
  docs: readonly string[];
  /** Real-format messages this entry must recognise, each with where it was seen. At least one. */
  samples: readonly { text: string; source: string }[];
}

export interface KnownGuard {
  ecosystem?: readonly string[];
  provider?: readonly string[];
  /** HTTP statuses; the paste must carry one of them. */
  status?: readonly number[];
  exception?: readonly string[];
}

/** What the text functions see: the match's named groups, the paste's facts, the report language. */
export interface KnownContext {
  g: Readonly<Record<string, string | undefined>>;
  f: Facts;
  lang: Lang;
}

/** A fixed text in both languages, or one built from the context (null drops it). */
export type Text = L | ((c: KnownContext) => L | null);

export interface KnownSolution {
  title: Text;
  steps: readonly Text[];
  code?: (c: KnownContext) => CodeBlock | null;
  /** Only offered when this holds. */
  when?: (c: KnownContext) => boolean;
}

/** The classifier's facts a guard can test. */
export interface MatchFacts {
  httpStatus: number | null;
  provider: string | null;
  ecosystem: string | null;
  exception: string | null;
}

export interface KnownMatch {
  entry: KnownError;
  groups: Record<string, string | undefined>;
  /** Where the match starts in the normalised text. */
  index: number;
}
