import type { ReportText } from "../report/report-text.js";
import { financialYearPeriodColumns } from "../report/periods.js";
import { defineTable } from "../table-definition.js";
import { BUDGET_EXPENDITURE_TABLE, parseBudgetTableB, type BudgetPrintedLine } from "./budget-table-b.js";

/** One line of LSCB expenditure in 2012/13. */
export type BudgetExpenditureRow = {
  category: string;
  amount_gbp: number;
  financial_year: string;
  period_start: string;
  period_end: string;
  period_kind: "financial_year";
  source_line: number;
};

/** Table B as printed: the expenditure lines and the printed "Total expenditure" under them. */
export interface BudgetExpenditureTable {
  rows: BudgetExpenditureRow[];
  total: BudgetPrintedLine;
}

/** Reads the expenditure lines of Table B with the printed total expenditure they should add up to. */
export function parseBudgetExpenditureTable(report: ReportText): BudgetExpenditureTable {
  const { financialYear, expenditure, position } = parseBudgetTableB(report);
  const period = { financial_year: financialYear, ...financialYearPeriodColumns(financialYear) };
  return {
    rows: expenditure.map(({ label, amount, line }) => ({ category: label, amount_gbp: amount, ...period, source_line: line })),
    // parseBudgetTableB guarantees the block under Table B opens with "Total expenditure".
    total: position[0]!
  };
}

/** budget_expenditure: Table B, one row per expenditure line, the total excluded. */
export const budgetExpenditure = defineTable<BudgetExpenditureRow>({
  name: BUDGET_EXPENDITURE_TABLE,
  title: "LSCB expenditure, end of year 2012/13",
  description: "Total cost across the LSCB Business and Training units by category of expenditure (Table B).",
  sourceSection: "Table B - LSCB Expenditure, EOY 2012/13",
  columns: [
    { name: "category", type: "VARCHAR", description: "Expenditure category as printed, with its explanation in brackets." },
    { name: "amount_gbp", type: "DOUBLE", description: "Amount spent in pounds." },
    { name: "financial_year", type: "VARCHAR", description: "The financial year Table B's caption ('EOY 2012/13') names, as printed: 2012/13." },
    { name: "period_start", type: "DATE", description: "First day of financial_year (1 April)." },
    { name: "period_end", type: "DATE", description: "Last day of financial_year (31 March)." },
    { name: "period_kind", type: "VARCHAR", description: "Always financial_year." },
    { name: "source_line", type: "INTEGER", description: "Report line the row was read from." }
  ],
  parse: (report) => parseBudgetExpenditureTable(report).rows
});
