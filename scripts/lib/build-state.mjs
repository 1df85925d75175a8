// Whether `next build` must run again: no build yet, or a source changed after the last one.
import fs from "node:fs";
import path from "node:path";

const sources = ["app", "components", "lib", "drizzle", "public", "proxy.ts", "instrumentation.ts", "next.config.ts", "package-lock.json"];

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** @returns {"missing" | "stale" | "fresh"} */
export function buildState(root) {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return "missing";
  const builtAt = fs.statSync(buildId).mtimeMs;
  const changedAt = Math.max(...sources.map((s) => newestMtime(path.join(root, s))));
  return changedAt > builtAt ? "stale" : "fresh";
}
