import { z } from "zod";
import { languageSchema } from "@/lib/classifier/schema";

export const reportSourceSchema = z.enum(["rules", "llm", "cache"]);
export type ReportSource = z.infer<typeof reportSourceSchema>;

const text = z.string().trim().min(1);

export const codeBlockSchema = z.object({
  language: text,
  content: text,
});
export type CodeBlock = z.infer<typeof codeBlockSchema>;

export const solutionSchema = z.object({
  title: text,
  steps: z.array(text),
  code: codeBlockSchema.optional(),
});
export type Solution = z.infer<typeof solutionSchema>;

/** What a diagnosis rests on (DESIGN.md): a known-error entry, the message's own fix, the category, or nothing. */
export const reportBasisSchema = z.enum(["known_error", "message_fix", "category", "unknown"]);
export type ReportBasis = z.infer<typeof reportBasisSchema>;

export const knownErrorRefSchema = z.object({ id: text, docs: z.array(text) });
export type KnownErrorRef = z.infer<typeof knownErrorRefSchema>;

/** The one report shape that the rule-based and the LLM paths both produce (DESIGN.md). */
export const reportSchema = z.object({
  source: reportSourceSchema,
  language: languageSchema,
  // Reports saved before `basis` existed read as category reports.
  basis: reportBasisSchema.default("category"),
  knownError: knownErrorRefSchema.nullable().default(null),
  title: text,
  translation: z.object({ original: text, translated: text }).nullable(),
  causes: z.object({ summary: text, items: z.array(text) }),
  solutions: z.array(solutionSchema),
  prevention: z.array(text),
  tools: z.array(text),
  markdown: text,
});
export type Report = z.infer<typeof reportSchema>;
