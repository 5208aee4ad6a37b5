import { describe, expect, it } from "vitest";
import { checkPeriodLabels, findPeriodIssues } from "../../../data-loaders/checks/period-labels.js";
import { readCommittedReport } from "../../../data-loaders/sources/committed-report.js";

describe("checkPeriodLabels on the report", () => {
  it("places every indicators period, and notes the one with a gap (CAMHS SCRIPT, line 722)", () => {
    expect(checkPeriodLabels(readCommittedReport())).toEqual([
      {
        check_id: "period_with_gap",
        table_name: "indicators",
        severity: "info",
        message:
          '"Oct – Dec 2012 and Mar 2013" has a gap: the dates run from the start of "Oct – Dec 2012" to the end of "Mar 2013", but the months between are not part of it. Its period_start and period_end are the envelope (2012-10-01 – 2013-03-31).',
        expected: null,
        actual: null,
        source_line: 722
      }
    ]);
  });
});

describe("findPeriodIssues", () => {
  it("reports a label the parser cannot place as a warning naming the label, once per label and line", () => {
    const findings = findPeriodIssues("indicators", [
      { label: "last year", line: 12 },
      { label: "last year", line: 12 },
      { label: "2012/13", line: 13 }
    ]);
    expect(findings).toEqual([
      {
        check_id: "period_unplaced",
        table_name: "indicators",
        severity: "warning",
        message:
          'The period "last year" cannot be placed on the calendar: expected a financial year (2012/13), a quarter (2012/13 Q4), a month (Oct 2012), a calendar year, a date, a range of these or a label saying no date is stated. Its period_start, period_end and period_kind are NULL.',
        expected: null,
        actual: null,
        source_line: 12
      }
    ]);
  });

  it("finds nothing in labels that say no date is stated: NULL dates with kind unstated are not a parsing failure", () => {
    expect(findPeriodIssues("indicators", [{ label: "nine months (dates not stated)", line: 88 }])).toEqual([]);
  });
});
