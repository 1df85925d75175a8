import { describe, expect, it } from "vitest";
import { classifyError } from "./index";
import { ecosystemRules, extractEcosystem, extractProvider, providerRules } from "./facts";
import { signalRules, statusRules } from "./rules";
import { categories } from "./schema";

describe("signal table", () => {
  it.each(signalRules.map((rule, i) => [i, rule.category, rule] as const))("rule %i (%s) matches its example and classifies it", (_i, _c, rule) => {
    expect(rule.pattern.test(rule.example)).toBe(true);
    expect(classifyError(rule.example).category).toBe(rule.category);
  });

  it("uses non-global patterns so exec always starts at 0", () => {
    for (const rule of signalRules) expect(rule.pattern.global || rule.pattern.sticky, String(rule.pattern)).toBe(false);
  });

  it("has signals for every category", () => {
    const covered = new Set(signalRules.map((r) => r.category));
    for (const c of categories) expect(covered.has(c), c).toBe(true);
  });

  it.each(statusRules.map((rule) => [rule.example, rule] as const))("status rule %s", (_e, rule) => {
    const got = classifyError(rule.example);
    expect(got.httpStatus).toBeGreaterThanOrEqual(rule.from);
    expect(got.httpStatus).toBeLessThanOrEqual(rule.to);
    expect(got.category).toBe(rule.category);
  });
});

describe("fact tables", () => {
  it.each(providerRules.map((rule, i) => [i, rule] as const))("provider rule %i matches its example", (_i, rule) => {
    const m = rule.pattern.exec(rule.example);
    expect(m).not.toBeNull();
    const expected = typeof rule.provider === "string" ? rule.provider : rule.provider(m!);
    expect(extractProvider(rule.example)).toBe(expected);
  });

  it.each(ecosystemRules.map((rule, i) => [i, rule.ecosystem, rule] as const))("ecosystem rule %i (%s) matches its example", (_i, _e, rule) => {
    expect(rule.pattern.test(rule.example)).toBe(true);
    if (rule.weight >= 8) expect(extractEcosystem(rule.example)).toBe(rule.ecosystem);
  });
});
