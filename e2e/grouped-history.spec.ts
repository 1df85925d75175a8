import { expect, test } from "@playwright/test";
import { HistoryPage } from "./pages/history-page";
import { createDiagnosis } from "./support/api";
import { uniqueWord } from "./support/unique";

// Letters only (see uniqueWord): other tests' pastes of the same error must not join these groups.
const tag = () => `g${uniqueWord()}`;
// A new request id each time: the fingerprint ignores it, so each paste is the same error.
const requestId = (i: number) => `${(0x3f2a9c1e + i * 7919).toString(16)}-8b7d-4e6f-9a01-${(0x2b3c4d5e6f70 + i * 104729).toString(16)}`;

type GroupItem = { fingerprint: string; count: number; firstSeen: string; lastSeen: string; latestId: string; id: string };

test("35 pastes of one error and 5 of another are 2 groups, in the page and in the API; unlisted pastes never count", async ({ page, request }) => {
  test.setTimeout(90_000);
  const marker = tag();
  const quota = (i: number) => `java.lang.OutOfMemoryError: Java heap space ${marker}\n  request-id: ${requestId(i)}`;
  const refused = (i: number) => `Error: ENOSPC: no space left on device, write ${marker}\n  request-id: ${requestId(i)}`;
  const quotaIds: string[] = [];
  for (let i = 0; i < 35; i++) quotaIds.push((await createDiagnosis(request, { text: quota(i), lang: "zh" })).id);
  for (let i = 0; i < 5; i++) await createDiagnosis(request, { text: refused(i), lang: "en" });

  const history = new HistoryPage(page);
  await history.open({ q: marker });
  await expect(history.groupRows()).toHaveCount(2);
  const counts = (await history.groups()).map(([, count]) => count).sort((a, b) => b - a);
  expect(counts).toEqual([35, 5]);
  await expect(history.groupRows().filter({ hasText: /ENOSPC/ }).getByTestId("group-count")).toHaveText(/^5/);
  await expect(page.getByTestId("sparkline").first()).toBeVisible();

  const api = await (await request.get(`/api/v1/diagnoses?group=1&q=${marker}`)).json();
  const items = api.items as GroupItem[];
  expect(items.map((i) => i.count).sort((a, b) => b - a)).toEqual([35, 5]);
  const big = items.find((i) => i.count === 35)!;
  expect(big.latestId).toBe(quotaIds.at(-1));
  expect(big.id).toBe(big.latestId);
  expect(Date.parse(big.firstSeen)).toBeLessThanOrEqual(Date.parse(big.lastSeen));
  expect(api.nextCursor).toBeNull();

  // The newest-first grouped view (no search) agrees with the API's.
  const newest = (await (await request.get(`/api/v1/diagnoses?group=1&limit=100`)).json()).items as GroupItem[];
  expect(newest.find((i) => i.fingerprint === big.fingerprint)?.count).toBe(35);

  // An unlisted paste of the same error changes nothing, anywhere.
  const unlisted = await createDiagnosis(request, { text: quota(99), lang: "zh", visibility: "unlisted" });
  const after = (await (await request.get(`/api/v1/diagnoses?group=1&q=${marker}`)).json()).items as GroupItem[];
  expect(after.find((i) => i.fingerprint === big.fingerprint)).toMatchObject({ count: 35, latestId: big.latestId });
  expect(after.map((i) => i.latestId)).not.toContain(unlisted.id);
  await history.open({ q: marker });
  expect((await history.groups()).map(([, count]) => count).sort((a, b) => b - a)).toEqual([35, 5]);

  // The toggle shows every diagnosis, and keeps the search.
  await page.getByRole("link", { name: /^(All diagnoses|全部诊断)$/ }).click();
  await expect(page).toHaveURL(/view=all/);
  await expect(page).toHaveURL(new RegExp(`q=${marker}`));
  await expect(history.rows()).toHaveCount(20);
  await page.getByRole("link", { name: /^(By error|按错误)$/ }).click();
  await expect(history.groupRows()).toHaveCount(2);

  // A group row opens the group page with every occurrence.
  await history.groupRows().filter({ hasText: /ENOSPC/ }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/history\/g\//);
  await expect(page.getByTestId("history-row")).toHaveCount(5);
});

test("grouped pages keyset-page through every group once, and keep the filters", async ({ page, request }) => {
  const marker = tag();
  const fingerprints = new Set<string>();
  for (let i = 0; i < 5; i++) {
    // Different exception names: different errors.
    const text = `${["Alpha", "Bravo", "Charlie", "Delta", "Echo"][i]}Error: 'choices' ${marker}`;
    await createDiagnosis(request, { text, lang: "en" });
    await createDiagnosis(request, { text, lang: "en" });
  }
  let cursor: string | null = null;
  do {
    const body: { items: GroupItem[]; nextCursor: string | null } = await (
      await request.get(`/api/v1/diagnoses?group=1&q=${marker}&limit=2${cursor ? `&cursor=${cursor}` : ""}`)
    ).json();
    for (const item of body.items) {
      expect(fingerprints.has(item.fingerprint)).toBe(false);
      expect(item.count).toBe(2);
      fingerprints.add(item.fingerprint);
    }
    cursor = body.nextCursor;
  } while (cursor);
  expect(fingerprints.size).toBe(5);

  const history = new HistoryPage(page);
  await history.open({ q: marker, limit: "2" });
  const first = await history.groups();
  expect(first).toHaveLength(2);
  await page.getByRole("link", { name: /Older|更早/ }).click();
  await expect(page).toHaveURL(/cursor=/);
  const second = await history.groups();
  expect(second.some(([fp]) => first.some(([f]) => f === fp))).toBe(false);

  // A flat cursor is refused in the grouped view, with a clear message.
  const flat = (await (await request.get(`/api/v1/diagnoses?q=${marker}&limit=2`)).json()).nextCursor;
  const refused = await request.get(`/api/v1/diagnoses?group=1&q=${marker}&cursor=${flat}`);
  expect(refused.status()).toBe(400);
});

test("'This fixed it' on a solution shows on the group page and moves that solution first; one vote per client per ticket", async ({ page, request }) => {
  const marker = tag();
  const text = (i: number) => `java.lang.OutOfMemoryError: Java heap space ${marker}\n  request-id: ${requestId(i)}`;
  const a = await createDiagnosis(request, { text: text(1), lang: "en" });
  const b = await createDiagnosis(request, { text: text(2), lang: "en" });
  const order = () => page.getByTestId("solution").evaluateAll((rows) => rows.map((row) => Number(row.getAttribute("data-solution"))));

  await page.goto(`/t/${a.id}`);
  expect((await order()).slice(0, 2)).toEqual([1, 2]);
  await page.locator('[data-testid="solution"][data-solution="2"]').getByRole("button", { name: /This fixed it/ }).click();
  await expect(page.locator('[data-testid="solution"][data-solution="2"]').getByRole("status")).toHaveText(/Noted/);

  // The group's reports now list solution 2 first (the voted ticket and the other one).
  await page.reload();
  expect((await order())[0]).toBe(2);
  await expect(page.locator('[data-testid="solution"][data-solution="2"]').getByRole("button", { name: /This fixed it/ })).toHaveAttribute("aria-pressed", "true");
  await page.goto(`/t/${b.id}`);
  expect((await order())[0]).toBe(2);

  const fingerprint = (await (await request.get(`/api/v1/diagnoses/${a.id}`)).json()).classification.fingerprint;
  await page.goto(`/history/g/${fingerprint}`);
  await expect(page.getByTestId("fixed-it")).toContainText("Solution 2 fixed it for 1 of 1 person");
  await expect(page.getByTestId("best-link")).toHaveAttribute("href", `/t/${b.id}`);

  // Voting again on the same ticket moves the one vote rather than adding a second.
  await page.goto(`/t/${a.id}`);
  await page.locator('[data-testid="solution"][data-solution="1"]').getByRole("button", { name: /This fixed it/ }).click();
  await expect(page.locator('[data-testid="solution"][data-solution="1"]').getByRole("status")).toHaveText(/Noted/);
  await page.goto(`/history/g/${fingerprint}`);
  await expect(page.getByTestId("fixed-it")).toHaveText(/Solution 1 fixed it for 1 of 1 person/);
  await expect(page.getByTestId("fixed-it")).not.toContainText("Solution 2");

  // The zh group page says it in Chinese.
  const zh = await page.context().browser()!.newContext({ locale: "zh-CN" });
  const zhPage = await zh.newPage();
  await zhPage.goto(new URL(`/history/g/${fingerprint}`, page.url()).toString());
  await expect(zhPage.getByTestId("fixed-it")).toContainText("方案一 帮 1 人中的 1 人解决了问题");
  await zh.close();
});

test("the filter bar is one row on a 1280 px desktop and one 'Filters' control on a phone", async ({ browser }) => {
  const baseURL = test.info().project.use.baseURL;
  for (const locale of ["en-US", "zh-CN"]) {
    const desktop = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale, baseURL });
    const page = await desktop.newPage();
    await page.goto("/history");
    const boxes = await page.locator("#history-filters > :not(legend)").evaluateAll((nodes) =>
      nodes.map((node) => node.getBoundingClientRect()).map((r) => ({ middle: r.top + r.height / 2, right: r.right, width: r.width })),
    );
    const search = await page.getByRole("searchbox").evaluate((node) => node.closest("form")!.getBoundingClientRect().right);
    expect(boxes.length).toBeGreaterThanOrEqual(7);
    const middles = boxes.map((b) => b.middle);
    expect(Math.max(...middles) - Math.min(...middles), locale).toBeLessThan(8);
    // The selects stay wide enough to read ("All categories").
    expect(Math.min(...boxes.slice(0, 3).map((b) => b.width)), locale).toBeGreaterThan(130);
    expect(Math.max(...boxes.map((b) => b.right)), locale).toBeLessThanOrEqual(search + 1);
    await expect(page.getByTestId("filters-toggle")).toBeHidden();
    await desktop.close();
  }

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, baseURL });
  const page = await phone.newPage();
  await page.goto("/history");
  await expect(page.getByLabel(/^(Category|类别)$/)).toBeHidden();
  await page.getByTestId("filters-toggle").click();
  await expect(page.getByLabel(/^(Category|类别)$/)).toBeVisible();
  // With a filter set, the phone opens on the filters.
  await page.goto("/history?status=completed");
  await expect(page.getByLabel(/^(Status|状态)$/)).toBeVisible();
  await phone.close();
});

test("the group page shows the error over time, first and last seen, and the providers and languages seen, on a desktop and a phone", async ({ browser, request }) => {
  const baseURL = test.info().project.use.baseURL;
  const marker = tag();
  const text = (i: number) => `Error: ENOSPC: no space left on device, write ${marker}\n  request-id: ${requestId(i)}`;
  const ids: string[] = [];
  for (let i = 0; i < 3; i++) ids.push((await createDiagnosis(request, { text: text(i), lang: "zh" })).id);
  ids.push((await createDiagnosis(request, { text: text(3), lang: "en" })).id);
  await createDiagnosis(request, { text: text(4), lang: "en", visibility: "unlisted" });
  const first = (await (await request.get(`/api/v1/diagnoses/${ids[0]}`)).json()) as { createdAt: string; classification: { fingerprint: string } };
  const last = (await (await request.get(`/api/v1/diagnoses/${ids[3]}`)).json()) as { createdAt: string };
  const fingerprint = first.classification.fingerprint;

  for (const [locale, words] of [
    ["en-US", { chart: "4 in the last 30 days", none: "not recognised", zh: "Chinese", en: "English", count: (n: number) => `${n}×` }],
    ["zh-CN", { chart: "最近 30 天共 4 次", none: "未识别", zh: "中文", en: "英文", count: (n: number) => `${n} 次` }],
  ] as const) {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
      const context = await browser.newContext({ viewport, locale, baseURL, isMobile: viewport.width < 500 });
      const page = await context.newPage();
      await page.goto(`/history/g/${fingerprint}`);
      const overview = page.getByTestId("group-overview");
      await expect(overview).toBeVisible();
      // The unlisted paste never counts.
      await expect(overview.getByTestId("overview-count")).toHaveText("4");
      await expect(overview.locator("[data-testid=overview-first] time")).toHaveAttribute("datetime", first.createdAt);
      await expect(overview.locator("[data-testid=overview-last] time")).toHaveAttribute("datetime", last.createdAt);
      const chart = overview.getByTestId("occurrence-chart");
      await expect(chart).toBeVisible();
      await expect(chart).toHaveAttribute("aria-label", new RegExp(`^${words.chart}`));
      expect(await chart.locator("rect").evaluateAll((bars) => bars.map((bar) => Number(bar.getAttribute("data-count"))))).toHaveLength(30);
      expect(await chart.locator("rect").last().getAttribute("data-count")).toBe("4");
      await expect(overview.getByTestId("overview-providers").getByRole("listitem")).toHaveText([new RegExp(`${words.none}\\s*${words.count(4)}`)]);
      await expect(overview.getByTestId("overview-languages").getByRole("listitem")).toHaveText([
        new RegExp(`${words.zh}\\s*${words.count(3)}`),
        new RegExp(`${words.en}\\s*${words.count(1)}`),
      ]);
      // Nothing runs off the side of a phone.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${locale} ${viewport.width}px`).toBeLessThanOrEqual(0);
      const box = (await chart.boundingBox())!;
      expect(box.width, `${locale} ${viewport.width}px`).toBeGreaterThan(viewport.width < 500 ? 300 : 400);
      await context.close();
    }
  }
});
