import { describe, expect, it } from "vitest";
import { notebookForQuery, notebookHrefForQuery } from "../../../src/notebook/figure-cells.js";
import { readNotebookLink } from "../../../src/notebook/link.js";
import { writeNotebookPage } from "../../../src/notebook/page-export.js";

const QUERY = { title: "MARAC referrals from Police", sql: "SELECT month, SUM(referrals) AS referrals FROM marac_referrals WHERE agency = 'Police' GROUP BY month ORDER BY month", chart: { mark: "bar" as const, x: "month", y: "referrals" } };

describe("notebookHrefForQuery", () => {
  it("opens a figure's SQL and chart as cells, from a link relative to any page", () => {
    const href = notebookHrefForQuery(QUERY);
    expect(href).toMatch(/^\.\/notebook#notebook=[A-Za-z0-9_-]+$/);
    expect(readNotebookLink(new URL(href, "http://x/domestic-abuse"))).toEqual(notebookForQuery(QUERY));
    expect(notebookForQuery(QUERY).cells.map((cell) => cell.type)).toEqual(["text", "sql", "chart"]);
    expect(notebookForQuery({ title: "t", sql: "SELECT 1" }).cells.map((cell) => cell.type)).toEqual(["text", "sql"]);
  });
});

describe("writeNotebookPage", () => {
  it("writes SQL and names as string literals and text with HTML and ${ escaped", () => {
    const page = writeNotebookPage({
      version: 1,
      title: "Notes",
      cells: [
        { id: "a", type: "sql", name: "total", sql: "SELECT '`${alert(1)}`' AS total" },
        { id: "c", type: "chart", from: "total", mark: "bar", x: "total", y: "total" },
        { id: "t", type: "text", markdown: "<script>alert(1)</script> ${x} is {{total.total}}" }
      ]
    });
    expect(page).toContain('await db.connection.query("CREATE OR REPLACE TEMP VIEW \\"total\\" AS SELECT \'`${alert(1)}`\' AS total");');
    expect(page).toContain('display(Plot.plot({marks: [Plot.barY(nb_total, {"x":"total","y":"total"})], ariaLabel: "total by total"}));');
    expect(page).toContain("&#60;script&#62;alert(1)&#60;/script&#62; &#36;&#123;x&#125; is ${formatCellValue(nb_total[0]?.[\"total\"] ?? null)}");
    expect(page).not.toContain("<script>");
  });
});
