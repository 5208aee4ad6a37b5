import { describe, expect, it } from "vitest";
import { readCommittedReport } from "../../../data-loaders/sources/committed-report.js";
import { indicators, type IndicatorRow } from "../../../data-loaders/tables/indicators.js";
import { readStatedPairs } from "../../../data-loaders/tables/indicators/stated-pairs.js";
import { quoteStatesValue, writtenForms } from "../figure-in-quote.js";
import { lineContaining } from "../line-containing.js";
import { REPORT_SOURCE, reportWithLine } from "../report-excerpt.js";

const report = readCommittedReport();
const rows = indicators.parse(report);
const reportLines = REPORT_SOURCE.split("\n");

/** The one row with these keys, or a failure naming them. */
function row(indicator_id: string, keys: Partial<Pick<IndicatorRow, "series" | "period" | "category">> = {}): IndicatorRow {
  const { series = "Luton", period, category = null } = keys;
  const found = rows.filter(
    (candidate) => candidate.indicator_id === indicator_id && candidate.series === series && candidate.category === category && (period === undefined || candidate.period === period)
  );
  if (found.length !== 1) throw new Error(`expected one ${indicator_id} row for ${JSON.stringify(keys)}, found ${found.length}`);
  return found[0]!;
}

const valueOf = (indicator_id: string, keys: Parameters<typeof row>[1] = {}) => row(indicator_id, keys).value;

describe("indicators", () => {
  it("has the columns of the data contract, in order", () => {
    expect(indicators.columns.map((column) => `${column.name} ${column.type}`)).toEqual([
      "indicator_id VARCHAR", "theme VARCHAR", "label VARCHAR", "category VARCHAR", "series VARCHAR", "period VARCHAR",
      "period_start DATE", "period_end DATE", "period_kind VARCHAR",
      "value DOUBLE", "unit VARCHAR", "polarity VARCHAR", "source_line INTEGER", "source_quote VARCHAR"
    ]);
  });

  it("reads well over 100 figures from the prose", () => {
    expect(rows.length).toBeGreaterThan(150);
    expect(new Set(rows.map((candidate) => candidate.indicator_id)).size).toBeGreaterThan(100);
  });

  it("has every required indicator_id of the contract under its theme", () => {
    const required: Record<string, string[]> = {
      "children-in-need": ["referrals", "referrals_change", "re_referrals_pct", "referrals_to_initial_assessment_pct", "referral_reason_share", "initial_assessments_in_time_pct", "core_assessments_in_time_pct"],
      "child-protection": ["cp_plans", "cp_plans_first_time_pct", "cp_plans_under_1", "s47_to_icpc_pct", "cp_plans_ended_after_2_years_pct", "cp_plans_repeat_pct"],
      "children-in-care": ["children_in_care", "children_in_care_rate", "lac_health_assessments_pct", "lac_dental_checks_pct", "lac_immunisations_pct"],
      "youth-justice": ["first_time_entrants", "reoffending_pct"],
      "domestic-abuse": ["marac_cases", "marac_non_police_pct", "marac_children", "marac_core_attendance_pct"],
      "child-deaths": ["child_deaths", "child_deaths_by_ethnicity_pct"],
      allegations: ["lado_referrals"],
      "substance-misuse": ["alcohol_harm_reduction_support"],
      workforce: ["training_applications", "training_places_allocated"]
    };
    for (const [theme, ids] of Object.entries(required)) {
      for (const id of ids) expect(rows.filter((candidate) => candidate.indicator_id === id).map((candidate) => candidate.theme), id).toContain(theme);
    }
  });

  it("has each required comparator series and earlier period", () => {
    const periodsOf = (id: string, series = "Luton") => rows.filter((candidate) => candidate.indicator_id === id && candidate.series === series && candidate.category === null).map((candidate) => candidate.period);
    expect(periodsOf("re_referrals_pct")).toEqual(["2012/13", "2011/12"]);
    expect(periodsOf("referrals_to_initial_assessment_pct")).toEqual(["2012/13", "2011/12"]);
    expect(periodsOf("initial_assessments_in_time_pct", "Target")).toEqual(["2012/13"]);
    expect(periodsOf("core_assessments_in_time_pct", "Target")).toEqual(["2012/13"]);
    expect(periodsOf("s47_to_icpc_pct")).toEqual(["2012/13", "2010/11"]);
    expect(periodsOf("cp_plans_ended_after_2_years_pct")).toEqual(["2012/13", "2012"]);
    expect(periodsOf("cp_plans_repeat_pct")).toEqual(["2012/13", "2011/12", "2011"]);
    expect(periodsOf("children_in_care_rate", "Statistical neighbours")).toEqual(["2012/13"]);
    for (const id of ["lac_health_assessments_pct", "lac_dental_checks_pct", "lac_immunisations_pct"]) expect(periodsOf(id)).toEqual(["2012/13", "2011/12"]);
    expect(periodsOf("first_time_entrants")).toEqual(["2012/13", "2009/10"]);
    expect(periodsOf("reoffending_pct", "England")).toHaveLength(1);
    expect(periodsOf("reoffending_pct", "Statistical neighbours")).toHaveLength(1);
    expect(periodsOf("marac_cases")).toEqual(["2012/13", "2011/12"]);
    expect(periodsOf("marac_cases", "CAADA recommendation")).toEqual(["2012/13"]);
    expect(periodsOf("alcohol_harm_reduction_support")).toEqual(["2012/13 Q4", "2012/13"]);
    for (const category of ["Pakistani", "White British"]) {
      expect(row("child_deaths_by_ethnicity_pct", { category, series: "Luton population (2011 Census)" }).period).toBe("2011");
    }
    const reasons = rows.filter((candidate) => candidate.indicator_id === "referral_reason_share");
    expect(reasons.filter((candidate) => candidate.category === "Domestic violence").map((candidate) => candidate.period)).toEqual(["2011", "2012"]);
    expect(reasons.filter((candidate) => candidate.category === "General childcare").map((candidate) => candidate.period)).toEqual(["2011", "2012"]);
  });

  it("reads the headline figures exactly as the report states them", () => {
    // Each value below was read by eye from the committed report text.
    expect(valueOf("referrals")).toBe(3003);
    expect(row("referrals", { period: "2012/13" })).toMatchObject({ period_start: "2012-04-01", period_end: "2013-03-31", period_kind: "financial_year" });
    expect(valueOf("referrals_change")).toBe(-48); // "a 48% reduction on the previous year"
    expect(valueOf("re_referrals_pct", { period: "2012/13" })).toBe(28.2);
    expect(valueOf("re_referrals_pct", { period: "2011/12" })).toBe(28.5);
    expect(valueOf("referrals_to_initial_assessment_pct", { period: "2011/12" })).toBe(86.2);
    expect(valueOf("referral_reason_share", { category: "Homeless young people" })).toBe(2.68);
    expect(valueOf("initial_assessments_in_time_pct", { series: "Target" })).toBe(78);
    expect(valueOf("core_assessments_in_time_pct")).toBe(74.9);
    expect(valueOf("cp_plans")).toBe(194);
    expect(valueOf("cp_plans_first_time_pct")).toBe(78.9);
    expect(valueOf("cp_plans_under_1")).toBe(29);
    expect(valueOf("cp_plans_repeat_pct", { period: "2011" })).toBe(10.5);
    expect(valueOf("children_in_care")).toBe(388);
    expect(valueOf("children_in_care_rate")).toBe(79.1);
    expect(valueOf("children_in_care_rate", { series: "Statistical neighbours" })).toBe(74.8);
    expect(valueOf("lac_dental_checks_pct", { period: "2011/12" })).toBe(87.6);
    expect(valueOf("first_time_entrants", { period: "2009/10" })).toBe(326);
    expect([valueOf("reoffending_pct"), valueOf("reoffending_pct", { series: "England" }), valueOf("reoffending_pct", { series: "Statistical neighbours" })]).toEqual([32, 35, 36]);
    expect(valueOf("marac_cases", { period: "2012/13" })).toBe(363);
    expect(valueOf("marac_cases", { period: "2011/12" })).toBe(244);
    expect(valueOf("marac_cases", { series: "CAADA recommendation" })).toBe(290);
    expect(valueOf("marac_non_police_pct")).toBe(47);
    expect(valueOf("marac_non_police_referrals")).toBe(170);
    expect(valueOf("marac_children")).toBe(525);
    expect(valueOf("marac_core_attendance_pct")).toBe(86);
    expect(valueOf("child_deaths")).toBe(31);
    expect(valueOf("child_deaths_by_ethnicity_pct", { category: "Pakistani" })).toBe(52);
    expect(valueOf("child_deaths_by_ethnicity_pct", { category: "White British", series: "Luton population (2011 Census)" })).toBe(44);
    expect(valueOf("lado_referrals", { period: "2011/12" })).toBe(172);
    expect(valueOf("alcohol_harm_reduction_support", { period: "2012/13 Q4" })).toBe(3938);
    expect(valueOf("alcohol_harm_reduction_support", { period: "2012/13" })).toBe(12944);
    expect(valueOf("training_applications")).toBe(1101);
    expect(valueOf("training_places_allocated")).toBe(902);
    expect(valueOf("scr_group_expenditure")).toBe(5662.23);
  });

  it("reads numbers the report spells out in words", () => {
    expect(valueOf("young_people_parental_substance_support")).toBe(70); // "Seventy young people"
    expect(valueOf("uasc", { category: "Aged 16/17, in care" })).toBe(11); // "Eleven of these"
    expect(valueOf("lac_residential_out_of_area")).toBe(8); // "eight Luton children"
  });

  it("keeps both of the report's contradictory private fostering figures, each with its own line", () => {
    const arrangements = rows.filter((candidate) => candidate.indicator_id === "private_fostering_arrangements");
    expect(arrangements.map((candidate) => [candidate.value, candidate.source_line])).toEqual([
      [5, lineContaining("5 'privately fostered' are being monitored")],
      [3, lineContaining("which stands at 3, a reduction of 2")],
      [5, lineContaining("with a total of 5 for the year")]
    ]);
  });

  it("gives every row a quote that occurs verbatim on its source_line and writes its value", () => {
    for (const candidate of rows) {
      const where = `${candidate.indicator_id} ${candidate.series} ${candidate.period} ${candidate.category ?? ""}`;
      expect(reportLines[candidate.source_line - 1], where).toContain(candidate.source_quote);
      expect(quoteStatesValue(candidate.source_quote, candidate.value), `${where}: ${writtenForms(candidate.value).join(" or ")} in ${JSON.stringify(candidate.source_quote)}`).toBe(true);
    }
  });

  it("gives each indicator_id one theme, label, unit and polarity", () => {
    const byId = new Map<string, string>();
    for (const candidate of rows) {
      const signature = JSON.stringify([candidate.theme, candidate.label, candidate.unit, candidate.polarity]);
      expect(byId.get(candidate.indicator_id) ?? signature, candidate.indicator_id).toBe(signature);
      byId.set(candidate.indicator_id, signature);
    }
  });

  it("never states the same indicator, series, period and category twice", () => {
    const keys = rows.map((candidate) => JSON.stringify([candidate.indicator_id, candidate.series, candidate.period, candidate.category]));
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it("uses only the contract's units, series and polarities", () => {
    const units = ["count", "percent", "percent_change", "rate_per_1000", "rate_per_10000", "years", "gbp"];
    const series = ["Luton", "Target", "Statistical neighbours", "England", "East of England", "CAADA recommendation", "Luton population (2011 Census)"];
    for (const candidate of rows) {
      expect(units).toContain(candidate.unit);
      expect(series).toContain(candidate.series);
      expect([null, "up_is_good", "down_is_good"]).toContain(candidate.polarity);
      expect(Number.isFinite(candidate.value)).toBe(true);
    }
  });

  it("stops, naming the indicator and the nearest line, when a sentence changes", () => {
    const line = lineContaining("At the end of Quarter 4 a total of 3,003 referrals");
    const broken = reportWithLine(line, (text) => text.replace("3,003 referrals", "3,003 contacts"));
    expect(() => indicators.parse(broken)).toThrow(
      `indicators row "referrals, referrals_change": expected one sentence matching "At the end of Quarter 4 a total of {referrals:count} referrals had been made, a {change:percent:fall} reduction on the previous year", found none; the nearest text is line ${line}`
    );
  });

  it("stops, listing the lines, when a sentence appears twice", () => {
    const line = lineContaining("The year-end position for the number of children in care rose to 388");
    const heading = lineContaining("Responding to Children in Need");
    const copy = reportWithLine(heading, (text) => `${text}. The year-end position for the number of children in care rose to 400.`);
    expect(() => indicators.parse(copy)).toThrow(
      `indicators row "children_in_care": expected one sentence matching "The year-end position for the number of children in care rose to {value:count}", found 2, at lines ${heading}, ${line} (report line ${heading})`
    );
  });
});

describe("quoteStatesValue (the test helper)", () => {
  it("finds a value however the report writes it, and only as a whole figure", () => {
    expect(quoteStatesValue("a total of 3,003 referrals", 3003)).toBe(true);
    expect(quoteStatesValue("against a target of 78.0%", 78)).toBe(true);
    expect(quoteStatesValue("Seventy young people", 70)).toBe(true);
    expect(quoteStatesValue("a 48% reduction", -48)).toBe(true);
    expect(quoteStatesValue("of the 31 deaths", 3)).toBe(false);
    expect(quoteStatesValue("accounting for 2.68%", 2)).toBe(false);
    expect(quoteStatesValue("in 2011/12", 201)).toBe(false);
    expect(quoteStatesValue("set at 60/40", 40)).toBe(true);
  });
});

describe("readStatedPairs", () => {
  const pairs = readStatedPairs(report);

  it("pairs 902 (82%) with the 1,101 applications it is a share of", () => {
    const training = pairs.percentages.find((pair) => pair.label.startsWith("Employees allocated"))!;
    expect([training.count?.value, training.percent.value, training.base.value]).toEqual([902, 82, 1101]);
  });

  it("pairs 47% of cases (170) with the 363 MARAC referrals", () => {
    expect([pairs.marac.nonPoliceReferrals.value, pairs.marac.nonPolicePercent.value, pairs.marac.cases.value, pairs.marac.children.value]).toEqual([170, 47, 363, 525]);
  });

  it("pairs 6 (19%) unexpected deaths with the 31 deaths reported", () => {
    const unexpected = pairs.percentages.find((pair) => pair.label === "Child deaths that were unexpected")!;
    expect([unexpected.count?.value, unexpected.percent.value, unexpected.base.value]).toEqual([6, 19, 31]);
  });

  it("collects the three statements of private fostering arrangements: 5, 3 and 5", () => {
    const fostering = pairs.restatements.find((restatement) => restatement.label === "Private fostering arrangements")!;
    expect(fostering.figures.map((figure) => figure.value)).toEqual([5, 3, 5]);
  });
});
