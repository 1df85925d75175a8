/**
 * A static guard for known-error patterns: every repetition must be bounded (`{0,200}`), except
 * on whitespace or one literal character, so no pattern can backtrack badly on a long paste.
 */
export function unboundedQuantifiers(source: string): string[] {
  const found: string[] = [];
  let inClass = false;
  let prevAtom = "";
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === "\\") {
      prevAtom = source.slice(i, i + 2);
      i++;
      continue;
    }
    if (inClass) {
      if (ch === "]") {
        inClass = false;
        prevAtom = "[class]";
      }
      continue;
    }
    if (ch === "[") {
      inClass = true;
      continue;
    }
    const isUnbounded = ch === "*" || ch === "+" || (ch === "{" && /^\{\d+,\}/.test(source.slice(i)));
    if (isUnbounded) {
      const harmless = prevAtom === "\\s" || prevAtom === " " || (prevAtom.length === 1 && /[\w:=,;'"-]/.test(prevAtom));
      if (!harmless) found.push(`${prevAtom}${ch} at ${i}`);
    }
    // `?` after a quantifier (lazy) and `(?` group syntax are not atoms.
    if (ch === "?" && (source[i - 1] === "(" || /[*+?}]/.test(source[i - 1] ?? ""))) continue;
    prevAtom = ch === ")" ? ")" : ch;
  }
  return found;
}
