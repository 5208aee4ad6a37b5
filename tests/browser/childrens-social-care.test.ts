import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseDisplayed, queryBuiltData, tableTwinCells } from "./built-data.js";
import { launchChromium } from "../../scripts/chromium.js";
import { visitPage, type PageVisit } from "./page-session.js";

const PATH = "/childrens-social-care";
// The measure menu, as a reader sees it (value in the address → words in the menu).
const MEASURES = [
  { id: "cp_plans_repeat_pct", label: "Plans for a second or subsequent time" },
  { id: "cp_plans_ended_after_2_years_pct", label: "Plans that ended after two years or more" },
  { id: "s47_to_icpc_pct", label: "Section 47 enquiries that led to a conference" }
];

/** The tiles of one frame: id, value text and comparison words. */
function readTiles(page: Page, figureId: string): Promise<{ id: string; value: string; period: string; comparisons: string[] }[]> {
  return page.$$eval(`#${figureId} [data-tile]`, (tiles) =>
    tiles.map((tile) => ({
      id: (tile as HTMLElement).dataset.tile!,
      value: tile.querySelector(".se-kpi__value")!.textContent!.trim(),
      period: tile.querySelector(".se-kpi__period")!.textContent!.trim(),
      comparisons: Array.from(tile.querySelectorAll(".se-kpi__comparison"), (p) => p.textContent!.trim())
    }))
  );
}

async function value(id: string, period: string, series = "Luton"): Promise<number> {
  const rows = await queryBuiltData(`SELECT value FROM indicators WHERE indicator_id = '${id}' AND series = '${series}' AND period = '${period}' AND category IS NULL`);
  expect(rows.length, `${id} ${series} ${period}`).toBe(1);
  return rows[0]!.value as number;
}

/** Waits until the trend figure is drawn for a measure (its table twin names it) and returns the twin's cells. */
async function trendFor(page: Page, label: string): Promise<string[][]> {
  await page.waitForFunction(
    (expected) => {
      const figure = document.getElementById("protection-trend");
      const first = figure?.querySelector("table tbody tr th")?.textContent;
      return figure?.dataset.state === "ready" && first === expected;
    },
    label,
    { timeout: 30_000 }
  );
  return tableTwinCells(page, "protection-trend");
}

async function measureLabel(id: string): Promise<string> {
  const [row] = (await queryBuiltData(`SELECT DISTINCT label FROM indicators WHERE indicator_id = '${id}'`)) as [{ label: string }];
  return row.label;
}

async function measureYears(id: string): Promise<[string, number][]> {
  const rows = (await queryBuiltData(`SELECT period, value FROM indicators WHERE indicator_id = '${id}' AND series = 'Luton' AND category IS NULL ORDER BY period`)) as { period: string; value: number }[];
  return rows.map((row) => [row.period, row.value]);
}

describe("the children's social care page", () => {
  let browser: Browser;
  let visit: PageVisit;

  beforeAll(async () => {
    browser = await launchChromium();
    visit = await visitPage(browser, inject("origin"), PATH);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("reaches the ready marker with every figure drawn and no console error", async () => {
    expect(visit.ready).toBe("true");
    expect(visit.consoleErrors).toEqual([]);
    const states = await visit.page.$$eval("[data-figure]", (figures) => figures.map((figure) => (figure as HTMLElement).dataset.state));
    expect(states).toEqual(["ready", "ready", "ready", "ready", "ready", "ready", "ready"]);
  });

  it("shows the referral tiles recomputed from the Parquet: 3,003 (−48%), re-referrals 28.2% against 28.5%, initial assessments 69.3% against 86.2%", async () => {
    const tiles = await readTiles(visit.page, "referral-headlines");
    expect(tiles.map((tile) => tile.id)).toEqual(["referrals", "re_referrals", "referrals_to_initial_assessment"]);
    expect(parseDisplayed(tiles[0]!.value)).toBe(await value("referrals", "2012/13"));
    expect(tiles[0]!.comparisons).toEqual([`Down on the previous year (−${Math.abs(await value("referrals_change", "2012/13"))}%)`]);
    expect(parseDisplayed(tiles[1]!.value)).toBe(await value("re_referrals_pct", "2012/13"));
    // re-referrals: down is good, so a fall is "better"
    expect(tiles[1]!.comparisons).toEqual([`Better than 2011/12 (${await value("re_referrals_pct", "2011/12")}%)`]);
    // no polarity: "down", never "worse"
    expect(tiles[2]!.comparisons).toEqual(["Down on 2011/12 (86.2%)"]);
    expect(tiles.map((tile) => tile.value)).toEqual(["3,003", "28.2%", "69.3%"]);
  });

  it("shows referral reasons for 2011 and 2012 as the indicators table states them, a missing year as no data", async () => {
    const expected = (await queryBuiltData(
      `SELECT category AS reason, period AS year, value FROM indicators
       WHERE indicator_id = 'referral_reason_share' AND category NOT LIKE '%combined%' ORDER BY category, period`
    )) as { reason: string; year: string; value: number }[];
    const cells = await tableTwinCells(visit.page, "referral-reasons");
    const shown = cells.filter((row) => row[2] !== "no data").map((row) => [row[0], row[1], parseDisplayed(row[2]!)]);
    expect(shown.sort()).toEqual(expected.map((row) => [row.reason, row.year, row.value]).sort());
    expect(cells.filter((row) => row[2] === "no data").map((row) => `${row[0]} ${row[1]}`).sort()).toEqual(["Child protection 2011", "Homeless young people 2011"]);
    expect(cells[0]).toEqual(["General childcare", "2011", "33.6"]);
    expect(cells[1]).toEqual(["General childcare", "2012", "52.1"]);
    const labels = await visit.page.$$eval("#referral-reasons svg text", (texts) => texts.map((text) => text.textContent));
    expect(labels).toEqual(expect.arrayContaining(["52.1%", "20.3%", "not stated", "General childcare"]));
  });

  it("shows the report's own disagreement about the combined share of referrals (89.2% stated, 91.88% summed)", async () => {
    const expected = (await queryBuiltData("SELECT message FROM data_quality WHERE table_name = 'indicators' AND source_line = (SELECT MIN(source_line) FROM indicators WHERE indicator_id = 'referral_reason_share')")) as { message: string }[];
    const findings = await visit.page.$$eval("#referral-reasons .se-figure__findings li", (items) => items.map((item) => item.textContent ?? ""));
    expect(findings.length).toBe(expected.length);
    expect(findings[0]).toContain("89.2%");
    expect(findings[0]).toContain("91.88%");
  });

  it("shows assessment timeliness against targets: 73.4% against 78%, 74.9% against 80%", async () => {
    const cells = await tableTwinCells(visit.page, "assessment-timeliness");
    const initial = [await value("initial_assessments_in_time_pct", "2012/13"), await value("initial_assessments_in_time_pct", "2012/13", "Target")];
    const core = [await value("core_assessments_in_time_pct", "2012/13"), await value("core_assessments_in_time_pct", "2012/13", "Target")];
    expect(cells.map((row) => [parseDisplayed(row[2]!), parseDisplayed(row[3]!)])).toEqual([initial, core]);
    expect(cells.map((row) => parseDisplayed(row[4]!))).toEqual([Math.round((initial[0]! - initial[1]!) * 10) / 10, Math.round((core[0]! - core[1]!) * 10) / 10]);
    expect(initial).toEqual([73.4, 78]);
    expect(core).toEqual([74.9, 80]);
    expect(await visit.page.textContent("#assessment-timeliness-summary")).toContain("Both were below target.");
  });

  it("shows the child protection tiles at Q4: 194 children, 78.9% on a first plan, 29 under 1, average age 6", async () => {
    const tiles = await readTiles(visit.page, "protection-headlines");
    const expected = await Promise.all(["cp_plans", "cp_plans_first_time_pct", "cp_plans_under_1", "cp_plans_average_age"].map((id) => value(id, "2012/13 Q4")));
    expect(tiles.map((tile) => parseDisplayed(tile.value))).toEqual(expected);
    expect(expected).toEqual([194, 78.9, 29, 6]);
    expect(tiles.every((tile) => tile.period === "2012/13 Q4")).toBe(true);
  });

  it("shows the children in care tiles: 388, and 79.1 per 10,000 higher than statistical neighbours' 74.8", async () => {
    const tiles = await readTiles(visit.page, "care-headlines");
    expect(parseDisplayed(tiles[0]!.value)).toBe(await value("children_in_care", "2012/13"));
    expect(parseDisplayed(tiles[1]!.value)).toBe(await value("children_in_care_rate", "2012/13"));
    expect(tiles[1]!.comparisons).toEqual([`Higher than statistical neighbours (${await value("children_in_care_rate", "2012/13", "Statistical neighbours")} per 10,000)`]);
    expect(tiles.map((tile) => tile.value)).toEqual(["388", "79.1 per 10,000", "279"]);
  });

  it("shows looked-after children's health checks this year against last, with the counts the report gives", async () => {
    const expected = (await queryBuiltData(
      `SELECT i.indicator_id, i.period, i.value FROM indicators i
       WHERE i.indicator_id IN ('lac_health_assessments_pct', 'lac_dental_checks_pct', 'lac_immunisations_pct') AND i.category IS NULL ORDER BY i.indicator_id, i.period`
    )) as { indicator_id: string; period: string; value: number }[];
    const cells = await tableTwinCells(visit.page, "lac-health-checks");
    const byCheck: Record<string, string> = { "Yearly health assessment": "lac_health_assessments_pct", "Yearly dental check": "lac_dental_checks_pct", "Immunisations up to date": "lac_immunisations_pct" };
    expect(cells.map((row) => [byCheck[row[0]!], row[1], parseDisplayed(row[2]!)]).sort()).toEqual(expected.map((row) => [row.indicator_id, row.period, row.value]).sort());
    expect(cells.find((row) => row[0] === "Yearly health assessment" && row[1] === "2012/13")).toEqual(["Yearly health assessment", "2012/13", "91.8", "256", "279"]);
    expect(cells.find((row) => row[0] === "Yearly dental check" && row[1] === "2011/12")?.[2]).toBe("87.6");
  });

  it("quotes each matching report section in full, every paragraph linked to its line", async () => {
    for (const section of ["Responding to Children in Need", "Child Protection", "Health Indicators"]) {
      const expected = (await queryBuiltData(`SELECT line FROM report_paragraphs WHERE section = '${section}' AND text <> section ORDER BY line`)) as { line: number }[];
      const lines = await visit.page.$$eval(
        ".se-excerpt",
        (asides, name) => {
          const aside = asides.find((candidate) => candidate.textContent?.includes(`"${name}"`));
          return aside ? Array.from(aside.querySelectorAll("blockquote a.se-line-link"), (link) => link.getAttribute("href")) : [];
        },
        section
      );
      expect(lines, section).toEqual(expected.map((row) => `./report#L${row.line}`));
    }
    const assessments = (await queryBuiltData(
      "SELECT COUNT(*) AS n FROM report_paragraphs WHERE section IN ('Responding to Children in Need', 'Child Protection', 'Health Indicators') AND lower(subsection) = 'lscb assessment'"
    )) as [{ n: bigint | number }];
    expect(Number(assessments[0]!.n)).toBe(0);
  });

  it("draws the default measure (second or subsequent plans: 10.5%, 11.8%, 17.6%) and keeps it out of the address", async () => {
    const cells = await trendFor(visit.page, await measureLabel("cp_plans_repeat_pct"));
    expect(cells.map((row) => [row[1], parseDisplayed(row[2]!)])).toEqual(await measureYears("cp_plans_repeat_pct"));
    expect(cells.map((row) => row[2])).toEqual(["10.5", "11.8", "17.6"]);
    expect(new URL(visit.page.url()).searchParams.has("measure")).toBe(false);
  });
});

describe("the children's social care measure input", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("draws every measure to data-state ready with the Parquet's numbers and no console error, writing all but the default to the address", async () => {
    const visit = await visitPage(browser, inject("origin"), PATH);
    for (const measure of [...MEASURES.slice(1), MEASURES[0]!]) {
      await visit.page.getByLabel("Measure").selectOption({ label: measure.label });
      const cells = await trendFor(visit.page, await measureLabel(measure.id));
      expect(cells.map((row) => [row[1], parseDisplayed(row[2]!)]), measure.id).toEqual(await measureYears(measure.id));
      const written = new URL(visit.page.url()).searchParams.get("measure");
      expect(written).toBe(measure.id === MEASURES[0]!.id ? null : measure.id);
    }
    expect(visit.consoleErrors).toEqual([]);
    await visit.page.context().close();
  });

  it("opens with ?measure= from the address: the menu shows it and the chart shows its numbers (52% in 2010/11, 55% in 2012/13)", async () => {
    const visit = await visitPage(browser, inject("origin"), `${PATH}?measure=s47_to_icpc_pct`);
    expect(visit.ready).toBe("true");
    const selected = await visit.page.getByLabel("Measure").evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent);
    expect(selected).toBe("Section 47 enquiries that led to a conference");
    const cells = await trendFor(visit.page, await measureLabel("s47_to_icpc_pct"));
    expect(cells.map((row) => [row[1], row[2]])).toEqual([
      ["2010/11", "52"],
      ["2012/13", "55"]
    ]);
    expect(await visit.page.textContent("#protection-trend-summary")).toContain("55% in 2012/13, up from 52% in 2010/11");
    // The title is the chosen measure's own move, not the other measures' (report line 668).
    expect(await visit.page.textContent("#protection-trend-title")).toBe("Section 47 enquiries converting to an initial child protection conference rose from 52% in 2010/11 to 55% in 2012/13");
    await visit.page.getByLabel("Measure").selectOption({ label: MEASURES[0]!.label });
    await trendFor(visit.page, await measureLabel("cp_plans_repeat_pct"));
    // Repeat plans: 11.8% last year, 17.6% this year (report line 670).
    expect(await visit.page.textContent("#protection-trend-title")).toBe("Children becoming subject to a plan for a second or subsequent time rose from 11.8% in 2011/12 to 17.6% in 2012/13");
    expect(new URL(visit.page.url()).searchParams.has("measure")).toBe(false);
    expect(visit.consoleErrors).toEqual([]);
    await visit.page.context().close();
  });

  it("ignores a measure the page does not know and shows the default", async () => {
    const visit = await visitPage(browser, inject("origin"), `${PATH}?measure=not_a_measure`);
    const cells = await trendFor(visit.page, await measureLabel("cp_plans_repeat_pct"));
    expect(cells.length).toBe(3);
    expect(visit.consoleErrors).toEqual([]);
    await visit.page.context().close();
  });
});
