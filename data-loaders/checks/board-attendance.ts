import { type ReportText } from "../report/report-text.js";
import { BOARD_ATTENDANCE_TABLE, parseBoardAttendance, type BoardAttendanceRow } from "../tables/board-attendance.js";
import { compareFigures, type DataQualityRow } from "./finding.js";

/** Returns board_attendance findings: members whose attended, absent, represented and apologies counts do not add up to their meetings, and gaps in the member numbering. */
export function checkBoardAttendance(report: ReportText): DataQualityRow[] {
  const members = parseBoardAttendance(report);
  return [...members.map(checkMemberAddsUp), ...members.map(checkNumbering)].filter((finding): finding is DataQualityRow => finding !== null);
}

function checkMemberAddsUp(member: BoardAttendanceRow): DataQualityRow | null {
  const parts = [member.attended, member.absent_no_apologies, member.represented, member.apologies];
  const sum = parts.some((part) => part === null) ? null : parts.reduce<number>((total, part) => total + part!, 0);
  const who = describeMember(member);
  const breakdown = `the meetings attended (${show(member.attended)}), missed without apologies (${show(member.absent_no_apologies)}), attended by a representative (${show(member.represented)}) and missed with apologies (${show(member.apologies)})`;
  return compareFigures({
    check_id: "board_attendance_sum",
    table_name: BOARD_ATTENDANCE_TABLE,
    severity: "warning",
    message:
      sum === null || member.meetings === null
        ? `${who}: the attendance cannot be checked because a count is blank: meetings (${show(member.meetings)}), ${breakdown}.`
        : `${who} is listed for ${member.meetings} meetings, but ${breakdown} add up to ${sum}.`,
    expected: member.meetings,
    actual: sum,
    source_line: member.source_line
  });
}

function checkNumbering(member: BoardAttendanceRow, index: number): DataQualityRow | null {
  return compareFigures({
    check_id: "board_attendance_numbering",
    table_name: BOARD_ATTENDANCE_TABLE,
    severity: "warning",
    message: `${describeMember(member)} is numbered ${member.member_no} but is member ${index + 1} of the printed list, so a member may be missing or repeated.`,
    expected: index + 1,
    actual: member.member_no,
    source_line: member.source_line
  });
}

function describeMember(member: BoardAttendanceRow): string {
  const name = member.name ?? `Member ${member.member_no}`;
  return member.agency ? `${name} (${member.agency})` : name;
}

function show(count: number | null): string {
  return count === null ? "blank" : String(count);
}
