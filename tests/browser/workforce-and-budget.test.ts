import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseDisplayed, queryBuiltData, tableTwinCells } from "./built-data.js";
import { launchChromium } from "../../scripts/chromium.js";
import { tileTexts, urlParams, waitForTwinFirstColumn } from "./figure-waits.js";
import { visitPage, type PageVisit } from "./page-session.js";

const PATH = "/workforce-and-budget";
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The Luton value of an indicator (optionally of one category), read from the built Parquet. */
async function indicatorValue(id: string, category: string | null = null): Promise<number> {
  const rows = await queryBuiltData(
    `SELECT value FROM indicators WHERE indicator_id = '${id}' AND series = 'Luton' AND category IS NOT DISTINCT FROM ${category === null ? "NULL" : `'${category}'`}`
  );
  expect(rows.length, `${id} ${category}`).toBe(1);
  return Number(rows[0]!.value);
}

describe("the workforce and budget page, as first opened", () => {
  let visit: PageVisit;
  beforeAll(async () => {
    visit = await visitPage(browser, inject("origin"), PATH);
  });
  afterAll(async () => {
    await visit?.page.context().close();
  });

  it("is ready with every figure drawn and no console error", async () => {
    expect(visit.ready).toBe("true");
    const states = await visit.page.$$eval("[data-figure]", (figures) => figures.map((figure) => `${figure.id}:${(figure as HTMLElement).dataset.state}`));
    expect(states).toEqual(["training-funnel:ready", "training-events:ready", "staff-trained:ready", "budget-breakdown:ready", "budget-position:ready"]);
    expect(visit.consoleErrors).toEqual([]);
  });

  it("shows the training headlines the indicators table holds: 46 events, 70% ran, 1,101 applications, 902 places", async () => {
    const tiles = await tileTexts(visit.page, "training-headlines");
    const expected = [
      await indicatorValue("training_events_scheduled"),
      await indicatorValue("training_events_outcome_pct", "Ran"),
      await indicatorValue("training_applications"),
      await indicatorValue("training_places_allocated")
    ];
    expect(tiles.map((tile) => parseDisplayed(tile.value))).toEqual(expected);
    expect(tiles.map((tile) => tile.value)).toEqual(["46", "70%", "1,101", "902"]);
  });

  it("draws each programme's funnel from the indicators, with the report's own shares", async () => {
    const cells = await tableTwinCells(visit.page, "training-funnel");
    const expected = [
      ["training_applications", null],
      ["training_places_allocated", "training_places_allocated_pct"],
      ["level2_applications", null],
      ["level2_places_offered", "level2_places_offered_pct"],
      ["level2_places_taken_up", "level2_places_taken_up_pct"]
    ];
    expect(cells.length).toBe(expected.length);
    for (const [index, [countId, pctId]] of expected.entries()) {
      expect(parseDisplayed(cells[index]![2]!)).toBe(await indicatorValue(countId!));
      expect(parseDisplayed(cells[index]![3]!)).toBe(pctId ? await indicatorValue(pctId) : null);
    }
    expect(cells.map((row) => row[2])).toEqual(["1,101", "902", "316", "190", "149"]);
    expect(cells.map((row) => row[3])).toEqual(["no data", "82%", "no data", "60%", "47%"]);
    const summary = await visit.page.textContent("#training-funnel-summary");
    expect(summary).toContain("1,101 applications; allocated a place: 902 (82% of applications)");
  });

  it("counts the training events the report states", async () => {
    const cells = await tableTwinCells(visit.page, "training-events");
    const ids = ["training_events_scheduled", "level2_events_scheduled", "tailored_events_scheduled", "tailored_events_delivered", "self_harm_courses", "cse_seminars", "cse_training_events", "sexual_abuse_training_events"];
    expect(cells.length).toBe(ids.length);
    for (const [index, id] of ids.entries()) expect(parseDisplayed(cells[index]![2]!)).toBe(await indicatorValue(id));
    expect(cells.slice(2, 4).map((row) => [row[1], row[2]])).toEqual([["Scheduled", "22"], ["Delivered", "15"]]);
  });

  it("shows every share of staff trained, highest first", async () => {
    const cells = await tableTwinCells(visit.page, "staff-trained");
    const rows = await queryBuiltData(`SELECT category, value FROM indicators WHERE indicator_id = 'staff_safeguarding_trained_pct' AND series = 'Luton' ORDER BY value DESC, category`);
    expect(cells.map((row) => [row[0], parseDisplayed(row[1]!)])).toEqual(rows.map((row) => [row.category, Number(row.value)]));
    expect(cells[0]).toEqual(["SEPT", "100%", "Nov 2013 update"]);
  });

  it("shows every other workforce figure as a tile, so no workforce figure is left out", async () => {
    const tiles = await tileTexts(visit.page, "more-workforce-figures");
    const charted = [
      "training_events_scheduled", "training_applications", "training_places_allocated", "training_places_allocated_pct",
      "level2_applications", "level2_places_offered", "level2_places_offered_pct", "level2_places_taken_up", "level2_places_taken_up_pct",
      "level2_events_scheduled", "tailored_events_scheduled", "tailored_events_delivered", "self_harm_courses", "cse_seminars",
      "cse_training_events", "sexual_abuse_training_events", "staff_safeguarding_trained_pct"
    ];
    const [rest] = await queryBuiltData(
      `SELECT COUNT(*) AS n FROM indicators WHERE theme = 'workforce' AND series = 'Luton'
       AND indicator_id NOT IN (${charted.map((id) => `'${id}'`).join(", ")})
       AND NOT (indicator_id = 'training_events_outcome_pct' AND category = 'Ran')`
    );
    expect(tiles.length).toBe(Number(rest!.n));
    expect(tiles.find((tile) => tile.label.endsWith("Did not go ahead"))?.value).toBe("30%");
    expect(tiles.find((tile) => tile.label.startsWith("School-based safeguarding trainers"))?.value).toBe("35");
  });

  it("gives the budget totals: £305,438 income, £207,365.53 expenditure and a £214,079.04 net position", async () => {
    const tiles = await tileTexts(visit.page, "budget-totals");
    const [income] = await queryBuiltData(`SELECT SUM(amount_gbp) AS total FROM budget_income`);
    const [spent] = await queryBuiltData(`SELECT ROUND(SUM(amount_gbp), 2) AS total FROM budget_expenditure`);
    const [net] = await queryBuiltData(`SELECT amount_gbp FROM budget_position WHERE item LIKE '%net position%'`);
    expect(tiles.map((tile) => parseDisplayed(tile.value))).toEqual([Number(income!.total), Number(spent!.total), Number(net!.amount_gbp)]);
    expect(tiles.map((tile) => tile.value)).toEqual(["£305,438", "£207,365.53", "£214,079.04"]);
  });

  it("shows income by partner by default, adding up to the printed total, with the health agencies' subtotal noted", async () => {
    expect(urlParams(visit.page)).toEqual({});
    const cells = await tableTwinCells(visit.page, "budget-breakdown");
    const rows = await queryBuiltData(`SELECT partner, amount_gbp FROM budget_income ORDER BY amount_gbp DESC`);
    expect(cells.map((row) => [row[0], parseDisplayed(row[1]!)])).toEqual(rows.map((row) => [row.partner, Number(row.amount_gbp)]));
    expect(cells.reduce((sum, row) => sum + parseDisplayed(row[1]!)!, 0)).toBe(305438);
    expect(cells.find((row) => row[0]!.startsWith("Health agencies"))?.[1]).toBe("£98,941");
    const note = await visit.page.textContent("#budget-breakdown .se-figure__findings");
    expect(note).toContain("£98,941.00");
  });

  it("walks from income to the net position in steps that add up", async () => {
    const cells = await tableTwinCells(visit.page, "budget-position");
    const amounts = cells.map((row) => parseDisplayed(row[3]!)!);
    const position = await queryBuiltData(`SELECT item, amount_gbp FROM budget_position`);
    const printed = (item: string) => Number(position.find((row) => row.item === item)!.amount_gbp);
    expect(amounts).toEqual([305438, printed("Total expenditure"), printed("Underspend from 12/13"), printed("Underspend from 11/12"), printed("CDOP Underspend from 11/12"), printed("12/13 EOY net position")]);
    expect(Math.round((amounts[0]! - amounts[1]!) * 100) / 100).toBe(amounts[2]);
    expect(Math.round((amounts[2]! + amounts[3]! + amounts[4]!) * 100) / 100).toBe(amounts[5]);
    expect(cells.map((row) => row[4])).toEqual(["£305,438", "£98,072.47", "£98,072.47", "£170,615.04", "£214,079.04", "£214,079.04"]);
    const summary = await visit.page.textContent("#budget-position-summary");
    expect(summary).toContain("Spending in 2012/13 took away £207,365.53.");
  });

  it("quotes the report's training and budget text, each paragraph linked to its line", async () => {
    const links = await visit.page.$$eval(".se-excerpt a.se-line-link", (anchors) => anchors.map((anchor) => anchor.getAttribute("href")));
    expect(links).toEqual(expect.arrayContaining(["./report#L878", "./report#L880", "./report#L967"]));
    const priorities = await visit.page.$$eval(".se-excerpt li", (items) => items.length);
    expect(priorities).toBe(6);
  });
});

describe("the budget view input", () => {
  it("reaches the ready state for every view, without a console error, showing that view's lines", async () => {
    const visit = await visitPage(browser, inject("origin"), PATH);
    const { page } = visit;
    const expenditure = await queryBuiltData(`SELECT category FROM budget_expenditure ORDER BY amount_gbp DESC, source_line`);
    const income = await queryBuiltData(`SELECT partner FROM budget_income ORDER BY amount_gbp DESC, source_line`);
    await page.getByRole("radio", { name: "Expenditure by category" }).check();
    await waitForTwinFirstColumn(page, "budget-breakdown", expenditure.map((row) => String(row.category)));
    const spent = await tableTwinCells(page, "budget-breakdown");
    expect(Math.round(spent.reduce((sum, row) => sum + parseDisplayed(row[1]!)!, 0) * 100) / 100).toBe(207365.53);
    expect(urlParams(page)).toEqual({ view: "expenditure" });
    // The title follows the view: Table B's largest line and total (report lines 986-994).
    expect(await page.textContent("#budget-breakdown-title")).toBe("Salaries took the most of the board's spending in 2012/13: £132,640.49 of £207,365.53");
    await page.getByRole("radio", { name: "Income by partner" }).check();
    await waitForTwinFirstColumn(page, "budget-breakdown", income.map((row) => String(row.partner)));
    expect(urlParams(page)).toEqual({});
    // Table A's largest partner and printed total (report lines 971-983).
    expect(await page.textContent("#budget-breakdown-title")).toBe("Children & Learning gave the most of the board's income in 2012/13: £117,630 of £305,438");
    expect(visit.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it("opens on the view named in the address, and falls back to income for a view it does not know", async () => {
    const visit = await visitPage(browser, inject("origin"), `${PATH}?view=expenditure`);
    expect(visit.ready).toBe("true");
    expect(await visit.page.getByRole("radio", { name: "Expenditure by category" }).isChecked()).toBe(true);
    const cells = await tableTwinCells(visit.page, "budget-breakdown");
    expect(cells[0]?.slice(0, 3)).toEqual(["Salaries", "£132,640.49", "64%"]);
    expect(await visit.page.textContent("#budget-breakdown-summary")).toContain("Expenditure in 2012/13 totals £207,365.53");
    await visit.page.context().close();

    const unknown = await visitPage(browser, inject("origin"), `${PATH}?view=salaries`);
    expect(await unknown.page.getByRole("radio", { name: "Income by partner" }).isChecked()).toBe(true);
    expect((await tableTwinCells(unknown.page, "budget-breakdown"))[0]?.[0]).toBe("Children & Learning");
    expect(unknown.consoleErrors).toEqual([]);
    await unknown.page.context().close();
  });
});
