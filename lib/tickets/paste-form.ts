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
};

/** The form speaks the reader's language; the API keeps the AppError's English message. */
export function pasteFormErrorMessage(
  error: { code: string; message: string; fieldErrors: Record<string, string[]>; retryAfterSeconds: number | null },
  t: FormMessages,
  maxInputBytes: number,
): string {
  if (error.code === "rate_limited") return t.rateLimited(error.retryAfterSeconds ?? 60);
  if (error.code === "payload_too_large") return t.tooLarge(Math.floor(maxInputBytes / 1024));
  if (error.fieldErrors.context) return t.contextTooLong;
  if (error.fieldErrors.text) return t.emptyText;
  return error.message;
}
