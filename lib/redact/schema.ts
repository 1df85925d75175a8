import { z } from "zod";

/** What a redaction removed. Stored with tickets, so a kind is never renamed once shipped. */
export const secretKinds = [
  "private_key",
  "jwt",
  "anthropic_key",
  "openai_key",
  "deepseek_key",
  "relay_key",
  "google_key",
  "google_oauth_token",
  "aws_access_key",
  "aws_secret",
  "azure_key",
  "azure_sas",
  "url_signature",
  "github_token",
  "gitlab_token",
  "slack_token",
  "slack_webhook",
  "stripe_key",
  "huggingface_token",
  "api_key",
  "bearer_token",
  "basic_auth",
  "cookie",
  "url_password",
  "password",
  "secret",
  "token",
  "home_path",
] as const;

export const secretKindSchema = z.enum(secretKinds);
export type SecretKind = z.infer<typeof secretKindSchema>;

export const redactionFindingSchema = z.object({
  kind: secretKindSchema,
  count: z.number().int().positive(),
});
export type RedactionFinding = z.infer<typeof redactionFindingSchema>;

export const redactionLanguageSchema = z.enum(["zh", "en"]);
export type RedactionLanguage = z.infer<typeof redactionLanguageSchema>;
