import { describe, expect, it } from "vitest";
import { headersForPath, parseHeadersFile } from "../../scripts/static-headers.js";

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
