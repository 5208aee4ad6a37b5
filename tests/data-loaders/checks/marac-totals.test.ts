import { describe, expect, it } from "vitest";
import { checkMaracTotals } from "../../../data-loaders/checks/marac-totals.js";
import { readCommittedReport } from "../../../data-loaders/sources/committed-report.js";
import { lineStarting, reportWithLine } from "../report-excerpt.js";

describe("checkMaracTotals", () => {
  it("finds nothing on the report: every column of the TOTAL row (363 cases, 109 repeat, 525 children, Police 193…) adds up", () => {
    expect(checkMaracTotals(readCommittedReport())).toEqual([]);
  });

  it("reports a meeting cell that no longer adds up to the printed TOTAL, naming the column", () => {
    const line = lineStarting("07&21/08/12");
    const changed = reportWithLine(line, (text) => text.replace("07&21/08/12\t49\t", "07&21/08/12\t50\t"));
    const total = lineStarting("TOTAL\t363");
    expect(checkMaracTotals(changed)).toEqual([
      {
        check_id: "marac_total",
        table_name: "marac_meetings",
        severity: "error",
        message: "The MARAC table's TOTAL row gives 363 cases discussed, but the meeting rows add up to 364.",
        expected: 363,
        actual: 364,
        source_line: total
      }
    ]);
  });

  it("reports an agency column of the TOTAL row against the referrals table", () => {
    const total = lineStarting("TOTAL\t363");
    // TOTAL Police 193 -> 194 (the fifth cell of the TOTAL row).
    const changed = reportWithLine(total, (text) => text.replace("TOTAL\t363\t109\t525\t193\t", "TOTAL\t363\t109\t525\t194\t"));
    expect(checkMaracTotals(changed)).toMatchObject([{ check_id: "marac_total", table_name: "marac_referrals", expected: 194, actual: 193, message: "The MARAC table's TOTAL row gives 194 referrals from Police, but the meeting rows add up to 193." }]);
  });

  it("treats a blank meeting cell as unknown, not 0: a warning when the others fall short of the TOTAL", () => {
    const line = lineStarting("12/03/2013");
    const blanked = reportWithLine(line, (text) => text.replace("12/03/2013\t25\t", "12/03/2013\t\t"));
    expect(checkMaracTotals(blanked)).toMatchObject([{ severity: "warning", expected: 363, actual: 338, message: "The MARAC table's TOTAL row gives 363 cases discussed, but the meeting rows add up to 338 (the 12/03/2013 row is blank)." }]);
  });
});
