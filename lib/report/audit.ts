/**
 * Checks a report can fail without running its code: code in another stack than the error's,
 * API code aimed at another provider's host, a documentation link taken for the failing host.
 * Used by the corpus tests and `npm run eval:reports`.
 */
import type { Classification } from "@/lib/classifier/schema";
import { isDocsLink } from "@/lib/classifier/facts";
import { codeEcoOf } from "./code/util";
import { providerHosts } from "./providers";
import type { Solution } from "./schema";

type CodeFamily = "python" | "node" | "java" | "go" | "rust" | "dotnet" | "php" | "ruby" | "shell" | "config" | "other";

export function codeFamilyOf(language: string): CodeFamily {
  const l = language.toLowerCase();
  if (/^(?:python|py|python3)$/.test(l)) return "python";
  if (/^(?:javascript|js|jsx|mjs|cjs|typescript|ts|tsx)$/.test(l)) return "node";
  if (/^(?:java|kotlin|kt|groovy|gradle|scala)$/.test(l)) return "java";
  if (l === "go") return "go";
  if (/^(?:rust|rs)$/.test(l)) return "rust";
  if (/^(?:csharp|cs|c#|fsharp|vb)$/.test(l)) return "dotnet";
  if (l === "php") return "php";
  if (/^(?:ruby|rb)$/.test(l)) return "ruby";
  if (/^(?:bash|sh|shell|zsh|console|powershell|ps1|pwsh|cmd|bat|batch|fish)$/.test(l)) return "shell";
  if (/^(?:json|jsonc|yaml|yml|toml|ini|env|dotenv|dockerfile|docker|nginx|conf|properties|xml|sql|text|txt|plaintext|diff|http|markdown|md|csv|hcl|make|makefile)$/.test(l)) return "config";
  return "other";
}

/** Code blocks in another language than the error's ecosystem (the shell and config files are always fine). */
export function wrongEcosystemCode(solutions: readonly Solution[], c: Pick<Classification, "ecosystem">): string[] {
  const eco = codeEcoOf(c.ecosystem);
  if (eco === null || eco === "shell") return [];
  const allowed: CodeFamily[] = [eco];
  const out: string[] = [];
  for (const s of solutions) {
    if (!s.code) continue;
    const family = codeFamilyOf(s.code.language);
    if (family === "shell" || family === "config" || allowed.includes(family)) continue;
    out.push(`${s.code.language} code for a ${c.ecosystem} error in "${s.title}"`);
  }
  return out;
}

/** API code that calls a provider's host when the error is not that provider's and the paste never names it. */
export function foreignProviderCode(solutions: readonly Solution[], c: Pick<Classification, "provider" | "host">, pasted: string): string[] {
  const out: string[] = [];
  const pastedLower = pasted.toLowerCase();
  for (const s of solutions) {
    if (!s.code) continue;
    for (const { provider, host } of providerHosts()) {
      if (!s.code.content.includes(host)) continue;
      if (provider === c.provider || host === c.host || pastedLower.includes(host)) continue;
      out.push(`${host} (${provider}) in "${s.title}" for a ${c.provider ?? "unknown-provider"} error`);
    }
  }
  return out;
}

/** The classification took a documentation, help or issue-tracker link for the failing endpoint. */
export function docsLinkAsHost(c: Pick<Classification, "url" | "host">, pasted: string): boolean {
  return Boolean(c.url && isDocsLink(c.url, pasted));
}
