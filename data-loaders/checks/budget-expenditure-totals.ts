import type { ReportText } from "../report/report-text.js";
import { parseBudgetExpenditureTable } from "../tables/budget-expenditure.js";
import { BUDGET_EXPENDITURE_TABLE } from "../tables/budget-table-b.js";
import { compareFigures, type DataQualityRow } from "./finding.js";
import { formatPounds, sumPounds } from "./pounds.js";

/** Returns a finding when Table B's printed "Total expenditure" is not the sum of its expenditure lines. */
export function checkBudgetExpenditureTotals(report: ReportText): DataQualityRow[] {
  const { rows, total } = parseBudgetExpenditureTable(report);
  const sum = sumPounds(rows.map((row) => row.amount_gbp));
  const finding = compareFigures({
    check_id: "budget_expenditure_total",
    table_name: BUDGET_EXPENDITURE_TABLE,
    message: `Table B's printed total expenditure is ${formatPounds(total.amount)}, but its ${rows.length} expenditure lines add up to ${formatPounds(sum)}.`,
    expected: total.amount,
    actual: sum,
    source_line: total.line
  });
  return finding ? [finding] : [];
}
