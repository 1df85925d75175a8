import { spaceHanAndLatin } from "@/lib/text/cjk";
import type { RedactionLanguage, SecretKind } from "./schema";

type Noun = { en: [one: string, many: string]; zh: string };

/** How each group of kinds is named to a reader, in the order they are listed. */
const groups: Array<{ noun: Noun; kinds: readonly SecretKind[] }> = [
  {
    noun: { en: ["API key", "API keys"], zh: "API 密钥" },
    kinds: ["openai_key", "anthropic_key", "deepseek_key", "relay_key", "google_key", "aws_access_key", "aws_secret", "azure_key", "stripe_key", "api_key"],
  },
  {
    noun: { en: ["access token", "access tokens"], zh: "访问令牌" },
    kinds: ["github_token", "gitlab_token", "slack_token", "slack_webhook", "huggingface_token", "google_oauth_token", "azure_sas", "url_signature", "bearer_token", "jwt", "token"],
  },
  { noun: { en: ["password", "passwords"], zh: "密码" }, kinds: ["password", "url_password", "basic_auth"] },
  { noun: { en: ["secret", "secrets"], zh: "机密值" }, kinds: ["secret"] },
  { noun: { en: ["private key", "private keys"], zh: "私钥" }, kinds: ["private_key"] },
  { noun: { en: ["cookie", "cookies"], zh: "Cookie" }, kinds: ["cookie"] },
  { noun: { en: ["home directory path", "home directory paths"], zh: "用户主目录路径" }, kinds: ["home_path"] },
];

/** Kinds this version does not know (stored by a newer one) are still counted. */
const otherNoun: Noun = { en: ["other secret", "other secrets"], zh: "其他敏感信息" };

/**
 * What was redacted, as a short phrase for the report page: "2 API keys and 1 password",
 * "2 个 API 密钥和 1 个密码". Never names a value. Empty when nothing was redacted.
 * The page puts it after its own label ("Redacted before saving: …").
 */
export function describeRedactions(findings: ReadonlyArray<{ kind: string; count: number }>, lang: RedactionLanguage): string {
  const totals = new Map<Noun, number>();
  for (const { kind, count } of findings) {
    if (!(count > 0)) continue;
    const noun = groups.find((g) => (g.kinds as readonly string[]).includes(kind))?.noun ?? otherNoun;
    totals.set(noun, (totals.get(noun) ?? 0) + count);
  }
  const ordered = [...groups.map((g) => g.noun), otherNoun].filter((noun) => totals.has(noun));
  const parts = ordered.map((noun) => {
    const n = totals.get(noun)!;
    return lang === "zh" ? `${n} 个${noun.zh}` : `${n} ${noun.en[n === 1 ? 0 : 1]}`;
  });
  return lang === "zh" ? spaceHanAndLatin(joinList(parts, "、", "和")) : joinList(parts, ", ", " and ");
}


function joinList(parts: string[], separator: string, lastSeparator: string): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(separator)}${lastSeparator}${parts[parts.length - 1]}`;
}
