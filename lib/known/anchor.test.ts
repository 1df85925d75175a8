import { describe, expect, it } from "vitest";
import { literalAnchor } from "./anchor";

describe("literalAnchor", () => {
  it.each([
    [/(?:OSError: )?(?<id>[\w./:\\-]{1,200}) is not a local folder and is not a valid model identifier/.source, " is not a local folder and is not a valid model identifier"],
    [/(?:error )?(?<pkg>[@\w./-]{1,100})@(?<ver>[\w.+-]{1,40}): The engine "(?<engine>[\w-]{1,20})" is in/.source, ': The engine "'],
    [/\bERR_REQUIRE_ESM\b[^\n]{0,40}/.source, "ERR_REQUIRE_ESM"],
    [/Can't connect to MySQL server on '(?<h>[^'\n]{1,100})'/.source, "Can't connect to MySQL server on '"],
    [/colou?r not found/.source, "r not found"],
    [/a\.b\.c\s{1,3}d/.source, "a.b.c"],
    [/foo|barbaz/.source, null],
    [/(?:foo|bar)\d{1,3}/.source, null],
  ])("%s → %s", (source, anchor) => {
    expect(literalAnchor(source)).toBe(anchor);
  });

  it("gives an anchor every match of the pattern contains", () => {
    const re = /x(?<a>\w{1,5}) went wrong: (?<b>[^\n]{1,20})/;
    const anchor = literalAnchor(re.source)!;
    for (const s of ["xabc went wrong: boom", "xZ went wrong: 1"]) {
      expect(re.test(s)).toBe(true);
      expect(s.includes(anchor)).toBe(true);
    }
  });
});
