// Titles and summaries of the overview's trends: one measure or more, each over the periods the report gives it,
// placed by their dates (period_start, period_end) rather than by their labels.
import { formatPercent } from "./format.js";

/** One measure in one period, as the trend queries return it; dates are null where the report gives none. */
export type PeriodValueRow = {
  measure: string;
  period: string;
  period_start: Date | null;
  period_end: Date | null;
  period_kind: string;
  share_pct: number | null;
  polarity: string | null;
  source_line: number;
};

// The measure's known values with dates, oldest (by end date) first; a period without dates cannot be ordered.
function placedValues(rows: readonly PeriodValueRow[], measure: string): PeriodValueRow[] {
  return rows
    .filter((row) => row.measure === measure && row.share_pct !== null && row.period_start !== null && row.period_end !== null)
    .sort((a, b) => a.period_end!.getTime() - b.period_end!.getTime() || a.period_start!.getTime() - b.period_start!.getTime());
}

function measuresOf(rows: readonly PeriodValueRow[]): string[] {
  return [...new Set(rows.map((row) => row.measure))];
}

/** Returns a title naming the measure that moved most between its two latest periods, and how; `fallback` when none has two. */
export function titlePeriodTrends(rows: readonly PeriodValueRow[], fallback: string): string {
  const moves = measuresOf(rows)
    .map((measure) => placedValues(rows, measure).slice(-2))
    .filter((pair) => pair.length === 2)
    .map(([previous, latest]) => ({ previous: previous!, latest: latest!, change: latest!.share_pct! - previous!.share_pct! }));
  const biggest = moves.sort((a, b) => Math.abs(b.change) - Math.abs(a.change))[0];
  if (!biggest) return fallback;
  const { previous, latest, change } = biggest;
  if (change === 0) return `${latest.measure} stayed at ${formatPercent(latest.share_pct)} in ${previous.period} and ${latest.period}`;
  return `${latest.measure} ${change > 0 ? "rose" : "fell"} from ${formatPercent(previous.share_pct)} in ${previous.period} to ${formatPercent(latest.share_pct)} in ${latest.period}`;
}

const KIND_WORDS: Readonly<Record<string, string>> = {
  financial_year: "financial years (April to March)",
  calendar_year: "calendar years",
  quarter: "quarters",
  month: "months",
  range: "ranges of months",
  point: "single dates"
};

/** Returns each measure's values oldest first, the kinds of period mixed, and any value the report gives no dates for. */
export function summarizePeriodTrends(rows: readonly PeriodValueRow[]): string {
  const known = rows.filter((row) => row.share_pct !== null);
  if (known.length === 0) return "The report gives no figures for these measures.";
  const sentences = measuresOf(known).map((measure) => {
    const values = placedValues(known, measure);
    return `${measure}: ${values.map((row) => `${formatPercent(row.share_pct)} in ${row.period}`).join(", ")}.`;
  });
  const kinds = [...new Set(known.filter((row) => row.period_start !== null).map((row) => row.period_kind))];
  if (kinds.length > 1) sentences.push(`The report mixes ${kinds.map((kind) => KIND_WORDS[kind] ?? kind).join(" and ")}: each value is drawn across its own dates.`);
  const unplaced = known.filter((row) => row.period_start === null || row.period_end === null);
  if (unplaced.length) sentences.push(`Not placed on the time axis, as the report gives no dates: ${unplaced.map((row) => `${row.measure}, ${row.period} (${formatPercent(row.share_pct)})`).join("; ")}.`);
  return sentences.join(" ");
}
