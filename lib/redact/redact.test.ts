import { describe, expect, it } from "vitest";
import { lookAlikes, secretFixtures, type PlantedSecret } from "./fixtures";
import { hasSecrets, redactSecrets } from "./redact";
import { secretRules } from "./rules";
import { redactionFindingSchema, secretKinds } from "./schema";

/** Every run of 5 characters of the secret after its public prefix: none may survive. */
function leaksOf(output: string, secret: PlantedSecret): string[] {
  const hidden = secret.value.slice(secret.shown?.length ?? 0);
  const leaks: string[] = [];
  if (output.includes(secret.value)) leaks.push(secret.value);
  for (let i = 0; i + 5 <= hidden.length; i++) {
    const window = hidden.slice(i, i + 5);
    if (output.includes(window)) leaks.push(window);
  }
  return leaks;
}

const kindsOf = (findings: Array<{ kind: string }>) => [...new Set(findings.map((f) => f.kind))].sort();

const ruleExamples = secretRules.flatMap((rule) => rule.examples.map((example, i) => ({ name: `${rule.id} #${i + 1}`, rule, example })));

describe("the rule table", () => {
  it("has unique ids, global+indices patterns, known kinds and at least one example per rule", () => {
    expect(new Set(secretRules.map((r) => r.id)).size).toBe(secretRules.length);
    for (const rule of secretRules) {
      expect(rule.pattern.flags, rule.id).toContain("g");
      expect(rule.pattern.flags, rule.id).toContain("d");
      expect(secretKinds, rule.id).toContain(rule.kind);
      expect(rule.examples.length, rule.id).toBeGreaterThan(0);
    }
  });

  it.each(ruleExamples)("$name redacts its example exactly", ({ rule, example }) => {
    const got = redactSecrets(example.text);
    expect(got.text).toBe(example.redacted);
    expect(got.text).not.toContain(example.secret);
    expect(example.text).toContain(example.secret);
    expect(kindsOf(got.findings)).toContain(rule.kind);
  });
});

describe("secret corpus", () => {
  it("holds at least 40 planted secrets", () => {
    expect(secretFixtures.flatMap((f) => f.secrets).length).toBeGreaterThanOrEqual(40);
  });

  it.each(secretFixtures)("$name: no secret survives and its kind is reported", ({ text, secrets }) => {
    for (const secret of secrets) expect(text, "fixture must contain its secret").toContain(secret.value);
    const got = redactSecrets(text);
    for (const secret of secrets) expect(leaksOf(got.text, secret), secret.kind).toEqual([]);
    expect(kindsOf(got.findings)).toEqual(kindsOf(secrets));
    for (const finding of got.findings) expect(redactionFindingSchema.parse(finding)).toEqual(finding);
  });
});

describe("look-alikes", () => {
  it("holds at least 40 look-alikes", () => {
    expect(lookAlikes.length).toBeGreaterThanOrEqual(40);
  });

  it.each(lookAlikes)("$name survives byte for byte", ({ text }) => {
    const got = redactSecrets(text);
    expect(got.text).toBe(text);
    expect(got.findings).toEqual([]);
    expect(hasSecrets(text)).toBe(false);
  });
});

const everyText = [
  ...secretFixtures.map((f) => ({ name: f.name, text: f.text })),
  ...lookAlikes,
  ...ruleExamples.map((e) => ({ name: e.name, text: e.example.text })),
];

describe("idempotence", () => {
  it.each(everyText)("$name: redacting the result changes nothing", ({ text }) => {
    const once = redactSecrets(text).text;
    const twice = redactSecrets(once);
    expect(twice.text).toBe(once);
    expect(twice.findings).toEqual([]);
    expect(hasSecrets(once)).toBe(false);
  });
});

describe("hasSecrets", () => {
  it.each(everyText)("$name: agrees with redactSecrets", ({ text }) => {
    expect(hasSecrets(text)).toBe(redactSecrets(text).findings.length > 0);
  });
});

describe("findings", () => {
  it("counts each kind and never holds a value", () => {
    const text = [
      "OPENAI_API_KEY=sk-proj-Rk3vT9wLq2Zb7YhN4cXe8PjA1sGm6DfU0iKo5BnVtW2yQ8eR4tY6",
      "FALLBACK_KEY=sk-proj-Zq8vT1wLq2Zb7YhN4cXe8PjA1sGm6DfU0iKo5BnVtW2yQ8eR4xX9",
      "DB_PASSWORD=Vq8#rT2!mZ5p",
    ].join("\n");
    const got = redactSecrets(text);
    expect(got.findings).toEqual([
      { kind: "openai_key", count: 2 },
      { kind: "password", count: 1 },
    ]);
    expect(JSON.stringify(got.findings)).not.toMatch(/Rk3v|Zq8v|Vq8#/);
  });

  it("is empty for text without secrets", () => {
    expect(redactSecrets("TypeError: Cannot read properties of undefined (reading 'map')")).toEqual({
      text: "TypeError: Cannot read properties of undefined (reading 'map')",
      findings: [],
    });
    expect(redactSecrets("")).toEqual({ text: "", findings: [] });
  });

  it("counts a key inside an Authorization header once, as the key it is", () => {
    const got = redactSecrets('-H "Authorization: Bearer sk-proj-Rk3vT9wLq2Zb7YhN4cXe8PjA1sGm6DfU0iKo5BnVtW2yQ8eR4tY6"');
    expect(got.findings).toEqual([{ kind: "openai_key", count: 1 }]);
    expect(got.text).toBe('-H "Authorization: Bearer sk-proj-…4tY6"');
  });
});

describe("masking convention", () => {
  it.each([
    ["a prefixed key keeps its prefix and last 4", "key sk-ant-api03-Xq7mN2pL9vR4tY8wK3zB6cD1fG5hJ0sAuE9iO2pQ4rQ2aa", "key sk-ant-…Q2aa"],
    ["an unprefixed key keeps only its last 4", "x-api-key: 7Kd9Lq2Mz5Nx8Pw1Rv4Sy6Tb3Uc0Ve7W", "x-api-key: …Ve7W"],
    ["a short token becomes a marker", "Authorization: Bearer abc123", "Authorization: Bearer [REDACTED:bearer_token]"],
    ["a password becomes a marker", "password=hunter2", "password=[REDACTED:password]"],
    ["a home directory becomes ~", "/home/alice/project/app.py", "~/project/app.py"],
    ["an escaped Windows home directory becomes ~", "C:\\\\Users\\\\alice\\\\Desktop\\\\x.py", "~\\\\Desktop\\\\x.py"],
    ["a Windows home directory becomes ~", "C:\\Users\\alice\\Desktop\\x.py", "~\\Desktop\\x.py"],
    ["a WSL home directory becomes ~", "/mnt/c/Users/alice/code", "~/code"],
    ["a bare home directory becomes ~", "cd /home/alice", "cd ~"],
  ])("%s", (_name, input, expected) => {
    expect(redactSecrets(input).text).toBe(expected);
  });

  it("never keeps more than the last 4 characters of any secret", () => {
    for (const fixture of secretFixtures) {
      const out = redactSecrets(fixture.text).text;
      // A URL path that follows a masked path segment (`bot…2Kc7/getUpdates`) is not part of the secret.
      for (const match of out.matchAll(/…([\w+/=%-]*)/g)) expect(match[1]!.replace(/\/[A-Za-z]+$/, "").length, fixture.name).toBeLessThanOrEqual(4);
    }
  });
});

describe("edge cases", () => {
  it.each([
    ["a literal word password in a URL", "postgres://user:pass@host/db", "postgres://user:[REDACTED:url_password]@host/db"],
    ["a password that contains 'password'", "DB_PASSWORD=password123", "DB_PASSWORD=[REDACTED:password]"],
    ["a quoted value is a literal, not a variable", `password="db_password"`, `password="[REDACTED:password]"`],
    ["a bare variable of the same name", "connect(password=password)", "connect(password=password)"],
    ["a bare camelCase variable", "{ apiKey: apiKey }", "{ apiKey: apiKey }"],
    ["a keyword glued to a lowercase word is not a key", "mypassword=hunter2 subtoken=a1b2c3d4e5f6", "mypassword=hunter2 subtoken=a1b2c3d4e5f6"],
    ["a keyword after capitals is a key", "DBPassword=hunter2 PGPASSWORD=hunter2", "DBPassword=[REDACTED:password] PGPASSWORD=[REDACTED:password]"],
    ["a bare name after a quoted key is a variable", "{'password': pw, 'user': user}", "{'password': pw, 'user': user}"],
    ["a number after a quoted key becomes a quoted marker", `{"password": 73914682}`, `{"password": "[REDACTED:password]"}`],
    ["PWD is a directory", "PWD=/home/alice/project", "PWD=~/project"],
    ["a key after a JSON-escaped newline", String.raw`"a
password=Vq8#rT2!mZ5p"`, String.raw`"a
password=[REDACTED:password]"`],
    ["a Python f-string bearer", `{'Authorization': f'Bearer {api_key}'}`, `{'Authorization': f'Bearer {api_key}'}`],
    ["a Service Bus connection string", "Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmc=", "Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=…Zmc="],
    ["a SharedAccessSignature token", "Authorization: SharedAccessSignature sr=acme.servicebus.windows.net&sig=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5&se=1700000000&skn=send", "Authorization: SharedAccessSignature sr=acme.servicebus.windows.net&sig=…Nzg5&se=1700000000&skn=send"],
    ["a token in YAML", "github:\n  token: ghp_R8tY2uI4oP6aS8dF0gH2jK4lZ6xC8vB01234", "github:\n  token: ghp_…1234"],
  ])("%s", (_name, input, expected) => {
    expect(redactSecrets(input).text).toBe(expected);
  });
});

describe("JSON and Python reprs stay intact", () => {
  const objects = [
    { api_key: "sk-proj-Rk3vT9wLq2Zb7YhN4cXe8PjA1sGm6DfU0iKo5BnVtW2yQ8eR4tY6", model: "gpt-4o-mini" },
    { headers: { Authorization: "Bearer 8f3kDq2LmZ7xWv9TnB4yHc6RjP1sGa5E", Cookie: "sid=9f8a7b6c5d4e3f2a1b0c; theme=dark" } },
    { db: { url: "postgres://app:Vq8#rT2!mZ5p@db:5432/app", password: 'q"uo\\te\\"d', user: "app" } },
    { private_key: "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----\n" },
    { cwd: "C:\\Users\\alice\\proj", home: "/home/alice", token: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlMTIzNDU2Nzg5" },
    { nested: JSON.stringify({ password: "Tr0ub4dor&3x", aws_secret_access_key: "7Hq2Lm9Xv4Tb8Wn1Rz5Yk3Pd6Sg0Fj2Ac4Ue7iOq" }) },
    { log: "line 1\nAuthorization: Basic YWxpY2U6czNjcjN0\nline 3\n\tghp_R8tY2uI4oP6aS8dF0gH2jK4lZ6xC8vB01234" },
    { pin: "x", password: 73914682, retries: 3 },
  ];
  const inputs = objects.flatMap((o) => [JSON.stringify(o), JSON.stringify(o, null, 2)]);

  it.each(inputs)("valid JSON stays valid JSON with the same keys: %s", (input) => {
    const got = redactSecrets(input);
    expect(got.findings.length).toBeGreaterThan(0);
    const parsed: unknown = JSON.parse(got.text);
    expect(keysOf(parsed)).toEqual(keysOf(JSON.parse(input)));
    expect(got.text).not.toMatch(/Rk3vT9|8f3kDq2|9f8a7b6c|Vq8#rT2|uo\\\\te|MIIEvQ|alice|c2lnbmF0|Tr0ub4|7Hq2Lm9|YWxpY2U6|R8tY2u|73914682/);
  });

  it("keeps quotes and braces of a Python dict repr", () => {
    const text = "{'api_key': 'Zq1Xw2Ce3Vr4Bt5Ny6Mu7Ik8', 'password': 'hunter2', 'timeout': 30}";
    expect(redactSecrets(text).text).toBe("{'api_key': '…7Ik8', 'password': '[REDACTED:password]', 'timeout': 30}");
  });

  it("stops a quoted value at its closing quote, honouring escapes", () => {
    const text = String.raw`{"password": "a\"b", "user": "x"}`;
    expect(redactSecrets(text).text).toBe(`{"password": "[REDACTED:password]", "user": "x"}`);
  });
});

function keysOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(keysOf);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, keysOf(v)]));
  return "leaf"; // a redacted number becomes a string: the structure is what must survive
}
