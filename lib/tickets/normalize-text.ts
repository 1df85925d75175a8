// ANSI escape sequences (colours, cursor moves) that terminals print around errors.
const ANSI_ESCAPES = /\u001b\[[0-9;?]{0,32}[ -/]{0,4}[@-~]|\u001b\][^\u0007\u001b]{0,512}(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;
// C0/C1 control characters except tab, newline and carriage return; U+FFFD stays (it marks invalid UTF-8).
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Makes pasted terminal output safe to store and render, without changing what it says. */
export function normalizePastedText(text: string): string {
  return text
    .replace(/^\ufeff/, "")
    .replace(ANSI_ESCAPES, "")
    .replace(/\r\n?/g, "\n")
    .replace(CONTROL_CHARS, "");
}

export function byteLength(text: string): number {
  return Buffer.byteLength(text, "utf8");
}
