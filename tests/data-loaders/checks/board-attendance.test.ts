import { describe, expect, it } from "vitest";
import { checkBoardAttendance } from "../../../data-loaders/checks/board-attendance.js";
import { readCommittedReport } from "../../../data-loaders/sources/committed-report.js";
import { lineStarting, reportWithLine } from "../report-excerpt.js";

const report = readCommittedReport();
const byCheck = (findings: ReturnType<typeof checkBoardAttendance>, checkId: string) => findings.filter((finding) => finding.check_id === checkId);

describe("checkBoardAttendance on the report", () => {
  it("finds only Adele Chadwick, whose four counts add up to 0 of her 4 meetings (line 1166)", () => {
    expect(checkBoardAttendance(report)).toEqual([
      {
        check_id: "board_attendance_sum",
        table_name: "board_attendance",
        severity: "warning",
        message:
          "Adele Chadwick (Beds Crown Prosecution Service) is listed for 4 meetings, but the meetings attended (0), missed without apologies (0), attended by a representative (0) and missed with apologies (0) add up to 0.",
        expected: 4,
        actual: 0,
        source_line: 1166
      }
    ]);
  });
});

describe("board_attendance_sum", () => {
  it("fires for a member whose counts fall short of the meetings", () => {
    const line = lineStarting("1\tKarena Thomas");
    const mutated = reportWithLine(line, (text) => text.replace("\t4\t3\t0\t0\t1\t", "\t4\t2\t0\t0\t1\t"));
    expect(byCheck(checkBoardAttendance(mutated), "board_attendance_sum")).toContainEqual(
      expect.objectContaining({ severity: "warning", expected: 4, actual: 3, source_line: line, message: expect.stringMatching(/^Karena Thomas \(Beds Police\) is listed for 4 meetings/) })
    );
  });

  it("does not fire once a member's counts add up", () => {
    const line = lineStarting("12\tAdele Chadwick");
    const mutated = reportWithLine(line, (text) => text.replace("\t4\t0\t0\t0\t0\t", "\t4\t2\t0\t0\t2\t"));
    expect(byCheck(checkBoardAttendance(mutated), "board_attendance_sum")).toEqual([]);
  });

  it("reports a blank count as not checkable, with a NULL actual", () => {
    const line = lineStarting("13\tGraeme Tolliday");
    const mutated = reportWithLine(line, (text) => text.replace(/\t3\t$/, "\t\t"));
    expect(byCheck(checkBoardAttendance(mutated), "board_attendance_sum")).toContainEqual(
      expect.objectContaining({
        expected: 4,
        actual: null,
        source_line: line,
        message:
          "Graeme Tolliday (East of England Ambulance service): the attendance cannot be checked because a count is blank: meetings (4), the meetings attended (1), missed without apologies (0), attended by a representative (0) and missed with apologies (blank)."
      })
    );
  });
});

describe("board_attendance_numbering", () => {
  it("fires when a member number is out of sequence", () => {
    const line = lineStarting("20\tNasim Goni");
    const mutated = reportWithLine(line, (text) => text.replace(/^20/, "21"));
    expect(byCheck(checkBoardAttendance(mutated), "board_attendance_numbering")).toEqual([
      {
        check_id: "board_attendance_numbering",
        table_name: "board_attendance",
        severity: "warning",
        message: "Nasim Goni (LSCB) is numbered 21 but is member 20 of the printed list, so a member may be missing or repeated.",
        expected: 20,
        actual: 21,
        source_line: line
      }
    ]);
  });

  it("does not fire on the report's numbering, 1 to 28", () => {
    expect(byCheck(checkBoardAttendance(report), "board_attendance_numbering")).toEqual([]);
  });
});
