// Summaries of the board pack's own figures (src/figures/pack.ts).
import type { PartnerAttendanceRow } from "./board-questions.js";
import { formatCount, formatPercent } from "./format.js";
import { listWords } from "./summaries-board.js";

/** Returns which partners attended a smaller share of meetings than the rest of the board, lowest first, and which attended every one. */
export function summarizePartnerAttendance(rows: readonly PartnerAttendanceRow[]): string {
  if (rows.length === 0) return "The report lists no board members.";
  const below = rows.filter((row) => row.attendance_pct < row.rest_attendance_pct);
  const every = rows.filter((row) => row.attended === row.meetings);
  const sentences = [`${formatCount(rows.length)} partners had members on the board.`];
  if (below.length) sentences.push(`Below the rest of the board: ${listWords(below.map((row) => `${row.partner} (${formatPercent(row.attendance_pct)} against ${formatPercent(row.rest_attendance_pct)})`))}.`);
  if (every.length) sentences.push(`Every meeting attended: ${listWords(every.map((row) => row.partner))}.`);
  return sentences.join(" ");
}

/** One status of the business plan's objectives, as the pack's plan query returns it. */
export type PlanStatusRow = { status_id: string; status: string; objectives: number; source_line: number | null };

/** Returns how many of the plan's objectives ended the year in each status. */
export function summarizePlanStatus(rows: readonly PlanStatusRow[]): string {
  const total = rows.reduce((sum, row) => sum + row.objectives, 0);
  if (total === 0) return "The business plan lists no objectives.";
  return `Of the ${formatCount(total)} objectives in the 2012/13 business plan, ${listWords(rows.map((row) => `${formatCount(row.objectives)} ${row.status_id === "completed" ? "were completed" : row.status_id === "not_stated" ? "had no status stated" : row.status.charAt(0).toLowerCase() + row.status.slice(1)}`))}.`;
}
