import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractReport } from "../../data-loaders/index.js";
import { writeParquet } from "../../data-loaders/parquet.js";
import { readCommittedReport } from "../../data-loaders/sources/committed-report.js";
import * as childrensSocialCare from "../../src/figures/childrens-social-care.js";
import { moduleQueries } from "../../src/figures/specs.js";
import { sectionParagraphs } from "../../src/figures/shared.js";
import { indicatorTilesSql } from "../../src/lib/queries/indicator-tiles.js";
import * as overview from "../../src/figures/overview.js";

// The overview's and children's social care page's SQL, run by DuckDB in Node over the extraction's own Parquet.
// The children's social care page's queries with positional parameters, as the page runs them.
const CHILDRENS_SOCIAL_CARE_QUERIES = Object.fromEntries(moduleQueries(childrensSocialCare).map((query) => [query.name, { sql: query.positionalSql }]));
let folder: string;
let db: DuckDBConnection;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "page-queries-"));
  db = await (await DuckDBInstance.create(":memory:")).connect();
  for (const { name, columns, rows } of extractReport(readCommittedReport())) {
    const file = join(folder, `${name}.parquet`);
    writeFileSync(file, writeParquet(rows, columns));
    await db.run(`CREATE TABLE ${name} AS SELECT * FROM read_parquet('${file}')`);
  }
});
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

async function run(sql: string, params: string[] = []): Promise<Record<string, unknown>[]> {
  const statement = await db.prepare(sql);
  params.forEach((value, index) => statement.bindVarchar(index + 1, value));
  const rows = (await statement.runAndReadAll()).getRowObjectsJS();
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === "bigint" ? Number(value) : value])));
}

describe("headlineFigures", () => {
  it("returns the twelve overview tiles in order, each figure paired with its comparisons", async () => {
    const rows = await run(overview.headlineFigures.rows.query.positionalSql);
    expect(rows.map((row) => row.tile_id)).toEqual([
      "referrals", "cp_plans", "children_in_care", "children_in_care_rate", "initial_assessments_in_time", "lac_health_assessments",
      "marac_cases", "cafs", "child_deaths", "first_time_entrants", "lado_referrals", "training_applications"
    ]);
    const byId = new Map(rows.map((row) => [row.tile_id, row]));
    expect(byId.get("referrals")).toMatchObject({ value: 3003, comparison_kind: "change", comparison_value: -48, source_line: 682 });
    expect(byId.get("marac_cases")).toMatchObject({ value: 363, comparison_value: 244, second_value: 290, second_label: "the level CAADA recommends" });
    expect(byId.get("children_in_care_rate")).toMatchObject({ value: 79.1, comparison_value: 74.8, unit: "rate_per_10000" });
    expect(byId.get("first_time_entrants")).toMatchObject({ value: 151, comparison_value: 326, polarity: "down_is_good" });
  });

  it("sums Table 1 per financial year for CAFs: at least 312 in 2012/13 (Central Q4 blank) against 207", async () => {
    const [cafs] = (await run(overview.headlineFigures.rows.query.positionalSql)).filter((row) => row.tile_id === "cafs");
    expect(cafs).toMatchObject({ value: 312, qualifier: "at least", blank_cells: "Central 2012/13 Q4", comparison_label: "2011/12", comparison_value: 207, route: "early-help" });
  });
});

describe("themeFigures", () => {
  it("gives each theme's summary its figures, from indicators and the budget, plan and action-plan tables", async () => {
    const rows = await run(overview.themes.calls.figures.query.positionalSql);
    const figure = (route: string, key: string) => rows.find((row) => row.route === route && row.figure === key)?.value;
    expect(figure("early-help", "cafs")).toBe(312);
    expect(figure("early-help", "caf_blank_cells")).toBe(1);
    expect(figure("domestic-abuse", "marac_children")).toBe(525);
    expect(figure("workforce-and-budget", "budget_income_gbp")).toBe(305438);
    expect(figure("workforce-and-budget", "budget_expenditure_gbp")).toBe(207365.53);
    expect(figure("board", "plan_objectives")).toBe(35);
    expect(figure("board", "ofsted_recommendations")).toBe(16);
    expect(new Set(rows.map((row) => `${row.route} ${row.figure}`)).size).toBe(rows.length);
  });
});

describe("the children's social care queries", () => {
  it("socialCareHeadlines returns one group of tiles per parameter", async () => {
    const tiles = async (group: string) => (await run(CHILDRENS_SOCIAL_CARE_QUERIES.socialCareHeadlines!.sql, [group])).map((row) => [row.tile_id, row.value]);
    expect(await tiles("referrals")).toEqual([["referrals", 3003], ["re_referrals", 28.2], ["referrals_to_initial_assessment", 69.3]]);
    expect(await tiles("child-protection")).toEqual([["cp_plans", 194], ["cp_plans_first_time", 78.9], ["cp_plans_under_1", 29], ["cp_plans_average_age", 6]]);
    expect(await tiles("children-in-care")).toEqual([["children_in_care", 388], ["children_in_care_rate", 79.1], ["lac_in_care_12_months", 279]]);
  });

  it("referralReasons gives each reason both years, a year with no figure as NULL, the combined share left out", async () => {
    const rows = await run(CHILDRENS_SOCIAL_CARE_QUERIES.referralReasons!.sql);
    expect(rows.map((row) => [row.reason, row.year, row.share_pct])).toEqual([
      ["General childcare", "2011", 33.6], ["General childcare", "2012", 52.1],
      ["Domestic violence", "2011", 32], ["Domestic violence", "2012", 20.3],
      ["Child protection", "2011", null], ["Child protection", "2012", 16.8],
      ["Homeless young people", "2011", null], ["Homeless young people", "2012", 2.68]
    ]);
  });

  it("assessmentTimeliness pairs each assessment with its target and the gap", async () => {
    const rows = await run(CHILDRENS_SOCIAL_CARE_QUERIES.assessmentTimeliness!.sql);
    expect(rows.map((row) => [row.in_time_pct, row.target_pct, row.gap_points])).toEqual([[73.4, 78, -4.6], [74.9, 80, -5.1]]);
  });

  it("childProtectionTrend gives each year of one measure, oldest first", async () => {
    const years = async (id: string) => (await run(CHILDRENS_SOCIAL_CARE_QUERIES.childProtectionTrend!.sql, [id])).map((row) => [row.period, row.share_pct]);
    expect(await years("cp_plans_repeat_pct")).toEqual([["2011", 10.5], ["2011/12", 11.8], ["2012/13", 17.6]]);
    expect(await years("cp_plans_ended_after_2_years_pct")).toEqual([["2012", 6.8], ["2012/13", 9.2]]);
    expect(await years("s47_to_icpc_pct")).toEqual([["2010/11", 52], ["2012/13", 55]]);
  });

  it("lookedAfterHealthChecks gives three checks in two years, with 2012/13 counts of the 279 children", async () => {
    const rows = await run(CHILDRENS_SOCIAL_CARE_QUERIES.lookedAfterHealthChecks!.sql);
    expect(rows.map((row) => [row.check_name, row.year, row.share_pct, row.children, row.cohort])).toEqual([
      ["Yearly health assessment", "2011/12", 55, null, null], ["Yearly health assessment", "2012/13", 91.8, 256, 279],
      ["Yearly dental check", "2011/12", 87.6, null, null], ["Yearly dental check", "2012/13", 71.3, 199, 279],
      ["Immunisations up to date", "2011/12", 93.8, null, null], ["Immunisations up to date", "2012/13", 88.2, 246, 279]
    ]);
  });

  it("sectionParagraphs gives a section's text without its heading; indicatorFindings the findings on its lines", async () => {
    const paragraphs = await run(sectionParagraphs.positionalSql, ["Child Protection"]);
    expect(paragraphs.map((row) => row.line)).toEqual([664, 666, 668, 670, 672]);
    const findings = await run(CHILDRENS_SOCIAL_CARE_QUERIES.indicatorFindings!.sql, ["referral_reason_share"]);
    expect(findings.map((row) => [row.check_id, row.severity])).toEqual([["stated_breakdown_sum", "error"], ["stated_percentage_unreachable", "info"]]);
  });
});

describe("indicatorTilesSql", () => {
  it("quotes the words of a spec, so an apostrophe cannot break the SQL", async () => {
    const sql = indicatorTilesSql([{ order: 1, id: "children_in_care", group: "g", route: "r", label: "Children's care", indicator: "children_in_care", period: "2012/13" }]);
    const [row] = await run(sql);
    expect(row).toMatchObject({ label: "Children's care", value: 388, comparison_kind: null, second_value: null });
  });

  it("returns a tile whose figure is missing as NULL rather than dropping it", async () => {
    const sql = indicatorTilesSql([{ order: 1, id: "x", group: "g", route: "r", label: "Missing", indicator: "no_such_indicator", period: "2012/13" }]);
    expect(await run(sql)).toMatchObject([{ tile_id: "x", value: null }]);
  });
});
