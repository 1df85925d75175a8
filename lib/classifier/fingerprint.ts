/**
 * Fingerprints group "the same error": the key lines with everything that varies between two
 * occurrences (ids, times, numbers, home directories, query strings, secrets) replaced by
 * placeholders, hashed to 64 bits.
 */

const replacements: [RegExp, string][] = [
  [/\b(https?:\/\/[^\s?#"'<>]{1,500})[?#][^\s"'<>]{0,2000}/gi, "$1"],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, "<uuid>"],
  [/\b(?:sk|pk|rk|ak)-[\w*-]{6,}/gi, "<key>"],
  [/[\w-]*\*{3,}[\w-]*/g, "<key>"],
  [/(\/home\/|\/Users\/|[A-Za-z]:\\+Users\\+)[^/\\\s'"]{1,100}/gi, "$1~"],
  [/\b0x[0-9a-f]+\b/gi, "<hex>"],
  [/\b(?=[A-Za-z0-9_-]{12,}\b)(?=(?:[A-Za-z_-]*\d){4})[A-Za-z0-9_-]+/g, "<id>"],
  [/\b[0-9a-f]{8,}\b/gi, "<hex>"],
  [/\d+(?:\.\d+)*/g, "#"],
  [/[ \t]+/g, " "],
];

export function normalizeForFingerprint(line: string): string {
  let s = line.slice(0, 1000);
  for (const [pattern, to] of replacements) s = s.replace(pattern, to);
  return s.trim().toLowerCase();
}

/** Two independent 32-bit multiply-xorshift lanes (cyrb53-style), 64 bits of output. */
export function hash64(input: string): string {
  let h1 = 0xdeadbeef ^ input.length;
  let h2 = 0x41c6ce57 ^ input.length;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0");
}

/** Fingerprint of a category plus the lines that carry its evidence. */
export function fingerprintOfKeyLines(category: string, keyLines: readonly string[]): string {
  const seen = new Set<string>();
  const parts: string[] = [category];
  for (const line of keyLines) {
    const n = normalizeForFingerprint(line);
    if (n && !seen.has(n)) {
      seen.add(n);
      parts.push(n);
    }
  }
  return hash64(parts.join("\n"));
}
