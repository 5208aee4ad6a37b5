import { formatCount, formatMonth } from "./format.js";

/** A month of MARAC activity as the maracCasesByMonth query returns it. */
export interface MonthlyCasesRow {
  month: Date;
  cases: number | null;
  sessions: number | null;
}

/** Returns a plain-English summary of cases per month: total, span, and the busiest month. */
export function summarizeMonthlyCases(rows: readonly MonthlyCasesRow[]): string {
  const known = rows.filter((row) => row.cases !== null);
  if (known.length === 0) return "No MARAC cases are recorded for this period.";
  const total = known.reduce((sum, row) => sum + (row.cases ?? 0), 0);
  const busiest = known.reduce((best, row) => ((row.cases ?? 0) > (best.cases ?? 0) ? row : best));
  const first = rows[0]!.month;
  const last = rows[rows.length - 1]!.month;
  const meetings = busiest.sessions === 1 ? "one meeting" : `${formatCount(busiest.sessions)} meetings`;
  return `${formatCount(total)} cases were discussed at MARAC meetings in the ${rows.length} months from ${formatMonth(first)} to ${formatMonth(last)}. The busiest month was ${formatMonth(busiest.month)}, with ${formatCount(busiest.cases)} cases across ${meetings}.`;
}
