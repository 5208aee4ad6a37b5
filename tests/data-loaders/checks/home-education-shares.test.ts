import { describe, expect, it } from "vitest";
import { checkHomeEducationShares } from "../../../data-loaders/checks/home-education-shares.js";
import { readCommittedReport } from "../../../data-loaders/sources/committed-report.js";
import { lineStarting, reportWithLine } from "../report-excerpt.js";

describe("checkHomeEducationShares", () => {
  it("finds nothing on the report: grades 37 + 53 + 10 and reasons 38 + 60 + 2 both make 100%", () => {
    expect(checkHomeEducationShares(readCommittedReport())).toEqual([]);
  });

  it("warns when the grades share out more than rounding allows", () => {
    const broken = reportWithLine(lineStarting("3\tPoor"), (text) => text.replace("10%", "12%"));
    expect(checkHomeEducationShares(broken)).toEqual([
      {
        check_id: "home_education_grades_sum",
        table_name: "home_education_grades",
        severity: "warning",
        message: "The percentages of home educators at each grade add up to 102%, not 100%.",
        expected: 100,
        actual: 102,
        source_line: lineStarting("GRADE\t")
      }
    ]);
  });

  it("notes a one-point gap in the reasons as possible rounding", () => {
    const broken = reportWithLine(lineStarting("- bullying"), (text) => text.replace("5%", "4%"));
    expect(checkHomeEducationShares(broken)).toEqual([
      expect.objectContaining({
        check_id: "home_education_reasons_sum",
        severity: "info",
        message: "The percentages given for the reasons for home education add up to 99%, not 100%, a gap that rounding each percentage could explain.",
        expected: 100,
        actual: 99,
        source_line: lineStarting("The reasons for Home Education")
      })
    ]);
  });
});
