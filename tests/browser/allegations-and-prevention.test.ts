import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { auditAccessibility } from "./axe.js";
import { queryBuiltData, tableTwinCells } from "./built-data.js";
import { launchChromium } from "../../scripts/chromium.js";
import { expectedStatedFigures, shownStatedFigures, shownTiles, shownWordLines, twinNumbers } from "./page-figures.js";
import { visitPage, type PageVisit } from "./page-session.js";

// The selector's options, in order, and the report section each one quotes.
const REPORTS: [string, string][] = [
  ["sarc", "Sexual Assault Referral Centre (SARC) arrangements"],
  ["lado", "Managing allegations of abuse against adults who work with children"],
  ["channel", "Supporting individuals vulnerable to radicalisation via the Channel process"],
  ["nrpf", "Families with No Recourse to Public Funds"],
  ["guns-and-gangs", "Safeguarding issues arising from Guns and Gangs in Luton"],
  ["cse", "Child Sexual Exploitation"],
  ["education", "Safeguarding in Education settings"],
  ["section-11", "Compliance with Section 11 of the Children Act 2004"],
  ["faith", "Faith Communities"]
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function showReport(visit: PageVisit, key: string): Promise<void> {
  await visit.page.getByLabel("Assurance report", { exact: true }).selectOption({ index: REPORTS.findIndex(([candidate]) => candidate === key) });
  await visit.page.waitForSelector(`#assurance-report-figures[data-report="${key}"][data-state="ready"]`);
  await visit.page.waitForSelector(`#assurance-report-words[data-report="${key}"][data-state="ready"]`);
}

function sectionLines(section: string): string {
  return `source_line IN (SELECT line FROM report_paragraphs WHERE section = '${section.replaceAll("'", "''")}')`;
}

describe("the allegations and prevention page", () => {
  let visit: PageVisit;
  beforeAll(async () => {
    visit = await visitPage(browser, inject("origin"), "/allegations-and-prevention");
  });
  afterAll(async () => {
    await visit?.page.context().close();
  });

  it("shows headline tiles matching the built indicators", async () => {
    const expected = await queryBuiltData(`SELECT i.value FROM (VALUES
        (1, 'lado_referrals', '2011/12'), (2, 'lado_referrals_change', '2011/12'), (3, 'lado_adults_removed', '2011/12'),
        (4, 'channel_referrals', 'Oct 2011 – Mar 2012'), (5, 'sarc_examinations', '2012/13')) AS t(n, id, period)
      JOIN indicators i ON i.indicator_id = t.id AND i.series = 'Luton' AND i.period = t.period AND i.category IS NULL
      ORDER BY t.n`);
    const tiles = await shownTiles(visit.page);
    expect(tiles.map((tile) => tile.value)).toEqual(expected.map((row) => Number(row.value)));
    // Read from the report, lines 345, 371, 389 and 252.
    expect(tiles.map((tile) => tile.value)).toEqual([172, 16, 9, 9, 3]);
    const shownChange = await visit.page.$$eval(".se-headlines .se-kpi__value", (values) => values[1]?.textContent);
    expect(shownChange).toBe("+16%");
  });

  it("draws LADO referrals in the two categories counted for both years", async () => {
    const rows = await queryBuiltData("SELECT category, period, value FROM indicators WHERE indicator_id = 'lado_referrals' AND category IS NOT NULL");
    const cells = await tableTwinCells(visit.page, "lado-referrals-by-category");
    expect(cells.map(([category, period, value]) => `${category}|${period}|${value}`).sort()).toEqual(rows.map((row) => `${row.category}|${row.period}|${row.value}`).sort());
    expect(await twinNumbers(visit.page, "lado-referrals-by-category", 2)).toEqual([13, 30, 12, 16]);
  });

  it("draws Channel referrals by group, adding up to the stated total", async () => {
    const total = await queryBuiltData("SELECT value FROM indicators WHERE indicator_id = 'channel_referrals' AND category IS NULL");
    const groups = await twinNumbers(visit.page, "channel-referrals", 2);
    expect(groups.reduce((sum, value) => sum! + value!, 0)).toBe(Number(total[0]!.value));
    expect(groups).toEqual([2, 5, 2]);
  });

  it("opens on the LADO report without writing it to the URL", async () => {
    expect(new URL(visit.page.url()).search).toBe("");
    expect(await visit.page.textContent("#assurance-report-heading")).toBe("Allegations against adults who work with children (LADO)");
  });

  it.each(REPORTS)("shows the figures and text of the %s report, with no console error or serious axe violation", async (key, section) => {
    await showReport(visit, key);
    expect(await shownStatedFigures(visit.page, "assurance-report-figures")).toEqual(await expectedStatedFigures(sectionLines(section)));
    const lines = await queryBuiltData(
      `SELECT line FROM report_paragraphs WHERE section = '${section}' AND text <> section AND text <> coalesce(subsection, '') ORDER BY line`
    );
    expect(await shownWordLines(visit.page, "assurance-report-words")).toEqual(lines.map((row) => Number(row.line)));
    expect(new URL(visit.page.url()).searchParams.get("report")).toBe(key === "lado" ? null : key);
    expect(visit.consoleErrors).toEqual([]);
    const { violations } = await auditAccessibility(visit.page);
    expect(violations).toEqual([]);
  });

  it("says so when a report gives no figures, and quotes the guns and gangs report's action", async () => {
    await showReport(visit, "guns-and-gangs");
    expect(await visit.page.textContent("#assurance-report-figures-summary")).toBe(
      "The report states no figures here: its text on this subject gives no numbers about Luton."
    );
    expect(await visit.page.textContent("#assurance-report-words")).toContain("The LSCB will receive regular updates on partnership activity");
  });
});

describe("the allegations and prevention page's report in the URL", () => {
  it("opens the report the URL names, with its figures, and writes a new choice back", async () => {
    const visit = await visitPage(browser, inject("origin"), "/allegations-and-prevention?report=channel");
    expect(visit.ready).toBe("true");
    expect(visit.consoleErrors).toEqual([]);
    const select = visit.page.getByLabel("Assurance report", { exact: true });
    expect(await select.evaluate((node: HTMLSelectElement) => node.selectedOptions[0]!.textContent)).toBe("Radicalisation: the Channel process");
    await visit.page.waitForSelector('#assurance-report-figures[data-report="channel"][data-state="ready"]');
    const values = await twinNumbers(visit.page, "assurance-report-figures", 4);
    expect(values).toEqual([9, 7, 2, 5, 2]);
    await showReport(visit, "nrpf");
    expect(new URL(visit.page.url()).searchParams.get("report")).toBe("nrpf");
    await showReport(visit, "lado");
    expect(new URL(visit.page.url()).searchParams.has("report")).toBe(false);
    await visit.page.context().close();
  });
});
