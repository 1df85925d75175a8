import { describe, expect, it } from "vitest";
import { buildMatchQuery } from "@/lib/search/search-text";
import { buildPgTsQuery, pgSearchDocument, pgSearchWords } from "./search-query";

describe("buildPgTsQuery", () => {
  it("makes words prefixes and CJK runs phrases of their pairs, all required", () => {
    expect(buildPgTsQuery("invalid token")).toBe("'invalid':* & 'token':*");
    expect(buildPgTsQuery("令牌")).toBe("'令牌'");
    expect(buildPgTsQuery("无效的令牌 401")).toBe("('无效' <-> '效的' <-> '的令' <-> '令牌') & '401':*");
    expect(buildPgTsQuery("的令牌")).toBe("('的令' <-> '令牌')");
    // One character: the pairs it starts, or a run's last character.
    expect(buildPgTsQuery("令")).toBe("'令':*");
    expect(buildPgTsQuery("token令牌")).toBe("'token':* & '令牌'");
  });

  it("lowercases, folds accents and drops repeats", () => {
    expect(buildPgTsQuery("Token TOKEN token")).toBe("'token':*");
    expect(buildPgTsQuery("Café")).toBe("'cafe':*");
    // Voiced kana lose their mark in the document (NFD + no combining marks): the query too.
    expect(buildPgTsQuery("が")).toBe("'か':*");
    expect(pgSearchDocument(["がぎ"])).toBe("かき き");
  });

  it("keeps tsquery operators and quotes out of the query text", () => {
    for (const input of ["a & b", "a | b", "!a", "(a) <-> b", "a:*", "'a'", '"a"', "a\\b", "a<2>b", "a:AB", "a & !(b | c):*"]) {
      const query = buildPgTsQuery(input);
      expect(query).not.toBeNull();
      // Only quoted lexemes of letters/digits, joined by the operators this module writes.
      expect(query!.replace(/'[\p{L}\p{N}]+'(:\*)?/gu, "X")).toMatch(/^(X|\(X( <-> X)+\))( & (X|\(X( <-> X)+\)))*$/);
    }
    expect(buildPgTsQuery("it's")).toBe("'it':* & 's':*");
    expect(buildPgTsQuery("a\\b")).toBe("'a':* & 'b':*");
  });

  it("returns null when nothing searchable is left, as buildMatchQuery does", () => {
    for (const input of ["", "   ", "&|!():*<>", "'\"\\", "—…", "\u0000\u0001"]) {
      expect(buildPgTsQuery(input)).toBeNull();
      expect(buildMatchQuery(input)).toBeNull();
    }
  });

  it("has a clause for every clause of SQLite's query", () => {
    for (const input of ["Error code: 401 - Invalid token", "无效的令牌 (request id: abc)", "sk-***", "ECONNREFUSED 127.0.0.1:5432", "ユーザー 인증 오류"]) {
      expect(buildPgTsQuery(input)!.split(" & ")).toHaveLength(buildMatchQuery(input)!.split(" AND ").length);
    }
  });
});

describe("pgSearchDocument", () => {
  it("is SQLite's search text as plain words: CJK runs as pairs, camelCase parts, no punctuation", () => {
    expect(pgSearchDocument(["AuthenticationError: 无效的令牌", "https://api.openai.com/v1", null])).toBe(
      "AuthenticationError 无效 效的 的令 令牌 牌 https api openai com v1 Authentication Error",
    );
    expect(pgSearchDocument(["Ça marche pas_du_tout"])).toBe("Ca marche pas du tout");
    expect(pgSearchDocument(["한국어 오류"])).toBe("한국 국어 어오 오류 류");
    // A lone character stays one word; a run goes on across punctuation, as FTS5's phrase does.
    expect(pgSearchDocument(["错 a 令牌，已用尽"])).toBe("错 a 令牌 牌已 已用 用尽 尽");
  });

  it("has one position per character, as the single-character words it replaces", () => {
    for (const text of ["无效的令牌 (request id: 2025)", "余额不足，请充值", "ユーザー 인증 오류 mixed 中文 text", "a 令 b"]) {
      expect(pgSearchDocument([text]).split(" ")).toHaveLength(pgSearchWords([text]).length);
    }
  });
});
