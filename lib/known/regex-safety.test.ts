import { describe, expect, it } from "vitest";
import { unboundedQuantifiers } from "./regex-safety";

describe("unboundedQuantifiers", () => {
  it.each([
    [/ERR_REQUIRE_ESM[^\n]{0,40}/.source, 0],
    [/No module named ['"]?(?<m>[\w.]{1,120})/.source, 0],
    [/error\s+TS\d{4}:\s*/.source, 0],
    [/(?:a|b)+/.source, 1],
    [/.*foo/.source, 1],
    [/[^\n]+ failed/.source, 1],
    [/\w+Error/.source, 1],
    [/\w{2,}/.source, 1],
    [/x{2,}/.source, 0],
  ])("%s → %i", (source, n) => {
    expect(unboundedQuantifiers(source)).toHaveLength(n);
  });
});
