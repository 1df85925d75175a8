"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { clientKeyFrom } from "@/lib/http/client-key";
import { rememberOwnership } from "@/lib/http/owner-cookies";
import { isHttpsRequest } from "@/lib/http/request-info";
import { isLocale } from "@/lib/i18n/locale";
import { messages } from "@/lib/i18n/messages";
import { pasteFormErrorMessage, pasteFormToInput, pasteFormValues, type PasteFormState } from "@/lib/tickets/paste-form";
import { diagnose } from "@/lib/tickets/service";

export async function diagnoseAction(previous: PasteFormState, formData: FormData): Promise<PasteFormState> {
  const values = pasteFormValues(formData);
  let id: string;
  try {
    const requestHeaders = await headers();
    const created = await diagnose({ input: pasteFormToInput(values), clientKey: clientKeyFrom(requestHeaders) });
    rememberOwnership(await cookies(), { id: created.ticket.id, ownerToken: created.ownerToken, isHttps: isHttpsRequest(requestHeaders) });
    id = created.ticket.id;
  } catch (error) {
    if (!isAppError(error)) throw error;
    const uiLang = formData.get("ui");
    const t = messages(isLocale(uiLang) ? uiLang : "en");
    return {
      message: pasteFormErrorMessage(error, t.home, env().maxInputBytes),
      fieldErrors: error.fieldErrors,
      values,
      attempt: previous.attempt + 1,
    };
  }
  redirect(`/t/${id}`);
}
