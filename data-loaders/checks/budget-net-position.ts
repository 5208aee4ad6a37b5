import type { ReportText } from "../report/report-text.js";
import { parseBudgetIncomeTable } from "../tables/budget-income.js";
import { parseBudgetPositionTable } from "../tables/budget-position.js";
import { BUDGET_POSITION_TABLE } from "../tables/budget-table-b.js";
import { compareFigures, type DataQualityRow } from "./finding.js";
import { formatPounds, sumPounds } from "./pounds.js";

/**
 * Returns findings on the arithmetic the lines under Table B imply: the 12/13 underspend is Table A's Total income less Table B's
 * total expenditure, and the EOY net position is the sum of every underspend line (the two brought forward from 11/12 and 12/13's).
 */
export function checkBudgetNetPosition(report: ReportText): DataQualityRow[] {
  const income = parseBudgetIncomeTable(report).total;
  const { totalExpenditure, yearUnderspend, underspends, netPosition } = parseBudgetPositionTable(report);
  const inYear = sumPounds([income.amount, -totalExpenditure.amount]);
  const underspendSum = sumPounds(underspends.map((line) => line.amount));
  return [
    compareFigures({
      check_id: "budget_year_underspend",
      table_name: BUDGET_POSITION_TABLE,
      message: `"${yearUnderspend.label}" is ${formatPounds(yearUnderspend.amount)}, but Table A's Total income ${formatPounds(income.amount)} less Table B's total expenditure ${formatPounds(totalExpenditure.amount)} is ${formatPounds(inYear)}.`,
      expected: yearUnderspend.amount,
      actual: inYear,
      source_line: yearUnderspend.line
    }),
    compareFigures({
      check_id: "budget_net_position",
      table_name: BUDGET_POSITION_TABLE,
      message: `The "${netPosition.label}" is ${formatPounds(netPosition.amount)}, but the underspends printed above it (${underspends.map((line) => `${line.label} ${formatPounds(line.amount)}`).join("; ")}) add up to ${formatPounds(underspendSum)}.`,
      expected: netPosition.amount,
      actual: underspendSum,
      source_line: netPosition.line
    })
  ].filter((finding): finding is DataQualityRow => finding !== null);
}
