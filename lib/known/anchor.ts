/**
 * The longest piece of literal text a regex requires, found from its source: the matcher checks
 * for it with a plain substring search before running the regex, so a pattern that starts with a
 * variable-length name (`(?<id>[\w./-]{1,200}) is not a local folder`) costs nothing on text that
 * cannot match. Null when the pattern has no required literal (a top-level alternation, say).
 */
export function literalAnchor(source: string): string | null {
  let depth = 0;
  let inClass = false;
  let best = "";
  let run = "";
  const endRun = () => {
    if (run.length > best.length) best = run;
    run = "";
  };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (inClass) {
      if (ch === "\\") i++;
      else if (ch === "]") inClass = false;
      continue;
    }
    if (ch === "\\") {
      const next = source[i + 1] ?? "";
      i++;
      // An escaped punctuation mark is a literal; \s, \d, \w, \b and friends are not.
      if (depth === 0 && /[^A-Za-z0-9]/.test(next)) run += next;
      else endRun();
      continue;
    }
    if (ch === "[") {
      endRun();
      inClass = true;
      continue;
    }
    if (ch === "(") {
      endRun();
      depth++;
      continue;
    }
    if (ch === ")") {
      depth--;
      // A quantified group is optional text: it breaks the run but never adds to it.
      continue;
    }
    if (ch === "|") {
      if (depth === 0) return null;
      continue;
    }
    if (ch === "?" || ch === "*" || ch === "{") {
      // The character before an optional quantifier is not required.
      if (depth === 0 && run.length > 0 && source[i - 1] !== ")" && source[i - 1] !== "]") run = run.slice(0, -1);
      endRun();
      if (ch === "{") while (i < source.length && source[i] !== "}") i++;
      continue;
    }
    if (ch === "+" || ch === "^" || ch === "$" || ch === ".") {
      endRun();
      continue;
    }
    if (depth === 0) run += ch;
  }
  endRun();
  return best.length >= 4 ? best : null;
}
