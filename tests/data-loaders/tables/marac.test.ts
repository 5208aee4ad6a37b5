import { describe, expect, it } from "vitest";
import { ReportFormatError } from "../../../data-loaders/errors.js";
import { readCommittedReport } from "../../../data-loaders/sources/committed-report.js";
import { maracMeetings } from "../../../data-loaders/tables/marac-meetings.js";
import { maracReferrals } from "../../../data-loaders/tables/marac-referrals.js";
import { parseMaracTable } from "../../../data-loaders/tables/marac-table.js";
import { lineStarting, reportWithLine } from "../report-excerpt.js";

const report = readCommittedReport();

describe("marac_meetings", () => {
  const rows = maracMeetings.parse(report);

  it("has one row per printed meeting row, TOTAL excluded", () => {
    expect(rows.length).toBe(12);
    expect(rows.map((row) => row.meeting_label)).toEqual([
      "03/04/2012", "01/05/2012", "12/06/2012", "03/07/2012", "07&21/08/12", "11/09/2012",
      "02/10/2012", "06/11/2012", "04&18/12/12", "08&29/01/13", "19/02/2013", "12/03/2013"
    ]);
  });

  it("reads the first meeting row exactly as printed on line 442", () => {
    expect(rows[0]).toEqual({
      meeting_label: "03/04/2012", meeting_dates: "2012-04-03", first_date: "2012-04-03", month: "2012-04-01",
      period_start: "2012-04-01", period_end: "2012-04-30", period_kind: "month",
      sessions: 1, cases: 23, repeat_cases: 7, children: 31, source_line: 442
    });
  });

  it("reads a two-meeting label into both dates, its month and two sessions", () => {
    expect(rows[4]).toMatchObject({ meeting_label: "07&21/08/12", meeting_dates: "2012-08-07;2012-08-21", first_date: "2012-08-07", month: "2012-08-01", sessions: 2, cases: 49 });
    expect(rows[9]).toMatchObject({ meeting_label: "08&29/01/13", meeting_dates: "2013-01-08;2013-01-29", month: "2013-01-01", sessions: 2, source_line: 452 });
    expect(rows[10]).toMatchObject({ meeting_label: "19/02/2013", period_start: "2013-02-01", period_end: "2013-02-28", period_kind: "month" });
  });

  it("reads across the page break after the 06/11/2012 row", () => {
    expect(rows[8]).toMatchObject({ meeting_label: "04&18/12/12", cases: 47, repeat_cases: 16, children: 78, source_line: 451 });
  });

  it("reproduces the printed TOTAL row: 363 cases, 109 repeat cases, 525 children", () => {
    const sum = (key: "cases" | "repeat_cases" | "children") => rows.reduce((total, row) => total + (row[key] ?? 0), 0);
    expect([sum("cases"), sum("repeat_cases"), sum("children")]).toEqual([363, 109, 525]);
    expect(parseMaracTable(report).total).toMatchObject({ cases: 363, repeat_cases: 109, children: 525, line: 455 });
  });
});

describe("marac_referrals", () => {
  const rows = maracReferrals.parse(report);

  it("has 12 meeting rows × 13 referring agencies as printed", () => {
    expect(rows.length).toBe(156);
    expect(new Set(rows.map((row) => row.agency)).size).toBe(13);
  });

  it("keeps the agency labels as printed, including punctuation", () => {
    expect(parseMaracTable(report).agencies).toEqual([
      "Police", "IDVA", "Children's Social Care", "Community Services", "Secondary Care Health trust/ L&D",
      "Educational / FE", "School", "Housing", "SEPT Mental Health", "Probation",
      "Voluntary Sector (Women's Aid, LAWC)", "Substance Abuse", "Adult Social Care"
    ]);
  });

  it("reproduces the printed agency totals (Police 193, IDVA 88, Adult Social Care 14)", () => {
    const byAgency = (agency: string) => rows.filter((row) => row.agency === agency).reduce((total, row) => total + (row.referrals ?? 0), 0);
    expect([byAgency("Police"), byAgency("IDVA"), byAgency("Adult Social Care")]).toEqual([193, 88, 14]);
  });
});

describe("MARAC table errors", () => {
  it("names the table, row and line when a row has a missing cell", () => {
    const line = lineStarting("07&21/08/12");
    const broken = reportWithLine(line, (text) => text.replace(/\t\d+$/, ""));
    expect(() => maracMeetings.parse(broken)).toThrow(`marac_meetings row "07&21/08/12": expected 17 cells, found 16 (report line ${line})`);
  });

  it("names the column when a count is not a number", () => {
    const line = lineStarting("11/09/2012");
    const broken = reportWithLine(line, (text) => text.replace("\t24\t", "\t2x\t"));
    expect(() => maracMeetings.parse(broken)).toThrow(`marac_meetings row "11/09/2012" column "cases": expected a whole number, found "2x" (report line ${line})`);
  });

  it("rejects a date label that is not a calendar date", () => {
    const line = lineStarting("19/02/2013");
    const broken = reportWithLine(line, (text) => text.replace("19/02/2013", "31/02/2013"));
    expect(() => maracMeetings.parse(broken)).toThrow(`marac_meetings row "31/02/2013" column "Date Held": expected a real calendar date, found "31/02/2013" (report line ${line})`);
  });

  it("stops when the caption is missing", () => {
    const line = lineStarting("Table1: MARAC");
    const broken = reportWithLine(line, () => "A table");
    expect(() => maracMeetings.parse(broken)).toThrow(ReportFormatError);
    expect(() => maracMeetings.parse(broken)).toThrow(/^marac_meetings: expected one caption line matching .*, found none/);
  });

  it("stops when a header label changes", () => {
    const line = lineStarting("Date Held");
    const broken = reportWithLine(line, (text) => text.replace("Number of Repeat cases", "Repeats"));
    expect(() => maracMeetings.parse(broken)).toThrow(`marac_meetings column "header 3": expected header label "Number of Repeat cases", found "Repeats" (report line ${line})`);
  });

  it("stops when the TOTAL row is missing", () => {
    const line = lineStarting("TOTAL\t363");
    const broken = reportWithLine(line, () => "");
    expect(() => maracMeetings.parse(broken)).toThrow(/marac_meetings row "To address the increased referral rates.*": expected 17 cells, found 1/);
  });
});
