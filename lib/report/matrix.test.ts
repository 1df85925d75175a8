import { describe, expect, it } from "vitest";
import { categories, type Category } from "@/lib/classifier/schema";
import { buildRuleReport, knowledgeFor } from "@/lib/report";
import { bareClassification, reportProblems } from "./test/helpers";

const ecosystems = ["python", "node", "browser", "java", "go", "rust", "dotnet", "php", "ruby", "c", "shell", null] as const;
const apiCategories: Category[] = ["auth.invalid_credentials", "auth.forbidden", "billing.quota_exceeded", "rate_limit", "model.not_found", "request.context_length", "request.content_filtered", "request.invalid", "endpoint.not_found", "upstream.unavailable", "network.timeout", "network.connection"];
const providers = ["openai", "anthropic", "gemini", "azure", "deepseek", "ollama", "openrouter", "new-api", "dmxapi", "zhipu", null] as const;

describe("every category in every ecosystem", () => {
  it.each(categories.map((c) => [c] as const))("%s", (category) => {
    const example = knowledgeFor(category).example;
    for (const ecosystem of ecosystems) {
      for (const language of ["zh", "en"] as const) {
        const classification = { ...bareClassification(category, language), ecosystem };
        const r = buildRuleReport({ text: example, classification, language });
        expect(reportProblems(r), `${category} ${ecosystem} ${language}`).toEqual([]);
        expect(r.solutions.length, `${category} ${ecosystem}`).toBeGreaterThanOrEqual(2);
      }
    }
  });
});

describe("API categories for every provider and ecosystem", () => {
  it.each(apiCategories.map((c) => [c] as const))("%s", (category) => {
    const example = knowledgeFor(category).example;
    for (const provider of providers) {
      for (const ecosystem of ["python", "node", "go", "java", "rust", "dotnet", null] as const) {
        for (const language of ["zh", "en"] as const) {
          const classification = { ...bareClassification(category, language), provider, ecosystem, httpStatus: 400, requestId: "req_0123456789abcdef" };
          const r = buildRuleReport({ text: example, classification, language });
          expect(reportProblems(r), `${category} ${provider} ${ecosystem} ${language}`).toEqual([]);
          const code = r.solutions.map((s) => s.code?.content ?? "").join("\n");
          // Keys only ever come from the environment.
          expect(code).not.toMatch(/["']sk-[A-Za-z0-9]{8,}|YOUR_API_KEY/);
          if (provider === "anthropic" && /x-api-key|Authorization/.test(code) && ecosystem !== "node" && ecosystem !== "python") expect(code).toContain("x-api-key");
        }
      }
    }
  });
});
