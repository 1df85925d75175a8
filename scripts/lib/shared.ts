/**
 * Finds ../shared (seeds, corpora) beside the repository, never by an absolute path. Under CI a
 * missing file is an error, so a gate that cannot find its data fails instead of skipping.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const sharedDir = path.resolve(repoRoot, "../shared");

export function sharedPath(...parts: string[]): string {
  return path.join(sharedDir, ...parts);
}

/** The file's text; null when it is missing outside CI (the caller skips), a thrown error under CI. */
export function readShared(...parts: string[]): string | null {
  const file = sharedPath(...parts);
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8");
  if (process.env.CI) throw new Error(`${file} is missing: CI must run with ../shared beside the repository`);
  return null;
}

/** JSON Lines from ../shared/corpus, parsed; [] when missing outside CI. */
export function readCorpus(name: string): unknown[] {
  const text = readShared("corpus", name);
  if (text === null) return [];
  return text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as unknown);
}
