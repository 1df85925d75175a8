import { expect, test } from "@playwright/test";
import { PastePage } from "./pages/paste-page";
import { TicketPage } from "./pages/ticket-page";
import { createDiagnosis, getTicket, waitForFinal } from "./support/api";
import { FAKE_LLM_KEY, fakeLlmUrl } from "./support/servers";

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

test("the AI report streams into the page, then completes", async ({ page }) => {
  const paste = new PastePage(page);
  await paste.open();
  await paste.diagnose({
    text: `openai.RateLimitError: Error code: 429 - quota ${unique()} [[fake-llm:crawl]]`,
    lang: "en",
  });
  // The submit does not wait for the LLM (which takes ~5 s here): the page opens while it writes.
  const ticket = new TicketPage(page);
  await expect(ticket.status()).toHaveAttribute("data-status", "processing");
  await expect(ticket.reportSource()).toHaveAttribute("data-source", "rules");

  const live = page.getByTestId("live-text");
  await expect(live).not.toBeEmpty();
  const early = (await live.innerText()).length;
  await expect.poll(async () => (await live.innerText()).length, { timeout: 8000 }).toBeGreaterThan(early + 20);

  await expect(ticket.status()).toHaveAttribute("data-status", "completed", { timeout: 15_000 });
  await expect(ticket.reportSource()).toHaveAttribute("data-source", "llm");
  await expect(page.getByRole("heading", { name: /Cause analysis/ }).first()).toBeVisible();
});

const faults = ["timeout", "stall", "http401", "http403", "http429", "http500", "http502", "drop", "html", "garbage", "cut", "empty"];

for (const fault of faults) {
  test(`fault ${fault}: the ticket fails with a reason and keeps the rule-based report`, async ({ request }) => {
    const created = await createDiagnosis(request, {
      text: `Error code: 401 - {'error': {'message': '无效的令牌 ${unique()}', 'type': 'new_api_error'}} [[fake-llm:${fault}]]`,
      lang: "zh",
    });
    expect(created.status).toBe("processing");
    const ticket = await waitForFinal(request, created.id, 30_000);
    expect(ticket.status).toBe("failed");
    expect(ticket.error.message.length).toBeGreaterThan(10);
    expect(ticket.report.source).toBe("rules");
    expect(ticket.report.solutions.length).toBeGreaterThan(0);
    if (fault === "http401") expect(ticket.error.message).toContain("LLM_API_KEY");
    if (fault === "timeout") expect(ticket.error.message).toContain("LLM_TIMEOUT_MS");
  });
}

test("a failed ticket shows the reason; its owner can Retry with AI, other readers get no button", async ({ page, browser, request, baseURL }) => {
  // A form create, a failed LLM run, a second browser and a full LLM run.
  test.slow();
  const key = unique();
  const paste = new PastePage(page);
  await paste.open();
  // Created in this browser, so this browser holds the owner cookie.
  const id = await paste.diagnose({ text: `AuthenticationError: Error code: 401 - Invalid Token ${key} [[fake-llm:failonce]] [[fake-llm-key:${key}]]`, lang: "en" });
  await waitForFinal(request, id);
  await page.reload();
  const ticket = new TicketPage(page);
  await expect(ticket.status()).toHaveAttribute("data-status", "failed");
  await expect(page.getByTestId("failure-reason")).toContainText("LLM_API_KEY");
  await expect(ticket.reportSource()).toHaveAttribute("data-source", "rules");

  const visitor = await browser.newContext({ baseURL });
  const visitorPage = await visitor.newPage();
  await visitorPage.goto(`/t/${id}`);
  await expect(visitorPage.getByTestId("failure-reason")).toContainText("LLM_API_KEY");
  await expect(visitorPage.getByRole("button", { name: /Retry with AI|Regenerate/ })).toHaveCount(0);
  await visitor.close();

  await page.getByRole("button", { name: /Retry with AI/ }).click();
  await expect(ticket.status()).toHaveAttribute("data-status", "completed", { timeout: 15_000 });
  await expect(ticket.reportSource()).toHaveAttribute("data-source", "llm");
  // The owner may regenerate the finished report too.
  await expect(page.getByRole("button", { name: /Regenerate AI report/ })).toBeVisible();
});

test("retry: 403 for anyone but the owner, 409 while processing, 202 for the owner", async ({ request }) => {
  const created = await createDiagnosis(request, { text: `ECONNRESET ${unique()} [[fake-llm:crawl]]`, lang: "en" });
  const retry = (authorization?: string) =>
    request.post(`/api/v1/diagnoses/${created.id}/retry`, {
      headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    });
  const owner = `Bearer ${created.ownerToken}`;
  expect((await retry(owner)).status()).toBe(409);
  await waitForFinal(request, created.id);
  for (const stranger of [undefined, "Bearer eo_someone-else-000000000000000000"]) {
    const refused = await retry(stranger);
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error.code).toBe("forbidden");
  }
  expect((await getTicket(request, created.id)).status).toBe("completed");
  const again = await retry(owner);
  expect(again.status()).toBe(202);
  expect((await getTicket(request, created.id)).status).toBe("processing");
  expect((await waitForFinal(request, created.id)).status).toBe("completed");
});

test("the same error in the same language reuses the AI report from the cache", async ({ request }) => {
  const text = `openai.NotFoundError: Error code: 404 - The model \`gpt-9-${unique()}\` does not exist`;
  const first = await createDiagnosis(request, { text, lang: "en" });
  expect((await waitForFinal(request, first.id)).report.source).toBe("llm");
  const second = await createDiagnosis(request, { text: text.replace("Error code", "Error code"), lang: "en" });
  expect(second.status).toBe("completed");
  const ticket = await getTicket(request, second.id);
  expect(ticket.report.source).toBe("cache");
  // A different language is a different report.
  const zh = await createDiagnosis(request, { text, lang: "zh" });
  expect(zh.status).toBe("processing");
});

test("the LLM never receives a pasted secret", async ({ request }) => {
  const secret = "sk-proj-Zx8QmW2vLr5TnY7uKp3sHd9fGb1cVa4eJo6iNt0yXq2wRe8u";
  const created = await createDiagnosis(request, {
    text: `openai.AuthenticationError: Incorrect API key provided: ${secret} ${unique()}`,
    context: `I exported OPENAI_API_KEY=${secret}`,
    lang: "en",
  });
  await waitForFinal(request, created.id);
  const received = await (await request.get(`${fakeLlmUrl}/__requests`)).text();
  expect(received).toContain("Incorrect API key provided");
  expect(received).not.toContain(secret);
  expect(received).not.toContain(secret.slice(8, 30));
});

test("HTML, scripts and javascript: links in the AI answer stay inert, while streaming and after", async ({ page }) => {
  const paste = new PastePage(page);
  await paste.open();
  await paste.diagnose({ text: `Error: 401 Unauthorized ${unique()} [[fake-llm:hostile]]`, lang: "en" });
  const ticket = new TicketPage(page);
  await expect(ticket.status()).toHaveAttribute("data-status", "completed", { timeout: 15_000 });
  await expect(ticket.reportSource()).toHaveAttribute("data-source", "llm");
  await page.reload();
  await expect(page.getByRole("heading", { name: /Cause analysis/ }).first()).toBeVisible();
  expect(await page.evaluate(() => (window as { __errdocPwned?: string }).__errdocPwned)).toBeUndefined();
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  await expect(page.locator("img[onerror]")).toHaveCount(0);
  // The link text survives as text; the target does not.
  await expect(page.getByText("click to fix").first()).toBeVisible();
});

test("an LLM error that quotes errdoc's own API key is stored and shown without it", async ({ page, request }) => {
  const created = await createDiagnosis(request, { text: `Error: 500 Internal Server Error ${unique()} [[fake-llm:echokey]]`, lang: "en" });
  const ticket = await waitForFinal(request, created.id);
  expect(ticket.status).toBe("failed");
  expect(ticket.error.message).toContain("Invalid token");
  expect(ticket.error.message).toContain("LLM_API_KEY");
  expect(JSON.stringify(ticket)).not.toContain(FAKE_LLM_KEY);
  await page.goto(`/t/${created.id}`);
  await expect(page.getByText("Invalid token").first()).toBeVisible();
  expect(await page.content()).not.toContain(FAKE_LLM_KEY);
});

test("without JavaScript the page shows the status and the rule report, and the AI report on reload", async ({ browser, request, baseURL }) => {
  const created = await createDiagnosis(request, { text: `TypeError: fetch failed ${unique()} [[fake-llm:crawl]]`, lang: "en" });
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(`/t/${created.id}`);
  const ticket = new TicketPage(page);
  await expect(ticket.status()).toHaveAttribute("data-status", "processing");
  await expect(ticket.reportSource()).toHaveAttribute("data-source", "rules");
  // Chromium's "JavaScript off" emulation still parses <noscript> as text, so read the HTML.
  expect(await (await request.get(`/t/${created.id}`)).text()).toMatch(/<noscript>.*JavaScript is off: reload this page/);
  await waitForFinal(request, created.id);
  await page.reload();
  await expect(ticket.status()).toHaveAttribute("data-status", "completed");
  await expect(ticket.reportSource()).toHaveAttribute("data-source", "llm");
  await context.close();
});

test("health says the LLM is configured", async ({ request }) => {
  expect(await (await request.get("/api/health")).json()).toEqual({ ok: true, db: "ok", llm: "configured" });
});
