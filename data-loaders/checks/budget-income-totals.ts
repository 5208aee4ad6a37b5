import type { ReportText } from "../report/report-text.js";
import { BUDGET_INCOME_TABLE, parseBudgetIncomeTable, publishedAmount, type BudgetIncomePrintedRow } from "../tables/budget-income.js";
import { compareFigures, type DataQualityRow } from "./finding.js";
import { formatPounds, sumPounds } from "./pounds.js";

// Only the health agencies' line is printed as a block of parts and subtotal in Table A, so its note is named after it.
const BLOCK_NOTE_CHECK = "budget_income_health_block";

const COUNT_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/**
 * Returns Table A's findings: the printed Total against the published partner amounts (a block counted at its subtotal);
 * for each line printed as a block, its subtotal against the sum of its parts (an error when they differ, else a note
 * explaining the block); and a warning for a line with a single unlabeled amount under it, which cannot be read as a block.
 */
export function checkBudgetIncomeTotals(report: ReportText): DataQualityRow[] {
  const { rows, total } = parseBudgetIncomeTable(report);
  const findings: DataQualityRow[] = [];
  const sum = sumPounds(rows.map(publishedAmount));
  const gap = sumPounds([total.amount, -sum]);
  const blocks = rows.filter((row) => row.subtotal !== null).map((row) => `"${row.partner}" at its subtotal ${formatPounds(publishedAmount(row))}`);
  const counted = blocks.length > 0 ? `, counting ${blocks.join(" and ")},` : "";
  const totalFinding = compareFigures({
    check_id: "budget_income_total",
    table_name: BUDGET_INCOME_TABLE,
    message: `Table A's printed Total income is ${formatPounds(total.amount)}, but its ${rows.length} partner amounts${counted} add up to ${formatPounds(sum)} (${formatPounds(Math.abs(gap))} ${gap > 0 ? "less" : "more"}).`,
    expected: total.amount,
    actual: sum,
    source_line: total.line
  });
  if (totalFinding) findings.push(totalFinding);

  for (const row of rows) {
    if (row.subtotal !== null) findings.push(checkBlock(row, row.subtotal.amount));
    else if (row.parts.length > 1) findings.push(loneAmountWarning(row));
  }
  return findings;
}

// The block's subtotal against its parts: an error when they differ, else a note saying how the line was read.
function checkBlock(row: BudgetIncomePrintedRow, subtotal: number): DataQualityRow {
  const amounts = row.parts.map((part) => part.amount);
  const partsSum = sumPounds(amounts);
  const underIt = row.parts.length; // the parts after the line's own amount, plus the subtotal
  const others = row.parts.length === 2 ? "another part" : "its other parts";
  const layout = `The line "${row.partner}" prints ${formatPounds(row.amount)}, and the ${countWord(underIt)} amounts printed under it without a label are ${others} and its subtotal`;
  const mismatch = compareFigures({
    check_id: "budget_income_subtotal",
    table_name: BUDGET_INCOME_TABLE,
    message: `${layout}, but the parts do not add up to the subtotal: ${amounts.map(formatPounds).join(" + ")} = ${formatPounds(partsSum)}, not ${formatPounds(subtotal)}. The published row uses the printed subtotal ${formatPounds(subtotal)}.`,
    expected: subtotal,
    actual: partsSum,
    source_line: row.line
  });
  return (
    mismatch ?? {
      check_id: BLOCK_NOTE_CHECK,
      table_name: BUDGET_INCOME_TABLE,
      severity: "info",
      message: `${layout}: ${amounts.map(formatPounds).join(" + ")} = ${formatPounds(subtotal)}. The published row uses the subtotal ${formatPounds(subtotal)}.`,
      expected: subtotal,
      actual: partsSum,
      source_line: row.line
    }
  );
}

// One amount under a line may be a second part or a restated total; the row keeps the amount on its own line.
function loneAmountWarning(row: BudgetIncomePrintedRow): DataQualityRow {
  const lone = row.parts.at(-1)!;
  return {
    check_id: "budget_income_unlabeled_amount",
    table_name: BUDGET_INCOME_TABLE,
    severity: "warning",
    message: `The line "${row.partner}" prints ${formatPounds(row.amount)}, and one amount, ${formatPounds(lone.amount)}, is printed under it without a label; it is unclear whether it is part of the partner's contribution, so the published row keeps ${formatPounds(row.amount)}.`,
    expected: null,
    actual: lone.amount,
    source_line: lone.line
  };
}

function countWord(count: number): string {
  return COUNT_WORDS[count] ?? String(count);
}
