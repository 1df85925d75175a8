import { describe, expect, it } from "vitest";
import { encodeCursor } from "@/lib/db/tickets";
import { parseListQuery } from "./list-query";

const groupCursor = encodeCursor({ kind: "group-time", lastAt: 1, id: "abc" });
const flatCursor = encodeCursor({ kind: "time", createdAt: 1, id: "abc" });

describe("parseListQuery: grouped or flat", () => {
  it("the API lists tickets unless group=1; the page lists groups unless view=all", () => {
    expect(parseListQuery(new URLSearchParams("")).grouped).toBe(false);
    expect(parseListQuery(new URLSearchParams("group=1")).grouped).toBe(true);
    expect(parseListQuery({}, { groupedByDefault: true }).grouped).toBe(true);
    expect(parseListQuery({ view: "all" }, { groupedByDefault: true }).grouped).toBe(false);
  });

  it("refuses a cursor from the other view, and unknown values", () => {
    expect(parseListQuery(new URLSearchParams(`group=1&cursor=${groupCursor}`)).cursor).toMatchObject({ kind: "group-time" });
    expect(() => parseListQuery(new URLSearchParams(`group=1&cursor=${flatCursor}`))).toThrow(/cursor/);
    expect(() => parseListQuery(new URLSearchParams(`cursor=${groupCursor}`))).toThrow(/cursor/);
    expect(parseListQuery(new URLSearchParams(`group=1&q=x&cursor=${groupCursor}`)).cursor).toMatchObject({ kind: "group-time" });
    expect(() => parseListQuery(new URLSearchParams("group=yes"))).toThrow(/group/);
    expect(() => parseListQuery({ view: "flat" })).toThrow(/view/);
  });
});
