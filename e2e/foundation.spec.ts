import { expect, test } from "@playwright/test";
import { HistoryPage } from "./pages/history-page";
import { PastePage } from "./pages/paste-page";
import { TicketPage } from "./pages/ticket-page";
import { seeds } from "./support/seeds";

test.describe.configure({ mode: "serial" });

test.describe("paste an error → report page → share link → history", () => {
  test.use({ locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const created: Array<{ id: string; seed: (typeof seeds)[number] }> = [];

  for (const seed of seeds) {
    test(`seed ${seed.name} lands on its report with the right category and facts`, async ({ page }) => {
      const paste = new PastePage(page);
      await paste.open();
      const id = await paste.diagnose({ text: seed.text, lang: "zh" });
      created.push({ id, seed });

      const ticket = new TicketPage(page);
      await ticket.expectCategory(seed.category);
      await ticket.expectFacts(seed.facts);
      await expect(ticket.pastedError()).toContainText(seed.text.slice(0, 40));
      await expect(ticket.status()).toHaveAttribute("data-status", "completed");
      // The seeds' time style: 2026年02月24日 01:08
      await expect(page.locator("header time")).toHaveText(/^\d{4}年\d{2}月\d{2}日 \d{2}:\d{2}$/);
      await ticket.expectAllSections();
      await expect(page.getByRole("button", { name: /复制代码|Copy code/ }).first()).toBeVisible();
    });
  }

  test("the share link shows the same report in a fresh browser", async ({ browser }) => {
    expect(created).toHaveLength(seeds.length);
    const { id, seed } = created[2]!;
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await page.goto(`/t/${id}`);
    const ticket = new TicketPage(page);
    await ticket.expectCategory(seed.category);
    await ticket.expectFacts(seed.facts);
    await expect(page.getByRole("heading", { level: 1 })).not.toBeEmpty();
    // The report was written in Chinese; the page chrome follows this reader's language.
    await expect(page.getByRole("heading", { name: "原因分析" })).toBeVisible();
    await expect(page.getByRole("link", { name: "History" })).toBeVisible();
    await context.close();
  });

  test("history lists the four seeds newest first", async ({ page }) => {
    const history = new HistoryPage(page);
    await history.openAll({ limit: "100" });
    const ids = await history.ticketIds();
    const positions = created.map(({ id }) => ids.indexOf(id));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => b - a)).toEqual(positions);
    const newest = history.rows().nth(positions.at(-1)!);
    await expect(newest.getByTestId("first-line")).toContainText("AuthenticationError");
  });
});

test("empty input shows a message, keeps the typed text and saves nothing", async ({ page, request }) => {
  const marker = `e2e-empty-${Date.now()}`;
  const paste = new PastePage(page);
  await paste.open();
  await paste.fill({ text: "   \n\t  ", context: marker });
  await paste.submitButton().click();
  await expect(paste.formMessage()).toContainText(/empty|空/);
  await expect(page).toHaveURL(/\/$/);
  await expect(paste.contextBox()).toHaveValue(marker);
  await expect(paste.errorBox()).toHaveValue("   \n\t  ");
  const search = await request.get(`/api/v1/diagnoses?q=${marker}`);
  expect((await search.json()).items).toHaveLength(0);
});

test("Ctrl+Enter submits the form", async ({ page }) => {
  const paste = new PastePage(page);
  await paste.open();
  await paste.errorBox().fill("ModuleNotFoundError: No module named 'yaml'");
  await paste.errorBox().press("Control+Enter");
  await page.waitForURL(/\/t\/[\w-]{16,}$/);
  await new TicketPage(page).expectCategory("dependency.missing");
});

test("an unknown ticket id shows a 404 page", async ({ page }) => {
  const response = await page.goto("/t/doesNotExist0000000000");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: /not found|找不到/ })).toBeVisible();
});
