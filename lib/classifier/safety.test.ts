import { describe, expect, it } from "vitest";
import { ecosystemRules, providerRules } from "./facts";
import { classifyError } from "./index";
import { signalRules } from "./rules";
import { classificationSchema } from "./schema";

const SIZE = 256 * 1024;
const fill = (unit: string, size = SIZE) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Shapes that make backtracking regexes explode: long runs, unclosed delimiters, repeated prefixes. */
const adversarial: Record<string, string> = {
  spaces: fill(" "),
  digits: fill("7"),
  letters: fill("a"),
  newlines: fill("\n"),
  "newline-space": fill("\n "),
  crlf: fill("\r\n"),
  tabs: fill("\t"),
  "unclosed quotes": fill(`"'`),
  "unclosed brackets": fill("{[(<"),
  "many Error: lines": fill("Error: something failed at step 3\n"),
  "one long line": fill("word "),
  "dotted name": fill("a."),
  "dashed name": fill("a-"),
  "snake name": fill("a_"),
  cjk: fill("错误"),
  urls: fill("http://"),
  "python frames": fill('  File "x.py", line 1, in f\n    x()\n'),
  "js frames": fill("    at f (/a/b.js:1:2)\n"),
  "caused by": fill("Caused by: "),
  colons: fill("a:"),
  "at signs": fill("a@"),
  "json bodies": fill('{"error":{"message":"x","type":"t","code":"c"}},'),
  "dict keys": fill("'type': '"),
  statuses: fill("429 "),
  "traceback blocks": fill("Traceback (most recent call last):\nKeyError: 'x'\n"),
  stars: fill("*"),
  backslashes: fill("\\"),
  "hex ids": fill("0x1f "),
  "home paths": fill("/home/"),
  "id-like": fill("A1"),
  "error line at the end": `${fill("x ", SIZE - 64)}\nModuleNotFoundError: No module named 'torch'`,
};

describe("adversarial inputs", () => {
  it.each(Object.entries(adversarial))("%s (256 KiB) classifies quickly", (_name, text) => {
    const started = performance.now();
    const got = classifyError(text);
    const elapsed = performance.now() - started;
    expect(classificationSchema.parse(got)).toEqual(got);
    // Generous: catastrophic backtracking takes seconds to minutes here; the real cost is ~20 ms.
    expect(elapsed).toBeLessThan(1000);
  });

  it("keeps the innermost exception of a long traceback whose end is the error", () => {
    const frames = fill('  File "/srv/app/mod.py", line 12, in run\n    step()\n', SIZE);
    const got = classifyError(`Traceback (most recent call last):\n${frames}\nModuleNotFoundError: No module named 'torch'`);
    expect(got.category).toBe("dependency.missing");
    expect(got.exception).toBe("ModuleNotFoundError");
  });

  it("no single table pattern backtracks on a 40 KiB window", () => {
    const patterns = [...signalRules.map((r) => r.pattern), ...providerRules.map((r) => r.pattern), ...ecosystemRules.map((r) => r.pattern)];
    const windows = Object.values(adversarial).map((t) => t.slice(0, 40 * 1024));
    for (const pattern of patterns) {
      const started = performance.now();
      for (const w of windows) pattern.exec(w);
      expect(performance.now() - started, String(pattern).slice(0, 120)).toBeLessThan(1000);
    }
  });

  it("accepts anything without throwing", () => {
    for (const text of ["", " ", "\u0000", "\ud800", "🚨".repeat(1000), "null", "{}"]) {
      expect(() => classificationSchema.parse(classifyError(text))).not.toThrow();
    }
  });
});
