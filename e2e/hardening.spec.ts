import { expect, test } from "@playwright/test";
import { PastePage } from "./pages/paste-page";
import { TicketPage } from "./pages/ticket-page";
import { createDiagnosis, getTicket } from "./support/api";
import { rulesDatabaseText } from "./support/database";
import { rawRequest } from "./support/raw-http";

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

// Synthetic values in the real formats.
const secrets = {
  openai: "sk-proj-Zx8QmW2vLr5TnY7uKp3sHd9fGb1cVa4eJo6iNt0yXq2wRe8u",
  jwt: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ6b3JibGF0dC0xMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
  dbPassword: "S3cr3tPassw0rdQx7",
  aws: "AKIA2E0A8F3B244C9986",
  githubToken: "ghp_R4nd0mT0k3nV4lu3F0rT3st1ngPurp0s3sXy",
  user: "zorblatt",
};

const secretPaste = (marker: string) =>
  [
    `openai.AuthenticationError: Error code: 401 - Incorrect API key provided: ${secrets.openai} (${marker})`,
    `curl https://api.example.com/v1/chat -H "Authorization: Bearer ${secrets.jwt}"`,
    `DATABASE_URL=postgres://admin:${secrets.dbPassword}@db.internal:5432/app`,
    `AWS_ACCESS_KEY_ID=${secrets.aws}`,
    `GITHUB_TOKEN=${secrets.githubToken}`,
    `  File "/home/${secrets.user}/project/app.py", line 12, in <module>`,
  ].join("\n");

function expectNoSecret(where: string, text: string) {
  const haystack = text.toLowerCase();
  for (const [name, value] of Object.entries(secrets)) {
    // FTS lowercases what it indexes, so compare case-insensitively; a long middle slice catches partial leaks.
    const middle = value.slice(Math.floor(value.length / 4), Math.floor(value.length / 4) + 12).toLowerCase();
    expect(haystack.includes(value.toLowerCase()), `${name} in ${where}`).toBe(false);
    if (value.length >= 16) expect(haystack.includes(middle), `part of ${name} in ${where}`).toBe(false);
  }
}

test("pasted secrets never reach the page, the API, the Markdown export or the database file", async ({ page, request }, testInfo) => {
  const marker = `secret-${unique()}`;
  const paste = new PastePage(page);
  await paste.open();
  const id = await paste.diagnose({ text: secretPaste(marker), context: `my key is ${secrets.openai}`, lang: "en" });

  await expect(page.getByTestId("redaction-note")).toBeVisible();
  await expect(page.getByTestId("pasted-error")).toContainText("sk-proj-");
  await expect(page.getByTestId("pasted-error")).toContainText("~/project/app.py");
  expectNoSecret("page HTML", await page.content());

  const ticket = await getTicket(request, id);
  expectNoSecret("API", JSON.stringify(ticket));
  expectNoSecret("report.md", await (await request.get(`/t/${id}/report.md`)).text());
  expectNoSecret("history search", await (await request.get(`/api/v1/diagnoses?q=${marker}`)).text());

  const bytes = await rulesDatabaseText(testInfo, "latin1");
  expect(bytes).toContain(marker);
  expectNoSecret("database file", bytes);
});

test("pasted HTML and JavaScript render as text, and every page sends the security headers", async ({ page }) => {
  const hostile = `<script>window.__errdocPwned='script'</script><img src=x onerror="window.__errdocPwned='img'"> [fix](javascript:window.__errdocPwned='md') TypeError: x is not a function ${unique()}`;
  const paste = new PastePage(page);
  await paste.open();
  const id = await paste.diagnose({ text: hostile, lang: "en" });
  const ticket = new TicketPage(page);
  await expect(ticket.pastedError()).toContainText("<script>window.__errdocPwned='script'</script>");
  expect(await page.evaluate(() => (window as { __errdocPwned?: string }).__errdocPwned)).toBeUndefined();
  await expect(page.locator("img[onerror]")).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);

  for (const url of ["/", `/t/${id}`, "/history", "/stats", "/t/doesNotExist0000000000"]) {
    const response = await page.request.get(url);
    const headers = response.headers();
    expect(headers["content-security-policy"], url).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], url).toContain("object-src 'none'");
    expect(headers["x-content-type-options"], url).toBe("nosniff");
    expect(headers["referrer-policy"], url).toBeTruthy();
  }
});

test("odd but real pastes are saved and rendered: control characters, invalid UTF-8, 10,000 lines, right-to-left text and emoji", async ({ request, page }) => {
  const controls = await createDiagnosis(request, { text: `Error: bad\u0000byte\u0007 here \u001b[31mred\u001b[0m ${unique()}` });
  expect((await getTicket(request, controls.id)).input).toMatch(/^Error: badbyte here red /);

  const invalidUtf8 = await request.post("/api/v1/diagnoses", {
    headers: { "content-type": "application/json" },
    data: Buffer.concat([Buffer.from(`{"text":"UnicodeDecodeError: caf`), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(` ${unique()}"}`)]),
  });
  expect(invalidUtf8.status()).toBe(201);
  expect((await getTicket(request, (await invalidUtf8.json()).id)).input).toContain("\ufffd");

  const manyLines = await createDiagnosis(request, { text: `${"a\n".repeat(10_000)}${unique()}` });
  const manyLinesPage = await page.goto(`/t/${manyLines.id}`);
  expect(manyLinesPage?.status()).toBe(200);

  const rtl = `خطأ: تم رفض الاتصال 🔥 Error: connect ECONNREFUSED 127.0.0.1:8080 👨‍👩‍👧 ${unique()}`;
  const rtlTicket = await createDiagnosis(request, { text: rtl, lang: "en" });
  await page.goto(`/t/${rtlTicket.id}`);
  await expect(page.getByTestId("pasted-error")).toContainText("خطأ: تم رفض الاتصال 🔥");
  await expect(page.getByTestId("category")).toHaveAttribute("data-category", /^network\./);
});

test("wrong field values get 400 with a message that names the field", async ({ request }) => {
  const cases: Array<[string, unknown]> = [
    ["lang", { text: "Error: boom", lang: "fr" }],
    ["visibility", { text: "Error: boom", visibility: "secret" }],
    ["mode", { text: "Error: boom", mode: 3 }],
    ["context", { text: "Error: boom", context: 123 }],
    ["text", { text: null }],
    ["body", []],
    ["context", { text: "Error: boom", context: "x".repeat(20_000) }],
  ];
  for (const [field, body] of cases) {
    const response = await request.post("/api/v1/diagnoses", { data: body as object });
    expect(response.status(), JSON.stringify(body).slice(0, 80)).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("invalid_input");
    expect(error.message.toLowerCase(), JSON.stringify(body).slice(0, 80)).toContain(field);
  }
});

test("an oversized paste in the form says how big it may be and keeps the text", async ({ page }) => {
  const paste = new PastePage(page);
  await paste.open();
  const text = `Error: huge log ${unique()}\n${"0123456789abcdef\n".repeat(17_000)}`;
  // Set the way a paste does, in one insertion (typing 290 KB key by key would take minutes).
  await paste.errorBox().evaluate((box: HTMLTextAreaElement, value) => {
    box.value = value;
    box.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
  await paste.submitButton().click();
  await expect(paste.formMessage()).toContainText(/KiB/);
  await expect(page).toHaveURL(/\/$/);
  expect((await paste.errorBox().inputValue()).length).toBe(text.length);
});

test("unsupported methods and broken %-escapes get a clear 4xx, never a 500", async ({ request }) => {
  const put = await request.put("/api/v1/diagnoses", { data: {} });
  expect(put.status()).toBe(405);
  expect(put.headers()["allow"]).toBe("GET, POST");
  expect((await put.json()).error.code).toBe("method_not_allowed");
  expect((await request.post("/api/health")).status()).toBe(405);

  for (const path of ["/api/v1/diagnoses/%E0%A4%A", "/t/%E0%A4%A", "/t/%E0%A4%A/report.md"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(await response.text(), path).toContain("%-escape");
  }
});

test("TRACE, PROPFIND, CONNECT and made-up methods get a 405 on every route (JSON on /api), never a 500", async ({ baseURL }) => {
  const port = Number(new URL(baseURL!).port);
  for (const method of ["TRACE", "PROPFIND", "FOO", "MKCOL", "PURGE"]) {
    for (const path of ["/", "/t/x", "/api/v1/diagnoses", "/api/health"]) {
      const response = await rawRequest(port, method, path);
      const where = `${method} ${path}`;
      expect(response.status, where).toBe(405);
      expect(response.headers["allow"], where).toMatch(/GET/);
      if (path.startsWith("/api/")) {
        expect(response.headers["content-type"], where).toMatch(/^application\/json/);
        expect(JSON.parse(response.body).error.code, where).toBe("method_not_allowed");
      } else {
        expect(response.headers["content-type"], where).toMatch(/^text\/plain/);
      }
    }
  }
  // A CONNECT names a host, not a path; Node would otherwise drop the connection unanswered.
  expect((await rawRequest(port, "CONNECT", `127.0.0.1:${port}`)).status).toBe(405);
  // What the routes do take still works.
  expect((await rawRequest(port, "GET", "/api/health")).status).toBe(200);
  expect((await rawRequest(port, "HEAD", "/")).status).toBe(200);
});

test("a paste over 1 MB is stopped in the browser: the size message shows and the text stays", async ({ page }) => {
  const paste = new PastePage(page);
  await paste.open();
  // 1.3 MB, past the server action's 1 MB body limit (mixed ASCII and CJK, as real logs are).
  const text = `Error: huge log ${unique()}\n${"0123456789abcdef 错误日志\n".repeat(50_000)}`;
  await paste.errorBox().evaluate((box: HTMLTextAreaElement, value) => {
    box.value = value;
    box.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
  await paste.contextBox().fill("tailing the worker log");
  const posts: string[] = [];
  page.on("request", (sent) => {
    if (sent.method() === "POST") posts.push(sent.url());
  });
  await paste.submitButton().click();
  await expect(paste.formMessage()).toContainText(/\d+ KiB, too large to send/);
  await expect(paste.errorBox()).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/$/);
  expect(await paste.errorBox().inputValue()).toBe(text);
  await expect(paste.contextBox()).toHaveValue("tailing the worker log");
  expect(posts).toEqual([]);
  // Shortened to the part around the error, it goes through.
  await paste.errorBox().fill(`Error: huge log ${unique()}\n    at worker (worker.js:10:3)`);
  await paste.submitButton().click();
  await page.waitForURL(/\/t\/[\w-]{16,}$/);
});

test("X-Forwarded-Host and -Proto from a client do not change the links in API answers", async ({ request, baseURL }) => {
  const forged = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };
  const response = await request.post("/api/v1/diagnoses", { data: { text: `Error: spawn x ENOENT ${unique()}` }, headers: forged });
  expect(response.status()).toBe(201);
  const created = await response.json();
  expect(created.url).toBe(`${baseURL}/t/${created.id}`);
  expect((await (await request.get(`/api/v1/diagnoses/${created.id}`, { headers: forged })).json()).url).toBe(created.url);
  const list = await (await request.get("/api/v1/diagnoses?limit=3", { headers: forged })).text();
  expect(list).not.toContain("evil.example");
  expect(await (await request.get(`/t/${created.id}/report.md`, { headers: forged })).text()).not.toContain("evil.example");
});

test("retry is refused to anyone but the owner, and a cross-origin text/plain POST never gets through", async ({ request, baseURL }) => {
  const created = await createDiagnosis(request, { text: `Error: spawn x ENOENT ${unique()}` });
  const retry = (headers: Record<string, string>) => request.post(`/api/v1/diagnoses/${created.id}/retry`, { headers, data: "" });
  const json = { "content-type": "application/json" };
  for (const [name, headers] of [
    ["no token", json],
    ["a wrong token", { ...json, authorization: "Bearer eo_not-the-owner-token-000000000000" }],
  ] as const) {
    const response = await retry(headers);
    expect(response.status(), name).toBe(403);
    expect((await response.json()).error.code, name).toBe("forbidden");
  }
  // What a hostile page can make a browser send, even with the owner's credentials attached.
  const crossSite = await retry({
    "content-type": "text/plain",
    origin: "https://evil.example",
    "sec-fetch-site": "cross-site",
    authorization: `Bearer ${created.ownerToken}`,
  });
  expect(crossSite.status()).toBe(403);
  expect((await crossSite.json()).error.code).toBe("forbidden");
  // A script must say it speaks JSON.
  expect((await retry({ "content-type": "text/plain", authorization: `Bearer ${created.ownerToken}` })).status()).toBe(415);
  // The owner gets through to the real answer: this server has no LLM.
  const owner = await retry({ ...json, authorization: `Bearer ${created.ownerToken}`, origin: baseURL! });
  expect(owner.status()).toBe(400);
  expect((await owner.json()).error.code).toBe("llm_not_configured");
});
