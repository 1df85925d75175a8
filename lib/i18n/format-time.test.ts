import { describe, expect, it } from "vitest";
import { formatShortDate, formatTicketTime } from "./format-time";
import { localeFromAcceptLanguage, resolveLocale } from "./locale";

describe("formatTicketTime", () => {
  const at = new Date("2026-02-23T17:08:00Z");
  it.each([
    ["zh", "Asia/Shanghai", "2026年02月24日 01:08"],
    ["en", "Asia/Shanghai", "Feb 24, 2026, 01:08"],
    ["zh", "UTC", "2026年02月23日 17:08"],
    ["en", "UTC", "Feb 23, 2026, 17:08"],
  ] as const)("%s in %s", (locale, tz, expected) => {
    expect(formatTicketTime(at, locale, tz)).toBe(expected);
  });
  it("formats midnight as 00, not 24", () => {
    expect(formatTicketTime(new Date("2026-01-01T00:05:00Z"), "en", "UTC")).toBe("Jan 1, 2026, 00:05");
  });
  it("short dates", () => {
    expect(formatShortDate(at, "zh", "UTC")).toBe("02月23日");
    expect(formatShortDate(at, "en", "UTC")).toBe("Feb 23");
  });
});

describe("locale negotiation", () => {
  it.each([
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh"],
    ["en-US,en;q=0.9", "en"],
    ["fr-FR,en;q=0.5,zh;q=0.7", "zh"],
    ["de-DE", null],
    ["", null],
    ["zh-TW", "zh"],
  ] as const)("%s → %s", (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });
  it("a cookie beats the header; unknown falls back to en", () => {
    expect(resolveLocale({ cookie: "en", acceptLanguage: "zh-CN" })).toBe("en");
    expect(resolveLocale({ cookie: "xx", acceptLanguage: "zh-CN" })).toBe("zh");
    expect(resolveLocale({ cookie: null, acceptLanguage: "ja" })).toBe("en");
  });
});
