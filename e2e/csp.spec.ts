import { expect, test, type Page } from "@playwright/test";
import { PastePage } from "./pages/paste-page";

// Collected from the first byte of every document (init scripts are not subject to the page's CSP).
async function watchViolations(page: Page): Promise<{ violations: () => Promise<string[]>; consoleErrors: string[] }> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`));
  });
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  return { violations: () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations), consoleErrors };
}

function scriptSrc(policy: string | undefined): string {
  return (policy ?? "").split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? "";
}

function expectNonceOnly(policy: string | undefined, url: string) {
  const scripts = scriptSrc(policy);
  expect(scripts, url).toMatch(/'nonce-[A-Za-z0-9_-]{22}'/);
  expect(scripts, url).not.toContain("'unsafe-inline'");
}

test("pages run their own scripts under a nonce-only policy: no 'unsafe-inline', no violation, hydration works", async ({ page }) => {
  const watch = await watchViolations(page);

  // Home (a cached static page): the example buttons are client code.
  const home = await page.goto("/");
  expectNonceOnly(home?.headers()["content-security-policy"], "/");
  const paste = new PastePage(page);
  await page.getByRole("button", { name: "EADDRINUSE" }).click();
  await expect(paste.errorBox()).toHaveValue(/EADDRINUSE/);
  expect(await watch.violations()).toEqual([]);

  // The report page, first rendered (server action, then navigation), then from the cache.
  const id = await paste.diagnose({ text: `Error: listen EADDRINUSE: address already in use :::3000 ${Date.now()}`, lang: "en" });
  for (const visit of ["first", "cached"]) {
    const response = await page.goto(`/t/${id}`);
    const policy = response?.headers()["content-security-policy"];
    expectNonceOnly(policy, `/t/${id} (${visit})`);
    if (visit === "cached") expect(response?.headers()["x-nextjs-cache"]).toBe("HIT");
    await page.getByRole("button", { name: /Copy link|复制链接/ }).click();
    await expect(page.getByRole("status").filter({ hasText: /copied|已复制/i })).toBeVisible();
    expect(await watch.violations(), visit).toEqual([]);
  }

  // History (dynamic): a client-side navigation keeps the window, which only hydrated code does.
  const history = await page.goto("/history");
  expectNonceOnly(history?.headers()["content-security-policy"], "/history");
  await page.evaluate(() => ((window as unknown as { __sameWindow: boolean }).__sameWindow = true));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /Stats|统计/ }).click();
  await expect(page).toHaveURL(/\/stats$/);
  expect(await page.evaluate(() => (window as unknown as { __sameWindow?: boolean }).__sameWindow)).toBe(true);
  expect(await watch.violations()).toEqual([]);
  expect(watch.consoleErrors.filter((e) => /Content.Security.Policy|CSP/i.test(e))).toEqual([]);
});

test("markup injected into a page cannot run inline handlers or scripts", async ({ page }) => {
  const watch = await watchViolations(page);
  // Stands in for a stored injection: the server's answer, headers included, plus hostile markup.
  const hostile = `<img src="data:," onload="window.__injected='handler'"><script>window.__injected='script'</script>`;
  await page.route("**/history", async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace("</body>", `${hostile}</body>`) });
  });
  await page.goto("/history");
  await expect.poll(watch.violations).toHaveLength(2);
  expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
});
