import { describe, expect, it } from "vitest";
import { firstLine } from "./present";

describe("firstLine", () => {
  it("is the first non-empty line, trimmed", () => {
    expect(firstLine("\n\n  Error: listen EADDRINUSE :::3000\n    at Server.listen")).toBe("Error: listen EADDRINUSE :::3000");
  });

  it("shows a Python traceback's exception instead of its header", () => {
    const text = 'Traceback (most recent call last):\n  File "app.py", line 1, in <module>\n    import cv2\nModuleNotFoundError: No module named \'cv2\'\n';
    expect(firstLine(text)).toBe("ModuleNotFoundError: No module named 'cv2'");
  });

  it("keeps the header when a traceback has nothing after it", () => {
    expect(firstLine("Traceback (most recent call last):\n  File \"a.py\", line 2")).toBe("Traceback (most recent call last):");
  });

  it("cuts long lines with an ellipsis", () => {
    const line = firstLine("E".repeat(500), 50);
    expect(line).toHaveLength(50);
    expect(line.endsWith("…")).toBe(true);
  });
});
