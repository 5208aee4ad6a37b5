import { formatCount, formatPercent, formatPounds } from "./format.js";

/** A step of a training programme's funnel as the trainingFunnel query returns it. */
export interface TrainingFunnelRow {
  programme: string;
  stage: string;
  people: number | null;
  share_of_applications_pct: number | null;
  period: string;
}

/** Returns a plain-English summary of each programme's funnel: how many applied, and how many got (and took) a place. */
export function summarizeTrainingFunnel(rows: readonly TrainingFunnelRow[]): string {
  if (rows.length === 0) return "The report gives no training applications for this period.";
  const programmes = [...new Set(rows.map((row) => row.programme))];
  const sentences = programmes.map((programme) => {
    const [first, ...rest] = rows.filter((row) => row.programme === programme);
    const steps = rest.map((row) => `${row.stage.toLowerCase()}: ${formatCount(row.people)}${row.share_of_applications_pct === null ? "" : ` (${formatPercent(row.share_of_applications_pct)} of applications)`}`);
    return `${programme} in ${first!.period}: ${formatCount(first!.people)} ${first!.stage.toLowerCase()}${steps.length ? `; ${steps.join("; ")}` : ""}.`;
  });
  return sentences.join(" ");
}

/** A kind of training event as the trainingEvents query returns it. */
export interface TrainingEventsRow {
  event_kind: string;
  stage: string;
  events: number | null;
}

/** Returns a plain-English summary of the training events the report counts, largest first. */
export function summarizeTrainingEvents(rows: readonly TrainingEventsRow[]): string {
  if (rows.length === 0) return "The report counts no training events.";
  const largest = rows.reduce((best, row) => ((row.events ?? 0) > (best.events ?? 0) ? row : best));
  const parts = rows.map((row) => `${row.event_kind}, ${formatCount(row.events)} ${row.stage.toLowerCase()}`);
  return `The report counts ${rows.length} groups of training events. The largest: ${largest.event_kind}, ${formatCount(largest.events)} ${largest.stage.toLowerCase()}. In full: ${parts.join("; ")}.`;
}

/** An organisation's share of staff trained as the staffTrainedByOrganisation query returns it. */
export interface StaffTrainedRow {
  organisation: string;
  period: string;
  trained_pct: number | null;
}

/** Returns a plain-English summary of the shares of staff trained: the highest and the lowest, with their periods. */
export function summarizeStaffTrained(rows: readonly StaffTrainedRow[]): string {
  const known = rows.filter((row) => row.trained_pct !== null);
  if (known.length === 0) return "The report gives no shares of staff trained.";
  const highest = known.reduce((best, row) => (row.trained_pct! > best.trained_pct! ? row : best));
  const lowest = known.reduce((worst, row) => (row.trained_pct! < worst.trained_pct! ? row : worst));
  return `The report gives ${known.length} figures for the share of staff trained in safeguarding children. The highest is ${highest.organisation} at ${formatPercent(highest.trained_pct)} (${highest.period}); the lowest is ${lowest.organisation} at ${formatPercent(lowest.trained_pct)} (${lowest.period}).`;
}

/** A line of Table A or Table B as the budgetBreakdown query returns it. */
export interface BudgetLineRow {
  view: string;
  item: string;
  amount_gbp: number | null;
  share_pct: number | null;
}

/** Returns a plain-English summary of income by partner or expenditure by category: the total, the largest and smallest lines. */
export function summarizeBudgetBreakdown(rows: readonly BudgetLineRow[]): string {
  if (rows.length === 0) return "The report gives no budget lines here.";
  const income = rows[0]!.view === "income";
  const total = Math.round(rows.reduce((sum, row) => sum + (row.amount_gbp ?? 0), 0) * 100) / 100;
  const largest = rows[0]!;
  const smallest = rows[rows.length - 1]!;
  const what = income ? "income came from" : "spending went on";
  return `${income ? "Income" : "Expenditure"} in 2012/13 totals ${formatPounds(total)} across ${rows.length} lines. The most ${what} ${largest.item}: ${formatPounds(largest.amount_gbp)} (${formatPercent(largest.share_pct)}). The least ${what} ${smallest.item}: ${formatPounds(smallest.amount_gbp)}.`;
}

/** Returns a figure title for income by partner or expenditure by category, from its rows: the largest line and the total. */
export function titleBudgetBreakdown(rows: readonly BudgetLineRow[]): string {
  if (rows.length === 0) return "The board's income and spending, 2012/13";
  const largest = rows[0]!;
  const total = Math.round(rows.reduce((sum, row) => sum + (row.amount_gbp ?? 0), 0) * 100) / 100;
  const what = largest.view === "income" ? "gave the most of the board's income" : "took the most of the board's spending";
  return `${largest.item} ${what} in 2012/13: ${formatPounds(largest.amount_gbp)} of ${formatPounds(total)}`;
}

/** A step of the budget position as the budgetPositionSteps query returns it. */
export interface BudgetStepRow {
  step_label: string;
  kind: string;
  amount_gbp: number | null;
}

/** Returns a plain-English summary of the year's money: income, spending, underspends brought forward and the net position. */
export function summarizeBudgetPosition(rows: readonly BudgetStepRow[]): string {
  if (rows.length === 0) return "The report gives no budget position.";
  const words = rows.map((row, index) => {
    const amount = formatPounds(row.amount_gbp);
    if (index === 0) return `${row.step_label} was ${amount}.`;
    if (row.kind === "decrease") return `${row.step_label} took away ${amount}.`;
    if (row.kind === "increase") return `${row.step_label} added ${amount}.`;
    return `${row.step_label}: ${amount}.`;
  });
  return words.join(" ");
}
