import { describe, expect, it } from "vitest";
import { addOwnerToken, isOwnedInCookies, ownedIds, parseOwnerTokens, removeOwnerToken } from "./owner-cookie";

describe("owner cookie", () => {
  it("adds newest first, replaces duplicates and caps the list", () => {
    let value = "";
    for (let i = 0; i < 50; i++) value = addOwnerToken(value, `id${i}`, `eo_tok${i}`);
    value = addOwnerToken(value, "id45", "eo_again");
    const tokens = parseOwnerTokens(value);
    expect(tokens.size).toBe(40);
    expect([...tokens.keys()][0]).toBe("id45");
    expect(tokens.get("id45")).toBe("eo_again");
    expect(tokens.has("id0")).toBe(false);
  });
  it("removes one id and lists ids without tokens", () => {
    const value = addOwnerToken(addOwnerToken("", "a1", "eo_x"), "b2", "eo_y");
    expect(ownedIds(value)).toBe("b2~a1");
    expect(parseOwnerTokens(removeOwnerToken(value, "b2")).has("b2")).toBe(false);
  });
  it("ignores tampered values", () => {
    expect(parseOwnerTokens("a.b.c~<script>.x~ok.eo_1").size).toBe(2);
    expect(parseOwnerTokens(undefined).size).toBe(0);
  });
  it("reads this browser's owned ids from document.cookie", () => {
    expect(isOwnedInCookies("errdoc_lang=en; errdoc_owned=b2~a1", "a1")).toBe(true);
    expect(isOwnedInCookies("errdoc_owned=b2%7Ea1;errdoc_lang=en", "a1")).toBe(true);
    expect(isOwnedInCookies("errdoc_owned=b2~a1", "a")).toBe(false);
    expect(isOwnedInCookies("x_errdoc_owned=a1", "a1")).toBe(false);
    expect(isOwnedInCookies("errdoc_owned=%E0%A4%A", "a1")).toBe(false);
    expect(isOwnedInCookies("", "a1")).toBe(false);
  });
});
