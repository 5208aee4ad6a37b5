import { describe, expect, it } from "vitest";
import { findValueReferences, parseMarkdown, safeHref } from "../../../src/notebook/markdown.js";
import { findReadNames, findSelectionReferences, sqlLiteral, substituteSelections } from "../../../src/notebook/sql-names.js";

describe("parseMarkdown", () => {
  it("reads headings, paragraphs, lists, code, emphasis, links and values, and keeps HTML as text", () => {
    expect(parseMarkdown("# Title\n\nSome **bold** and *em* `code` <script>alert(1)</script>\n\n- one {{total.total}}\n- [two](./explorer)\n\n```\nSELECT 1\n```")).toEqual([
      { kind: "heading", level: 1, children: [{ kind: "text", text: "Title" }] },
      {
        kind: "paragraph",
        children: [
          { kind: "text", text: "Some " },
          { kind: "strong", children: [{ kind: "text", text: "bold" }] },
          { kind: "text", text: " and " },
          { kind: "em", children: [{ kind: "text", text: "em" }] },
          { kind: "text", text: " " },
          { kind: "code", text: "code" },
          { kind: "text", text: " <script>alert(1)</script>" }
        ]
      },
      { kind: "list", items: [[{ kind: "text", text: "one " }, { kind: "value", name: "total", column: "total" }], [{ kind: "link", href: "./explorer", children: [{ kind: "text", text: "two" }] }]] },
      { kind: "code", text: "SELECT 1" }
    ]);
  });

  it("links only within the site: javascript:, data: and other origins stay text", () => {
    expect(safeHref("./domestic-abuse#x")).toBe("./domestic-abuse#x");
    expect(safeHref("javascript:alert(1)")).toBeNull();
    expect(safeHref("//evil.example/")).toBeNull();
    expect(safeHref("https://example.org/")).toBeNull();
    const [paragraph] = parseMarkdown("[x](javascript:alert(1))");
    expect(paragraph).toMatchObject({ kind: "paragraph" });
    const children = (paragraph as { children: { kind: string; text?: string }[] }).children;
    expect(children.every((child) => child.kind === "text")).toBe(true);
    expect(children.map((child) => child.text).join("")).toBe("[x](javascript:alert(1))");
  });

  it("finds the results a text cell reads", () => {
    expect(findValueReferences("{{ Total.total }} and {{rates.per_10000}}")).toEqual([{ name: "total", column: "total" }, { name: "rates", column: "per_10000" }]);
  });
});

describe("what a SQL cell reads", () => {
  it("finds the names after FROM and JOIN, not those in strings or comments", () => {
    expect(findReadNames("SELECT * FROM total t JOIN monthly USING (month), other -- FROM hidden\nWHERE x = 'FROM nope'")).toEqual(["total", "monthly"]);
    expect(findReadNames("SELECT * FROM a AS x, b, c WHERE 1")).toEqual(["a", "b", "c"]);
  });

  it("substitutes $brush bounds as typed literals, outside strings and comments", () => {
    const selections = new Map([["brush", { start: new Date("2012-04-01T00:00:00Z"), end: "O'Brien" }]]);
    expect(findSelectionReferences("WHERE m BETWEEN $brush.start AND $Brush.end -- $other.start")).toEqual(["brush"]);
    expect(substituteSelections("WHERE m >= $brush.start AND n = $brush.end AND s = '$brush.start'", selections)).toBe("WHERE m >= DATE '2012-04-01' AND n = 'O''Brien' AND s = '$brush.start'");
    expect(sqlLiteral(12.5)).toBe("12.5");
    expect(() => substituteSelections("WHERE $none.start", selections)).toThrow("$none.start: no chart sets a selection named “none” yet.");
  });
});
