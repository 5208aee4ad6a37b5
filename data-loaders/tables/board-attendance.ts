import { ReportFormatError } from "../errors.js";
import { findTable } from "../report/find-table.js";
import { parseCount } from "../report/numbers.js";
import { rejoinLabel } from "../report/page-breaks.js";
import type { ReportText } from "../report/report-text.js";
import { expectRepeatedHeader, readTableBody } from "../report/table-body.js";
import { defineTable } from "../table-definition.js";

/** The contract name errors use for the attendance table. */
export const BOARD_ATTENDANCE_TABLE = "board_attendance";

/** The attendance table's header labels as printed, repeated at the top of every page. */
export const BOARD_ATTENDANCE_HEADER = [
  "NO.", "NAME", "AGENCY", "TITLE/POST", "MEETING TIMES", "NO. ATTENDED", "ABSENT NO APOLOGIES", "NO. REPRESENTED", "APOLOGIES", "COMMENTS"
] as const;

/** One board member's attendance at the LSCB's meetings in 2012/13. */
export type BoardAttendanceRow = {
  member_no: number;
  name: string | null;
  agency: string | null;
  title: string | null;
  meetings: number | null;
  attended: number | null;
  absent_no_apologies: number | null;
  represented: number | null;
  apologies: number | null;
  comments: string | null;
  source_line: number;
};

const TEXT_COLUMNS = { name: 1, agency: 2, title: 3, comments: 9 } as const;
const COUNT_COLUMNS = { meetings: 4, attended: 5, absent_no_apologies: 6, represented: 7, apologies: 8 } as const;

/** Reads "Partnership Attendance at LSCB Meetings: 2012/2013": one row per numbered member, page-break fragments rejoined. */
export function parseBoardAttendance(report: ReportText): BoardAttendanceRow[] {
  const table = BOARD_ATTENDANCE_TABLE;
  const { headerLine, headerCells } = findTable(report, {
    table,
    caption: /^Partnership Attendance at LSCB Meetings\b/i,
    header: BOARD_ATTENDANCE_HEADER
  });
  const width = BOARD_ATTENDANCE_HEADER.length;
  if (headerCells.length !== width) {
    throw new ReportFormatError({ table, line: headerLine, row: "header" }, `${width} header labels`, String(headerCells.length));
  }
  const rows: BoardAttendanceRow[] = [];
  // The table ends where prose (a line without a tab) follows a blank line: here the next appendix's caption.
  for (const bodyLine of readTableBody(report, { firstLine: headerLine + 1 }).lines) {
    const { cells, line } = bodyLine;
    if (cells[0] === BOARD_ATTENDANCE_HEADER[0]) {
      expectRepeatedHeader(bodyLine, table, BOARD_ATTENDANCE_HEADER);
      continue;
    }
    const label = cells[1] || cells[0] || "";
    if (cells.length !== width) throw new ReportFormatError({ table, line, row: label }, `${width} cells`, String(cells.length));
    const previous = rows.at(-1);
    if (cells[0] === "") {
      // A page break cuts a row in two: "Youth Offending" / "Service" on the line after the repeated header.
      if (!previous) throw new ReportFormatError({ table, line, row: label, column: "NO." }, "a member number on the first row", '""');
      continueRow(previous, cells, line);
      continue;
    }
    rows.push(readMember(cells, line));
  }
  return rows;
}

function readMember(cells: readonly string[], line: number): BoardAttendanceRow {
  const row = cells[1] || cells[0]!;
  const count = (column: number) => parseCount(cells[column]!, { table: BOARD_ATTENDANCE_TABLE, line, row, column: BOARD_ATTENDANCE_HEADER[column] });
  const text = (column: number) => cells[column] || null;
  return {
    member_no: count(0)!,
    name: text(TEXT_COLUMNS.name),
    agency: text(TEXT_COLUMNS.agency),
    title: text(TEXT_COLUMNS.title),
    meetings: count(COUNT_COLUMNS.meetings),
    attended: count(COUNT_COLUMNS.attended),
    absent_no_apologies: count(COUNT_COLUMNS.absent_no_apologies),
    represented: count(COUNT_COLUMNS.represented),
    apologies: count(COUNT_COLUMNS.apologies),
    comments: text(TEXT_COLUMNS.comments),
    source_line: line
  };
}

function continueRow(row: BoardAttendanceRow, cells: readonly string[], line: number): void {
  for (const column of Object.values(COUNT_COLUMNS)) {
    if (cells[column] !== "") {
      throw new ReportFormatError(
        { table: BOARD_ATTENDANCE_TABLE, line, row: row.name ?? String(row.member_no), column: BOARD_ATTENDANCE_HEADER[column] },
        "a blank cell on a line continuing the row above",
        JSON.stringify(cells[column])
      );
    }
  }
  for (const [key, column] of Object.entries(TEXT_COLUMNS) as [keyof typeof TEXT_COLUMNS, number][]) {
    row[key] = rejoinLabel(row[key] ?? "", cells[column]!) || null;
  }
}

/** board_attendance: each board member's attendance at the four LSCB meetings of 2012/13, as printed. */
export const boardAttendance = defineTable<BoardAttendanceRow>({
  name: BOARD_ATTENDANCE_TABLE,
  title: "Partnership attendance at LSCB meetings, 2012/13",
  description:
    "One row per board member: how many LSCB meetings they were expected at, attended, missed without apologies, sent a representative to or sent apologies for. Names, agencies and titles split by a page break are rejoined.",
  sourceSection: "Partnership Attendance at LSCB Meetings: 2012/2013",
  columns: [
    { name: "member_no", type: "INTEGER", description: "The member's number in the printed list (NO.)." },
    { name: "name", type: "VARCHAR", description: "The member's name as printed." },
    { name: "agency", type: "VARCHAR", description: "The agency the member represents, as printed." },
    { name: "title", type: "VARCHAR", description: "The member's title or post (TITLE/POST)." },
    { name: "meetings", type: "INTEGER", description: "Meetings the member was expected at (MEETING TIMES)." },
    { name: "attended", type: "INTEGER", description: "Meetings attended in person (NO. ATTENDED)." },
    { name: "absent_no_apologies", type: "INTEGER", description: "Meetings missed without sending apologies (ABSENT NO APOLOGIES)." },
    { name: "represented", type: "INTEGER", description: "Meetings at which someone represented the member (NO. REPRESENTED)." },
    { name: "apologies", type: "INTEGER", description: "Meetings for which the member sent apologies (APOLOGIES)." },
    { name: "comments", type: "VARCHAR", description: "The COMMENTS cell, e.g. who held the post before; NULL when empty." },
    { name: "source_line", type: "INTEGER", description: "Report line the member's row starts on." }
  ],
  parse: parseBoardAttendance
});
