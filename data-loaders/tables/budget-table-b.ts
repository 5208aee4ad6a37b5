import { ReportFormatError } from "../errors.js";
import { splitCells } from "../report/cells.js";
import { findTable } from "../report/find-table.js";
import { parseCaptionFinancialYear } from "../report/periods.js";
import { parseRequiredMoney } from "../report/money-cell.js";
import { lineAt, type ReportText } from "../report/report-text.js";
import { readTableBody, type TableBodyLine } from "../report/table-body.js";

/** The contract name errors use for the expenditure lines of Table B. */
export const BUDGET_EXPENDITURE_TABLE = "budget_expenditure";

/** The contract name errors use for the lines under Table B (total expenditure, underspends, net position). */
export const BUDGET_POSITION_TABLE = "budget_position";

/** One labelled amount of Table B or of the lines under it, as printed. */
export interface BudgetPrintedLine {
  label: string;
  amount: number;
  line: number;
}

/** Table B as printed: the expenditure lines, then the block of lines under it that opens with "Total expenditure". */
export interface BudgetTableB {
  /** The financial year Table B's caption names ("EOY 2012/13": 2012/13). */
  financialYear: string;
  expenditure: BudgetPrintedLine[];
  position: BudgetPrintedLine[];
}

const SECOND_HEADER = "Total cost across LSCB Business & Training units";
const TOTAL_EXPENDITURE = /^Total expenditure$/i;

/** Reads "Table B - LSCB Expenditure, EOY 2012/13" and the lines under it, up to the blank line before the next section. */
export function parseBudgetTableB(report: ReportText): BudgetTableB {
  const table = BUDGET_EXPENDITURE_TABLE;
  const { captionLine, headerLine } = findTable(report, { table, caption: /^Table B\s*[-–]\s*LSCB Expenditure\b/i, header: ["Description"] });
  const financialYear = parseCaptionFinancialYear(splitCells(lineAt(report, captionLine))[0] ?? "", { table, line: captionLine, row: "caption" });
  // The amount column is labelled on the line under "Description": `	Total cost across LSCB Business & Training units	`.
  const secondHeader = splitCells(lineAt(report, headerLine + 1))[1] ?? "";
  if (secondHeader !== SECOND_HEADER) {
    throw new ReportFormatError({ table, line: headerLine + 1, column: "header 2" }, `header label ${JSON.stringify(SECOND_HEADER)}`, JSON.stringify(secondHeader));
  }
  // The expenditure lines end at a blank line (or straight at "Total expenditure"); the position block follows.
  const body = readTableBody(report, { firstLine: headerLine + 2, endsAtBlankLine: true, isClosing: (cells) => TOTAL_EXPENDITURE.test(cells[0] ?? "") });
  const expenditure = body.lines.map((line) => parseLabelledAmount(line, table));
  let start = body.closing?.line ?? body.nextLine;
  while (start <= report.lines.length && lineAt(report, start).trim() === "") start++;
  const block = readTableBody(report, { firstLine: start, endsAtBlankLine: true });
  const position = block.lines.map((line) => parseLabelledAmount(line, BUDGET_POSITION_TABLE));
  const first = position[0];
  if (!first || !TOTAL_EXPENDITURE.test(first.label)) {
    throw new ReportFormatError({ table: BUDGET_POSITION_TABLE, line: start, row: first?.label ?? "" }, 'a "Total expenditure" line under Table B', JSON.stringify(splitCells(lineAt(report, start))[0] ?? ""));
  }
  return { financialYear, expenditure, position };
}

function parseLabelledAmount({ cells, line }: TableBodyLine, table: string): BudgetPrintedLine {
  const [label = "", amountCell = "", padding = ""] = cells;
  // Every line carries a third, empty cell: `Salaries	132,640.49	`.
  if (cells.length !== 3) throw new ReportFormatError({ table, line, row: label }, "3 cells", String(cells.length));
  if (label === "") throw new ReportFormatError({ table, line, column: "Description" }, "a description", '""');
  if (padding !== "") throw new ReportFormatError({ table, line, row: label, column: "3" }, "an empty cell", JSON.stringify(padding));
  return { label, amount: parseRequiredMoney(amountCell, { table, line, row: label, column: "amount" }), line };
}
