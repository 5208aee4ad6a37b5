import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseDisplayed, queryBuiltData, tableTwinCells } from "./built-data.js";
import { launchChromium } from "../../scripts/chromium.js";
import { visitPage, type PageVisit } from "./page-session.js";

const THEMED_ROUTES = ["early-help", "domestic-abuse", "childrens-social-care", "young-people", "child-deaths", "allegations-and-prevention", "workforce-and-budget", "board"];

/** What a tile shows, read from the page. */
interface ShownTile {
  id: string;
  label: string;
  href: string | null;
  value: string;
  period: string;
  comparisons: string[];
  note: string | null;
  lineHref: string | null;
}

function readTiles(page: Page): Promise<ShownTile[]> {
  return page.$$eval("#headline-figures [data-tile]", (tiles) =>
    tiles.map((tile) => ({
      id: (tile as HTMLElement).dataset.tile!,
      label: tile.querySelector(".se-kpi__label")!.textContent!.trim(),
      href: tile.querySelector(".se-kpi__label a")?.getAttribute("href") ?? null,
      value: tile.querySelector(".se-kpi__value")!.textContent!.trim(),
      period: tile.querySelector(".se-kpi__period")!.textContent!.trim(),
      comparisons: Array.from(tile.querySelectorAll(".se-kpi__comparison"), (p) => p.textContent!.trim()),
      note: tile.querySelector(".se-kpi__note")?.textContent?.trim() ?? null,
      lineHref: tile.querySelector("a.se-line-link")?.getAttribute("href") ?? null
    }))
  );
}

/** One indicators value (category NULL) recomputed from the built Parquet, with its unit, polarity and line. */
async function indicator(id: string, period: string, series = "Luton"): Promise<{ value: number; unit: string; polarity: string | null; source_line: number }> {
  const rows = await queryBuiltData(
    `SELECT value, unit, polarity, source_line FROM indicators WHERE indicator_id = '${id}' AND series = '${series}' AND period = '${period}' AND category IS NULL`
  );
  expect(rows.length, `${id} ${series} ${period}`).toBe(1);
  return rows[0] as { value: number; unit: string; polarity: string | null; source_line: number };
}

/** The number a tile's value text shows: "3,003", "79.1 per 10,000", "at least 312", "91.8%". */
function tileNumber(text: string): number | null {
  return parseDisplayed(text.replace(/^at least\s*/, ""));
}

describe("the overview page", () => {
  let browser: Browser;
  let visit: PageVisit;
  let tiles: ShownTile[];

  beforeAll(async () => {
    browser = await launchChromium();
    visit = await visitPage(browser, inject("origin"), "/");
    tiles = await readTiles(visit.page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const tile = (id: string) => {
    const found = tiles.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`expected a tile "${id}", found ${tiles.map((t) => t.id).join(", ")}`);
    return found;
  };

  it("reaches the ready marker with no console error", () => {
    expect(visit.ready).toBe("true");
    expect(visit.consoleErrors).toEqual([]);
  });

  it("shows between 8 and 12 headline tiles, each linking to a themed page and to its report line", () => {
    expect(tiles.length).toBeGreaterThanOrEqual(8);
    expect(tiles.length).toBeLessThanOrEqual(12);
    for (const shown of tiles) {
      expect(THEMED_ROUTES.map((route) => `./${route}`)).toContain(shown.href);
      expect(shown.lineHref).toMatch(/^\.\/report#L\d+$/);
      expect(shown.comparisons.length).toBeGreaterThan(0);
    }
  });

  it("shows referrals as 3,003 in 2012/13, down 48% on the previous year, as the Parquet has them", async () => {
    const referrals = await indicator("referrals", "2012/13");
    const change = await indicator("referrals_change", "2012/13");
    expect(referrals.value).toBe(3003);
    expect(tileNumber(tile("referrals").value)).toBe(referrals.value);
    expect(tile("referrals").value).toBe("3,003");
    expect(tile("referrals").period).toBe("2012/13");
    expect(tile("referrals").comparisons).toEqual([`Down on the previous year (−${Math.abs(change.value)}%)`]);
    expect(tile("referrals").lineHref).toBe(`./report#L${referrals.source_line}`);
  });

  it("shows 194 children on a child protection plan at Q4, with the share on a first plan", async () => {
    const plans = await indicator("cp_plans", "2012/13 Q4");
    const firstTime = await indicator("cp_plans_first_time_pct", "2012/13 Q4");
    expect(tileNumber(tile("cp_plans").value)).toBe(194);
    expect(tileNumber(tile("cp_plans").value)).toBe(plans.value);
    expect(tile("cp_plans").comparisons[0]).toBe(`${firstTime.value}% on a plan for the first time`);
  });

  it("shows 388 children in care, and a rate of 79.1 per 10,000 higher than statistical neighbours' 74.8 (no better/worse: no polarity)", async () => {
    const rate = await indicator("children_in_care_rate", "2012/13");
    const neighbours = await indicator("children_in_care_rate", "2012/13", "Statistical neighbours");
    expect(tileNumber(tile("children_in_care").value)).toBe((await indicator("children_in_care", "2012/13")).value);
    expect(tile("children_in_care").value).toBe("388");
    expect(rate.polarity).toBeNull();
    expect(tileNumber(tile("children_in_care_rate").value)).toBe(rate.value);
    expect(tile("children_in_care_rate").comparisons).toEqual([`Higher than statistical neighbours (${neighbours.value} per 10,000)`]);
    expect(tile("children_in_care_rate").comparisons.join(" ")).toBe("Higher than statistical neighbours (74.8 per 10,000)");
  });

  it("shows MARAC referrals of 363 (the sum of the meetings table), up on 244 in 2011/12 and above CAADA's 290", async () => {
    const [{ cases }] = (await queryBuiltData("SELECT CAST(SUM(cases) AS INTEGER) AS cases FROM marac_meetings")) as [{ cases: number }];
    const stated = await indicator("marac_cases", "2012/13");
    const previous = await indicator("marac_cases", "2011/12");
    const caada = await indicator("marac_cases", "2012/13", "CAADA recommendation");
    expect(cases).toBe(363);
    expect(stated.value).toBe(cases);
    expect(tileNumber(tile("marac_cases").value)).toBe(cases);
    expect(tile("marac_cases").comparisons).toEqual([`Up on 2011/12 (${previous.value})`, `Higher than the level CAADA recommends (${caada.value})`]);
    expect([previous.value, caada.value]).toEqual([244, 290]);
  });

  it("shows at least 312 CAFs in 2012/13 against 207 in 2011/12, summed from caf_by_area, naming the blank cell", async () => {
    const years = (await queryBuiltData(
      `SELECT financial_year, CAST(SUM(cafs) AS INTEGER) AS cafs, CAST(COUNT(*) - COUNT(cafs) AS INTEGER) AS blanks,
              string_agg(CASE WHEN cafs IS NULL THEN area || ' ' || financial_year || ' Q' || quarter END, ', ') AS blank_cells
       FROM caf_by_area GROUP BY financial_year ORDER BY financial_year`
    )) as { financial_year: string; cafs: number; blanks: number; blank_cells: string | null }[];
    expect(years.map((year) => [year.financial_year, year.cafs, year.blanks])).toEqual([
      ["2011/12", 207, 0],
      ["2012/13", 312, 1]
    ]);
    const cafs = tile("cafs");
    expect(cafs.value).toBe(`at least ${years[1]!.cafs}`);
    expect(tileNumber(cafs.value)).toBe(312);
    expect(cafs.href).toBe("./early-help");
    expect(cafs.comparisons).toEqual([`Up on 2011/12 (${years[0]!.cafs})`]);
    expect(cafs.note).toContain(years[1]!.blank_cells!);
    expect(cafs.note).toContain("Central 2012/13 Q4");
  });

  it("shows child deaths, first-time entrants and health assessments with better/worse only where polarity is set", async () => {
    const deaths = await indicator("child_deaths", "2012/13");
    expect(tileNumber(tile("child_deaths").value)).toBe(deaths.value);
    expect(tile("child_deaths").value).toBe("31");
    const entrants = await indicator("first_time_entrants", "2012/13");
    const entrantsBefore = await indicator("first_time_entrants", "2009/10");
    expect(entrants.polarity).toBe("down_is_good");
    expect(tileNumber(tile("first_time_entrants").value)).toBe(entrants.value);
    expect(tile("first_time_entrants").comparisons).toEqual([`Better than 2009/10 (${entrantsBefore.value})`]);
    const health = await indicator("lac_health_assessments_pct", "2012/13");
    const healthBefore = await indicator("lac_health_assessments_pct", "2011/12");
    expect(tileNumber(tile("lac_health_assessments").value)).toBe(health.value);
    expect(tile("lac_health_assessments").comparisons).toEqual([`Better than 2011/12 (${healthBefore.value}%)`]);
    expect(tile("lac_health_assessments").value).toBe("91.8%");
  });

  it("says better or worse exactly where the tile's figure has a polarity, and up/down/higher/lower otherwise", async () => {
    // The indicator behind each tile; the CAF tile is a sum of caf_by_area, which has no polarity.
    const TILE_INDICATORS: Record<string, string | null> = {
      referrals: "referrals", cp_plans: "cp_plans", children_in_care: "children_in_care", children_in_care_rate: "children_in_care_rate",
      initial_assessments_in_time: "initial_assessments_in_time_pct", lac_health_assessments: "lac_health_assessments_pct", marac_cases: "marac_cases",
      cafs: null, child_deaths: "child_deaths", first_time_entrants: "first_time_entrants", lado_referrals: "lado_referrals", training_applications: "training_applications"
    };
    const polarities = new Map(
      ((await queryBuiltData("SELECT DISTINCT indicator_id, polarity FROM indicators WHERE series = 'Luton' AND category IS NULL")) as { indicator_id: string; polarity: string | null }[]).map(
        (row) => [row.indicator_id, row.polarity]
      )
    );
    expect(Object.keys(TILE_INDICATORS).sort()).toEqual(tiles.map((shown) => shown.id).sort());
    for (const shown of tiles) {
      const id = TILE_INDICATORS[shown.id];
      const polarity = id ? polarities.get(id) ?? null : null;
      const directional = shown.comparisons.filter((words) => /^(Up|Down|Higher|Lower|Better|Worse|The same)/.test(words));
      for (const words of directional) {
        if (polarity === null) expect(words, shown.id).toMatch(/^(Up on|Down on|Higher than|Lower than|The same as)/);
        else expect(words, shown.id).toMatch(/^(Better than|Worse than|The same as)/);
      }
    }
  });

  it("has a table twin whose values are the tiles' values", async () => {
    const rows = await tableTwinCells(visit.page, "headline-figures");
    expect(rows.map((row) => row[0])).toEqual(tiles.map((shown) => shown.label));
    expect(rows.map((row) => parseDisplayed(row[2]!))).toEqual(tiles.map((shown) => tileNumber(shown.value)));
  });

  describe("the mission's three trends", () => {
    const TRENDS = [
      { id: "overview-referral-trends", href: "./childrens-social-care#referral-headlines", indicators: ["re_referrals_pct", "referrals_to_initial_assessment_pct"] },
      { id: "overview-child-protection-trends", href: "./childrens-social-care#protection-trend", indicators: ["cp_plans_repeat_pct", "cp_plans_ended_after_2_years_pct", "s47_to_icpc_pct"] }
    ];

    it("shows referrals, child protection plans and MARAC cases as small charts, each linking to its page", async () => {
      const links = await visit.page.$$eval("#overview-referral-trends, #overview-child-protection-trends, #overview-marac-cases", (figures) =>
        figures.map((figure) => [figure.id, (figure as HTMLElement).dataset.state, figure.querySelector(".se-figure__source a")?.getAttribute("href") ?? null])
      );
      expect(links).toEqual([
        ["overview-referral-trends", "ready", TRENDS[0]!.href],
        ["overview-child-protection-trends", "ready", TRENDS[1]!.href],
        ["overview-marac-cases", "ready", "./domestic-abuse#marac-cases-by-month"]
      ]);
    });

    for (const trend of TRENDS) {
      it(`${trend.id}: its table twin has every period the Parquet gives, with its dates, and the chart draws one span per period`, async () => {
        const expected = (await queryBuiltData(
          `SELECT period, strftime(period_start, '%Y-%m-%d') AS period_start, strftime(period_end, '%Y-%m-%d') AS period_end, value
           FROM indicators WHERE indicator_id IN (${trend.indicators.map((id) => `'${id}'`).join(", ")}) AND series = 'Luton' AND category IS NULL`
        )) as { period: string; period_start: string | null; period_end: string | null; value: number }[];
        const shown = (await tableTwinCells(visit.page, trend.id)).map(([, period, start, end, value]) => ({ period, period_start: start === "not stated" ? null : start, period_end: end === "not stated" ? null : end, value: parseDisplayed(value!) }));
        const key = (row: { period?: string; value: number | null }) => `${row.period} ${row.value}`;
        expect(shown.map(key).sort()).toEqual(expected.map(key).sort());
        for (const row of shown) expect(expected.find((candidate) => key(candidate) === key(row))).toMatchObject({ period_start: row.period_start, period_end: row.period_end });
        const placed = expected.filter((row) => row.period_start !== null && row.period_start !== row.period_end).length;
        expect(await visit.page.locator(`#${trend.id} .se-mark-period line`).count()).toBe(placed);
        const ticks = await visit.page.$$eval(`#${trend.id} g[aria-label='x-axis tick label'] text`, (texts) => texts.map((text) => text.textContent));
        expect(ticks.every((tick) => /^1 Apr \d{4}$/.test(tick ?? ""))).toBe(true);
      });
    }

    it("names each trend chart by its title and describes it by its summary", async () => {
      const named = await visit.page.$$eval("#overview-referral-trends, #overview-child-protection-trends", (figures) =>
        figures.map((figure) => {
          const svg = figure.querySelector(".se-figure__chart svg[role='img']");
          const text = (ids: string | null | undefined) => (ids ?? "").split(" ").map((id) => document.getElementById(id)?.textContent ?? "").join(" ").trim();
          return { title: figure.querySelector(".se-figure__title")?.textContent?.trim(), name: text(svg?.getAttribute("aria-labelledby")), description: text(svg?.getAttribute("aria-describedby")) };
        })
      );
      expect(named.map((figure) => figure.title)).toEqual([
        "Referrals that went on to an initial assessment fell from 86.2% in 2011/12 to 69.3% in 2012/13",
        "Plans for a second or subsequent time rose from 11.8% in 2011/12 to 17.6% in 2012/13"
      ]);
      for (const figure of named) expect(figure.name).toBe(figure.title);
      expect(named[1]!.description).toContain("The report mixes calendar years and financial years (April to March)");
    });
  });

  it("summarises the tiles in words generated from the query result", async () => {
    const summary = await visit.page.textContent("#headline-figures-summary");
    expect(summary).toContain(`${tiles.length} headline figures from the report.`);
    expect(summary).toContain("worse for initial assessments done on time");
  });

  it("shows the CAF blank-cell finding under the tiles", async () => {
    const findings = await visit.page.$$eval("#headline-figures .se-figure__findings li", (items) => items.map((item) => item.textContent ?? ""));
    const expected = (await queryBuiltData("SELECT message FROM data_quality WHERE table_name = 'caf_by_area'")) as { message: string }[];
    expect(findings.length).toBe(expected.length);
    expect(findings.some((text) => text.includes("Central in 2012/13 Q4 blank"))).toBe(true);
  });

  it("introduces every themed page with a summary whose numbers are recomputed from the Parquet", async () => {
    const themes = await visit.page.$$eval("[data-theme]", (sections) =>
      sections.map((section) => ({
        route: (section as HTMLElement).dataset.theme!,
        href: section.querySelector("h3 a")?.getAttribute("href"),
        text: section.querySelector(".se-theme__summary")?.textContent ?? ""
      }))
    );
    expect(themes.map((theme) => theme.route)).toEqual(THEMED_ROUTES);
    for (const theme of themes) expect(theme.href).toBe(`./${theme.route}`);
    const text = (route: string) => themes.find((theme) => theme.route === route)!.text;

    expect(text("early-help")).toContain("At least 312 early help assessments (CAFs) were completed in 2012/13, up from 207 in 2011/12.");
    const marac = await indicator("marac_children", "2012/13");
    expect(text("domestic-abuse")).toContain("The MARAC discussed 363 cases of high-risk domestic abuse in 2012/13, up from 244 in 2011/12 and above the 290 that CAADA recommends for Luton.");
    expect(text("domestic-abuse")).toContain(`${marac.value} children`);
    expect(text("childrens-social-care")).toContain("Referrals to children's social care fell by 48% to 3,003 in 2012/13.");
    expect(text("young-people")).toContain("lower than England (35%) and statistical neighbours (36%)");
    expect(text("child-deaths")).toContain("31 child deaths were reported");

    const [budget] = (await queryBuiltData(
      "SELECT (SELECT SUM(amount_gbp) FROM budget_income) AS income, (SELECT amount_gbp FROM budget_position WHERE item = 'Total expenditure') AS spent"
    )) as [{ income: number; spent: number }];
    expect(budget.income).toBe(305438);
    expect(text("workforce-and-budget")).toContain(`£${budget.income.toLocaleString("en-GB")}`);
    expect(text("workforce-and-budget")).toContain("£207,365.53");

    const [plan] = (await queryBuiltData(
      "SELECT CAST(COUNT(*) AS INTEGER) AS objectives, CAST(COUNT(*) FILTER (WHERE status = 'completed') AS INTEGER) AS completed FROM business_plan"
    )) as [{ objectives: number; completed: number }];
    expect(text("board")).toContain(`Of the ${plan.objectives} objectives in its 2012/13 business plan, ${plan.completed} were completed`);
  });
});

describe("the overview page at 320 px", () => {
  it("lays the tiles in at most two columns at 320 px (issue 15's denser grid) without horizontal scrolling", async () => {
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      await page.goto(inject("origin") + "/");
      await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined, undefined, { timeout: 60_000 });
      const lefts = await page.$$eval("#headline-figures [data-tile]", (tiles) => tiles.map((tile) => Math.round(tile.getBoundingClientRect().left)));
      expect(new Set(lefts).size).toBeLessThanOrEqual(2);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await browser.close();
    }
  });
});
