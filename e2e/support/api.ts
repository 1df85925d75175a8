import { expect, type APIRequestContext } from "@playwright/test";

export type CreatedDiagnosis = { id: string; url: string; status: string; category: string; createdAt: string; ownerToken: string };

export async function createDiagnosis(request: APIRequestContext, data: Record<string, unknown>): Promise<CreatedDiagnosis> {
  const response = await request.post("/api/v1/diagnoses", { data });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function getTicket(request: APIRequestContext, id: string): Promise<any> {
  const response = await request.get(`/api/v1/diagnoses/${id}`);
  expect(response.status()).toBe(200);
  return response.json();
}

/** Polls until the ticket leaves `processing`, and returns it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function waitForFinal(request: APIRequestContext, id: string, timeoutMs = 20_000): Promise<any> {
  let ticket = await getTicket(request, id);
  await expect
    .poll(
      async () => {
        ticket = await getTicket(request, id);
        return ticket.status;
      },
      { timeout: timeoutMs, intervals: [100, 200, 300] },
    )
    .not.toBe("processing");
  return ticket;
}
