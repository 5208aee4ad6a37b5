import { describe, expect, it } from "vitest";
import { checkCafAreaAgency } from "../../../data-loaders/checks/caf-area-agency.js";
import { checkCafAreaTotals } from "../../../data-loaders/checks/caf-area-totals.js";
import { readCommittedReport } from "../../../data-loaders/sources/committed-report.js";
import { lineStarting, reportWithLine } from "../report-excerpt.js";

const report = readCommittedReport();
const TOTAL_LINE = lineStarting("Total\t53");
const CENTRAL_LINE = lineStarting("Central\t");
const TABLE_2_HEADER = lineStarting("Table 2 CAFs") + 1;

describe("checkCafAreaTotals on the report", () => {
  it("warns that Central 2012/13 Q4 is blank and notes the Q4 Total of 56 counts it as none", () => {
    expect(checkCafAreaTotals(report)).toEqual([
      {
        check_id: "caf_by_area_blank_cell",
        table_name: "caf_by_area",
        severity: "warning",
        message: "Table 1 leaves the number of CAFs completed in Central in 2012/13 Q4 blank; it is published as missing (NULL), not as 0.",
        expected: null,
        actual: null,
        source_line: 282
      },
      {
        check_id: "caf_by_area_total",
        table_name: "caf_by_area",
        severity: "info",
        message:
          "Table 1's printed Total for 2012/13 Q4 (56) equals the sum of the 4 areas with a figure (56): it counts the blank Central cell as no CAFs, or leaves Central out. The report does not say which, so Central stays missing (NULL), not 0.",
        expected: 56,
        actual: 56, // East 10 + North 14 + South 18 + West 14
        source_line: 287
      }
    ]);
  });
});

describe("checkCafAreaTotals", () => {
  it("finds nothing when every area has a figure and the Totals add up", () => {
    const filled = reportWithLine(CENTRAL_LINE, (text) => `${text}0`);
    expect(checkCafAreaTotals(filled)).toEqual([]);
  });

  it("reports an error when a printed Total contradicts its five area rows", () => {
    const broken = reportWithLine(TOTAL_LINE, (text) => text.replace("\t89\t", "\t88\t"));
    expect(checkCafAreaTotals(broken)).toContainEqual({
      check_id: "caf_by_area_total",
      table_name: "caf_by_area",
      severity: "error",
      message: "Table 1's printed Total for 2012/13 Q2 is 88, but its 5 area rows add up to 89.",
      expected: 88,
      actual: 89,
      source_line: TOTAL_LINE
    });
  });

  it("warns, without imputing it, when the Total exceeds the areas and one cell is blank", () => {
    const broken = reportWithLine(TOTAL_LINE, (text) => text.replace(/\t56$/, "\t60"));
    expect(checkCafAreaTotals(broken)).toContainEqual(
      expect.objectContaining({ check_id: "caf_by_area_total", severity: "warning", expected: 60, actual: 56, message: expect.stringContaining("the blank Central cell may account for the 4 missing") })
    );
  });

  it("reports an error when the areas with a figure already exceed the Total", () => {
    const broken = reportWithLine(TOTAL_LINE, (text) => text.replace(/\t56$/, "\t50"));
    expect(checkCafAreaTotals(broken)).toContainEqual(
      expect.objectContaining({ severity: "error", expected: 50, actual: 56, message: "Table 1's printed Total for 2012/13 Q4 is 50, but the 4 areas with a figure already add up to 56 (Central is blank)." })
    );
  });

  it("warns about a blank Total cell", () => {
    const broken = reportWithLine(TOTAL_LINE, (text) => text.replace("\t110\t", "\t\t"));
    expect(checkCafAreaTotals(broken)).toContainEqual(
      expect.objectContaining({ severity: "warning", message: "Table 1 prints no Total for 2012/13 Q1; its area rows add up to 110.", expected: null, actual: 110 })
    );
  });
});

describe("checkCafAreaAgency on the report", () => {
  // Table 1 Totals 110, 89, 57, 56; Table 2 columns for 2012/13:
  // Q1 32+12+58+7+0 = 109 (YOS, GCP blank); Q2 24+5+52+7+0+10 = 98 (YOS blank);
  // Q3 28+10+10+9+13+0+0 = 70; Q4 29+10+6+6+7+0 = 58 (GCP blank). 2011/12 agrees: 53, 50, 63, 41.
  it("finds the four 2012/13 quarters where the referring agencies disagree with Table 1", () => {
    const base = { check_id: "caf_agency_vs_area", table_name: "caf_by_agency", source_line: TABLE_2_HEADER };
    expect(checkCafAreaAgency(report)).toEqual([
      { ...base, severity: "warning", expected: 110, actual: 109, message: "In 2012/13 Q1 Table 1 counts 110 CAFs completed (its Total row), but Table 2's referring agencies add up to 109, 1 fewer; YOS and GCP are blank and may account for the difference." },
      { ...base, severity: "error", expected: 89, actual: 98, message: "In 2012/13 Q2 Table 1 counts 89 CAFs completed (its Total row), but Table 2's referring agencies add up to 98, 9 more, even leaving YOS blank." },
      { ...base, severity: "error", expected: 57, actual: 70, message: "In 2012/13 Q3 Table 1 counts 57 CAFs completed (its Total row), but Table 2's referring agencies add up to 70, 13 more." },
      { ...base, severity: "error", expected: 56, actual: 58, message: "In 2012/13 Q4 Table 1 counts 56 CAFs completed (its Total row), but Table 2's referring agencies add up to 58, 2 more, even leaving GCP blank." }
    ]);
  });
});

describe("checkCafAreaAgency", () => {
  it("finds nothing for a quarter once the agencies add up to Table 1's Total", () => {
    // YOS 13 -> 0 brings 2012/13 Q3 to 57
    const fixed = reportWithLine(lineStarting("YOS\t"), (text) => text.replace("\t13\t", "\t0\t"));
    expect(checkCafAreaAgency(fixed).map((finding) => finding.message.slice(0, 13))).toEqual(["In 2012/13 Q1", "In 2012/13 Q2", "In 2012/13 Q4"]);
  });

  it("fires for a 2011/12 quarter when a school count no longer matches", () => {
    const broken = reportWithLine(lineStarting("Schools\t"), (text) => text.replace("Schools\t35", "Schools\t36"));
    expect(checkCafAreaAgency(broken)[0]).toEqual({
      check_id: "caf_agency_vs_area",
      table_name: "caf_by_agency",
      severity: "error",
      message: "In 2011/12 Q1 Table 1 counts 53 CAFs completed (its Total row), but Table 2's referring agencies add up to 54, 1 more, even leaving RAT, YOS and GCP blank.",
      expected: 53,
      actual: 54,
      source_line: TABLE_2_HEADER
    });
  });
});
