import { describe, expect, it } from "vitest";
import { lookAlikes, secretFixtures } from "./fixtures";
import { hasSecrets, redactSecrets } from "./redact";

const SIZE = 256 * 1024;
const fill = (unit: string, size = SIZE) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Shapes that make backtracking patterns explode: repeated prefixes, long runs, unclosed blocks. */
const adversarial: Record<string, string> = {
  "sk- repeated": fill("sk-"),
  "sk-proj- repeated": fill("sk-proj-"),
  "sk-ant- repeated": fill("sk-ant-api03-"),
  "long run of a": fill("a"),
  "long run of digits": fill("7"),
  "long run of hex": fill("0123456789abcdef"),
  "eyJ repeated": fill("eyJ"),
  "eyJ segments": fill("eyJabcdefgh."),
  "BEGIN PRIVATE KEY without END": fill("-----BEGIN PRIVATE KEY-----"),
  "one BEGIN then base64": `-----BEGIN RSA PRIVATE KEY-----\n${fill("QUJD\n", SIZE - 40)}`,
  "one BEGIN then single dashes": `-----BEGIN PRIVATE KEY-----${fill("a-", SIZE - 40)}`,
  "password= repeated": fill("password="),
  "password=\" repeated": fill('password="'),
  "password: repeated": fill("password: "),
  "quoted keys": fill(`"api_key": "`),
  "escaped quotes": fill(`\\"token\\": \\"`),
  "api_key=a repeated": fill("api_key=a&"),
  "Authorization repeated": fill("Authorization: Bearer "),
  "Authorization: no value": fill("Authorization:"),
  "Bearer repeated": fill("Bearer "),
  "cookie repeated": fill("Cookie: a="),
  "scheme repeated": fill("a://"),
  "url userinfo without @": `postgres://user:${fill("p", SIZE - 20)}`,
  "colons": fill("a:"),
  "at signs": fill("a@"),
  "home repeated": fill("/home/"),
  "Users repeated": fill("C:\\Users\\"),
  "home user with spaces": `/home/${fill("a ", SIZE - 10)}`,
  "snake name": fill("a_"),
  "dashed name": fill("a-"),
  "backslashes": fill("\\"),
  "escaped newlines": fill("\\n"),
  "AKIA repeated": fill("AKIA"),
  "ghp_ repeated": fill("ghp_"),
  "sig= repeated": fill("&sig="),
  "spaces": fill(" "),
  "newlines": fill("\n"),
  "unclosed brackets": fill("{[(<"),
  "unclosed quotes": fill(`"'`),
  "Chinese labels repeated": fill("数据库密码 ： "),
  "Chinese label glued": fill("密码令牌密钥"),
  "full-width colons": fill("："),
  "key suffix repeated": fill("GROQ_KEY="),
  "camel key repeated": fill("aKey: "),
  "mysql then many arguments": `mysql ${fill("-a ", SIZE - 10)}`,
  "mysql repeated": fill("mysql -u "),
  "-p repeated": fill("-p"),
  "password option repeated": fill("--password "),
  "long option before pass": fill("--aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa "),
  "docker login repeated": fill("docker login -u a "),
  "redis-cli repeated": fill("redis-cli -h "),
  "Signature= repeated": fill("X-Amz-Signature="),
  "sign= in a long run": `sign=${fill("a", SIZE - 10)}`,
  "bot ids repeated": fill("/bot1234567:"),
  "hooks repeated": fill("/hooks/"),
  "gsk_ repeated": fill("gsk_"),
  "SG. repeated": fill("SG."),
  "dotted random parts": fill("Aa1Bb2Cc3Dd4Ee5Ff6Gg7."),
  "one long dotted run": `${fill("Aa1", SIZE / 2)}.${fill("b", SIZE / 2 - 10)}`,
  "query keys repeated": fill("?key=&"),
  "XML elements repeated": fill("<password>a</password>"),
  "unclosed XML password": fill("<password>"),
  "add key repeated": fill(`<add key="a" value="`),
  "sqlplus repeated": fill("sqlplus -S "),
  "login password repeated": fill("login a password "),
  "7z then arguments": `7z ${fill("a ", SIZE - 10)}`,
};

describe("adversarial inputs", () => {
  it.each(Object.entries(adversarial))("%s (256 KiB) redacts quickly", (_name, text) => {
    const started = performance.now();
    redactSecrets(text);
    hasSecrets(text);
    const elapsed = performance.now() - started;
    // Generous: catastrophic backtracking takes seconds to minutes; the real cost is a few ms.
    expect(elapsed).toBeLessThan(1000);
  });
});

describe("a realistic 256 KiB paste", () => {
  const corpus = [...secretFixtures.map((f) => f.text), ...lookAlikes.map((l) => l.text)].join("\n");
  // Whole copies only: a copy cut in the middle of a PEM block is a different paste.
  const paste = `${corpus}\n`.repeat(Math.floor(SIZE / (corpus.length + 1)));

  it("redacts every copy of every secret quickly", () => {
    redactSecrets(paste); // warm up the regex compiler
    const started = performance.now();
    const got = redactSecrets(paste);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(1000);
    expect(got.findings.reduce((sum, f) => sum + f.count, 0)).toBeGreaterThan(secretFixtures.length);
    for (const fixture of secretFixtures) {
      for (const secret of fixture.secrets) {
        // The middle of the value: a JWT's header, for one, is public and repeats elsewhere.
        const middle = Math.floor(secret.value.length / 2);
        expect(got.text.includes(secret.value.slice(middle - 4, middle + 4)), fixture.name).toBe(false);
      }
    }
  });
});
