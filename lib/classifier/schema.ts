import { z } from "zod";

/** Every category of shared/taxonomy.md (v1), in the table's order. */
export const categories = [
  "auth.invalid_credentials",
  "auth.forbidden",
  "billing.quota_exceeded",
  "rate_limit",
  "model.not_found",
  "request.context_length",
  "request.content_filtered",
  "request.invalid",
  "endpoint.not_found",
  "upstream.unavailable",
  "network.timeout",
  "network.connection",
  "network.tls",
  "network.cors",
  "network.address_in_use",
  "dependency.missing",
  "dependency.install",
  "code.syntax",
  "code.null_reference",
  "code.type",
  "code.name",
  "code.index_key",
  "code.value",
  "data.parse",
  "resource.memory",
  "fs.not_found",
  "fs.permission",
  "database",
  "tool.git",
  "tool.container",
  "build.compile",
  "unknown",
] as const;

export const categorySchema = z.enum(categories);
export type Category = z.infer<typeof categorySchema>;

export const languageSchema = z.enum(["zh", "en"]);
export type Language = z.infer<typeof languageSchema>;

/** The classifier's answer: one category plus the facts the text holds (null when absent). */
export const classificationSchema = z.object({
  category: categorySchema,
  confidence: z.number().min(0).max(1),
  httpStatus: z.number().int().min(100).max(599).nullable(),
  errorType: z.string().nullable(),
  requestId: z.string().nullable(),
  url: z.string().nullable(),
  host: z.string().nullable(),
  provider: z.string().nullable(),
  ecosystem: z.string().nullable(),
  exception: z.string().nullable(),
  lang: languageSchema,
  fingerprint: z.string(),
});
export type Classification = z.infer<typeof classificationSchema>;
