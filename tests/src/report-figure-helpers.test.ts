import { describe, expect, it } from "vitest";
import { formatUnitName } from "../../src/lib/format.js";
import { headlineSql } from "../../src/lib/queries/headline-sql.js";
import { readableText } from "../../src/lib/report-text.js";
import { findAssuranceReport, REPORT_KEYS } from "../../src/lib/assurance-reports.js";
import { findTopic, TOPIC_THEMES } from "../../src/lib/young-people-topics.js";

describe("headlineSql", () => {
  it("lists the picks in order, quoting text and leaving an absent category or comparison NULL", () => {
    const sql = headlineSql([
      { indicator: "first_time_entrants", period: "2012/13", comparison: { series: "Luton", period: "2009/10", label: "2009/10" } },
      { indicator: "child_deaths_by_ward_pct", period: "2012/13", category: "Dallow" },
      { indicator: "x", period: "Children's 'quoted'" }
    ]);
    expect(sql).toContain("(1, 'first_time_entrants', '2012/13', CAST(NULL AS VARCHAR), 'Luton', '2009/10', '2009/10')");
    expect(sql).toContain("(2, 'child_deaths_by_ward_pct', '2012/13', 'Dallow', CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR))");
    expect(sql).toContain("'Children''s ''quoted'''");
    expect(sql).toContain("ORDER BY p.position");
  });

  it("refuses an empty list of picks", () => {
    expect(() => headlineSql([])).toThrow("headlineSql: expected at least one pick, found none");
  });
});

describe("readableText", () => {
  it("removes emphasis, list dashes and link markup from report text", () => {
    expect(readableText("- *statemented* special educational needs")).toBe("statemented special educational needs");
    expect(readableText("A review of **Home Educated** (HE) children")).toBe("A review of Home Educated (HE) children");
    expect(readableText("see [Government response to the APPG inquiry](#) now")).toBe("see Government response to the APPG inquiry now");
    expect(readableText("report <http://www.example.org/a>")).toBe("report http://www.example.org/a");
  });

  it("keeps asterisks that are not emphasis", () => {
    expect(readableText("2 * 3 = 6")).toBe("2 * 3 = 6");
  });
});

describe("formatUnitName", () => {
  it("names each indicator unit and refuses an unknown one", () => {
    expect(["count", "percent", "percent_change", "rate_per_1000", "rate_per_10000", "years", "gbp"].map(formatUnitName)).toEqual([
      "number",
      "%",
      "% change",
      "per 1,000",
      "per 10,000",
      "years",
      "£"
    ]);
    expect(() => formatUnitName("furlongs")).toThrow('formatUnitName: expected a unit such as count or percent, found "furlongs"');
  });

  it("gives an empty name for a missing unit", () => {
    expect(formatUnitName(null)).toBe("");
  });
});

describe("page choices", () => {
  it("finds each young people topic and assurance report by its URL value, and names the allowed values otherwise", () => {
    expect(TOPIC_THEMES.map((theme) => findTopic(theme).theme)).toEqual([...TOPIC_THEMES]);
    expect(REPORT_KEYS.map((key) => findAssuranceReport(key).key)).toEqual([...REPORT_KEYS]);
    expect(() => findTopic("nope")).toThrow(/^findTopic: expected one of youth-justice, homelessness, .* found "nope"$/);
    expect(() => findAssuranceReport("nope")).toThrow(/^findAssuranceReport: expected one of sarc, lado, .* found "nope"$/);
  });
});
