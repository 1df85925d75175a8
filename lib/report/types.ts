import type { Category, Classification, Language } from "@/lib/classifier/schema";
import type { CodeBlock } from "./schema";
import type { ApiTarget } from "./providers";
import type { ExtractedFacts } from "./extract";

export type Lang = Language;

/** One piece of text in both report languages. */
export interface L {
  zh: string;
  en: string;
}

export const t = (zh: string, en: string): L => ({ zh, en });

/** Everything the knowledge base may use: the classifier's facts plus what lib/report extracts itself. */
export interface Facts extends ExtractedFacts {
  classification: Classification;
  category: Category;
  httpStatus: number | null;
  errorType: string | null;
  requestId: string | null;
  url: string | null;
  host: string | null;
  provider: string | null;
  ecosystem: string | null;
  exception: string | null;
  /** The bounded paste (plus context) that the extractors ran on. */
  text: string;
  /** True for new-api / one-api style gateways (relays): their tokens, groups and channels. */
  isRelay: boolean;
  /** Where and how to call the API in code: URL, key variable, headers, model. */
  api: ApiTarget;
  /** Tests the bounded text; every pattern handed in must be linear-time. */
  has: (pattern: RegExp) => boolean;
}

type Maybe<T> = T | null | undefined | false | "";

/** A static text, or a function of the facts that may decline (null) or give several. */
export type Item = L | ((f: Facts) => Maybe<L | L[]>);

export interface SolutionSpec {
  /** Only offered when this holds; unset means always. */
  when?: (f: Facts) => boolean;
  title: L | ((f: Facts) => L);
  steps: Item[];
  code?: (f: Facts, lang: Lang) => Maybe<CodeBlock>;
}

/**
 * One category's knowledge: what the error means, why it happens, how to fix and avoid it.
 * Static text is data; functions only fill in the facts of the paste at hand.
 */
export interface KnowledgeEntry {
  category: Category;
  /** A real-looking error that classifyError assigns to this category (a test runs it). */
  example: string;
  /** What the title names beside the category label (a module, a port, a model …); null when unknown. */
  subject?: (f: Facts) => L | string | null;
  /** One sentence in plain words: what the message says. Used when no translation is possible. */
  gist: Item;
  summary: Item;
  causes: Item[];
  solutions: SolutionSpec[];
  prevention: Item[];
  tools: Item[];
}
