import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parquetMetadata, parquetReadObjects, parquetSchema } from "hyparquet";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseDisplayed, queryBuiltData, tableTwinCells } from "./built-data.js";
import { launchChromium } from "../../scripts/chromium.js";
import { figureTitles } from "./figure-waits.js";
import { visitPage, type PageVisit } from "./page-session.js";
import { DIST } from "../../scripts/site-pages.js";

const MONTH = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

function builtParquet(table: string): ArrayBuffer {
  const folder = join(DIST, "_file", "data");
  const name = readdirSync(folder).find((file) => file.startsWith(`${table}.`) && file.endsWith(".parquet"));
  if (!name) throw new Error(`expected ${table}.*.parquet in ${folder}, found ${readdirSync(folder).join(", ")}`);
  const bytes = readFileSync(join(folder, name));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

/** One agency's (or all agencies') referrals per meeting month, recomputed independently of the page's SQL. */
async function expectedAgencyMonths(agency: string): Promise<(string | number)[][]> {
  const where = agency === "All agencies" ? "" : `WHERE agency = '${agency.replaceAll("'", "''")}'`;
  const rows = await queryBuiltData(`SELECT month, CAST(SUM(referrals) AS INTEGER) AS referrals FROM marac_referrals ${where} GROUP BY month ORDER BY month`);
  return rows.map((row) => [MONTH.format(row.month as Date), row.referrals as number]);
}

async function shownAgencyMonths(page: Page): Promise<(string | number | null)[][]> {
  return (await tableTwinCells(page, "marac-referrals-by-month")).map(([month, referrals]) => [month!, parseDisplayed(referrals!)]);
}

/** The text of the filter's chosen option (Inputs.select uses option indexes as values). */
function selectedLabel(page: Page): Promise<string | null> {
  return page.$eval("select", (select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent ?? null);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("the built MARAC Parquet file", () => {
  it("has typed columns and cases summing to the report's 363", async () => {
    const file = builtParquet("marac_meetings");
    const schema = parquetSchema(parquetMetadata(file));
    const types = Object.fromEntries(schema.children.map((child) => [child.element.name, child.element.converted_type ?? child.element.type]));
    expect(types).toMatchObject({ meeting_label: "UTF8", first_date: "DATE", month: "DATE", cases: "INT32", source_line: "INT32" });
    const rows = await parquetReadObjects({ file });
    expect(rows.length).toBe(12);
    expect(rows.reduce((sum, row) => sum + Number(row.cases), 0)).toBe(363);
  });
});

describe("the MARAC page", () => {
  let visit: PageVisit;

  beforeAll(async () => {
    visit = await visitPage(browser, inject("origin"), "/domestic-abuse");
  });
  afterAll(async () => {
    await visit?.page.context().close();
  });

  it("reaches the ready marker with every figure drawn and no console error", async () => {
    expect(visit.ready).toBe("true");
    expect(visit.consoleErrors).toEqual([]);
    const states = await visit.page.$$eval("[data-figure]", (figures) => figures.map((figure) => (figure as HTMLElement).id + ":" + (figure as HTMLElement).dataset.state));
    expect(states).toEqual([
      "marac-cases-by-month:ready",
      "marac-annual-cases:ready",
      "marac-police-share:ready",
      "marac-referrals-by-agency:ready",
      "marac-referrals-by-month:ready"
    ]);
  });

  it("shows the headline tiles from the indicators: 363 referrals against 244, 525 children, 47% against CAADA's 40%, 86% attendance", async () => {
    const indicators = await queryBuiltData(`
      SELECT indicator_id, series, period, value FROM indicators
      WHERE indicator_id IN ('marac_cases', 'marac_children', 'marac_non_police_pct', 'marac_core_attendance_pct')`);
    const value = (id: string, series = "Luton", period = "2012/13") => indicators.find((row) => row.indicator_id === id && row.series === series && row.period === period)?.value;
    const tiles = await visit.page.$$eval(".se-kpi", (nodes) => nodes.map((node) => ({
      value: node.querySelector(".se-kpi__value")?.textContent ?? "",
      comparison: node.querySelector(".se-kpi__comparison")?.textContent ?? null
    })));
    expect(tiles.map((tile) => parseDisplayed(tile.value))).toEqual([value("marac_cases"), value("marac_children"), value("marac_non_police_pct"), value("marac_core_attendance_pct")]);
    expect(tiles.map((tile) => parseDisplayed(tile.value))).toEqual([363, 525, 47, 86]);
    expect(tiles[0]!.comparison).toBe(`Up on 2011/12 (${value("marac_cases", "Luton", "2011/12")})`);
    expect(tiles[2]!.comparison).toBe(`Up on the CAADA recommendation (${value("marac_non_police_pct", "CAADA recommendation")}%)`);
    expect(tiles[1]!.comparison).toBeNull();
  });

  it("draws one cases bar per meeting month, April 2012 to March 2013, with a repeat-cases bar and a children dot in each", async () => {
    const count = (selector: string) => visit.page.$$eval(selector, (nodes) => nodes.length);
    expect(await count("#marac-cases-by-month svg g.se-mark-cases rect")).toBe(12);
    expect(await count("#marac-cases-by-month svg g.se-mark-repeat-cases rect")).toBe(12);
    expect(await count("#marac-cases-by-month svg g.se-mark-children path")).toBe(1);
  });

  it("shows a table twin of cases, repeat cases and children per month, recomputed from the MARAC table (cases add up to 363)", async () => {
    const expected = await queryBuiltData(`
      SELECT month, CAST(SUM(sessions) AS INTEGER) AS sessions, CAST(SUM(cases) AS INTEGER) AS cases,
             CAST(SUM(repeat_cases) AS INTEGER) AS repeat_cases, CAST(SUM(children) AS INTEGER) AS children
      FROM marac_meetings GROUP BY month ORDER BY month`);
    const shown = (await tableTwinCells(visit.page, "marac-cases-by-month")).map(([month, ...numbers]) => [month, ...numbers.map(parseDisplayed)]);
    expect(shown).toEqual(expected.map((row) => [MONTH.format(row.month as Date), row.sessions, row.cases, row.repeat_cases, row.children]));
    // The report's printed TOTAL row: 363 cases, 109 repeat cases, 525 children.
    const total = (column: number) => shown.reduce((sum, row) => sum + (row[column] as number), 0);
    expect([total(2), total(3), total(4)]).toEqual([363, 109, 525]);
  });

  it("states the totals in its text summary, generated from the query result", async () => {
    const summary = await visit.page.textContent("#marac-cases-by-month-summary");
    expect(summary).toContain("363 cases were discussed");
    expect(summary).toContain("August 2012, with 49 cases across 2 meetings");
    expect(summary).toContain("109 of the cases were repeat cases, and 525 children lived in the households discussed.");
  });

  it("gives the cases chart an accessible name and description", async () => {
    const label = await visit.page.getAttribute("#marac-cases-by-month svg", "aria-label");
    expect(label).toBe("MARAC cases were highest in the months that had two meetings");
    const description = await visit.page.getAttribute("#marac-cases-by-month svg", "aria-description");
    expect(description).toBe(await visit.page.textContent("#marac-cases-by-month-summary"));
  });

  it("shows the year's referrals against last year's 244 and CAADA's recommended 290", async () => {
    const expected = await queryBuiltData(`
      SELECT period, CAST(value AS INTEGER) AS cases,
             (SELECT CAST(value AS INTEGER) FROM indicators WHERE indicator_id = 'marac_cases' AND series = 'CAADA recommendation') AS caada
      FROM indicators WHERE indicator_id = 'marac_cases' AND series = 'Luton' ORDER BY period`);
    const shown = (await tableTwinCells(visit.page, "marac-annual-cases")).map(([period, cases, caada]) => [period, parseDisplayed(cases!), parseDisplayed(caada!)]);
    expect(shown).toEqual(expected.map((row) => [row.period, row.cases, row.caada]));
    expect(shown).toEqual([["2011/12", 244, 290], ["2012/13", 363, 290]]);
    expect(await visit.page.textContent("#marac-annual-cases-summary")).toBe(
      "The MARAC received 363 referrals in 2012/13, up from 244 in 2011/12. That is 73 more than the 290 a year that CAADA recommends for Luton."
    );
  });

  it("compares police and non-police referrals from the table with CAADA's 60/40 and the report's stated 47% (170)", async () => {
    const expected = await queryBuiltData(`
      SELECT agency = 'Police' AS police, CAST(SUM(referrals) AS INTEGER) AS referrals, SUM(SUM(referrals)) OVER () AS total
      FROM marac_referrals GROUP BY ALL ORDER BY police DESC`);
    const shown = await tableTwinCells(visit.page, "marac-police-share");
    expect(shown.map((row) => row[0])).toEqual(["Police", "Non-police agencies"]);
    expect(shown.map((row) => parseDisplayed(row[1]!))).toEqual(expected.map((row) => row.referrals));
    expect(shown.map((row) => parseDisplayed(row[2]!))).toEqual(expected.map((row) => Math.round((1000 * (row.referrals as number)) / Number(row.total)) / 10));
    expect(shown).toEqual([
      ["Police", "193", "53.2%", "not stated", "not stated", "60%"],
      ["Non-police agencies", "170", "46.8%", "47%", "170", "40%"]
    ]);
    const stated = await queryBuiltData(`SELECT indicator_id, series, value FROM indicators WHERE indicator_id IN ('marac_non_police_pct', 'marac_non_police_referrals', 'marac_police_pct') ORDER BY ALL`);
    expect(stated).toEqual([
      { indicator_id: "marac_non_police_pct", series: "CAADA recommendation", value: 40 },
      { indicator_id: "marac_non_police_pct", series: "Luton", value: 47 },
      { indicator_id: "marac_non_police_referrals", series: "Luton", value: 170 },
      { indicator_id: "marac_police_pct", series: "CAADA recommendation", value: 60 }
    ]);
  });

  it("ranks every referring agency by its referrals, recomputed from the MARAC table", async () => {
    const expected = await queryBuiltData(`
      SELECT agency, CAST(SUM(referrals) AS INTEGER) AS referrals, SUM(SUM(referrals)) OVER () AS total
      FROM marac_referrals GROUP BY agency ORDER BY referrals DESC, agency`);
    const shown = (await tableTwinCells(visit.page, "marac-referrals-by-agency")).map(([agency, referrals, share]) => [agency, parseDisplayed(referrals!), parseDisplayed(share!)]);
    expect(shown).toEqual(expected.map((row) => [row.agency, row.referrals, Math.round((1000 * (row.referrals as number)) / Number(row.total)) / 10]));
    expect(shown.length).toBe(13);
    expect(shown[0]).toEqual(["Police", 193, 53.2]);
    expect(shown[1]).toEqual(["IDVA", 88, 24.2]);
    const ticks = await visit.page.$$eval("#marac-referrals-by-agency svg g[aria-label='y-axis tick label'] text", (texts) => texts.map((text) => text.textContent));
    expect(ticks.length).toBe(13);
  });

  it("offers every agency in the filter, most referrals first, after All agencies", async () => {
    const options = await visit.page.$$eval("select option", (nodes) => nodes.map((node) => node.textContent));
    const agencies = await queryBuiltData(`SELECT agency FROM marac_referrals GROUP BY agency ORDER BY SUM(referrals) DESC, agency`);
    expect(options).toEqual(["All agencies", ...agencies.map((row) => row.agency)]);
    expect(await selectedLabel(visit.page)).toBe("All agencies");
    expect(await shownAgencyMonths(visit.page)).toEqual(await expectedAgencyMonths("All agencies"));
  });

  it("writes a chosen agency to the URL, and removes it again for the default", async () => {
    await visit.page.selectOption("select", "Probation");
    await visit.page.waitForFunction(() => location.search === "?agency=Probation");
    await visit.page.waitForFunction(() => document.querySelector("#marac-referrals-by-month-summary")?.textContent?.startsWith("Probation referred"));
    // The summary is written before the chart is drawn and the table twin refilled: the figure says when it has all three.
    await visit.page.waitForFunction(() => document.querySelector("#marac-referrals-by-month")?.getAttribute("data-state") === "ready");
    expect(await shownAgencyMonths(visit.page)).toEqual(await expectedAgencyMonths("Probation"));
    await visit.page.selectOption("select", "All agencies");
    await visit.page.waitForFunction(() => location.search === "");
    await visit.page.waitForFunction(() => document.querySelector("#marac-referrals-by-month-summary")?.textContent?.startsWith("All agencies together"));
    expect(visit.consoleErrors).toEqual([]);
  });

  it("quotes the board's actions for the MARAC section", async () => {
    const text = await visit.page.textContent(".se-assessment");
    expect(text).toContain("Action required");
    expect(text).toContain("Core agencies must identify a named MARAC officer");
  });
});

describe("the MARAC page opened with each agency in the URL", async () => {
  const agencies = ["All agencies", ...(await queryBuiltData(`SELECT DISTINCT agency FROM marac_referrals ORDER BY agency`)).map((row) => String(row.agency))];

  it.each(agencies)("shows %s: ready, no console error, the input set, and that agency's referrals per month", async (agency) => {
    const visit = await visitPage(browser, inject("origin"), `/domestic-abuse?agency=${encodeURIComponent(agency)}`);
    try {
      expect(visit.ready).toBe("true");
      expect(visit.consoleErrors).toEqual([]);
      expect(await visit.page.getAttribute("#marac-referrals-by-month", "data-state")).toBe("ready");
      expect(await selectedLabel(visit.page)).toBe(agency);
      expect(new URLSearchParams(await visit.page.evaluate(() => location.search)).get("agency")).toBe(agency === "All agencies" ? null : agency);
      expect(await shownAgencyMonths(visit.page)).toEqual(await expectedAgencyMonths(agency));
    } finally {
      await visit.page.context().close();
    }
  });
});

describe("the referrals-by-month figure's title follows the agency shown", () => {
  // Table 1: MARAC Performance Data (report lines 442 to 454). The Probation column reads 5, 0, 1, 1, 1, 0, 2, 0, 1, 0,
  // 0, 0 over the 12 months (August, December and January combine two meetings): 6 months with a referral. The Police
  // column has a referral every month (10 to 36).
  const ALL_TITLE = "Only the police and the IDVAs referred cases to the MARAC in every month";

  it.each([
    ["Probation", "Probation referred cases to the MARAC in 6 of the 12 months"],
    ["Police", "Police referred cases to the MARAC in every month"]
  ])("states %s's own takeaway wherever the title appears", async (agency, title) => {
    const visit = await visitPage(browser, inject("origin"), `/domestic-abuse?agency=${agency}`);
    expect(visit.ready).toBe("true");
    expect(await figureTitles(visit.page, "marac-referrals-by-month")).toEqual({ heading: title, labelledBy: title, caption: title, chart: title });
    expect(title).not.toBe(ALL_TITLE);
    expect(visit.consoleErrors).toEqual([]);
    await visit.page.context().close();
  });

  it("keeps the all-agencies title for the default view", async () => {
    const visit = await visitPage(browser, inject("origin"), "/domestic-abuse");
    expect(await figureTitles(visit.page, "marac-referrals-by-month")).toEqual({ heading: ALL_TITLE, labelledBy: ALL_TITLE, caption: ALL_TITLE, chart: ALL_TITLE });
    await visit.page.context().close();
  });
});
