import { createHash, timingSafeEqual } from "node:crypto";
import { nanoid } from "nanoid";

export function newOwnerToken(): string {
  return `eo_${nanoid(32)}`;
}

export function hashOwnerToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function isOwnerToken({ token, hash }: { token: string | null | undefined; hash: string }): boolean {
  if (!token) return false;
  const actual = Buffer.from(hashOwnerToken(token), "hex");
  const expected = Buffer.from(hash, "hex");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
