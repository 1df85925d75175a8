import { expect, test } from "@playwright/test";
import { createDiagnosis } from "./support/api";

const longError = `Traceback (most recent call last):
  File "/srv/app/very/long/path/to/some/module/that/keeps/going/and/going/handlers.py", line 120, in handle
    response = client.chat.completions.create(model="gpt-4o", messages=messages, temperature=0.2, max_tokens=4096)
openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}`;

for (const colorScheme of ["light", "dark"] as const) {
  for (const locale of ["en-US", "zh-CN"]) {
    test(`report page in ${colorScheme} / ${locale}: themed, and fits a phone without sideways scrolling`, async ({ browser, request }) => {
      const created = await createDiagnosis(request, { text: longError, lang: locale.startsWith("zh") ? "zh" : "en" });
      const context = await browser.newContext({ colorScheme, locale, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      await page.goto(`/t/${created.id}`);
      await expect(page.getByTestId("pasted-error")).toBeVisible();
      // Paint the body colour onto a canvas to read it as sRGB, whatever notation CSS uses (oklch).
      const luminance = await page.evaluate(() => {
        const canvas = document.createElement("canvas");
        canvas.width = canvas.height = 1;
        const ctx = canvas.getContext("2d")!;
        ctx.fillStyle = getComputedStyle(document.body).backgroundColor;
        ctx.fillRect(0, 0, 1, 1);
        const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
        return (r! + g! + b!) / 3;
      });
      if (colorScheme === "dark") expect(luminance).toBeLessThan(60);
      else expect(luminance).toBeGreaterThan(200);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expect(page.locator("html")).toHaveAttribute("lang", locale.startsWith("zh") ? "zh-CN" : "en");
      await context.close();
    });
  }
}

for (const path of ["/", "/history", "/stats"]) {
  test(`${path} fits a phone without sideways scrolling`, async ({ browser, request }) => {
    // A long title in the lists and charts is what used to push the stats page wider than the screen.
    await createDiagnosis(request, { text: longError, lang: "en" });
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
    const page = await context.newPage();
    await page.goto(path);
    await expect(page.locator("h1").first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });
}
