import { describe, expect, it } from "vitest";
import { PAGE_MODULES } from "../../src/figures/pages.js";
import { findQuery } from "../../src/figures/queries.js";
import { SHIPPED_PAGES, runCalls, runPageQueries, type ShippedResults } from "../../src/lib/queries/page-results.js";
const shippedBytes = (results: ShippedResults) => new TextEncoder().encode(JSON.stringify(results)).length;

describe("the pages whose results ship", () => {
  it("are every page with a spec module", () => {
    expect(SHIPPED_PAGES).toEqual(Object.keys(PAGE_MODULES));
  });

  it("refuses a page it has no spec for, naming the pages it has", async () => {
    await expect(runPageQueries("nowhere")).rejects.toThrow(/^query results: expected one of the pages index, early-help, .*, found "nowhere"$/);
  });
});

describe("runPageQueries", () => {
  it("runs the MARAC page's calls over the shipped Parquet: months as ISO dates, counts as numbers", async () => {
    const { page, results } = await runPageQueries("domestic-abuse");
    expect(page).toBe("domestic-abuse");
    // The agency filter's domain first, then each figure's and block's calls in the module's order, the filtered one for every agency.
    expect(results.map((result) => [result.name, ...result.params])).toEqual([
      ["maracReferralsByAgency"],
      ["maracHeadlines"],
      ["maracCasesByMonth"],
      ["qualityFindings", "marac_meetings"],
      ["maracAnnualCases"],
      ["maracPoliceShare"],
      ...["All agencies", ...results[0]!.rows.map((row) => row[0])].map((agency) => ["maracReferralsByMonth", agency]),
      ["boardAssessment", "Multi Agency Risk Assessment Conference (MARAC)"]
    ]);
    expect(results[0]!.rows).toHaveLength(13);
    const months = results.find((result) => result.name === "maracCasesByMonth")!;
    expect(months.columns).toEqual(["month", "cases", "repeat_cases", "children", "sessions", "source_line"]);
    expect(months.dates).toEqual(["month"]);
    expect(months.rows[0]).toEqual(["2012-04-01", 23, 7, 31, 1, 442]);
    expect(months.rows.reduce((sum, row) => sum + (row[1] as number), 0)).toBe(363);
    const agencyMonths = results.find((result) => result.name === "maracReferralsByMonth")!;
    expect(agencyMonths.params).toEqual(["All agencies"]);
    expect(agencyMonths.rows.map((row) => row[2])).toEqual([23, 20, 30, 28, 49, 24, 27, 26, 47, 40, 24, 25]);
  });

  // Every filter value's answers ship (moduleCalls): the board's attendance for each agency and actions for each theme
  // (~88 KiB); /partners' eleven calls for each of its 12 partners (364 KiB, 39 KiB with Brotli); /pack's figures from
  // every theme, the board's words and the questions' three queries (58 KiB).
  const BUDGETS: Record<string, number> = { report: 256 * 1024, board: 96 * 1024, partners: 384 * 1024, pack: 64 * 1024 };
  it("keeps each page's file small: the report reader's under 256 KiB, the board's under 96, /partners' under 384, /pack's under 64, every other page's under 48", async () => {
    const sizes = Object.fromEntries(await Promise.all(SHIPPED_PAGES.map(async (page) => [page, shippedBytes(await runPageQueries(page))] as const)));
    for (const [page, bytes] of Object.entries(sizes)) expect(bytes, page).toBeLessThan(BUDGETS[page] ?? 48 * 1024);
  }, 60_000);

  it("says which parameter it cannot bind", async () => {
    await expect(runCalls([{ query: findQuery("qualityFindings"), params: [Number.NaN] }])).rejects.toThrow(
      "query results: qualityFindings parameter $1: expected text, a finite number, true/false or null, found NaN"
    );
  });
});
