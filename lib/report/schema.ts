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

/** The one report shape that the rule-based and the LLM paths both produce (DESIGN.md). */
export const reportSchema = z.object({
  source: reportSourceSchema,
  language: languageSchema,
  title: text,
  translation: z.object({ original: text, translated: text }).nullable(),
  causes: z.object({ summary: text, items: z.array(text) }),
  solutions: z.array(solutionSchema),
  prevention: z.array(text),
  tools: z.array(text),
  markdown: text,
});
export type Report = z.infer<typeof reportSchema>;
