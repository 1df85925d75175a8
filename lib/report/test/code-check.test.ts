import { describe, expect, it } from "vitest";
import { checkBrackets, checkCodeBlocks } from "./code-check";

describe("checkCodeBlocks", () => {
  it("passes code that parses and names each failure", () => {
    const failures = checkCodeBlocks([
      { language: "python", content: "import os\nprint(os.environ.get('X'))", where: "ok-py" },
      { language: "python", content: "def f(:\n  pass", where: "bad-py" },
      { language: "bash", content: 'PID=$(lsof -ti :3000)\nkill "$PID"', where: "ok-sh" },
      { language: "bash", content: "kill <PID>", where: "bad-sh" },
      { language: "javascript", content: "const { default: x } = await import('x');\nconsole.log(x);", where: "ok-js" },
      { language: "typescript", content: "const x: = 1;", where: "bad-ts" },
      { language: "json", content: '{"a": 1,}', where: "bad-json" },
      { language: "yaml", content: "a: 1\nb: [2, 3]", where: "ok-yaml" },
      { language: "go", content: "func main() { fmt.Println(\"}\") ", where: "bad-go" },
    ]);
    expect(failures.map((f) => f.where).sort()).toEqual(["bad-go", "bad-json", "bad-py", "bad-sh", "bad-ts"]);
  });

  it("ignores brackets inside strings, apostrophes and comments", () => {
    expect(checkBrackets('fn main() { let s = "(("; // )\n let c = \'{\'; }')).toBeNull();
    expect(checkBrackets("if (x) { y(); ")).toMatch(/unclosed/);
  });
});
