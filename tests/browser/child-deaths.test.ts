import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { queryBuiltData, tableTwinCells } from "./built-data.js";
import { launchChromium } from "../../scripts/chromium.js";
import { expectedStatedFigures, shownStatedFigures, shownTiles, twinNumbers } from "./page-figures.js";
import { visitPage, type PageVisit } from "./page-session.js";

describe("the child deaths page", () => {
  let browser: Browser;
  let visit: PageVisit;
  beforeAll(async () => {
    browser = await launchChromium();
    visit = await visitPage(browser, inject("origin"), "/child-deaths");
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows headline tiles matching the built indicators", async () => {
    const expected = await queryBuiltData(`SELECT i.value FROM (VALUES
        (1, 'child_deaths', NULL), (2, 'child_deaths_unexpected', NULL), (3, 'child_deaths_under_1_pct', NULL),
        (4, 'child_deaths_by_ward_pct', 'Dallow'), (5, 'cdop_meetings', NULL), (6, 'cdop_cases_reviewed', NULL)) AS t(n, id, category)
      JOIN indicators i ON i.indicator_id = t.id AND i.series = 'Luton' AND i.period = '2012/13' AND i.category IS NOT DISTINCT FROM t.category
      ORDER BY t.n`);
    const tiles = await shownTiles(visit.page);
    expect(tiles.map((tile) => tile.value)).toEqual(expected.map((row) => Number(row.value)));
    // Read from the report, lines 652, 656 and 658.
    expect(tiles.map((tile) => tile.value)).toEqual([31, 6, 74, 20, 9, 35]);
    expect(tiles[3]!.label).toBe("Child deaths by ward: Dallow");
  });

  it("puts each ethnic group's share of deaths beside its 2011 Census share", async () => {
    const rows = await queryBuiltData("SELECT category, series, value FROM indicators WHERE indicator_id = 'child_deaths_by_ethnicity_pct' ORDER BY category, series <> 'Luton'");
    const cells = await tableTwinCells(visit.page, "child-deaths-by-ethnicity");
    expect(cells.map((row) => row[0])).toEqual(rows.map((row) => row.category));
    expect(await twinNumbers(visit.page, "child-deaths-by-ethnicity", 3)).toEqual(rows.map((row) => Number(row.value)));
    expect(await twinNumbers(visit.page, "child-deaths-by-ethnicity", 3)).toEqual([52, 14, 22, 44]);
    expect(cells.map((row) => row[1])).toEqual(["Child deaths", "Luton population (2011 Census)", "Child deaths", "Luton population (2011 Census)"]);
    expect(await visit.page.textContent("#child-deaths-by-ethnicity-summary")).toBe(
      "Pakistani children were 52% of child deaths in 2012/13, against 14% of the Luton population, 2011 Census. White British children were 22% of child deaths in 2012/13, against 44% of the Luton population, 2011 Census."
    );
  });

  it("warns that 22% is not a whole number of the 31 deaths, on the ethnicity chart", async () => {
    const findings = await visit.page.textContent("#child-deaths-by-ethnicity .se-figure__findings");
    expect(findings).toContain("Warning: Child deaths of White British children: the report says 22% of the 31 deaths");
    expect(findings).not.toContain("Dallow");
  });

  it("shows the categories of death reviewed, with the stated count of sudden unexpected deaths", async () => {
    const rows = await queryBuiltData("SELECT category, value FROM indicators WHERE indicator_id = 'cdop_reviewed_by_category_pct' ORDER BY value DESC");
    const cells = await tableTwinCells(visit.page, "child-deaths-by-category");
    expect(cells.map((row) => row[0])).toEqual(rows.map((row) => row.category));
    expect(await twinNumbers(visit.page, "child-deaths-by-category", 1)).toEqual([40, 23, 11]);
    const count = await queryBuiltData("SELECT category, value FROM indicators WHERE indicator_id = 'cdop_reviewed_by_category'");
    expect(count).toEqual([{ category: "Sudden unexpected and unexplained", value: 4 }]);
    expect(cells.map((row) => row[2])).toEqual(["no data", "no data", "4"]);
  });

  it("lists every child-deaths figure, with both warnings about percentages that are not whole deaths", async () => {
    expect(await shownStatedFigures(visit.page, "child-deaths-figures")).toEqual(await expectedStatedFigures("theme = 'child-deaths'"));
    const warnings = await queryBuiltData("SELECT message FROM data_quality WHERE check_id = 'stated_percentage_unreachable' AND source_line IN (654, 656)");
    const findings = await visit.page.$$eval("#child-deaths-figures .se-figure__findings li", (items) => items.map((item) => item.textContent ?? ""));
    expect(findings.length).toBe(warnings.length);
    for (const warning of warnings) expect(findings.some((text) => text.includes(String(warning.message)))).toBe(true);
    expect(findings.join(" ")).toContain("Child deaths in the Dallow Ward: the report says 20% of the 31 deaths");
  });

  it("quotes the report's CDOP section, line by line", async () => {
    const lines = await queryBuiltData("SELECT line FROM report_paragraphs WHERE section = 'The Child Death Overview Panel (CDOP)' AND text <> section ORDER BY line");
    const shown = await visit.page.$$eval(".se-section-text .se-line-link", (links) => links.map((link) => Number((link.textContent ?? "").replace(/\D/g, ""))));
    expect(shown).toEqual(lines.map((row) => Number(row.line)));
    expect(await visit.page.textContent(".se-section-text")).toContain("consanguinity (blood relation) was identified as a modifiable factor");
  });

  it("loads with no console error", () => {
    expect(visit.ready).toBe("true");
    expect(visit.consoleErrors).toEqual([]);
  });
});
