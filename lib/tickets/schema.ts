import { z } from "zod";
import { languageSchema } from "@/lib/classifier/schema";
import { visibilities } from "@/lib/db/schema";

export const diagnosisModeSchema = z.enum(["auto", "rules", "llm"]);
export type DiagnosisMode = z.infer<typeof diagnosisModeSchema>;

export const visibilitySchema = z.enum(visibilities);

/** Shared by the paste form and POST /api/v1/diagnoses. Size limits are checked in createDiagnosis (they come from env). */
export const createDiagnosisSchema = z.object({
  text: z
    .string({ error: "text must be a string" })
    .refine((value) => value.trim().length > 0, "Paste an error message: the text is empty."),
  context: z
    .string({ error: "context must be a string" })
    .nullish()
    .transform((value) => (value?.trim() ? value.trim() : null)),
  lang: languageSchema.optional(),
  mode: diagnosisModeSchema.default("auto"),
  visibility: visibilitySchema.default("listed"),
});
export type CreateDiagnosisInput = z.input<typeof createDiagnosisSchema>;
export type CreateDiagnosis = z.output<typeof createDiagnosisSchema>;

/** Ticket ids are nanoids: 21 URL-safe characters (126 bits). */
export const ticketIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "not a ticket id");
