// The questions a board member should ask at the meeting, written from the data: a target missed, a figure worse than
// its benchmark or the year before, a partner whose members came to fewer meetings than the rest of the board, and a
// business-plan objective not completed. Each question names the figure it comes from and the report line.
import { formatIndicatorValue, formatPercent } from "./format.js";

/** A Luton figure worse than its comparison, as the pack's comparisons query returns it. */
export type WorseComparisonRow = {
  label: string;
  value: number;
  unit: string;
  period: string;
  /** "target", "benchmark" or "previous" (an earlier period of the same figure). */
  comparison_kind: string;
  comparison_label: string;
  comparison_value: number;
  source_line: number;
};

/** A partner's attendance at board meetings against every other member's, as the pack's attendance query returns it. */
export type PartnerAttendanceRow = {
  partner: string;
  members: number;
  meetings: number;
  attended: number;
  attendance_pct: number;
  rest_attendance_pct: number;
  source_line: number;
  /** The report line of a data-quality finding on one of its members' rows (counts that do not add up), or null. */
  finding_line: number | null;
};

/** A business-plan objective not completed, as the pack's plan query returns it. */
export type UnmetObjectiveRow = {
  priority_no: number;
  objective: string;
  responsibility: string | null;
  status: string;
  source_line: number;
};

/** What a question comes from: a target missed, a comparison, attendance, or the business plan. */
export type QuestionKind = "target" | "comparison" | "attendance" | "business-plan";

/** One question for the board: its words, the figure on the pack it comes from, and the report line it cites. */
export interface BoardQuestion {
  kind: QuestionKind;
  text: string;
  figureId: string;
  line: number;
}

/** Where each kind of question's evidence is drawn on the pack: the figure ids. */
export interface QuestionFigures {
  comparisons: string;
  attendance: string;
  businessPlan: string;
}

const STATUS_WORDS: Readonly<Record<string, string>> = {
  carried_forward: "was carried forward into 2013/14",
  in_progress: "was still in progress at the end of the year",
  not_stated: "has no completion stated"
};

/** Returns the question a figure worse than its target, benchmark or earlier period raises. */
export function comparisonQuestion(row: WorseComparisonRow, figureId: string): BoardQuestion {
  const value = formatIndicatorValue(row.value, row.unit);
  const other = formatIndicatorValue(row.comparison_value, row.unit);
  const figure = `${row.label}: ${value} in ${row.period}`;
  if (row.comparison_kind === "target") {
    return { kind: "target", figureId, line: row.source_line, text: `${figure}, short of the target of ${other}. Why was the target missed, and what is being done to meet it?` };
  }
  const against = row.comparison_kind === "previous" ? `${other} in ${row.comparison_label}` : `${row.comparison_label} (${other})`;
  return { kind: "comparison", figureId, line: row.source_line, text: `${figure}, worse than ${against}. What explains the difference, and what is being done about it?` };
}

/** Returns the question a partner whose members attended a smaller share of meetings than the rest of the board raises. */
export function attendanceQuestion(row: PartnerAttendanceRow, figureId: string): BoardQuestion {
  const members = row.members === 1 ? "its member" : `its ${row.members} members`;
  return {
    kind: "attendance",
    figureId,
    line: row.source_line,
    text:
      `${row.partner}: ${members} attended ${row.attended} of ${row.meetings} board meetings (${formatPercent(row.attendance_pct)}), against ${formatPercent(row.rest_attendance_pct)} for the rest of the board. ` +
      (row.finding_line === null
        ? `What keeps ${row.partner} from the meetings, and how will it be represented?`
        : `The report's own counts for ${row.partner} do not add up (line ${row.finding_line}): what was its real attendance, and how will it be represented?`)
  };
}

/** Returns the question a business-plan objective that was not completed raises. */
export function objectiveQuestion(row: UnmetObjectiveRow, figureId: string): BoardQuestion {
  const who = row.responsibility ? ` (responsible: ${row.responsibility.replaceAll("\n", ", ")})` : "";
  const status = STATUS_WORDS[row.status] ?? `has the status "${row.status}"`;
  return {
    kind: "business-plan",
    figureId,
    line: row.source_line,
    text: `Priority ${row.priority_no}: "${row.objective}"${who} ${status}. What stopped it, and when will it be done?`
  };
}

/**
 * Returns every question the data raises, in this order: targets missed, figures worse than a comparison, partners
 * attending less than the rest of the board, objectives not completed; the rows come from the pack's queries, which
 * select only what is worse, below the rest, or not completed.
 */
export function boardQuestions(
  { comparisons, attendance, objectives }: { comparisons: readonly WorseComparisonRow[]; attendance: readonly PartnerAttendanceRow[]; objectives: readonly UnmetObjectiveRow[] },
  figures: QuestionFigures
): BoardQuestion[] {
  const asked = comparisons.map((row) => comparisonQuestion(row, figures.comparisons));
  return [
    ...asked.filter((question) => question.kind === "target"),
    ...asked.filter((question) => question.kind === "comparison"),
    ...attendance.filter((row) => row.attendance_pct < row.rest_attendance_pct).map((row) => attendanceQuestion(row, figures.attendance)),
    ...objectives.filter((row) => row.status !== "completed").map((row) => objectiveQuestion(row, figures.businessPlan))
  ];
}
