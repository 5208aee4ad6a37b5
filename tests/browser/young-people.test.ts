import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { auditAccessibility } from "./axe.js";
import { parseDisplayed, queryBuiltData, tableTwinCells } from "./built-data.js";
import { launchChromium } from "../../scripts/chromium.js";
import { expectedStatedFigures, shownStatedFigures, shownTiles, shownWordLines, twinNumbers, twinPairs } from "./page-figures.js";
import { visitPage, type PageVisit } from "./page-session.js";

const TOPICS = ["youth-justice", "homelessness", "substance-misuse", "teenage-pregnancy", "home-education", "trafficking", "private-fostering", "sexual-assault"];
const SECTIONS: Record<string, string> = {
  "youth-justice": "Youth offending, homelessness and substance misuse",
  homelessness: "Youth offending, homelessness and substance misuse",
  "substance-misuse": "The welfare and well being of children using or affected by alcohol or drugs",
  "teenage-pregnancy": "The safeguarding arrangements for teenage parents",
  "home-education": "Working with families who choose to Home Educate",
  trafficking: "Safeguarding arrangements for trafficked children",
  "private-fostering": "Private Fostering",
  "sexual-assault": "Sexual Assault Referral Centre (SARC) arrangements"
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function luton(indicator: string, period: string, extra = "category IS NULL"): Promise<number> {
  const rows = await queryBuiltData(`SELECT value FROM indicators WHERE indicator_id = '${indicator}' AND series = 'Luton' AND period = '${period}' AND ${extra}`);
  expect(rows.length, `${indicator} ${period}`).toBe(1);
  return Number(rows[0]!.value);
}

async function showTopic(visit: PageVisit, topic: string): Promise<void> {
  await visit.page.getByLabel("Topic", { exact: true }).selectOption({ index: TOPICS.indexOf(topic) });
  await visit.page.waitForSelector(`#topic-figures[data-topic="${topic}"][data-state="ready"]`);
  await visit.page.waitForSelector(`#topic-words[data-topic="${topic}"][data-state="ready"]`);
}

describe("the young people page", () => {
  let visit: PageVisit;
  beforeAll(async () => {
    visit = await visitPage(browser, inject("origin"), "/young-people");
  });
  afterAll(async () => {
    await visit?.page.context().close();
  });

  it("shows headline tiles whose values and comparisons match the built indicators", async () => {
    const tiles = await shownTiles(visit.page);
    const expected = [
      await luton("first_time_entrants", "2012/13"),
      await luton("reoffending_pct", "2011/12"),
      await luton("homeless_under_18_presentations", "2012/13 Q4"),
      await luton("alcohol_harm_reduction_support", "2012/13"),
      await luton("under_18_conception_rate", "most recent published (May 2012)"),
      await luton("home_educated_children", "Oct 2012"),
      await luton("uasc", "2012/13"),
      await luton("private_fostering_notifications", "2012/13"),
      await luton("sarc_examinations", "2012/13")
    ];
    expect(tiles.map((tile) => tile.value)).toEqual(expected);
    // Read from the report: lines 692, 694, 698, 700, 85, 135, 475, 560, 252.
    expect(expected).toEqual([151, 32, 32, 12944, 33.7, 75, 29, 4, 3]);
    const england = await queryBuiltData("SELECT value FROM indicators WHERE indicator_id = 'reoffending_pct' AND series = 'England'");
    expect(tiles[0]!.comparison).toBe(`Better than 2009/10 (${await luton("first_time_entrants", "2009/10")})`);
    expect(tiles[1]!.comparison).toBe(`Better than England (${england[0]!.value}%)`);
    expect(tiles[4]!.comparison).toBe("Worse than 2009 (29.4 per 1,000)");
    expect(tiles[2]!.comparison).toBeNull();
  });

  it("draws first-time entrants, re-offending and looked-after offending from the indicators", async () => {
    const entrants = await queryBuiltData("SELECT period, value FROM indicators WHERE indicator_id = 'first_time_entrants' AND series = 'Luton' ORDER BY period");
    expect(await twinPairs(visit.page, "first-time-entrants", 0, 1)).toEqual(entrants.map((row) => `${row.period}|${row.value}`));
    expect(await twinNumbers(visit.page, "first-time-entrants", 1)).toEqual([326, 151]);

    const reoffending = await queryBuiltData("SELECT series, value FROM indicators WHERE indicator_id = 'reoffending_pct'");
    expect((await twinPairs(visit.page, "reoffending", 0, 2)).sort()).toEqual(reoffending.map((row) => `${row.series}|${row.value}`).sort());
    expect(await twinNumbers(visit.page, "reoffending", 2)).toEqual([32, 35, 36]);
    expect(await visit.page.textContent("#reoffending-summary")).toBe(
      "Proven re-offending rate, 2011/12: Luton 32%, England 35%, Statistical neighbours 36%. Luton's figure is the lowest."
    );

    const lac = await queryBuiltData("SELECT period, value FROM indicators WHERE indicator_id = 'lac_offending_pct' ORDER BY period");
    expect(await twinPairs(visit.page, "looked-after-offending", 0, 1)).toEqual(lac.map((row) => `${row.period}|${row.value}`));
  });

  it("emphasises Luton's bar by weight as well as colour", async () => {
    const bold = await visit.page.$$eval("#reoffending svg text", (texts) => texts.filter((text) => text.closest("[font-weight='bold']")).map((text) => text.textContent));
    expect(bold).toEqual(["Luton"]);
    const texts = await visit.page.$$eval("#reoffending svg text", (nodes) => nodes.map((node) => node.textContent));
    expect(texts).toEqual(expect.arrayContaining(["32%", "35%", "36%", "England", "Statistical neighbours"]));
    expect(await visit.page.$$eval("#reoffending svg rect", (rects) => rects.length)).toBe(3);
  });

  it("draws the teenage pregnancy figures and flags the conception rate printed with a % sign", async () => {
    expect(await twinNumbers(visit.page, "conception-rate", 1)).toEqual([
      await luton("under_18_conception_rate", "2009"),
      await luton("under_18_conception_rate", "most recent published (May 2012)")
    ]);
    const findings = await visit.page.textContent("#conception-rate .se-figure__findings");
    expect(findings).toContain('"33.7% per 1,000"');
    const terminations = await queryBuiltData("SELECT sum(value) AS total FROM indicators WHERE indicator_id = 'under_18_terminations'");
    const shown = await twinNumbers(visit.page, "teenage-terminations", 2);
    expect(shown.reduce((sum, value) => sum! + value!, 0)).toBe(Number(terminations[0]!.total));
    expect(shown).toEqual([48, 4, 36, 1]);
    expect(await twinNumbers(visit.page, "care-to-learn", 2)).toEqual([4.8, 10.7]);
  });

  it("draws alcohol harm-reduction support for the year and its fourth quarter", async () => {
    expect(await twinNumbers(visit.page, "alcohol-support", 1)).toEqual([
      await luton("alcohol_harm_reduction_support", "2012/13"),
      await luton("alcohol_harm_reduction_support", "2012/13 Q4")
    ]);
    expect(await twinNumbers(visit.page, "alcohol-support", 1)).toEqual([12944, 3938]);
    expect(await visit.page.textContent("#alcohol-support-summary")).toContain("12,944 in 2012/13, of whom 3,938");
  });

  it("draws the treatment audit from the indicators", async () => {
    const rows = await queryBuiltData(
      "SELECT category, value FROM indicators WHERE indicator_id IN ('adults_assessed_for_treatment', 'treatment_clients_with_children')"
    );
    expect((await twinPairs(visit.page, "treatment-audit", 0, 3)).sort()).toEqual(rows.map((row) => `${row.category}|${row.value}`).sort());
    expect((await twinNumbers(visit.page, "treatment-audit", 3)).sort((a, b) => a! - b!)).toEqual([26, 42, 143, 255]);
  });

  it("draws home education grades and reasons from their tables, each adding up to 100%", async () => {
    const grades = await queryBuiltData("SELECT share_pct FROM home_education_grades ORDER BY grade");
    expect(await twinNumbers(visit.page, "home-education-grades", 2)).toEqual(grades.map((row) => Number(row.share_pct)));
    expect(await twinNumbers(visit.page, "home-education-grades", 2)).toEqual([37, 53, 10]);
    const reasons = await queryBuiltData("SELECT reason, share_pct FROM home_education_reasons");
    expect((await twinPairs(visit.page, "home-education-reasons", 1, 2)).sort()).toEqual(reasons.map((row) => `${row.reason}|${row.share_pct}`).sort());
    const shares = await twinNumbers(visit.page, "home-education-reasons", 2);
    expect(shares.reduce((sum, value) => sum! + value!, 0)).toBe(100);
  });

  it("shows every statement of private fostering arrangements, and the contradiction between 5 and 3", async () => {
    const rows = await queryBuiltData("SELECT source_line, value FROM indicators WHERE indicator_id = 'private_fostering_arrangements' ORDER BY source_line");
    expect(await twinPairs(visit.page, "private-fostering", 0, 2)).toEqual(rows.map((row) => `${row.source_line}|${row.value}`));
    expect(await twinNumbers(visit.page, "private-fostering", 2)).toEqual([5, 3, 5]);
    const findings = await visit.page.textContent("#private-fostering .se-figure__findings");
    expect(findings).toContain("Contradiction: Private fostering arrangements: the report states 5 at line 560");
    expect(findings).toContain("but 3 at line 566");
  });

  it("draws the SARC examinations by age band, adding up to the stated total", async () => {
    const bands = await twinNumbers(visit.page, "sarc-examinations", 1);
    expect(bands.reduce((sum, value) => sum! + value!, 0)).toBe(await luton("sarc_examinations", "2012/13"));
    expect((await tableTwinCells(visit.page, "sarc-examinations")).map((row) => row[0])).toEqual(["4-5 years", "8-9 years", "12-13 years"]);
  });

  it("opens on youth justice, with its charts shown and the other topics' charts hidden", async () => {
    expect(new URL(visit.page.url()).search).toBe("");
    expect(await visit.page.textContent("#topic-heading")).toBe("Youth justice");
    const visible = await visit.page.$$eval(".se-topic__charts", (groups) => groups.filter((group) => !(group as HTMLElement).hidden).map((group) => (group as HTMLElement).dataset.topic));
    expect(visible).toEqual(["youth-justice"]);
  });

  it.each(TOPICS)("shows every figure and the report's words for topic %s, with no console error or serious axe violation", async (topic) => {
    await showTopic(visit, topic);
    expect(await shownStatedFigures(visit.page, "topic-figures")).toEqual(await expectedStatedFigures(`theme = '${topic}'`));
    const assessment = await queryBuiltData(
      `SELECT line FROM report_paragraphs WHERE section = '${SECTIONS[topic]}' AND lower(subsection) IN ('lscb assessment', 'action required') AND text <> subsection ORDER BY line`
    );
    const text = await queryBuiltData(`SELECT line FROM report_paragraphs WHERE section = '${SECTIONS[topic]}' AND text <> section ORDER BY line`);
    expect(await shownWordLines(visit.page, "topic-words")).toEqual((assessment.length ? assessment : text).map((row) => Number(row.line)));
    const url = new URL(visit.page.url());
    expect(url.searchParams.get("topic")).toBe(topic === "youth-justice" ? null : topic);
    expect(visit.consoleErrors).toEqual([]);
    const { violations } = await auditAccessibility(visit.page);
    expect(violations).toEqual([]);
  });

  it("quotes the board's assessment of home education, and gives youth justice the report's own text", async () => {
    await showTopic(visit, "home-education");
    const words = await visit.page.textContent("#topic-words");
    expect(words).toContain("What the board said");
    expect(words).toContain("The Luton HE officer has attended appropriate safeguarding training");
    await showTopic(visit, "youth-justice");
    expect(await visit.page.textContent("#topic-words")).toContain("What the report says");
    expect(new URL(visit.page.url()).search).toBe("");
  });
});

describe("the young people page's topic in the URL", () => {
  it("opens the topic the URL names, with its figures, and writes a new choice back", async () => {
    const visit = await visitPage(browser, inject("origin"), "/young-people?topic=home-education");
    expect(visit.ready).toBe("true");
    expect(visit.consoleErrors).toEqual([]);
    const select = visit.page.getByLabel("Topic", { exact: true });
    expect(await select.evaluate((node: HTMLSelectElement) => node.selectedOptions[0]!.textContent)).toBe("Home education");
    await visit.page.waitForSelector('#topic-figures[data-topic="home-education"][data-state="ready"]');
    expect(await shownStatedFigures(visit.page, "topic-figures")).toEqual(await expectedStatedFigures("theme = 'home-education'"));
    const figures = await tableTwinCells(visit.page, "topic-figures");
    expect(figures.map((row) => parseDisplayed(row[4]!))).toEqual(expect.arrayContaining([75, 100, 37, 10]));
    expect(await visit.page.isVisible("#home-education-grades")).toBe(true);
    expect(await visit.page.isVisible("#first-time-entrants")).toBe(false);

    await showTopic(visit, "private-fostering");
    expect(new URL(visit.page.url()).searchParams.get("topic")).toBe("private-fostering");
    await showTopic(visit, "youth-justice");
    expect(new URL(visit.page.url()).searchParams.has("topic")).toBe(false);
    await visit.page.context().close();
  });

  it("falls back to youth justice when the URL names no known topic", async () => {
    const visit = await visitPage(browser, inject("origin"), "/young-people?topic=nonsense");
    expect(visit.ready).toBe("true");
    expect(await visit.page.textContent("#topic-heading")).toBe("Youth justice");
    expect(visit.consoleErrors).toEqual([]);
    await visit.page.context().close();
  });
});
