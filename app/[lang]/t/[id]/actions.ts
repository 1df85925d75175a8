"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { isAppError } from "@/lib/errors";
import { clientKeyFrom } from "@/lib/http/client-key";
import { forgetOwnership, ownerTokenFor } from "@/lib/http/owner-cookies";
import { isHttpsRequest } from "@/lib/http/request-info";
import { deleteDiagnosis, recordFeedback, recordSolutionVote, retryDiagnosis } from "@/lib/tickets/service";

export async function deleteTicketAction(id: string): Promise<{ ok: false; message: string }> {
  const store = await cookies();
  try {
    await deleteDiagnosis({ id, ownerToken: ownerTokenFor(store, id) });
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    throw error;
  }
  forgetOwnership(store, { id, isHttps: isHttpsRequest(await headers()) });
  redirect("/history");
}

/** One vote per client (by address) per ticket; voting again changes the vote. */
export async function feedbackAction(id: string, isHelpful: boolean): Promise<{ ok: boolean }> {
  try {
    await recordFeedback({ id, isHelpful, clientKey: clientKeyFrom(await headers()) });
    return { ok: true };
  } catch (error) {
    if (isAppError(error)) return { ok: false };
    throw error;
  }
}

/** "This fixed it" on one solution: one per client per ticket; another solution moves the vote. */
export async function solutionVoteAction(id: string, solution: number): Promise<{ ok: boolean }> {
  try {
    await recordSolutionVote({ id, solution, clientKey: clientKeyFrom(await headers()) });
    return { ok: true };
  } catch (error) {
    if (isAppError(error)) return { ok: false };
    throw error;
  }
}

/** Owner only, and counted by the rate limit: each retry is an LLM call. */
export async function retryAction(id: string): Promise<{ ok: boolean; message?: string }> {
  try {
    await retryDiagnosis({ id, ownerToken: ownerTokenFor(await cookies(), id), clientKey: clientKeyFrom(await headers()) });
    return { ok: true };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    throw error;
  }
}
