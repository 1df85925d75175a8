import { describe, expect, it } from "vitest";
import { bidiMarker, hasBidiControls, showBidiControls, showBidiControlsIn } from "./bidi";

const controls = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c"];

describe("showBidiControls", () => {
  it("makes the right-to-left override of a disguised file name visible", () => {
    expect(showBidiControls("invoice\u202efdp.exe")).toBe("invoice⟨U+202E⟩fdp.exe");
  });

  it.each(controls)("replaces U+%s", (char) => {
    const shown = showBidiControls(`a${char}b`);
    expect(shown).toBe(`a${bidiMarker(char)}b`);
    expect(shown).toMatch(/^a⟨U\+[0-9A-F]{4}⟩b$/);
    expect(hasBidiControls(shown)).toBe(false);
  });

  it("leaves other text alone, right-to-left letters and zero-width joiners included", () => {
    const text = "שלום مرحبا 你好 e\u0301 👩\u200d💻 \u200b";
    expect(showBidiControls(text)).toBe(text);
    expect(hasBidiControls(text)).toBe(false);
  });

  it("is idempotent", () => {
    const once = showBidiControls("x\u2067y\u2069z\u200f");
    expect(showBidiControls(once)).toBe(once);
  });
});

describe("hasBidiControls", () => {
  it("finds each control and can be called repeatedly", () => {
    for (const char of controls) {
      expect(hasBidiControls(`x${char}`)).toBe(true);
      expect(hasBidiControls(`x${char}`)).toBe(true);
    }
  });
});

describe("showBidiControlsIn", () => {
  it("maps every string of a ticket-like value and keeps dates and the input as they were", () => {
    const createdAt = new Date(0);
    const ticket = { title: "a\u202eb", createdAt, report: { items: ["c\u2066d"], n: 1, none: null }, input: "e\u200ff" };
    const shown = showBidiControlsIn(ticket);
    expect(shown).toEqual({ title: "a⟨U+202E⟩b", createdAt, report: { items: ["c⟨U+2066⟩d"], n: 1, none: null }, input: "e⟨U+200F⟩f" });
    expect(shown.createdAt).toBe(createdAt);
    expect(ticket.title).toBe("a\u202eb");
  });
});
