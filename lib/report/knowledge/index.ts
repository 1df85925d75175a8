import type { Category } from "@/lib/classifier/schema";
import type { KnowledgeEntry } from "../types";
import { apiEntries } from "./api";
import { codeEntries } from "./code";
import { dependencyEntries } from "./dependencies";
import { networkEntries } from "./network";
import { systemEntries } from "./system";

/** The knowledge base: one entry per taxonomy category, grouped by file. */
export const knowledgeEntries: readonly KnowledgeEntry[] = [...apiEntries, ...networkEntries, ...dependencyEntries, ...codeEntries, ...systemEntries];

const byCategory = new Map<Category, KnowledgeEntry>(knowledgeEntries.map((e) => [e.category, e]));

export function knowledgeFor(category: Category): KnowledgeEntry {
  const entry = byCategory.get(category) ?? byCategory.get("unknown");
  if (!entry) throw new Error(`no knowledge entry for ${category}`);
  return entry;
}
