import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseDisplayed, queryBuiltData, tableTwinCells } from "./built-data.js";
import { launchChromium } from "../../scripts/chromium.js";
import { figureTitles, tileTexts, urlParams, waitForTwinFirstColumn } from "./figure-waits.js";
import { visitPage, type PageVisit } from "./page-session.js";

const PATH = "/board";
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Members' names for one agency (or all), in the page's order: most meetings attended first. */
async function memberNames(agency: string | null): Promise<string[]> {
  const rows = await queryBuiltData(
    `SELECT name FROM board_attendance ${agency === null ? "" : `WHERE agency = '${agency.replaceAll("'", "''")}'`} ORDER BY attended DESC, absent_no_apologies, member_no`
  );
  return rows.map((row) => String(row.name));
}

describe("the board page, as first opened", () => {
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
    expect(states).toEqual(["attendance-by-member:ready", "attendance-by-agency:ready", "business-plan-status:ready", "ofsted-ratings:ready", "ofsted-actions:ready"]);
    expect(visit.consoleErrors).toEqual([]);
    expect(urlParams(visit.page)).toEqual({});
  });

  it("gives the attendance totals of all 28 members: 70 of 112 places (62.5%), 12 absences without apologies", async () => {
    const [totals] = await queryBuiltData(
      `SELECT COUNT(*) AS members, SUM(attended) AS attended, SUM(meetings) AS meetings, SUM(absent_no_apologies) AS absent, SUM(represented) AS represented FROM board_attendance`
    );
    const tiles = await tileTexts(visit.page, "attendance-totals");
    const rate = Math.round((1000 * Number(totals!.attended)) / Number(totals!.meetings)) / 10;
    expect(tiles.map((tile) => parseDisplayed(tile.value))).toEqual([Number(totals!.members), rate, Number(totals!.absent), Number(totals!.represented)]);
    expect(tiles.map((tile) => tile.value)).toEqual(["28", "62.5%", "12", "5"]);
    expect(tiles[1]!.period).toBe("70 of 112 places, 2012/13, All agencies");
  });

  it("lists every member with the counts printed in the report and attendance rate = attended ÷ meetings", async () => {
    const cells = await tableTwinCells(visit.page, "attendance-by-member");
    const rows = await queryBuiltData(`SELECT name, meetings, attended, represented, apologies, absent_no_apologies FROM board_attendance ORDER BY attended DESC, absent_no_apologies, member_no`);
    expect(cells.length).toBe(28);
    expect(cells.map((row) => [row[0], parseDisplayed(row[3]!), parseDisplayed(row[4]!), parseDisplayed(row[6]!), parseDisplayed(row[7]!), parseDisplayed(row[8]!)])).toEqual(
      rows.map((row) => [row.name, Number(row.meetings), Number(row.attended), Number(row.represented), Number(row.apologies), Number(row.absent_no_apologies)])
    );
    for (const row of cells) expect(parseDisplayed(row[5]!)).toBeCloseTo((100 * parseDisplayed(row[4]!)!) / parseDisplayed(row[3]!)!, 1);
    expect(cells.find((row) => row[0] === "Jane Stuart")?.slice(3, 9)).toEqual(["4", "1", "25%", "0", "0", "3"]);
  });

  it("warns that one member's four counts are all 0, beside both attendance charts", async () => {
    for (const id of ["attendance-by-member", "attendance-by-agency"]) {
      const note = await visit.page.textContent(`#${id} .se-figure__findings`);
      expect(note).toContain("Adele Chadwick (Beds Crown Prosecution Service) is listed for 4 meetings");
    }
    const label = await visit.page.$$eval("#attendance-by-member svg text", (texts) => texts.map((text) => text.textContent ?? "").join(" "));
    expect(label).toContain("the four counts add up to 0, not 4");
  });

  it("sums attendance by agency as the report names them", async () => {
    const cells = await tableTwinCells(visit.page, "attendance-by-agency");
    const rows = await queryBuiltData(
      `SELECT agency, COUNT(*) AS members, SUM(meetings) AS meetings, SUM(attended) AS attended, SUM(absent_no_apologies) AS absent FROM board_attendance GROUP BY agency`
    );
    expect(cells.length).toBe(rows.length);
    for (const row of rows) {
      const shown = cells.find((cell) => cell[0] === row.agency)!;
      expect([parseDisplayed(shown[1]!), parseDisplayed(shown[2]!), parseDisplayed(shown[3]!), parseDisplayed(shown[7]!)]).toEqual([Number(row.members), Number(row.meetings), Number(row.attended), Number(row.absent)]);
      expect(parseDisplayed(shown[4]!)).toBeCloseTo((100 * Number(row.attended)) / Number(row.meetings), 1);
    }
    expect(cells.find((cell) => cell[0] === "LBC")?.slice(1, 5)).toEqual(["5", "20", "10", "50%"]);
  });

  it("counts business-plan objectives by status for each priority, 35 in all", async () => {
    const cells = await tableTwinCells(visit.page, "business-plan-status");
    const rows = await queryBuiltData(
      `SELECT priority_no, COUNT(*) AS objectives,
         COUNT(*) FILTER (WHERE status = 'completed') AS completed, COUNT(*) FILTER (WHERE status = 'carried_forward') AS carried,
         COUNT(*) FILTER (WHERE status = 'in_progress') AS in_progress, COUNT(*) FILTER (WHERE status = 'not_stated') AS not_stated
       FROM business_plan GROUP BY priority_no ORDER BY priority_no`
    );
    expect(cells.map((row) => row.slice(0, 1).concat(row.slice(2, 7)).map((text) => parseDisplayed(text)))).toEqual(
      rows.map((row) => [row.priority_no, row.objectives, row.completed, row.carried, row.in_progress, row.not_stated].map(Number))
    );
    expect(cells.reduce((sum, row) => sum + parseDisplayed(row[2]!)!, 0)).toBe(35);
    const objectives = await queryBuiltData(`SELECT objective FROM business_plan WHERE priority_no = 7`);
    for (const { objective } of objectives) expect(cells[6]![7]).toContain(String(objective));
    expect(await visit.page.textContent("#business-plan-status-summary")).toContain("29 were completed, 3 carried forward to 2013/14, 3 still in progress and 0 had no status stated");
  });

  it("names each status in words beside the coloured bars", async () => {
    const legend = await visit.page.$$eval("#business-plan-status .se-legend li", (items) => items.map((item) => item.textContent));
    expect(legend).toEqual(["Completed", "Carried forward to 2013/14", "In progress", "No status stated"]);
    const labels = await visit.page.$$eval("#business-plan-status svg text", (texts) => texts.map((text) => text.textContent ?? "").join(" "));
    expect(labels).toContain("5 completed, 1 carried forward to 2013/14, 1 in progress");
  });

  it("shows every Ofsted action with its rating in words and its progress", async () => {
    const actions = await queryBuiltData(`SELECT action_no, rag_rating FROM ofsted_actions ORDER BY action_no`);
    const badges = await visit.page.$$eval("#ofsted-actions .se-rag", (spans) => spans.map((span) => span.textContent));
    expect(badges).toEqual(actions.map((row) => row.rag_rating));
    const themes = await visit.page.$$eval("#ofsted-actions .se-actions__theme", (headings) => headings.map((heading) => heading.textContent));
    expect(themes).toEqual(["Cross cutting", "Safeguarding", "Looked after children"]);
    const ratings = await tableTwinCells(visit.page, "ofsted-ratings");
    expect(ratings).toEqual([["Completed", "1"], ["Actions complete", "1"], ["Good progress", "9"], ["Some progress", "5"]]);
    expect(await visit.page.textContent("#ofsted-actions .se-figure__findings")).toContain("\"x\" where a figure should have been filled in");
  });
});

describe("the agency filter", () => {
  it("reaches the ready state for every agency with that agency's members and totals, without a console error", async () => {
    const visit = await visitPage(browser, inject("origin"), PATH);
    const { page } = visit;
    const agencies = await queryBuiltData(`SELECT agency, COUNT(*) AS members, SUM(absent_no_apologies) AS absent FROM board_attendance GROUP BY agency ORDER BY lower(agency)`);
    const select = page.getByRole("combobox", { name: "Agency" });
    for (const { agency, members, absent } of agencies) {
      await select.selectOption({ label: String(agency) });
      await waitForTwinFirstColumn(page, "attendance-by-member", await memberNames(String(agency)));
      await page.waitForFunction((name) => document.querySelector("#attendance-totals .se-kpi__period")?.textContent?.endsWith(name), String(agency));
      const tiles = await tileTexts(page, "attendance-totals");
      expect([parseDisplayed(tiles[0]!.value), parseDisplayed(tiles[2]!.value)]).toEqual([Number(members), Number(absent)]);
      expect(urlParams(page)).toEqual({ agency: String(agency) });
    }
    await select.selectOption({ label: "All agencies" });
    await waitForTwinFirstColumn(page, "attendance-by-member", await memberNames(null));
    expect(urlParams(page)).toEqual({});
    expect(visit.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it("opens on the agency named in the address, and shows everyone for an agency it does not know", async () => {
    const visit = await visitPage(browser, inject("origin"), `${PATH}?agency=LBC`);
    await waitForTwinFirstColumn(visit.page, "attendance-by-member", await memberNames("LBC"));
    expect(await visit.page.$eval("select", (select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe("LBC");
    expect((await tileTexts(visit.page, "attendance-totals")).map((tile) => tile.value)).toEqual(["5", "50%", "1", "3"]);
    expect(await visit.page.textContent("#attendance-by-member-summary")).toBe("Of the 5 members from LBC, 0 attended all 4 meetings and 1 attended none. 1 absence was without apologies.");
    await visit.page.context().close();

    const unknown = await visitPage(browser, inject("origin"), `${PATH}?agency=Nobody`);
    await waitForTwinFirstColumn(unknown.page, "attendance-by-member", await memberNames(null));
    expect(await unknown.page.$eval("select", (select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe("All agencies");
    expect(urlParams(unknown.page)).toEqual({});
    expect(unknown.consoleErrors).toEqual([]);
    await unknown.page.context().close();
  });
});

describe("the theme filter", () => {
  it("reaches the ready state for every theme with that theme's actions and ratings, without a console error", async () => {
    const visit = await visitPage(browser, inject("origin"), PATH);
    const { page } = visit;
    const themes = await queryBuiltData(`SELECT theme FROM ofsted_actions GROUP BY theme ORDER BY MIN(action_no)`);
    for (const { theme } of themes) {
      await page.getByRole("radio", { name: String(theme) }).check();
      const ratings = await queryBuiltData(
        `SELECT rag_rating, COUNT(*) AS n FROM ofsted_actions WHERE theme = '${theme}' GROUP BY rag_rating
         ORDER BY CASE rag_rating WHEN 'Completed' THEN 1 WHEN 'Actions complete' THEN 2 WHEN 'Good progress' THEN 3 ELSE 4 END`
      );
      await waitForTwinFirstColumn(page, "ofsted-ratings", ratings.map((row) => String(row.rag_rating)));
      expect((await tableTwinCells(page, "ofsted-ratings")).map((row) => parseDisplayed(row[1]!))).toEqual(ratings.map((row) => Number(row.n)));
      const actions = await queryBuiltData(`SELECT action_no FROM ofsted_actions WHERE theme = '${theme}' ORDER BY action_no`);
      await waitForTwinFirstColumn(page, "ofsted-actions", actions.map((row) => String(row.action_no)));
      expect(await page.$$eval("#ofsted-actions .se-actions__theme", (headings) => headings.map((heading) => heading.textContent))).toEqual([theme]);
      expect(urlParams(page)).toEqual({ theme: String(theme) });
    }
    await page.getByRole("radio", { name: "All themes" }).check();
    await waitForTwinFirstColumn(page, "ofsted-actions", Array.from({ length: 16 }, (_, index) => String(index + 1)));
    expect(urlParams(page)).toEqual({});
    expect(visit.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it("opens on the theme named in the address", async () => {
    const visit = await visitPage(browser, inject("origin"), `${PATH}?theme=Safeguarding`);
    expect(await visit.page.getByRole("radio", { name: "Safeguarding" }).isChecked()).toBe(true);
    expect((await tableTwinCells(visit.page, "ofsted-actions")).map((row) => row[0])).toEqual(["5", "6", "7", "8", "9"]);
    expect(await visit.page.textContent("#ofsted-ratings-summary")).toBe("Of the 5 actions, 1 rated ‘Completed’, 3 rated ‘Good progress’ and 1 rated ‘Some progress’.");
    expect(visit.consoleErrors).toEqual([]);
    await visit.page.context().close();
  });
});

describe("the filtered figures' titles follow the rows shown", () => {
  it("names Beds Police's one member and their record, not the all-members takeaway", async () => {
    // Partnership Attendance at LSCB Meetings (report line 1152): Karena Thomas, Beds Police, 4 meetings, attended 3.
    const visit = await visitPage(browser, inject("origin"), `${PATH}?agency=Beds%20Police`);
    const title = "Karena Thomas came to 3 of 4 meetings";
    expect(await figureTitles(visit.page, "attendance-by-member")).toEqual({ heading: title, labelledBy: title, caption: title, chart: title });
    expect(title).not.toBe("Some members came to every meeting; a few came to one or none");
    expect(visit.consoleErrors).toEqual([]);
    await visit.page.context().close();
  });

  it("names both ratings tied for the most in the Cross cutting theme", async () => {
    // Appendix 4, the Cross cutting theme's four recommendations: 2 rated Good progress and 2 Some progress.
    const visit = await visitPage(browser, inject("origin"), `${PATH}?theme=Cross%20cutting`);
    const title = "‘Good progress’ and ‘Some progress’ were the most common ratings by February 2013";
    expect(await figureTitles(visit.page, "ofsted-ratings")).toEqual({ heading: title, labelledBy: title, caption: title, chart: title });
    expect(title).not.toBe("‘Good progress’ was the most common rating by February 2013");
    await visit.page.context().close();
  });
});
