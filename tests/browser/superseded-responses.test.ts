import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../../scripts/chromium.js";
import { tableTwinCells } from "./built-data.js";
import { tileTexts, urlParams, waitForTwinFirstColumn } from "./figure-waits.js";
import { preloadedModule, visitPage } from "./page-session.js";

// Rapid filter changes: a choice the reader has already replaced may answer after the latest one (its rows come from
// DuckDB-WASM, the default's from the rows shipped with the page), and must never overwrite it. The numbers expected
// are the report's (Partnership Attendance at LSCB Meetings, report lines 1151-1189; Appendix 4's ratings).

// DuckDB's wasm held back for 3 s: every choice but the shipped default waits for it, so the earlier choices answer last.
// The build ships the board's rows for every agency and theme (src/figures/specs.ts's moduleCalls), so no choice would
// wait for DuckDB: the board's shipped file is served here with the defaults' rows only, as it was before.
const FILTERED_QUERIES = ["boardAttendanceTotals", "boardAttendanceByMember", "ofstedRatingCounts", "ofstedActions"];
const holdBackDuckDb = async (context: BrowserContext) => {
  await context.route("**/data/query-results/board.*.json", async (route) => {
    const response = await route.fetch();
    const file = (await response.json()) as { results: { name: string; params: unknown[] }[] };
    const results = file.results.filter(({ name, params }) => !FILTERED_QUERIES.includes(name) || params[0] === "all");
    await route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ ...file, results }) });
  });
  await context.route("**/duckdb-eh.wasm", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await route.continue();
  });
};

/**
 * Waits until the page's DuckDB has answered every call it was asked before: the same calls asked again answer after them.
 * Each call is a figure's rows or a block's calls, by its export in src/figures/board.ts, with the filters' values.
 */
async function waitForEarlierAnswers(page: Page, calls: [spec: string, values: Record<string, string>][]): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.duckdb === "ready", undefined, { timeout: 60_000 });
  const show = await preloadedModule(page, "figures/show");
  const board = await preloadedModule(page, "figures/board");
  // A string, not a function: the test runner would rewrite a function's import() for Node.
  await page.evaluate(`(async () => {
    const {runLiveCall} = await import(${JSON.stringify(show)});
    const figures = await import(${JSON.stringify(board)});
    for (const [name, values] of ${JSON.stringify(calls)}) {
      const spec = figures[name];
      for (const call of spec.kind === "figure" ? [spec.rows] : Object.values(spec.calls)) await runLiveCall(call, values);
    }
    await new Promise(requestAnimationFrame);
  })()`);
}

/** Chooses each agency in turn without waiting for any answer, only until the page has taken the choice (the address says it). */
async function chooseAgencies(page: Page, agencies: string[]): Promise<void> {
  const select = page.getByRole("combobox", { name: "Agency" });
  for (const agency of agencies) {
    await select.selectOption({ label: agency });
    await page.waitForFunction((name) => (new URLSearchParams(location.search).get("agency") ?? "All agencies") === name, agency);
  }
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("the board's agency filter, changed faster than DuckDB answers", () => {
  it("ends on all agencies' totals and members when LBC, SEPT and Beds Police answer after it", async () => {
    const visit = await visitPage(browser, inject("origin"), "/board", { prepare: holdBackDuckDb });
    const { page } = visit;
    await chooseAgencies(page, ["LBC", "SEPT", "Beds Police", "All agencies"]);
    await waitForEarlierAnswers(page, [["attendanceTotals", { agency: "LBC" }], ["attendanceTotals", { agency: "SEPT" }], ["attendanceTotals", { agency: "Beds Police" }], ["attendanceByMember", { agency: "Beds Police" }]]);
    // 28 members; 70 of 112 places attended (62.5%); 12 absences without apologies; 5 meetings a representative attended.
    const tiles = await tileTexts(page, "attendance-totals");
    expect(tiles.map((tile) => tile.value)).toEqual(["28", "62.5%", "12", "5"]);
    expect(tiles[1]!.period).toBe("70 of 112 places, 2012/13, All agencies");
    expect((await tableTwinCells(page, "attendance-by-member")).length).toBe(28);
    expect(await page.getAttribute("#attendance-by-member", "data-state")).toBe("ready");
    expect(urlParams(page)).toEqual({});
    expect(visit.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it("ends on SEPT's totals and member when chosen last, after LBC, Beds Police and all agencies", async () => {
    const visit = await visitPage(browser, inject("origin"), "/board", { prepare: holdBackDuckDb });
    const { page } = visit;
    await chooseAgencies(page, ["LBC", "Beds Police", "All agencies", "SEPT"]);
    await waitForEarlierAnswers(page, [["attendanceTotals", { agency: "SEPT" }], ["attendanceByMember", { agency: "SEPT" }]]);
    await waitForTwinFirstColumn(page, "attendance-by-member", ["Andy Brogan"]);
    // Andy Brogan, SEPT: 4 meetings, attended 2, absent without apologies 2, represented 0.
    const tiles = await tileTexts(page, "attendance-totals");
    expect(tiles.map((tile) => tile.value)).toEqual(["1", "50%", "2", "0"]);
    expect(tiles[1]!.period).toBe("2 of 4 places, 2012/13, SEPT");
    expect(urlParams(page)).toEqual({ agency: "SEPT" });
    expect(visit.consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe("the board's theme filter, changed faster than DuckDB answers", () => {
  it("ends on every theme's ratings and actions when Safeguarding and Cross cutting answer after it", async () => {
    const visit = await visitPage(browser, inject("origin"), "/board", { prepare: holdBackDuckDb });
    const { page } = visit;
    for (const theme of ["Safeguarding", "Cross cutting", "All themes"]) {
      await page.getByRole("radio", { name: theme }).check();
      await page.waitForFunction((name) => (new URLSearchParams(location.search).get("theme") ?? "All themes") === name, theme);
    }
    await waitForEarlierAnswers(page, [["ofstedRatings", { theme: "Cross cutting" }], ["ofstedActions", { theme: "Cross cutting" }]]);
    expect(await tableTwinCells(page, "ofsted-ratings")).toEqual([["Completed", "1"], ["Actions complete", "1"], ["Good progress", "9"], ["Some progress", "5"]]);
    expect((await tableTwinCells(page, "ofsted-actions")).map((row) => row[0])).toEqual(Array.from({ length: 16 }, (_, index) => String(index + 1)));
    expect(urlParams(page)).toEqual({});
    expect(visit.consoleErrors).toEqual([]);
    await page.context().close();
  });
});
