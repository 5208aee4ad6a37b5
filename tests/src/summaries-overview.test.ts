import { describe, expect, it } from "vitest";
import type { HeadlineRow } from "../../src/components/headline-tiles.js";
import {
  describeHeadlines,
  OVERVIEW_THEMES,
  summarizeAllegations,
  summarizeBoard,
  summarizeChildDeaths,
  summarizeDomesticAbuse,
  summarizeEarlyHelp,
  summarizeHeadlines,
  summarizeSocialCare,
  summarizeWorkforce,
  summarizeYoungPeople,
  themeLookup,
  type ThemeFigureRow
} from "../../src/lib/summaries-overview.js";

function tile(overrides: Partial<HeadlineRow>): HeadlineRow {
  return {
    tile_id: "t", route: "childrens-social-care", label: "A figure", value: 1, unit: "count", period: "2012/13", polarity: null, source_line: 1,
    qualifier: null, blank_cells: null, comparison_kind: null, comparison_label: null, comparison_value: null, comparison_unit: null,
    second_kind: null, second_label: null, second_value: null, second_unit: null,
    ...overrides
  };
}

// Figures as the report states them (lines 277, 282-287, 345, 389, 434, 652, 664-694, 893, 971-993).
const FIGURES: ThemeFigureRow[] = [
  ["early-help", "cafs", 312, "count", "2012/13"],
  ["early-help", "cafs_previous", 207, "count", "2011/12"],
  ["early-help", "caf_blank_cells", 1, "count", "2012/13"],
  ["early-help", "caf_team_posts_before", 2, "count", "before the increase"],
  ["early-help", "caf_team_posts", 5, "count", "2012/13"],
  ["domestic-abuse", "marac_cases", 363, "count", "2012/13"],
  ["domestic-abuse", "marac_cases_previous", 244, "count", "2011/12"],
  ["domestic-abuse", "marac_cases_caada", 290, "count", "2012/13"],
  ["domestic-abuse", "marac_children", 525, "count", "2012/13"],
  ["childrens-social-care", "referrals", 3003, "count", "2012/13"],
  ["childrens-social-care", "referrals_change", -48, "percent_change", "2012/13"],
  ["childrens-social-care", "cp_plans", 194, "count", "2012/13 Q4"],
  ["childrens-social-care", "children_in_care", 388, "count", "2012/13"],
  ["childrens-social-care", "initial_assessments_in_time_pct", 73.4, "percent", "2012/13"],
  ["childrens-social-care", "initial_assessments_target_pct", 78, "percent", "2012/13"],
  ["young-people", "first_time_entrants", 151, "count", "2012/13"],
  ["young-people", "first_time_entrants_earlier", 326, "count", "2009/10"],
  ["young-people", "reoffending_pct", 32, "percent", "2011/12"],
  ["young-people", "reoffending_england_pct", 35, "percent", "2011/12"],
  ["young-people", "reoffending_neighbours_pct", 36, "percent", "2011/12"],
  ["child-deaths", "child_deaths", 31, "count", "2012/13"],
  ["child-deaths", "child_deaths_unexpected", 6, "count", "2012/13"],
  ["child-deaths", "child_deaths_under_1_pct", 74, "percent", "2012/13"],
  ["allegations-and-prevention", "lado_referrals", 172, "count", "2011/12"],
  ["allegations-and-prevention", "lado_referrals_change", 16, "percent_change", "2011/12"],
  ["allegations-and-prevention", "channel_referrals", 9, "count", "Oct 2011 – Mar 2012"],
  ["workforce-and-budget", "training_applications", 1101, "count", "2012/13"],
  ["workforce-and-budget", "training_places_allocated", 902, "count", "2012/13"],
  ["workforce-and-budget", "budget_income_gbp", 305438, "gbp", "2012/13"],
  ["workforce-and-budget", "budget_expenditure_gbp", 207365.53, "gbp", "2012/13"],
  ["board", "lscb_meetings_per_year", 4, "count", "2012/13"],
  ["board", "plan_objectives", 35, "count", "2012/13"],
  ["board", "plan_completed", 29, "count", "2012/13"],
  ["board", "plan_carried_forward", 3, "count", "2012/13"],
  ["board", "ofsted_recommendations", 16, "count", "2012/13"],
  ["board", "ofsted_completed", 2, "count", "2012/13"]
].map(([route, figure, value, unit, period]) => ({ route, figure, value, unit, period, source_line: 1 }) as ThemeFigureRow);

const lookup = (route: string) => themeLookup(FIGURES, route);
const none = themeLookup([], "early-help");

describe("summarizeHeadlines", () => {
  it("counts the tiles and names those better or worse than their comparison, where polarity says", () => {
    const rows = [
      tile({ label: "Initial assessments done on time", value: 73.4, unit: "percent", polarity: "up_is_good", comparison_kind: "target", comparison_label: "the target", comparison_value: 78, comparison_unit: "percent" }),
      tile({ label: "Young people entering the youth justice system", value: 151, polarity: "down_is_good", comparison_kind: "previous", comparison_label: "2009/10", comparison_value: 326, comparison_unit: "count" }),
      tile({ label: "MARAC cases", value: 363, comparison_kind: "previous", comparison_label: "2011/12", comparison_value: 244, comparison_unit: "count" }),
      tile({ label: "Children on a plan", value: 194, polarity: "down_is_good", comparison_kind: "detail", comparison_label: "first time", comparison_value: 78.9, comparison_unit: "percent" })
    ];
    expect(summarizeHeadlines(rows)).toBe(
      "4 headline figures from the report. Where the report says which direction is good, the latest figure is better for young people entering the youth justice system, and worse for initial assessments done on time."
    );
  });

  it("says when no tile has a direction that is good or bad", () => {
    expect(summarizeHeadlines([tile({})])).toBe("1 headline figure from the report. The report does not say which direction is better for any of them.");
    expect(summarizeHeadlines([])).toBe("No headline figures are available.");
  });
});

describe("describeHeadlines", () => {
  it("writes each tile as a sentence with its qualifier and comparisons", () => {
    const rows = [
      tile({ label: "Early help assessments (CAFs) completed", value: 312, qualifier: "at least", comparison_kind: "previous", comparison_label: "2011/12", comparison_value: 207, comparison_unit: "count" }),
      tile({ label: "Children in care", value: 388 })
    ];
    expect(describeHeadlines(rows)).toBe("Early help assessments (CAFs) completed: at least 312 in 2012/13; up on 2011/12 (207). Children in care: 388 in 2012/13.");
  });
});

describe("theme summaries", () => {
  it("cover the eight themed pages in site order", () => {
    expect(OVERVIEW_THEMES.map((theme) => theme.route)).toEqual(["early-help", "domestic-abuse", "childrens-social-care", "young-people", "child-deaths", "allegations-and-prevention", "workforce-and-budget", "board"]);
  });

  it("early help: a lower bound when a cell is blank, and the team's growth from 2 to 5 posts", () => {
    expect(summarizeEarlyHelp(lookup("early-help"))).toBe(
      "At least 312 early help assessments (CAFs) were completed in 2012/13, up from 207 in 2011/12. The report leaves 1 cell of its table blank, so the 2012/13 total may be higher. The CAF team grew from 2 to 5 posts."
    );
  });

  it("early help: no 'at least' when every cell has a figure", () => {
    const complete = FIGURES.map((row) => (row.figure === "caf_blank_cells" ? { ...row, value: 0 } : row));
    expect(summarizeEarlyHelp(themeLookup(complete, "early-help"))).toMatch(/^312 early help assessments/);
  });

  it("domestic abuse: 363 MARAC cases against 244 and CAADA's 290, and 525 children", () => {
    expect(summarizeDomesticAbuse(lookup("domestic-abuse"))).toBe(
      "The MARAC discussed 363 cases of high-risk domestic abuse in 2012/13, up from 244 in 2011/12 and above the 290 that CAADA recommends for Luton. 525 children lived in the households discussed."
    );
  });

  it("children's social care: referrals fell by 48% to 3,003", () => {
    expect(summarizeSocialCare(lookup("childrens-social-care"))).toBe(
      "Referrals to children's social care fell by 48% to 3,003 in 2012/13. 194 children were on a child protection plan at the end of 2012/13 Q4, and 388 were in care at the end of 2012/13. 73.4% of initial assessments were done on time, against a target of 78%."
    );
  });

  it("young people: entrants down from 326 to 151, re-offending lower than both benchmarks", () => {
    expect(summarizeYoungPeople(lookup("young-people"))).toBe(
      "151 young people entered the youth justice system for the first time in 2012/13, down from 326 in 2009/10. Proven re-offending was 32% in 2011/12, lower than England (35%) and statistical neighbours (36%)."
    );
  });

  it("young people: 'compared with' when Luton sits between the benchmarks", () => {
    const mixed = FIGURES.map((row) => (row.figure === "reoffending_pct" ? { ...row, value: 35.5 } : row));
    expect(summarizeYoungPeople(themeLookup(mixed, "young-people"))).toContain("35.5% in 2011/12, compared with England (35%)");
  });

  it("child deaths: 31 deaths, 6 unexpected, 74% under one year", () => {
    expect(summarizeChildDeaths(lookup("child-deaths"))).toBe(
      "31 child deaths were reported to the Child Death Overview Panel in 2012/13. 6 were unexpected, and 74% of the children who died were under one year old."
    );
  });

  it("allegations: 172 LADO referrals, 16% more, and 9 Channel referrals", () => {
    expect(summarizeAllegations(lookup("allegations-and-prevention"))).toBe(
      "172 allegations against adults who work with children were referred to the Local Authority Designated Officer (LADO) in 2011/12, 16% more than the year before. 9 people at risk of radicalisation were referred to the Channel panel (Oct 2011 – Mar 2012)."
    );
  });

  it("workforce and budget: 1,101 applications, 902 places, £305,438 in and £207,365.53 spent", () => {
    expect(summarizeWorkforce(lookup("workforce-and-budget"))).toBe(
      "1,101 applications were made for multi-agency safeguarding training in 2012/13, and 902 were given a place. Partner agencies contributed £305,438 to the board's budget, and it spent £207,365.53."
    );
  });

  it("board: meetings, business plan objectives and the Ofsted action plan", () => {
    expect(summarizeBoard(lookup("board"))).toBe(
      "The board meets 4 times a year. Of the 35 objectives in its 2012/13 business plan, 29 were completed and 3 carried forward. 2 of the 16 recommendations in the Ofsted inspection action plan are marked complete."
    );
  });

  it("say so when a theme's figures are missing, rather than writing numbers", () => {
    for (const theme of OVERVIEW_THEMES) expect(theme.summarize(none)).toBe("The report's figures for this theme are not available.");
  });
});
