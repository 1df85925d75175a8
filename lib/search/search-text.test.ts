import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { buildMatchQuery, buildSearchText, highlightTerms, matchSnippet, queryTerms } from "./search-text";

function searchIndex(docs: string[]) {
  const db = new Database(":memory:");
  db.exec("CREATE VIRTUAL TABLE f USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')");
  const insert = db.prepare("INSERT INTO f(rowid, body) VALUES (?, ?)");
  docs.forEach((doc, i) => insert.run(i + 1, buildSearchText([doc])));
  return (query: string) => {
    const match = buildMatchQuery(query);
    if (!match) return [];
    return (db.prepare("SELECT rowid FROM f WHERE f MATCH ? ORDER BY rowid").all(match) as { rowid: number }[]).map(
      (r) => docs[r.rowid - 1],
    );
  };
}

describe("full-text search over Chinese and English", () => {
  const docs = [
    "AuthenticationError: Error code: 401 - {'message': '无效的令牌 (request id: 2026021910)', 'type': 'new_api_error'}",
    "openai.RateLimitError: Error code: 429 - insufficient_quota",
    "当前分组 default 下对于模型 gpt-4o 无可用渠道",
    "ModuleNotFoundError: No module named 'cv2'",
    "该令牌额度已用尽",
  ];
  const search = searchIndex(docs);

  it.each([
    ["令牌", [docs[0], docs[4]]],
    ["无效的令牌", [docs[0]]],
    ["渠道", [docs[2]]],
    ["token 令牌", []],
    ["insufficient_quota", [docs[1]]],
    ["quota", [docs[1]]],
    ["Authentication", [docs[0]]],
    ["error", [docs[0], docs[1], docs[3]]],
    ["RateLimit", [docs[1]]],
    ["gpt-4o", [docs[2]]],
    ["cv2", [docs[3]]],
    ["MODULENOTFOUND", [docs[3]]],
    ["401 new_api_error", [docs[0]]],
  ])("%s", (query, expected) => {
    expect(search(query)).toEqual(expected);
  });

  it("ignores FTS syntax in the query instead of failing", () => {
    for (const hostile of ['"', "AND OR NOT", "NEAR(a b)", "*", "a:b", "(((", "'; DROP TABLE f; --"]) {
      expect(() => search(hostile)).not.toThrow();
    }
    expect(buildMatchQuery("  ---  ")).toBeNull();
  });
});

describe("queryTerms and highlightTerms", () => {
  it("splits mixed scripts and lowercases", () => {
    expect(queryTerms("Invalid token令牌")).toEqual(["invalid", "token", "令牌"]);
  });
  it("marks every occurrence, case-insensitively", () => {
    const parts = highlightTerms("Invalid Token: 无效的令牌", "token 令牌");
    expect(parts.filter((p) => p.isMatch).map((p) => p.text)).toEqual(["Token", "令牌"]);
    expect(parts.map((p) => p.text).join("")).toBe("Invalid Token: 无效的令牌");
  });
  it("returns the text whole when there is nothing to mark", () => {
    expect(highlightTerms("abc", "")).toEqual([{ text: "abc", isMatch: false }]);
  });
});

describe("matchSnippet", () => {
  const paste = "AuthenticationError: Error code: 401 - {'error': {'code': '', 'message': '无效的令牌 (request id: 2026021910081416145658)', 'type': 'new_api_error'}}\n  at main.py:3";

  it("shows the part of a long line around the match", () => {
    const snippet = matchSnippet(paste, "令牌", 60)!;
    expect(snippet).toContain("无效的令牌");
    expect(snippet.startsWith("…")).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(62);
  });

  it("keeps a match near the start of a line from the line's start", () => {
    expect(matchSnippet("Error: connect ECONNREFUSED 127.0.0.1:5432", "econnrefused")).toBe("Error: connect ECONNREFUSED 127.0.0.1:5432");
  });

  it("picks the first line that matches, case-insensitively", () => {
    expect(matchSnippet("first line\nSecond: Connection REFUSED here", "connection refused")).toBe("Second: Connection REFUSED here");
  });

  it("is null when nothing matches or the query has no terms", () => {
    expect(matchSnippet(paste, "kubernetes")).toBeNull();
    expect(matchSnippet(paste, "---")).toBeNull();
  });
});
