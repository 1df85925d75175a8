import type { Classification } from "./schema";

export type { Classification } from "./schema";

/** First working version: only the language and a fingerprint; categories follow. */
export function classifyError(text: string): Classification {
  return {
    category: "unknown",
    confidence: 0.1,
    httpStatus: null,
    errorType: null,
    requestId: null,
    url: null,
    host: null,
    provider: null,
    ecosystem: null,
    exception: null,
    lang: /[\u4e00-\u9fff]/.test(text) ? "zh" : "en",
    fingerprint: fingerprintOf(text),
  };
}

export function fingerprintOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0");
}
