import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseDisplayed, queryBuiltData, tableTwinCells } from "./built-data.js";
import { launchChromium } from "../../scripts/chromium.js";
import { figureTitles } from "./figure-waits.js";
import { visitPage, type PageVisit } from "./page-session.js";

const AREAS = ["All areas", "Central", "East", "North", "South", "West"];

/** Table 1 per quarter for one area (or all), 2011/12 beside 2012/13, recomputed independently of the page's SQL. */
async function expectedQuarters(area: string): Promise<(number | null | string)[][]> {
  const where = area === "All areas" ? "" : `WHERE area = '${area}'`;
  const rows = await queryBuiltData(`
    SELECT quarter,
           CAST(SUM(cafs) FILTER (WHERE financial_year = '2011/12') AS INTEGER) AS y1,
           CAST(SUM(cafs) FILTER (WHERE financial_year = '2012/13') AS INTEGER) AS y2,
           CAST(COUNT(*) FILTER (WHERE cafs IS NULL) AS INTEGER) AS blanks,
           string_agg(area, ', ') FILTER (WHERE cafs IS NULL AND financial_year = '2012/13') AS blank_2012_13
    FROM caf_by_area ${where}
    GROUP BY quarter ORDER BY quarter`);
  return rows.map((row) => [
    `Q${row.quarter}`,
    row.y1 as number | null,
    row.y2 as number | null,
    row.blanks === 0 && row.y1 !== null && row.y2 !== null ? (row.y2 as number) - (row.y1 as number) : null,
    (row.blank_2012_13 as string | null) ?? "none"
  ]);
}

function parseQuarterTable(cells: string[][]): (number | null | string)[][] {
  return cells.map(([quarter, y1, y2, change, blanks]) => [quarter!, parseDisplayed(y1!), parseDisplayed(y2!), parseDisplayed(change!), blanks!]);
}

function waitForFigure(page: Page, id: string): Promise<unknown> {
  return page.waitForFunction((figure) => document.getElementById(figure)?.dataset.state === "ready", id, { timeout: 60_000 });
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

describe("the early help (CAF) page", () => {
  let visit: PageVisit;

  beforeAll(async () => {
    visit = await visitPage(browser, inject("origin"), "/early-help");
  });
  afterAll(async () => {
    await visit?.page.context().close();
  });

  it("reaches the ready marker with every figure drawn and no console error", async () => {
    expect(visit.ready).toBe("true");
    expect(visit.consoleErrors).toEqual([]);
    const states = await visit.page.$$eval("[data-figure]", (figures) => figures.map((figure) => (figure as HTMLElement).id + ":" + (figure as HTMLElement).dataset.state));
    expect(states).toEqual(["caf-by-quarter:ready", "caf-by-agency:ready", "caf-rat-share:ready", "caf-tables-compared:ready"]);
  });

  it("shows the headline tiles recomputed from Table 1 and the indicators (312 CAFs in 2012/13 against 207; 5 posts against 2)", async () => {
    const [years] = await queryBuiltData(`SELECT CAST(SUM(cafs) FILTER (WHERE financial_year = '2012/13') AS INTEGER) AS now, CAST(SUM(cafs) FILTER (WHERE financial_year = '2011/12') AS INTEGER) AS before FROM caf_by_area`);
    const posts = await queryBuiltData(`SELECT period, value FROM indicators WHERE indicator_id = 'caf_team_posts' AND series = 'Luton' ORDER BY value`);
    const tiles = await visit.page.$$eval(".se-kpi", (nodes) => nodes.map((node) => ({
      value: node.querySelector(".se-kpi__value")?.textContent ?? "",
      period: node.querySelector(".se-kpi__period")?.textContent ?? "",
      comparison: node.querySelector(".se-kpi__comparison")?.textContent ?? ""
    })));
    expect(tiles.length).toBe(2);
    expect(parseDisplayed(tiles[0]!.value)).toBe(years!.now);
    expect(tiles[0]!.comparison).toBe(`Up on 2011/12 (${years!.before})`);
    expect(tiles[0]!.period).toBe("2012/13 (no figure for Central Q4)");
    expect([years!.now, years!.before]).toEqual([312, 207]);
    expect(parseDisplayed(tiles[1]!.value)).toBe(posts[1]!.value);
    expect(tiles[1]!.comparison).toContain(`(${posts[0]!.value})`);
    expect(posts.map((row) => row.value)).toEqual([2, 5]);
  });

  it("shows all areas' CAFs per quarter by default, with Q4 2012/13 marked as adding up four areas", async () => {
    expect(await selectedLabel(visit.page)).toBe("All areas");
    const shown = parseQuarterTable(await tableTwinCells(visit.page, "caf-by-quarter"));
    expect(shown).toEqual(await expectedQuarters("All areas"));
    // The report's printed Total row: 53 50 63 41 | 110 89 57 56.
    expect(shown.map((row) => row[1])).toEqual([53, 50, 63, 41]);
    expect(shown.map((row) => row[2])).toEqual([110, 89, 57, 56]);
    expect(shown[3]![3]).toBeNull();
    expect(shown[3]![4]).toBe("Central");
    const notes = await visit.page.textContent("#caf-by-quarter .se-chart-notes");
    expect(notes).toBe("* Q4, 2012/13: the report gives no figure for Central; the bar adds up the other areas");
    const labels = await visit.page.$$eval("#caf-by-quarter svg text", (texts) => texts.map((text) => text.textContent));
    expect(labels).toContain("2012/13: 56*");
  });

  it("summarises the area figure from the query result", async () => {
    const summary = await visit.page.textContent("#caf-by-quarter-summary");
    expect(summary).toBe(
      "Across all areas, 207 CAFs were completed in 2011/12 and 312 in 2012/13 (Q4 has no figure for Central). The biggest change on the year was in Q1: from 53 to 110 (+57)."
    );
  });

  it("shows every referring agency's CAFs per quarter, blank cells as no data", async () => {
    const expected = await queryBuiltData(`SELECT financial_year || ' Q' || quarter AS period, agency, cafs FROM caf_by_agency ORDER BY financial_year, quarter, source_line`);
    const shown = (await tableTwinCells(visit.page, "caf-by-agency")).map(([period, agency, cafs]) => ({ period, agency, cafs: parseDisplayed(cafs!) }));
    expect(shown).toEqual(expected);
    expect(shown.length).toBe(56);
    expect(shown.find((row) => row.period === "2012/13 Q1" && row.agency === "RAT")?.cafs).toBe(58);
    expect(shown.find((row) => row.period === "2011/12 Q1" && row.agency === "Schools")?.cafs).toBe(35);
    expect(shown.filter((row) => row.cafs === null).length).toBe(16);
    const bars = await visit.page.$$eval("#caf-by-agency svg g[aria-label='bar'] rect", (rects) => rects.length);
    expect(bars).toBe(expected.filter((row) => row.cafs !== null).length);
    const legend = await visit.page.$$eval("#caf-by-agency .se-legend li", (items) => items.map((item) => item.textContent));
    expect(legend).toEqual(["Schools", "Health", "RAT", "LBC", "YOS", "Other", "GCP"]);
  });

  it("shows the RAT's share of Table 2's CAFs per quarter, and no data where the RAT's cell is blank", async () => {
    const expected = await queryBuiltData(`
      SELECT financial_year || ' Q' || quarter AS period,
             CAST(MAX(cafs) FILTER (WHERE agency = 'RAT') AS INTEGER) AS rat,
             CAST(SUM(cafs) AS INTEGER) AS total
      FROM caf_by_agency GROUP BY ALL ORDER BY period`);
    const shown = (await tableTwinCells(visit.page, "caf-rat-share")).map(([period, rat, total, share]) => [period, parseDisplayed(rat!), parseDisplayed(total!), parseDisplayed(share!)]);
    expect(shown).toEqual(expected.map((row) => [row.period, row.rat, row.total, row.rat === null ? null : Math.round((1000 * (row.rat as number)) / (row.total as number)) / 10]));
    expect(shown[4]).toEqual(["2012/13 Q1", 58, 109, 53.2]);
    const missing = await visit.page.$$eval("#caf-rat-share svg text", (texts) => texts.filter((text) => text.textContent === "RAT: no data").length);
    expect(missing).toBe(4);
  });

  it("puts Table 1's and Table 2's quarterly totals side by side, with the caf_agency_vs_area findings as its note", async () => {
    const expected = await queryBuiltData(`
      WITH a AS (SELECT financial_year, quarter, CAST(SUM(cafs) AS INTEGER) AS cafs FROM caf_by_area GROUP BY ALL),
           g AS (SELECT financial_year, quarter, CAST(SUM(cafs) AS INTEGER) AS cafs FROM caf_by_agency GROUP BY ALL)
      SELECT a.financial_year || ' Q' || a.quarter AS period, a.cafs AS area, g.cafs AS agency
      FROM a JOIN g USING (financial_year, quarter) ORDER BY period`);
    const shown = (await tableTwinCells(visit.page, "caf-tables-compared")).map(([period, area, agency, difference]) => [period, parseDisplayed(area!), parseDisplayed(agency!), parseDisplayed(difference!)]);
    expect(shown).toEqual(expected.map((row) => [row.period, row.area, row.agency, (row.agency as number) - (row.area as number)]));
    expect(shown.slice(4).map((row) => row[3])).toEqual([-1, 9, 13, 2]);
    const findings = await queryBuiltData(`SELECT message FROM data_quality WHERE check_id = 'caf_agency_vs_area' ORDER BY source_line, message`);
    const notes = await visit.page.$$eval("#caf-tables-compared .se-figure__findings li", (items) => items.map((item) => item.textContent ?? ""));
    expect(notes.length).toBe(findings.length);
    for (const { message } of findings) expect(notes.some((note) => note.includes(String(message)))).toBe(true);
    expect(await visit.page.textContent("#caf-tables-compared .se-figure__findings summary")).toBe("The report disagrees with itself here (4 findings)");
  });

  it("links each figure's source to the report line of its table", async () => {
    const [line] = await queryBuiltData(`SELECT MIN(source_line) AS line FROM caf_by_area`);
    expect(await visit.page.getAttribute("#caf-by-quarter figcaption a", "href")).toBe(`./report#L${line!.line}`);
  });

  it("quotes the board's assessment and actions for the CAF section", async () => {
    const text = await visit.page.textContent(".se-assessment");
    expect(text).toContain("LSCB assessment");
    expect(text).toContain("Action required");
    expect(text).toContain("Practitioner perception that the CAF process is extremely slow");
  });

  it("writes a chosen area to the URL, and removes it again for the default", async () => {
    await visit.page.selectOption("select", "East");
    await visit.page.waitForFunction(() => location.search === "?area=East");
    await waitForFigure(visit.page, "caf-by-quarter");
    await visit.page.waitForFunction(() => document.querySelector("#caf-by-quarter-summary")?.textContent?.startsWith("In East"));
    expect(parseQuarterTable(await tableTwinCells(visit.page, "caf-by-quarter"))).toEqual(await expectedQuarters("East"));
    await visit.page.selectOption("select", "All areas");
    await visit.page.waitForFunction(() => location.search === "");
    await visit.page.waitForFunction(() => document.querySelector("#caf-by-quarter-summary")?.textContent?.startsWith("Across all areas"));
    expect(visit.consoleErrors).toEqual([]);
  });
});

describe.each(AREAS)("the early help page opened with area=%s", (area) => {
  let visit: PageVisit;

  beforeAll(async () => {
    visit = await visitPage(browser, inject("origin"), `/early-help?area=${encodeURIComponent(area)}`);
  });
  afterAll(async () => {
    await visit?.page.context().close();
  });

  it("is ready with no console error, shows the area in the input and keeps it in the URL unless it is the default", async () => {
    expect(visit.ready).toBe("true");
    expect(visit.consoleErrors).toEqual([]);
    expect(await visit.page.getAttribute("#caf-by-quarter", "data-state")).toBe("ready");
    expect(await selectedLabel(visit.page)).toBe(area);
    expect(await visit.page.evaluate(() => location.search)).toBe(area === "All areas" ? "" : `?area=${area}`);
  });

  it("shows that area's CAFs per quarter, recomputed from Table 1", async () => {
    expect(parseQuarterTable(await tableTwinCells(visit.page, "caf-by-quarter"))).toEqual(await expectedQuarters(area));
  });

  if (area === "Central") {
    it("shows Central's blank 2012/13 Q4 as no data: a dashed outline and words, never a bar of 0", async () => {
      const cells = await tableTwinCells(visit.page, "caf-by-quarter");
      expect(cells[3]!.slice(0, 4)).toEqual(["Q4", "6", "no data", "no data"]);
      const labels = await visit.page.$$eval("#caf-by-quarter svg text", (texts) => texts.map((text) => text.textContent));
      expect(labels).toContain("2012/13: no data");
      const count = (selector: string) => visit.page.$$eval(selector, (nodes) => nodes.length);
      expect(await count("#caf-by-quarter svg g.se-mark-missing[stroke-dasharray] rect")).toBe(1);
      expect(await count("#caf-by-quarter svg g.se-mark-value rect")).toBe(7);
      const [cell] = await queryBuiltData(`SELECT cafs FROM caf_by_area WHERE area = 'Central' AND financial_year = '2012/13' AND quarter = 4`);
      expect(cell!.cafs).toBeNull();
      expect(await visit.page.textContent("#caf-by-quarter-summary")).toContain("Q4 is blank in the report");
    });
  }
});

describe("the CAF quarter figure's title follows the area shown", () => {
  // Table 1 (report lines 282 to 287). All areas: 207 CAFs in 2011/12, at least 312 in 2012/13 (Central's Q4 is
  // blank), the biggest rise Q1 (53 to 110). West (line 286): 15+11+22+5 = 53, then 25+34+16+14 = 89; its biggest
  // rise is Q2 (11 to 34, +23), not Q1 (+10).
  const ALL_TITLE = "Across Luton, more CAFs were completed in 2012/13 than in 2011/12, with the biggest rise in the first quarter";
  const WEST_TITLE = "In West, more CAFs were completed in 2012/13 than in 2011/12, with the biggest rise in the second quarter";

  it("states West's own takeaway in the heading, the labelledby target, the table caption and the chart's name", async () => {
    const visit = await visitPage(browser, inject("origin"), "/early-help?area=West");
    expect(visit.ready).toBe("true");
    expect(await figureTitles(visit.page, "caf-by-quarter")).toEqual({ heading: WEST_TITLE, labelledBy: WEST_TITLE, caption: WEST_TITLE, chart: WEST_TITLE });
    expect(WEST_TITLE).not.toBe(ALL_TITLE);
    await visit.page.selectOption("select", "All areas");
    await visit.page.waitForFunction((title) => document.querySelector("#caf-by-quarter table caption")?.textContent === title, ALL_TITLE);
    expect(await figureTitles(visit.page, "caf-by-quarter")).toEqual({ heading: ALL_TITLE, labelledBy: ALL_TITLE, caption: ALL_TITLE, chart: ALL_TITLE });
    expect(visit.consoleErrors).toEqual([]);
    await visit.page.context().close();
  });
});

describe("the early help page opened with an area that does not exist", () => {
  it("falls back to all areas", async () => {
    const visit = await visitPage(browser, inject("origin"), "/early-help?area=Nowhere");
    expect(visit.ready).toBe("true");
    expect(await selectedLabel(visit.page)).toBe("All areas");
    expect(parseQuarterTable(await tableTwinCells(visit.page, "caf-by-quarter"))).toEqual(await expectedQuarters("All areas"));
    await visit.page.context().close();
  });
});
