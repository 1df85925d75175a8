import { expect, test } from "@playwright/test";

test.describe("JSON API", () => {
  test("POST creates a diagnosis and GET returns the whole ticket", async ({ request, baseURL }) => {
    const text = "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-********************abcd.', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}";
    const created = await request.post("/api/v1/diagnoses", { data: { text, lang: "en", mode: "rules" } });
    expect(created.status()).toBe(201);
    const body = await created.json();
    expect(Object.keys(body).sort()).toEqual(["category", "createdAt", "id", "ownerToken", "status", "url"]);
    expect(body).toMatchObject({ status: "completed", category: "auth.invalid_credentials", url: `${baseURL}/t/${body.id}` });
    expect(body.id).toMatch(/^[\w-]{16,}$/);
    expect(new Date(body.createdAt).toISOString()).toBe(body.createdAt);

    const fetched = await request.get(`/api/v1/diagnoses/${body.id}`);
    expect(fetched.status()).toBe(200);
    const ticket = await fetched.json();
    expect(Object.keys(ticket).sort()).toEqual(
      ["classification", "context", "createdAt", "error", "id", "input", "report", "status", "updatedAt", "url", "visibility"].sort(),
    );
    expect(ticket).toMatchObject({ id: body.id, status: "completed", visibility: "listed", error: null, context: null });
    expect(ticket.classification).toMatchObject({ category: "auth.invalid_credentials", httpStatus: 401, provider: "openai" });
    expect(ticket.report).toMatchObject({ source: "rules", language: "en" });
    expect(ticket.report.solutions.length).toBeGreaterThanOrEqual(2);
  });

  test("unknown ids are 404 with the error shape", async ({ request }) => {
    for (const id of ["doesNotExist0000000000", "x"]) {
      const response = await request.get(`/api/v1/diagnoses/${id}`);
      expect(response.status()).toBe(404);
      expect((await response.json()).error.code).toBe("not_found");
    }
  });

  test("bad requests get 400/413/415 with a clear message, never a 500", async ({ request }) => {
    const cases = [
      { data: Buffer.from("{not json"), headers: { "content-type": "application/json" }, status: 400, code: "invalid_json" },
      { data: Buffer.from(JSON.stringify({ text: "   " })), headers: { "content-type": "application/json" }, status: 400, code: "invalid_input" },
      { data: Buffer.from(JSON.stringify({ text: 42 })), headers: { "content-type": "application/json" }, status: 400, code: "invalid_input" },
      { data: Buffer.from(JSON.stringify({ text: "x", mode: "magic" })), headers: { "content-type": "application/json" }, status: 400, code: "invalid_input" },
      { data: Buffer.from("text=hello"), headers: { "content-type": "application/x-www-form-urlencoded" }, status: 415, code: "unsupported_media_type" },
      { data: Buffer.from(JSON.stringify({ text: "E".repeat(300_000) })), headers: { "content-type": "application/json" }, status: 413, code: "payload_too_large" },
    ];
    for (const c of cases) {
      const response = await request.post("/api/v1/diagnoses", { data: c.data, headers: c.headers });
      expect(response.status(), c.code).toBe(c.status);
      const body = await response.json();
      expect(body.error.code).toBe(c.code);
      expect(body.error.message.length).toBeGreaterThan(5);
    }
  });

  test("health reports the database and the LLM mode", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ ok: true, db: "ok", llm: "off" });
  });

  test("report.md downloads the report as Markdown", async ({ request }) => {
    const created = await (await request.post("/api/v1/diagnoses", { data: { text: "Error: listen EADDRINUSE: address already in use :::3000", lang: "en" } })).json();
    const response = await request.get(`/t/${created.id}/report.md`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/markdown; charset=utf-8");
    const markdown = await response.text();
    expect(markdown).toContain("EADDRINUSE");
    expect(markdown).toMatch(/^# /);
    expect((await request.get("/t/doesNotExist0000000000/report.md")).status()).toBe(404);
  });

  test("unknown API routes answer JSON 404", async ({ request }) => {
    const response = await request.get("/api/v2/nothing");
    expect(response.status()).toBe(404);
    expect((await response.json()).error.code).toBe("not_found");
  });
});
