import { isLocale } from "@/lib/i18n/locale";

/** What the paste form shows after a failed submit: the message and everything the user typed. */
export type PasteFormState = {
  message: string | null;
  fieldErrors: Record<string, string[]>;
  values: { text: string; context: string; lang: string; unlisted: boolean };
  /** Changes on every failed submit, so the form remounts with the returned values. */
  attempt: number;
};

export const initialPasteFormState = (lang: string): PasteFormState => ({
  message: null,
  fieldErrors: {},
  values: { text: "", context: "", lang, unlisted: false },
  attempt: 0,
});

export function pasteFormValues(formData: FormData): PasteFormState["values"] {
  const field = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    text: field("text"),
    context: field("context"),
    lang: field("lang"),
    unlisted: formData.get("unlisted") === "on",
  };
}

/** The form's fields in the shape POST /api/v1/diagnoses takes. */
export function pasteFormToInput(values: PasteFormState["values"]) {
  return {
    text: values.text,
    context: values.context,
    lang: isLocale(values.lang) ? values.lang : undefined,
    visibility: values.unlisted ? "unlisted" : "listed",
  };
}

type FormMessages = {
  rateLimited(seconds: number): string;
  emptyText: string;
  tooLarge(kib: number): string;
  contextTooLong: string;
  notSaved: string;
};

/** The form speaks the reader's language; the API keeps the AppError's English message. */
export function pasteFormErrorMessage(
  error: { code: string; message: string; fieldErrors: Record<string, string[]>; retryAfterSeconds: number | null },
  t: FormMessages,
  maxInputBytes: number,
): string {
  if (error.code === "rate_limited") return t.rateLimited(error.retryAfterSeconds ?? 60);
  if (error.code === "payload_too_large") return t.tooLarge(Math.floor(maxInputBytes / 1024));
  if (error.code === "storage_unavailable") return t.notSaved;
  if (error.fieldErrors.context) return t.contextTooLong;
  if (error.fieldErrors.text) return t.emptyText;
  return error.message;
}

/**
 * The most a server action request may carry: Next's default `serverActions.bodySizeLimit`
 * (next.config.ts leaves it), 1 MB. A bigger form post fails inside Next before errdoc's
 * action runs, and the user would get an error page instead of their text back.
 */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;
// Multipart boundaries, the action id and the other fields.
const FORM_OVERHEAD_BYTES = 8 * 1024;

/** The size of the form post for these fields: browsers send each line break as CRLF. */
export function pasteFormPostBytes(values: { text: string; context: string }): number {
  const encoder = new TextEncoder();
  const crlf = (value: string) => value.replace(/\r?\n/g, "\r\n");
  return encoder.encode(crlf(values.text)).length + encoder.encode(crlf(values.context)).length + FORM_OVERHEAD_BYTES;
}

/**
 * Checked in the browser before sending: null when the post fits, else the paste's size in KiB
 * for the message. Pastes that fit but pass MAX_INPUT_BYTES get the server's own message.
 */
export function oversizedPasteKiB(values: { text: string; context: string }): number | null {
  const bytes = pasteFormPostBytes(values);
  return bytes > ACTION_BODY_LIMIT_BYTES ? Math.ceil(new TextEncoder().encode(values.text).length / 1024) : null;
}
