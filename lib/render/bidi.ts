/**
 * Bidirectional formatting characters in pasted text. They are invisible and reorder what
 * follows them: `invoice\u202Efdp.exe` displays as "invoiceexe.pdf". The stored paste keeps
 * them (it is what was sent); wherever paste text is displayed (page, lists, <title>, Open
 * Graph tags, report.md) each is shown as a visible marker instead, `⟨U+202E⟩`, and the text
 * sits in its own direction context (`dir="auto"` / `<bdi>`), so RTL text still reads right
 * without pulling the page's layout along.
 *
 * The controls: LRE, RLE, PDF, LRO, RLO (U+202A–U+202E), LRI, RLI, FSI, PDI (U+2066–U+2069),
 * LRM, RLM (U+200E, U+200F) and the Arabic letter mark (U+061C).
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function hasBidiControls(text: string): boolean {
  BIDI_CONTROLS.lastIndex = 0;
  const found = BIDI_CONTROLS.test(text);
  BIDI_CONTROLS.lastIndex = 0;
  return found;
}

/** The visible stand-in for one control character: `⟨U+202E⟩`. */
export function bidiMarker(char: string): string {
  return `⟨U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}⟩`;
}

/** `text` with every bidi control replaced by its visible marker; other text is unchanged. */
export function showBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, bidiMarker);
}

/**
 * The same for every string inside a plain value (objects, arrays), e.g. a ticket before it is
 * rendered. Dates and other class instances are kept as they are; the input is not modified.
 */
export function showBidiControlsIn<T>(value: T): T {
  return mapStrings(value) as T;
}

function mapStrings(value: unknown): unknown {
  if (typeof value === "string") return showBidiControls(value);
  if (Array.isArray(value)) return value.map(mapStrings);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v)]));
  }
  return value;
}
