import { describe, expect, it } from "vitest";
import { ReportFormatError } from "../../../data-loaders/errors.js";
import { readCommittedReport } from "../../../data-loaders/sources/committed-report.js";
import { boardAttendance } from "../../../data-loaders/tables/board-attendance.js";
import { lineStarting, reportWithLine } from "../report-excerpt.js";
import { linesStarting } from "../report-lines.js";

const report = readCommittedReport();

describe("board_attendance", () => {
  const rows = boardAttendance.parse(report);

  it("has one row per numbered member, 1 to 28, across four pages", () => {
    expect(rows.length).toBe(28);
    expect(rows.map((row) => row.member_no)).toEqual(Array.from({ length: 28 }, (_, index) => index + 1));
  });

  it("reads the first member exactly as printed on line 1152, comment included", () => {
    expect(rows[0]).toEqual({
      member_no: 1, name: "Karena Thomas", agency: "Beds Police", title: "Detective Superintendent",
      meetings: 4, attended: 3, absent_no_apologies: 0, represented: 0, apologies: 1,
      comments: "Nigel Stone was in post until March 2013", source_line: 1152
    });
  });

  it("rejoins the agency and title that the page break after line 1155 cut into 'Youth Offending' / 'Service'", () => {
    expect(rows[3]).toEqual({
      member_no: 4, name: "Anita Briddon", agency: "Youth Offending Service", title: "Head of Youth Offending Service",
      meetings: 4, attended: 4, absent_no_apologies: 0, represented: 0, apologies: 0, comments: null, source_line: 1155
    });
  });

  it("reads the member after the continuation line as a row of its own", () => {
    expect(rows[4]).toMatchObject({ member_no: 5, name: "Jo Fisher", agency: "Luton Borough Council", attended: 3, apologies: 1, source_line: 1159 });
  });

  it("keeps zero counts as 0 and an empty COMMENTS cell as NULL", () => {
    expect(rows[11]).toMatchObject({ name: "Adele Chadwick", agency: "Beds Crown Prosecution Service", meetings: 4, attended: 0, absent_no_apologies: 0, represented: 0, apologies: 0, comments: null });
  });

  it("reads a member who was represented twice (Mo Harkin, LBC)", () => {
    expect(rows[23]).toMatchObject({ name: "Mo Harkin", title: "Head of Housing Strategy & Private Sector Housing", attended: 0, absent_no_apologies: 1, represented: 2, apologies: 1 });
  });

  it("ends with the last member on line 1186, before the next appendix", () => {
    expect(rows[27]).toMatchObject({ member_no: 28, name: "Waheed Akbar", agency: "LBC", title: "Councillor", attended: 2, apologies: 2, source_line: 1186 });
  });

  it("treats a blank cell as NULL, not 0", () => {
    const line = lineStarting("13\tGraeme Tolliday");
    const blanked = reportWithLine(line, (text) => text.replace(/\t3\t$/, "\t\t"));
    expect(boardAttendance.parse(blanked)[12]).toMatchObject({ name: "Graeme Tolliday", apologies: null, attended: 1 });
  });
});

describe("board_attendance errors", () => {
  it("names the member and line when a row has a missing cell", () => {
    const line = lineStarting("8\tChris Bagley");
    const broken = reportWithLine(line, (text) => text.replace(/\t$/, ""));
    expect(() => boardAttendance.parse(broken)).toThrow(`board_attendance row "Chris Bagley": expected 10 cells, found 9 (report line ${line})`);
  });

  it("names the column when a count is written in words", () => {
    const line = lineStarting("16\tGraham Cole");
    const broken = reportWithLine(line, (text) => text.replace("\t4\t3\t", "\t4\tthree\t"));
    expect(() => boardAttendance.parse(broken)).toThrow(`board_attendance row "Graham Cole" column "NO. ATTENDED": expected a whole number, found "three" (report line ${line})`);
  });

  it("rejects a member number that is not a number", () => {
    const line = lineStarting("20\tNasim Goni");
    const broken = reportWithLine(line, (text) => text.replace(/^20/, "2O"));
    expect(() => boardAttendance.parse(broken)).toThrow(`board_attendance row "Nasim Goni" column "NO.": expected a whole number, found "2O" (report line ${line})`);
  });

  it("refuses a number on a line that continues the row above", () => {
    const line = linesStarting("\t\tService\tService")[0]!;
    const broken = reportWithLine(line, (text) => text.replace("Service\tService\t", "Service\tService\t4"));
    expect(() => boardAttendance.parse(broken)).toThrow(
      `board_attendance row "Anita Briddon" column "MEETING TIMES": expected a blank cell on a line continuing the row above, found "4" (report line ${line})`
    );
  });

  it("stops when the caption is missing", () => {
    const line = lineStarting("Partnership Attendance at LSCB Meetings");
    const broken = reportWithLine(line, () => "Attendance");
    expect(() => boardAttendance.parse(broken)).toThrow(ReportFormatError);
    expect(() => boardAttendance.parse(broken)).toThrow(/^board_attendance: expected one caption line matching .*, found none \(report line \d+\)$/);
  });

  it("stops when a header label changes", () => {
    const line = linesStarting("NO.\tNAME")[0]!;
    const broken = reportWithLine(line, (text) => text.replace("ABSENT NO APOLOGIES", "ABSENT"));
    expect(() => boardAttendance.parse(broken)).toThrow(`board_attendance column "header 7": expected header label "ABSENT NO APOLOGIES", found "ABSENT" (report line ${line})`);
  });

  it("stops when a header repeated after a page break changes", () => {
    const line = linesStarting("NO.\tNAME")[2]!;
    const broken = reportWithLine(line, (text) => text.replace("MEETING TIMES", "MEETINGS"));
    expect(() => boardAttendance.parse(broken)).toThrow(`board_attendance column "header 5": expected the repeated header label "MEETING TIMES", found "MEETINGS" (report line ${line})`);
  });
});
