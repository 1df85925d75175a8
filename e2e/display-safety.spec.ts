import { expect, test } from "@playwright/test";
import { createDiagnosis, getTicket } from "./support/api";
import { rulesDatabaseText } from "./support/database";

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
const RLO = "\u202e";
const MARKER = "⟨U+202E⟩";

test("a right-to-left override in a paste is shown as a visible marker on the page, in the history and in the link preview tags", async ({ page, request }) => {
  const tag = `bidi${unique().replace(/\W/g, "")}`;
  const text = `FileNotFoundError: [Errno 2] No such file or directory: 'invoice${RLO}fdp.exe' ${tag}`;
  const created = await createDiagnosis(request, { text, lang: "en", mode: "rules" });

  // The stored paste is what was sent.
  expect((await getTicket(request, created.id)).input).toContain(`invoice${RLO}fdp.exe`);

  await page.goto(`/t/${created.id}`);
  await expect(page.getByTestId("pasted-error")).toContainText(`invoice${MARKER}fdp.exe`);
  await expect(page.getByTestId("pasted-error")).toHaveAttribute("dir", "auto");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(MARKER);
  const html = await page.content();
  expect(html.includes(RLO), "raw U+202E in the page").toBe(false);
  for (const selector of ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[property="og:description"]']) {
    const content = await page.locator(selector).getAttribute("content");
    expect(content, selector).toContain(MARKER);
    expect(content!.includes(RLO), selector).toBe(false);
  }
  expect(await page.title()).toContain(MARKER);

  await page.goto(`/history?q=${tag}&view=all`);
  const row = page.getByTestId("history-row").filter({ hasText: tag });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`invoice${MARKER}fdp.exe`);
  expect((await page.content()).includes(RLO), "raw U+202E in the history").toBe(false);
  await page.goto(`/history?q=${tag}`);
  await expect(page.getByTestId("group-row").filter({ hasText: tag })).toContainText(`invoice${MARKER}fdp.exe`);
  expect((await page.content()).includes(RLO), "raw U+202E in the grouped history").toBe(false);

  const markdown = await (await request.get(`/t/${created.id}/report.md`)).text();
  expect(markdown).toContain(`invoice${MARKER}fdp.exe`);
  expect(markdown.includes(RLO)).toBe(false);
});

// Synthetic values in the real formats, of the shapes issue 12 found unredacted.
const secrets = {
  groq: "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",
  mistral: "Mq4Zt8Lw2Xk7Rv9Pn3Yc6Hd1",
  zhPassword: "Hx5Rw9Qk3Lmz",
  zhToken: "Tq7Wm2Xn9Kp4Rz8Lc3Vb6Yd1",
  mysql: "My5qlPw-8Qz",
  telegram: "AAHk3Lm9Qx2Vz8Wn5Rt1Yp4Sd6Fg0Jh2Kc7",
  amzSignature: "9f8e7d6c5b4a39281706f5e4d3c2b1a00a1b2c3d4e5f60718293a4b5c6d7e8f9",
};

test("secrets of the newly covered shapes reach neither the page, the API, report.md nor the database file", async ({ page, request }, testInfo) => {
  const tag = `shapes${unique().replace(/\W/g, "")}`;
  const text = [
    `groq.AuthenticationError: Error code: 401 - Invalid API Key (${tag})`,
    `GROQ_KEY=${secrets.groq}`,
    `MISTRAL_KEY=${secrets.mistral}`,
    `数据库密码 ： ${secrets.zhPassword}`,
    `访问令牌：${secrets.zhToken}`,
    `$ mysql -h db -uroot -p${secrets.mysql} shop`,
    `GET https://api.telegram.org/bot7204518236:${secrets.telegram}/getMe`,
    `GET https://acme.s3.amazonaws.com/a.pdf?X-Amz-Expires=3600&X-Amz-Signature=${secrets.amzSignature}`,
  ].join("\n");
  const created = await createDiagnosis(request, { text, lang: "en", mode: "rules" });

  await page.goto(`/t/${created.id}`);
  await expect(page.getByTestId("redaction-note")).toBeVisible();
  const places: Record<string, string> = {
    page: await page.content(),
    api: JSON.stringify(await getTicket(request, created.id)),
    "report.md": await (await request.get(`/t/${created.id}/report.md`)).text(),
    search: await (await request.get(`/api/v1/diagnoses?q=${tag}`)).text(),
  };
  places.database = await rulesDatabaseText(testInfo);
  for (const [where, haystack] of Object.entries(places)) {
    for (const [name, value] of Object.entries(secrets)) {
      const middle = value.slice(4, 14);
      expect(haystack.includes(middle), `${name} in ${where}`).toBe(false);
    }
  }
});
