import { describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n/messages";
import { ACTION_BODY_LIMIT_BYTES, oversizedPasteKiB, pasteFormErrorMessage, pasteFormPostBytes } from "./paste-form";

describe("oversizedPasteKiB", () => {
  it("lets through a post that fits the server action's body limit", () => {
    expect(oversizedPasteKiB({ text: "E".repeat(900 * 1024), context: "" })).toBeNull();
  });

  it("stops a paste over 1 MB before it is sent, with its size", () => {
    expect(oversizedPasteKiB({ text: "E".repeat(1100 * 1024), context: "" })).toBe(1100);
  });

  it("counts UTF-8 bytes and the CRLF browsers send for each line break", () => {
    // 400 K CJK characters are 1.2 MB in UTF-8.
    expect(oversizedPasteKiB({ text: "错".repeat(400_000), context: "" })).not.toBeNull();
    const lines = "x\n".repeat(360 * 1024);
    expect(lines.length).toBeLessThan(ACTION_BODY_LIMIT_BYTES);
    expect(pasteFormPostBytes({ text: lines, context: "" })).toBeGreaterThan(ACTION_BODY_LIMIT_BYTES);
    expect(oversizedPasteKiB({ text: lines, context: "" })).not.toBeNull();
  });
});

describe("pasteFormErrorMessage", () => {
  it("says a refused save was not saved, in the reader's language", () => {
    const error = { code: "storage_unavailable", message: "x", fieldErrors: {}, retryAfterSeconds: null };
    expect(pasteFormErrorMessage(error, messages("en").home, 262_144)).toMatch(/could not be saved.*still here/);
    expect(pasteFormErrorMessage(error, messages("zh").home, 262_144)).toMatch(/未能保存/);
  });
});
