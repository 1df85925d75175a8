import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createDiagnosis } from "./support/api";

// The servers run from this checkout's build; Next's filesystem page cache lived here.
const serverDir = path.join(process.cwd(), ".next", "server");

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

function snapshot() {
  const files = walk(serverDir);
  return { files: files.length, bytes: files.reduce((sum, file) => sum + fs.statSync(file).size, 0) };
}

const randomId = () => Array.from({ length: 21 }, () => "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"[Math.floor(Math.random() * 64)]).join("");

test("anonymous requests for unknown ids, versions and extension paths write nothing to disk and are never served from a cache", async ({ request }) => {
  const real = await createDiagnosis(request, { text: `Error: spawn python ENOENT ${Date.now()}`, lang: "en" });
  const before = snapshot();
  const paths: string[] = [];
  for (let i = 0; i < 25; i++) {
    const n = Date.now() + i;
    paths.push(
      `/en/t/${randomId()}/v/${n}`,
      `/zh/t/${randomId()}/v/${n}.png`,
      `/t/${randomId()}/v/${n}.json`,
      `/en/t/${real.id}/v/${n}`,
      `/zh/t/${real.id}/v/${n}.css`,
      `/t/${randomId()}`,
      `/en/t/${randomId()}.txt`,
      `/zh/${randomId()}.js`,
    );
  }
  expect(paths).toHaveLength(200);
  for (const url of paths) expect((await request.get(url)).status(), url).toBe(404);
  // Asked again, none of them comes from a cache.
  for (const url of paths.slice(0, 16)) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(404);
    expect(response.headers()["x-nextjs-cache"], url).not.toBe("HIT");
  }
  expect(snapshot()).toEqual(before);

  // A completed report is still rendered once and then served from the (memory) cache.
  expect((await request.get(`/t/${real.id}`)).status()).toBe(200);
  const again = await request.get(`/t/${real.id}`);
  expect(again.status()).toBe(200);
  expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(snapshot()).toEqual(before);
});

test("a deleted ticket's pages are gone everywhere, and no page may be kept by a shared cache", async ({ request }) => {
  const created = await createDiagnosis(request, { text: `ModuleNotFoundError: No module named 'cv2' ${Date.now()}`, lang: "en" });
  for (const url of [`/t/${created.id}`, `/t/${created.id}`, `/zh/t/${created.id}`, `/en/t/${created.id}`]) {
    const response = await request.get(url, { headers: { "accept-language": "zh-CN" } });
    expect(response.status(), url).toBe(200);
    // The language-free URL answers in the reader's language; a shared cache would hand it to
    // everyone (Next replaces any Vary), and would keep it after a delete.
    const cacheControl = response.headers()["cache-control"] ?? "";
    expect(cacheControl, url).toMatch(/\bprivate\b/);
    expect(cacheControl, url).not.toMatch(/s-maxage|public/);
  }
  for (const url of ["/", "/en", "/history"]) expect((await request.get(url)).headers()["cache-control"], url).toMatch(/\bprivate\b/);

  const deleted = await request.delete(`/api/v1/diagnoses/${created.id}`, { headers: { authorization: `Bearer ${created.ownerToken}` } });
  expect(deleted.status()).toBe(204);
  for (const url of [`/t/${created.id}`, `/en/t/${created.id}`, `/zh/t/${created.id}`, `/t/${created.id}/report.md`]) {
    expect((await request.get(url)).status(), url).toBe(404);
  }
  expect(walk(serverDir).filter((file) => file.includes(created.id))).toEqual([]);
});
