import { describe, expect, it } from "vitest";
import { extractPrintedFix, failedCommands } from "./evidence";

/** Real message shapes as tools print them, with the fix each prints. */
const cases: [name: string, text: string, kind: string, token: string, command: string | null][] = [
  ["python NameError", "NameError: name 'pritn' is not defined. Did you mean: 'print'?", "did_you_mean", "print", null],
  ["TypeScript TS2551", "error TS2551: Property 'lenght' does not exist on type 'string'. Did you mean 'length'?", "did_you_mean", "length", null],
  ["git typo", "git: 'stauts' is not a git command. See 'git --help'.\n\nThe most similar command is\n\tstatus", "did_you_mean", "status", null],
  ["pip permission", "ERROR: Could not install packages due to an OSError: [Errno 13] Permission denied: '/usr/lib/python3/dist-packages/six.py'\nConsider using the `--user` option or check the permissions.", "consider", "Consider using the `--user` option or check the permissions", null],
  ["bundler", "Could not find rake-13.0.6 in any of the sources\nRun `bundle install` to install missing gems.", "run", "bundle install", "bundle install"],
  ["go mod", "go: updates to go.mod needed; to update it:\n\tgo mod tidy", "run", "go mod tidy", "go mod tidy"],
  ["conda", "CondaError: Run 'conda init' before 'conda activate'", "run", "conda init", "conda init"],
  ["TS7016", "error TS7016: Could not find a declaration file for module 'lodash'. '/app/node_modules/lodash/index.js' implicitly has an 'any' type.\n  Try `npm i --save-dev @types/lodash` if it exists or add a new declaration (.d.ts) file containing `declare module 'lodash';`", "run", "npm i --save-dev @types/lodash", "npm i --save-dev @types/lodash"],
  ["OpenAI max_tokens", "openai.BadRequestError: Error code: 400 - {'error': {'message': \"Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.\", 'type': 'invalid_request_error', 'param': 'max_tokens', 'code': 'unsupported_parameter'}}", "use_instead", "max_completion_tokens", null],
  ["OpenAI role values", "Invalid value: 'bot'. Supported values are: 'system', 'assistant', 'user', 'function', 'tool', and 'developer'.", "allowed_values", "'system', 'assistant', 'user', 'function', 'tool', and 'developer'", null],
  ["npm ERESOLVE", "npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\nnpm ERR! Fix the upstream dependency conflict, or retry\nnpm ERR! this command with --force or --legacy-peer-deps\nnpm ERR! to accept an incorrect (and potentially broken) dependency resolution.", "retry_with", "--force or --legacy-peer-deps", null],
  ["rustc help", "error[E0425]: cannot find value `coutn` in this scope\n --> src/main.rs:3:20\n  |\n3 |     println!(\"{}\", coutn);\n  |                    ^^^^^ help: a local variable with a similar name exists: `count`", "hint", "count", null],
  ["postgres HINT", "ERROR:  column \"nme\" does not exist\nLINE 1: select nme from users;\nHINT:  Perhaps you meant to reference the column \"users.name\".", "did_you_mean", "users.name", null],
  ["Chinese 请先执行", "错误：未找到依赖，请先执行 npm install 安装依赖", "run", "npm install", "npm install"],
  ["git upstream, command on its own line", "fatal: The current branch feat/x has no upstream branch.\nTo push the current branch and set the remote as upstream, use\n\n    git push --set-upstream origin feat/x\n", "run", "git push --set-upstream origin feat/x", "git push --set-upstream origin feat/x"],
  ["go.sum after 'to add it:'", "go: github.com/spf13/pflag@v1.0.5: missing go.sum entry; to add it:\n        go mod download github.com/spf13/pflag", "run", "go mod download github.com/spf13/pflag", "go mod download github.com/spf13/pflag"],
  ["git hint block listing commands", "hint: You have divergent branches and need to specify how to reconcile them.\nhint: You can do so by running one of the following commands sometime before\nhint: your next pull:\nhint:\nhint:   git config pull.rebase false  # merge\nhint:   git config pull.rebase true   # rebase", "run", "git config pull.rebase false", "git config pull.rebase false"],
  ["backticks around a quoted requirement", "ImportError: Using `low_cpu_mem_usage=True` or a `device_map` requires Accelerate: `pip install 'accelerate>=0.26.0'`", "run", "pip install 'accelerate>=0.26.0'", "pip install 'accelerate>=0.26.0'"],
  ["Docker build timestamps before the lines", "3.026 error: externally-managed-environment\n3.026 ╰─> If you wish to install a non-Debian-packaged Python package,\n3.026     create a virtual environment using python3 -m venv path/to/venv.", "run", "python3 -m venv path/to/venv", "python3 -m venv path/to/venv"],
  ["a Spring hint inside a JSON log line", '{"level":"ERROR","message":"\\n\\nAction:\\n\\nConsider defining a bean of type \'com.acme.Repo\' in your configuration.\\n"}', "consider", "Consider defining a bean of type 'com.acme.Repo' in your configuration", null],
  ["code suggestion keeps its quotes", 'SyntaxError: Missing parentheses in call to \'print\'. Did you mean print("done")?', "did_you_mean", 'print("done")', null],
  ["Spring consider", "Action:\n\nConsider defining a bean of type 'com.example.UserRepository' in your configuration.", "consider", "Consider defining a bean of type 'com.example.UserRepository' in your configuration", null],
];

describe("extractPrintedFix", () => {
  it.each(cases)("%s", (_name, text, kind, token, command) => {
    const fix = extractPrintedFix(text);
    expect(fix).not.toBeNull();
    expect(fix!.kind).toBe(kind);
    expect(fix!.token).toBe(token);
    expect(fix!.command).toBe(command);
  });

  it.each([
    ["gradle diagnostics", "* Try:\n> Run with --stacktrace option to get the stack trace.\n> Run with --info or --debug option to get more log output.\n> Run with --scan to get full insights."],
    ["rust backtrace", "thread 'main' panicked at src/main.rs:2:5:\nboom\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace"],
    ["npm log", "npm ERR! A complete log of this run can be found in:\nnpm ERR!     /root/.npm/_logs/2024-01-01T00_00_00_000Z-debug-0.log"],
    ["pip notice", "[notice] A new release of pip is available: 23.2.1 -> 24.0\n[notice] To update, run: pip install --upgrade pip"],
    ["docs pointer", "error: externally-managed-environment\nhint: See PEP 668 for the detailed specification."],
    ["plain error", "ModuleNotFoundError: No module named 'requests'"],
    ["a constraint, not an instruction", "ValueError: Error 422: {'error': 'Input validation error: `max_new_tokens` must be <= 192'}"],
    ["a quoted argument list, not a command to run", "fatal: FAILED! => {\"msg\": \"'/usr/bin/apt-get -y install 'curl' 'git'' failed: E: Unable to locate package\"}"],
    ["a tool's bare name", "git: 'stauts' is not a git command."],
  ])("finds no fix in %s", (_name, text) => {
    expect(extractPrintedFix(text)).toBeNull();
  });

  it("never suggests the command the paste shows failing", () => {
    const text = "$ bundle install\nCould not find gem 'pg' in locally installed gems.\nRun `bundle install` to install missing gems.";
    expect(failedCommands(text)).toEqual(["bundle install"]);
    expect(extractPrintedFix(text)).toBeNull();
  });
});
