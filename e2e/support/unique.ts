/**
 * A word of random lowercase letters. Fingerprints normalise digits and id-like tokens away, so
 * only letters make a paste's error its own: no other test's paste joins its group or lends it a
 * cached AI report.
 */
export function uniqueWord(length = 12): string {
  return Array.from({ length }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
}
