/**
 * The category template's solutions, offered after a known error's own: the template's code is
 * written from the paste's facts (the port, the module, the path, the provider), which an entry
 * that names the cause should not lose. Every template solution is true for any error of its category.
 */
import type { Category } from "@/lib/classifier/schema";
import { knowledgeFor } from "@/lib/report/knowledge";
import type { Facts, Item, L } from "@/lib/report/types";
import type { KnownSolution, Text } from "./types";

/** A template item may give several lines; a known entry's steps are one text each, so each gets a few slots. */
const SLOTS = 4;

function slots(item: Item): Text[] {
  if (typeof item !== "function") return [item];
  const at =
    (k: number): Text =>
    (c) => {
      const v = item(c.f);
      const list: L[] = !v ? [] : Array.isArray(v) ? v : [v];
      return list[k] ?? null;
    };
  return Array.from({ length: SLOTS }, (_, k) => at(k));
}

/** The solutions of `category`'s template, evaluated on the paste's facts. */
export function categorySolutions(category: Category): KnownSolution[] {
  return knowledgeFor(category).solutions.map((spec) => {
    const title = spec.title;
    const code = spec.code;
    const when = spec.when;
    const out: KnownSolution = {
      title: typeof title === "function" ? (c) => title(c.f as Facts) : title,
      steps: spec.steps.flatMap(slots),
      ...(code ? { code: (c) => code(c.f, c.lang) || null } : {}),
      ...(when ? { when: (c) => when(c.f) } : {}),
    };
    return out;
  });
}
