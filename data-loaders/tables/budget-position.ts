import { ReportFormatError } from "../errors.js";
import type { ReportText } from "../report/report-text.js";
import { financialYearPeriodColumns } from "../report/periods.js";
import { defineTable } from "../table-definition.js";
import { BUDGET_POSITION_TABLE, parseBudgetTableB, type BudgetPrintedLine } from "./budget-table-b.js";

/** One line under Table B: total expenditure, an underspend or the end-of-year net position. */
export type BudgetPositionRow = {
  item: string;
  amount_gbp: number;
  financial_year: string;
  period_start: string;
  period_end: string;
  period_kind: "financial_year";
  source_line: number;
};

/** The lines under Table B, with the ones the net-position arithmetic needs picked out. */
export interface BudgetPositionTable {
  rows: BudgetPositionRow[];
  totalExpenditure: BudgetPrintedLine;
  /** "Underspend from 12/13": the underspend of the report's own year. */
  yearUnderspend: BudgetPrintedLine;
  /** Every line naming an underspend, in report order ("CDOP Underspend from 11/12" included). */
  underspends: BudgetPrintedLine[];
  netPosition: BudgetPrintedLine;
}

// The report covers 2012/13; its lines name years as `11/12` and `12/13`.
const YEAR_UNDERSPEND = /^Underspend from 12\/13$/i;
const UNDERSPEND = /\bUnderspend\b/i;
const NET_POSITION = /\bnet position\b/i;

/** Reads the lines under Table B: total expenditure, the underspends and the "12/13 EOY net position". */
export function parseBudgetPositionTable(report: ReportText): BudgetPositionTable {
  const { financialYear, position } = parseBudgetTableB(report);
  const period = { financial_year: financialYear, ...financialYearPeriodColumns(financialYear) };
  const find = (pattern: RegExp, what: string): BudgetPrintedLine => {
    const found = position.filter((item) => pattern.test(item.label));
    if (found.length === 1) return found[0]!;
    const line = found[1]?.line ?? position.at(-1)?.line ?? 0;
    throw new ReportFormatError({ table: BUDGET_POSITION_TABLE, line, row: what }, `one line matching ${pattern}`, found.length === 0 ? "none" : String(found.length));
  };
  return {
    rows: position.map(({ label, amount, line }) => ({ item: label, amount_gbp: amount, ...period, source_line: line })),
    totalExpenditure: position[0]!,
    yearUnderspend: find(YEAR_UNDERSPEND, "Underspend from 12/13"),
    underspends: position.filter((item) => UNDERSPEND.test(item.label)),
    netPosition: find(NET_POSITION, "EOY net position")
  };
}

/** budget_position: the lines under Table B — total expenditure, the underspends and the end-of-year net position. */
export const budgetPosition = defineTable<BudgetPositionRow>({
  name: BUDGET_POSITION_TABLE,
  title: "LSCB budget position, end of year 2012/13",
  description: "The lines printed under Table B: total expenditure, underspends brought forward from 2011/12, the 2012/13 underspend and the end-of-year net position.",
  sourceSection: "Table B - LSCB Expenditure, EOY 2012/13",
  columns: [
    { name: "item", type: "VARCHAR", description: "The line's label as printed." },
    { name: "amount_gbp", type: "DOUBLE", description: "Amount in pounds." },
    { name: "financial_year", type: "VARCHAR", description: "The financial year Table B's caption ('EOY 2012/13') names, as printed: 2012/13, the year whose end-of-year position the lines give (the underspends brought forward from 11/12 included)." },
    { name: "period_start", type: "DATE", description: "First day of financial_year (1 April)." },
    { name: "period_end", type: "DATE", description: "Last day of financial_year (31 March)." },
    { name: "period_kind", type: "VARCHAR", description: "Always financial_year." },
    { name: "source_line", type: "INTEGER", description: "Report line the row was read from." }
  ],
  parse: (report) => parseBudgetPositionTable(report).rows
});
