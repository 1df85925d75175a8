import { expect, test } from "@playwright/test";
import { HistoryPage } from "./pages/history-page";
import { TicketPage } from "./pages/ticket-page";
import { createDiagnosis } from "./support/api";

const tag = () => `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test("Chinese and English searches find the right tickets, with matches highlighted", async ({ page, request }) => {
  const marker = tag();
  const zh = await createDiagnosis(request, {
    text: `{"error":{"message":"无效的令牌 ${marker} (request id: 20260219100814161456584b503l5fK)","type":"new_api_error"}}`,
    lang: "zh",
  });
  const en = await createDiagnosis(request, { text: `openai.APIConnectionError: Connection error. ${marker}`, lang: "en" });

  const api = await (await request.get(`/api/v1/diagnoses?q=${encodeURIComponent(`令牌 ${marker}`)}`)).json();
  expect(api.items.map((i: { id: string }) => i.id)).toEqual([zh.id]);
  const apiEn = await (await request.get(`/api/v1/diagnoses?q=${encodeURIComponent(`connection ${marker}`)}`)).json();
  expect(apiEn.items.map((i: { id: string }) => i.id)).toEqual([en.id]);

  const history = new HistoryPage(page);
  await history.openAll({ q: `令牌 ${marker}` });
  expect(await history.ticketIds()).toEqual([zh.id]);
  await expect(history.rows().first().locator("mark").filter({ hasText: "令牌" }).first()).toBeVisible();
  await expect(page.getByRole("searchbox")).toHaveValue(`令牌 ${marker}`);
});

test("filters and cursors page through everything exactly once, and the URL holds the state", async ({ page, request }) => {
  const marker = tag();
  const ids: string[] = [];
  for (let i = 0; i < 7; i++) {
    ids.push((await createDiagnosis(request, { text: `Error: connect ECONNREFUSED 127.0.0.1:${5400 + i} ${marker}`, lang: "en" })).id);
  }
  await createDiagnosis(request, { text: `KeyError: 'choices' ${marker}`, lang: "en" });

  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const url: string = `/api/v1/diagnoses?q=${marker}&category=network.connection&limit=3${cursor ? `&cursor=${cursor}` : ""}`;
    const body = await (await request.get(url)).json();
    seen.push(...body.items.map((i: { id: string }) => i.id));
    cursor = body.nextCursor;
  } while (cursor);
  expect(seen.sort()).toEqual([...ids].sort());

  const history = new HistoryPage(page);
  await history.openAll({ q: marker, category: "network.connection", limit: "3" });
  const pageOne = await history.ticketIds();
  expect(pageOne).toHaveLength(3);
  await page.getByRole("link", { name: /Older|更早/ }).click();
  await expect(page).toHaveURL(/cursor=/);
  await expect(page).toHaveURL(/category=network.connection/);
  await expect(page).toHaveURL(/view=all/);
  const pageTwo = await history.ticketIds();
  expect(pageTwo.some((id) => pageOne.includes(id))).toBe(false);
  await expect(page.getByLabel(/Category|类别/)).toHaveValue("network.connection");
});

test("the same error with different request ids groups together", async ({ page, request }) => {
  const marker = tag();
  const texts = ["20260301101010123456789aAbBcCdD", "20260302111111987654321zZyYxXwW", "20260303121212555555555qQwWeErR"].map(
    (rid) => `{"error":{"message":"该令牌额度已用尽 ${marker} (request id: ${rid})","type":"new_api_error"}}`,
  );
  const ids = [];
  for (const text of texts) ids.push((await createDiagnosis(request, { text, lang: "zh" })).id);
  const items = (await (await request.get(`/api/v1/diagnoses?q=${marker}`)).json()).items;
  expect(new Set(items.map((i: { fingerprint: string }) => i.fingerprint)).size).toBe(1);
  expect(items[0].seen.count).toBe(3);

  const ticket = new TicketPage(page);
  await ticket.open(ids[0]!);
  await expect(page.getByRole("link", { name: /Seen 3 times|出现过 3 次/ })).toBeVisible();
  const similar = page.getByRole("region", { name: /Similar diagnoses|相似诊断/ });
  await expect(similar.getByRole("link")).toHaveCount(2);
  await page.getByRole("link", { name: /Seen 3 times|出现过 3 次/ }).click();
  await expect(page.getByTestId("history-row")).toHaveCount(3);
});

test("unlisted tickets appear nowhere but their link, and say noindex", async ({ page, request }) => {
  const marker = tag();
  const unlisted = await createDiagnosis(request, { text: `PermissionError: [Errno 13] Permission denied: '/srv/${marker}.log'`, visibility: "unlisted", lang: "en" });
  const list = await (await request.get(`/api/v1/diagnoses?q=${marker}`)).json();
  expect(list.items).toHaveLength(0);
  const all = await (await request.get(`/api/v1/diagnoses?limit=100`)).json();
  expect(all.items.map((i: { id: string }) => i.id)).not.toContain(unlisted.id);
  const history = new HistoryPage(page);
  await history.openAll({ q: marker });
  await expect(history.rows()).toHaveCount(0);
  await history.open({ q: marker });
  await expect(history.groupRows()).toHaveCount(0);

  await page.goto(`/t/${unlisted.id}`);
  await expect(page.getByTestId("pasted-error")).toContainText(marker);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
});

test("delete works only with the owner token, and a deleted ticket is gone", async ({ request }) => {
  const created = await createDiagnosis(request, { text: `TypeError: Cannot read properties of undefined (reading '${tag()}')`, lang: "en" });
  expect((await request.delete(`/api/v1/diagnoses/${created.id}`)).status()).toBe(403);
  expect((await request.delete(`/api/v1/diagnoses/${created.id}`, { headers: { authorization: "Bearer eo_wrong" } })).status()).toBe(403);
  expect((await request.delete(`/api/v1/diagnoses/${created.id}`, { headers: { authorization: `Bearer ${created.ownerToken}` } })).status()).toBe(204);
  expect((await request.get(`/api/v1/diagnoses/${created.id}`)).status()).toBe(404);
  expect((await request.get(`/t/${created.id}`)).status()).toBe(404);
  expect((await request.get(`/t/${created.id}/report.md`)).status()).toBe(404);
});

test("the creator sees a delete button in the browser; others do not", async ({ page, browser }) => {
  await page.goto("/");
  await page.getByRole("textbox", { name: /Error message|报错信息/ }).fill(`IndexError: list index out of range ${tag()}`);
  await page.getByRole("button", { name: /^(Diagnose|开始诊断)$/ }).click();
  await page.waitForURL(/\/t\/[\w-]{16,}$/);
  const url = page.url();

  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(url);
  await expect(strangerPage.getByTestId("pasted-error")).toBeVisible();
  await expect(strangerPage.getByRole("button", { name: /^(🗑️ )?(Delete|删除)$/ })).toHaveCount(0);
  await stranger.close();

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: /Delete|删除/ }).click();
  await page.waitForURL(/\/history/);
  expect((await page.request.get(url)).status()).toBe(404);
});

test("a share link carries title, description and Open Graph tags", async ({ request }) => {
  const created = await createDiagnosis(request, { text: "openai.RateLimitError: Error code: 429 - Rate limit reached for gpt-4o in organization org-abc on tokens per min (TPM)", lang: "en" });
  const html = await (await request.get(`/t/${created.id}`, { headers: { "accept-language": "en" } })).text();
  expect(html).toMatch(/<title>[^<]{5,}<\/title>/);
  expect(html).toMatch(/<meta name="description" content="[^"]*Rate limit reached/);
  expect(html).toMatch(/<meta property="og:title" content="[^"]{5,}"/);
  expect(html).toMatch(/<meta property="og:description" content="[^"]*429/);
  expect(html).toMatch(/<meta name="twitter:card" content="summary"/);
  expect(html).not.toMatch(/noindex/);
});

test("feedback is stored and shown in the list", async ({ page, request }) => {
  const marker = tag();
  const created = await createDiagnosis(request, { text: `ModuleNotFoundError: No module named 'sklearn' ${marker}`, lang: "en" });
  await page.goto(`/t/${created.id}`);
  await page.getByRole("button", { name: /Yes, it fixed it|解决了/ }).click();
  await expect(page.getByText(/Thanks for the feedback|感谢反馈/)).toBeVisible();
  await expect
    .poll(async () => {
      await page.goto(`/history?q=${marker}&view=all`);
      return page.getByTestId("history-row").first().innerText();
    })
    .toContain("👍 1");
});

test("the UI follows Accept-Language, and the switch is kept in a cookie", async ({ browser }) => {
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto("/history");
  await expect(page.getByRole("heading", { name: "历史记录" })).toBeVisible();
  await page.getByRole("link", { name: /语言|Language/ }).click();
  await expect(page.getByRole("heading", { name: "History" })).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "What went wrong?" })).toBeVisible();
  await context.close();
});

test("stats show totals and charts", async ({ page, request }) => {
  await createDiagnosis(request, { text: "Error: listen EADDRINUSE: address already in use :::8080", lang: "en" });
  await page.goto("/stats");
  await expect(page.getByTestId("stat-total")).not.toHaveText("0");
  await expect(page.getByRole("figure", { name: /per day|每日/ })).toBeVisible();
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
});

test("bad history filters get a clear message, not an error page", async ({ page, request }) => {
  const response = await request.get("/api/v1/diagnoses?category=nope&limit=5000");
  expect(response.status()).toBe(400);
  expect((await response.json()).error.code).toBe("invalid_input");
  const pageResponse = await page.goto("/history?from=yesterday");
  expect(pageResponse?.status()).toBe(200);
  await expect(page.getByRole("alert").filter({ hasText: "from" })).toContainText(/date like/);
});
