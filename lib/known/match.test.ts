import { describe, expect, it } from "vitest";
import { matchKnownError } from "./match";
import type { KnownError } from "./types";

const entry = (id: string, match: RegExp | string, guard?: KnownError["guard"]): KnownError => ({
  id,
  category: "unknown",
  match: [match],
  guard,
  title: { zh: "x", en: "x" },
  summary: { zh: "x", en: "x" },
  causes: [],
  solutions: [],
  docs: ["https://example.com"],
  samples: [{ text: "x", source: "https://example.com" }],
});

const none = { httpStatus: null, provider: null, ecosystem: null, exception: null };

describe("matchKnownError", () => {
  it("answers the same paste asked twice the same way, and a different question differently", () => {
    const entries = [entry("a.generic", "boom happened"), entry("a.node", "boom happened", { ecosystem: ["node"] })];
    expect(matchKnownError("x boom happened", none, entries)?.entry.id).toBe("a.generic");
    expect(matchKnownError("x boom happened", none, entries)?.entry.id).toBe("a.generic");
    // Same text, other facts: the guard now holds and the guarded entry wins.
    expect(matchKnownError("x boom happened", { ...none, ecosystem: "node" }, entries)?.entry.id).toBe("a.node");
    expect(matchKnownError("nothing here", none, entries)).toBeNull();
  });
});
