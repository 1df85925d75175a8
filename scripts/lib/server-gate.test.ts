import { describe, expect, it } from "vitest";
import { clientErrorResponse, methodRejection } from "./server-gate.mjs";

describe("methodRejection", () => {
  it.each([
    ["GET", "/"],
    ["HEAD", "/t/abc"],
    ["POST", "/"],
    ["GET", "/api/health"],
    ["PUT", "/api/v1/diagnoses"],
    ["DELETE", "/api/v1/diagnoses/x"],
    ["OPTIONS", "/api/v1/diagnoses"],
  ])("lets %s %s through to Next", (method, url) => {
    expect(methodRejection(method, url)).toBeNull();
  });

  it.each(["TRACE", "PROPFIND", "CONNECT", "PURGE", "MKCOL"])("answers %s on the API with a JSON 405 and Allow", (method) => {
    const rejection = methodRejection(method, "/api/v1/diagnoses?x=1");
    expect(rejection?.status).toBe(405);
    expect(rejection?.headers["content-type"]).toMatch(/^application\/json/);
    expect(rejection?.headers.allow).toContain("GET");
    expect(JSON.parse(rejection!.body)).toEqual({ error: { code: "method_not_allowed", message: expect.stringContaining(method) } });
  });

  it.each(["TRACE", "PROPFIND", "PUT", "DELETE", "OPTIONS"])("answers %s on a page with a plain 405", (method) => {
    const rejection = methodRejection(method, "/t/x");
    expect(rejection?.status).toBe(405);
    expect(rejection?.headers["content-type"]).toMatch(/^text\/plain/);
    expect(rejection?.headers.allow).toBe("GET, HEAD, POST");
  });

  it("does not echo a strange method name", () => {
    expect(methodRejection("<script>", "/api/x")?.body).not.toContain("<script>");
  });
});

describe("clientErrorResponse", () => {
  it("turns a method the parser does not know into a 405, JSON on the API", () => {
    const api = clientErrorResponse({ code: "HPE_INVALID_METHOD", rawPacket: Buffer.from("FOO /api/health HTTP/1.1\r\nHost: x\r\n\r\n") });
    expect(api).toMatch(/^HTTP\/1\.1 405 Method Not Allowed\r\n/);
    expect(api).toContain('"code":"method_not_allowed"');
    const page = clientErrorResponse({ code: "HPE_INVALID_METHOD", rawPacket: Buffer.from("FOO / HTTP/1.1\r\n\r\n") });
    expect(page).toMatch(/^HTTP\/1\.1 405 /);
    expect(page).toContain("content-type: text/plain");
  });

  it("keeps Node's own answers for other parse errors", () => {
    expect(clientErrorResponse({ code: "HPE_HEADER_OVERFLOW" })).toMatch(/^HTTP\/1\.1 431 /);
    expect(clientErrorResponse({ code: "ERR_HTTP_REQUEST_TIMEOUT" })).toMatch(/^HTTP\/1\.1 408 /);
    expect(clientErrorResponse({ code: "HPE_INVALID_HEADER_TOKEN" })).toMatch(/^HTTP\/1\.1 400 /);
  });
});
