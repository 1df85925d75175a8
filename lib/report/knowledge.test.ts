import { describe, expect, it } from "vitest";
import { categories } from "@/lib/classifier/schema";
import { classifyError } from "@/lib/classifier";
import { buildRuleReport, categoryLabel, knowledgeEntries, knowledgeFor } from "@/lib/report";
import { reportSchema } from "./schema";
import { bareClassification, reportProblems } from "./test/helpers";

// These tests are about the category templates. A known-error entry that matches a category's
// example would answer it instead of the template, so the catalog is left out here; lib/known tests it.

const languages = ["zh", "en"] as const;
const cjk = /[\u4e00-\u9fff]/;

describe("knowledge base", () => {
  it("has exactly one entry per taxonomy category", () => {
    const seen = knowledgeEntries.map((e) => e.category);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...categories].sort());
  });

  it.each(knowledgeEntries.map((e) => [e.category, e.example] as const))("%s: its example classifies as that category", (category, example) => {
    expect(classifyError(example).category).toBe(category);
  });

  it("examples carry no placeholder-looking tokens, so the leak check below is strict", () => {
    for (const e of knowledgeEntries) expect(e.example).not.toMatch(/\bundefined\b|\bnull\b|\bNaN\b|\{\{/);
  });
});

const table = categories.flatMap((category) => languages.map((language) => [category, language] as const));

describe.each(table)("report for %s in %s", (category, language) => {
  const entry = knowledgeFor(category);

  it("is a valid, specific-looking report from the example through classifyError", () => {
    const classification = classifyError(entry.example);
    // The category's own template: a known-error entry may explain this example more specifically.
    const report = buildRuleReport({ text: entry.example, classification, language, useKnownErrors: false });
    expect(reportSchema.parse(report)).toEqual(report);
    expect(report.source).toBe("rules");
    expect(report.language).toBe(language);
    expect(reportProblems(report)).toEqual([]);
    expect(report.title).toContain(categoryLabel(category, language));
    expect(report.causes.items.length).toBeGreaterThanOrEqual(2);
    expect(report.solutions.length).toBeGreaterThanOrEqual(2);
    expect(report.solutions.every((s) => s.steps.length > 0 || s.code)).toBe(true);
    expect(report.solutions.some((s) => s.code)).toBe(true);
    expect(report.prevention.length).toBeGreaterThanOrEqual(2);
    expect(report.tools.length).toBeGreaterThanOrEqual(2);
    expect(report.translation).not.toBeNull();
    if (language === "en") {
      for (const s of [report.causes.summary, ...report.causes.items, ...report.prevention, ...report.solutions.map((s) => s.title)]) {
        // English prose only; facts quoted from a Chinese paste may carry Chinese.
        if (!cjk.test(entry.example)) expect(s).not.toMatch(cjk);
      }
    } else {
      expect(report.causes.summary).toMatch(cjk);
      expect(report.solutions[0]!.title).toMatch(cjk);
    }
  });

  it("is valid with all-null facts (the paste as the only evidence)", () => {
    const report = buildRuleReport({ text: entry.example, classification: bareClassification(category, language), language, useKnownErrors: false });
    expect(reportProblems(report)).toEqual([]);
    expect(report.solutions.length).toBeGreaterThanOrEqual(2);
    expect(report.solutions.some((s) => s.code)).toBe(true);
  });

  it("is valid with all-null facts and a paste that says nothing", () => {
    const report = buildRuleReport({ text: "it does not work", classification: bareClassification(category, language), language });
    expect(reportProblems(report)).toEqual([]);
    expect(report.solutions.length).toBeGreaterThanOrEqual(2);
  });
});

describe("language changes the text, never the facts", () => {
  it.each(knowledgeEntries.map((e) => [e.category, e.example] as const))("%s", (_category, example) => {
    const classification = classifyError(example);
    const zh = buildRuleReport({ text: example, classification, language: "zh" });
    const en = buildRuleReport({ text: example, classification, language: "en" });
    expect(zh.solutions.map((s) => s.code?.language ?? "")).toEqual(en.solutions.map((s) => s.code?.language ?? ""));
    expect(zh.causes.items.length).toBe(en.causes.items.length);
    expect(zh.translation?.original).toBe(en.translation?.original);
    // The code itself differs only in its comments and messages: same lines of actual code.
    const strip = (s: string) => s.split("\n").filter((l) => !/^\s*(?:#|\/\/|<!--|--)/.test(l)).map((l) => l.replace(/\s+(?:#|\/\/)\s.*$/, "")).join("\n");
    zh.solutions.forEach((s, i) => {
      const other = en.solutions[i]!.code?.content ?? "";
      if (s.code) expect(strip(s.code.content).split("\n").length).toBe(strip(other).split("\n").length);
    });
  });
});
