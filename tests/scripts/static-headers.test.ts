import { describe, expect, it } from "vitest";
import { cacheHeaderRules, formatHeaderRules, headersForPath, IMMUTABLE_CACHE, PAGE_CACHE, parseHeadersFile } from "../../scripts/static-headers.js";

const FILE = `# comments and blank lines are skipped

/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: default-src 'self'; img-src 'self' data:
/_file/*
  Cache-Control: public, max-age=31536000
`;

describe("parseHeadersFile", () => {
  it("reads each path and its indented headers, keeping colons inside values", () => {
    expect(parseHeadersFile(FILE)).toEqual([
      { pattern: "/*", headers: [["X-Content-Type-Options", "nosniff"], ["Content-Security-Policy", "default-src 'self'; img-src 'self' data:"]] },
      { pattern: "/_file/*", headers: [["Cache-Control", "public, max-age=31536000"]] }
    ]);
  });

  it("fails loudly on a header before any path, or a header line with no colon", () => {
    expect(() => parseHeadersFile("  X-Frame-Options: DENY")).toThrow('_headers line 1: expected a path before any header, found "  X-Frame-Options: DENY"');
    expect(() => parseHeadersFile("/*\n  nosniff")).toThrow('_headers line 2: expected "  Name: value", found "  nosniff"');
  });
});

describe("headersForPath", () => {
  const rules = parseHeadersFile(FILE);

  it("returns the headers of every matching rule in file order, * matching any characters", () => {
    expect(headersForPath(rules, "/domestic-abuse").map(([name]) => name)).toEqual(["X-Content-Type-Options", "Content-Security-Policy"]);
    expect(headersForPath(rules, "/_file/data/x.parquet").map(([name]) => name)).toEqual(["X-Content-Type-Options", "Content-Security-Policy", "Cache-Control"]);
  });

  it("matches a pattern's dots literally", () => {
    expect(headersForPath(parseHeadersFile("/a.html\n  X: 1"), "/a-html")).toEqual([]);
  });
});

describe("cache rules", () => {
  it("give content-addressed folders a year, immutable, and each page's addresses five minutes", () => {
    const rules = cacheHeaderRules(["index.html", "board.html"]);
    expect(rules.map((rule) => [rule.pattern, rule.headers[0]![1]])).toEqual([
      ["/_npm/*", IMMUTABLE_CACHE],
      ["/_observablehq/*", IMMUTABLE_CACHE],
      ["/_import/*", IMMUTABLE_CACHE],
      ["/_file/*", IMMUTABLE_CACHE],
      ["/", PAGE_CACHE],
      ["/index", PAGE_CACHE],
      ["/index.html", PAGE_CACHE],
      ["/board", PAGE_CACHE],
      ["/board.html", PAGE_CACHE]
    ]);
    expect(IMMUTABLE_CACHE).toBe("public, max-age=31536000, immutable");
  });

  it("are written in the form parseHeadersFile reads back, and no path gets two lifetimes", () => {
    const rules = cacheHeaderRules(["index.html", "board.html"]);
    const parsed = parseHeadersFile(formatHeaderRules(rules));
    expect(parsed).toEqual(rules);
    for (const path of ["/", "/board", "/_npm/@duckdb/duckdb-wasm@1.29.0/dist/duckdb-eh.wasm", "/_file/data/marac_meetings.274785b1.parquet"])
      expect(headersForPath(parsed, path).filter(([name]) => name === "Cache-Control"), path).toHaveLength(1);
  });
});
