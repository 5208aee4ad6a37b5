import { ReportFormatError, type ReportLocation } from "../errors.js";
import { splitCells } from "../report/cells.js";
import { findTable } from "../report/find-table.js";
import { parseRequiredMoney } from "../report/money-cell.js";
import { parsePercent } from "../report/numbers.js";
import { financialYearPeriodColumns, parseCaptionFinancialYear } from "../report/periods.js";
import { lineAt, type ReportText } from "../report/report-text.js";
import { isTableCaption, readTableBody } from "../report/table-body.js";
import { defineTable } from "../table-definition.js";

/** The contract name errors use for Table A, LSCB income. */
export const BUDGET_INCOME_TABLE = "budget_income";

/** Words the report prints in the % contribution column instead of a percentage; they mean share_pct NULL. */
export const SHARE_NOTES = ["Nationally set contribution", "N/A"] as const;

/** An amount printed on a line of its own, with no label, under a partner line. */
export interface PrintedAmount {
  amount: number;
  line: number;
}

/** One partner line of Table A as printed; a line with amounts printed under it is a block of parts ending in its subtotal. */
export interface BudgetIncomePrintedRow {
  partner: string;
  share_pct: number | null;
  share_note: string | null;
  /** The amount printed on the partner's own line. */
  amount: number;
  line: number;
  /** The line's own amount, then every unlabeled amount under it but the last (all of them when there is only one). */
  parts: PrintedAmount[];
  /** The last unlabeled amount when at least two are printed under the line, else null. */
  subtotal: PrintedAmount | null;
}

/** Table A as printed: partner lines with their parts and subtotals, and the printed Total. */
export interface BudgetIncomeTable {
  /** The financial year the caption names ("Table A - LSCB Income, 2012/13"). */
  financialYear: string;
  rows: BudgetIncomePrintedRow[];
  total: PrintedAmount;
}

/** One partner's contribution to the LSCB budget in 2012/13. */
export type BudgetIncomeRow = {
  partner: string;
  share_pct: number | null;
  share_note: string | null;
  amount_gbp: number;
  financial_year: string;
  period_start: string;
  period_end: string;
  period_kind: "financial_year";
  source_line: number;
};

const WIDTH = 3;

/** Reads "Table A - LSCB Income, 2012/13": partner lines up to the Total, unlabeled amounts kept with the line above them. */
export function parseBudgetIncomeTable(report: ReportText): BudgetIncomeTable {
  const table = BUDGET_INCOME_TABLE;
  const { captionLine, headerLine } = findTable(report, {
    table,
    caption: /^Table A\s*[-–]\s*LSCB Income\b/i,
    header: ["LSCB Partner Agency", "% contribution", "Total"]
  });
  // A blank line (page break) separates the health amounts from Probation; the Total row closes the table.
  const body = readTableBody(report, { firstLine: headerLine + 1, isClosing: (cells) => /^total$/i.test(cells[0] ?? ""), isAfterTable: isTableCaption });
  const financialYear = parseCaptionFinancialYear(splitCells(lineAt(report, captionLine))[0] ?? "", { table, line: captionLine, row: "caption" });
  const drafts: PrintedLine[] = [];
  for (const { cells, line } of body.lines) {
    const [partner = "", share = "", amountCell = ""] = cells;
    if (cells.length !== WIDTH) throw new ReportFormatError({ table, line, row: partner }, `${WIDTH} cells`, String(cells.length));
    if (partner === "" && share === "") {
      // "Health agencies: PCT Luton/L&D Hospital & SEPT" is followed by three amounts with no label of their own.
      const above = drafts.at(-1);
      if (!above) throw new ReportFormatError({ table, line, column: "LSCB Partner Agency" }, "a partner label", '""');
      above.unlabeled.push({ amount: parseRequiredMoney(amountCell, { table, line, row: `${above.partner} (unlabeled amount)`, column: "Total" }), line });
      continue;
    }
    if (partner === "") throw new ReportFormatError({ table, line, column: "LSCB Partner Agency" }, "a partner label", '""');
    const shareCell = parseShare(share, { table, line, row: partner, column: "% contribution" });
    const amount = parseRequiredMoney(amountCell, { table, line, row: partner, column: "Total" });
    drafts.push({ partner, ...shareCell, amount, line, unlabeled: [] });
  }
  if (!body.closing) {
    throw new ReportFormatError({ table, line: body.nextLine, row: "Total" }, "a Total row closing the table", JSON.stringify(splitCells(lineAt(report, body.nextLine))[0] ?? ""));
  }
  const { cells, line } = body.closing;
  if (cells.length !== WIDTH) throw new ReportFormatError({ table, line, row: cells[0] }, `${WIDTH} cells`, String(cells.length));
  return { financialYear, rows: drafts.map(toPrintedRow), total: { amount: parseRequiredMoney(cells[2]!, { table, line, row: cells[0], column: "Total" }), line } };
}

/** Returns the amount budget_income publishes for a printed line: its block's subtotal, else the amount on the line. */
export function publishedAmount(row: BudgetIncomePrintedRow): number {
  return row.subtotal?.amount ?? row.amount;
}

type PrintedLine = Omit<BudgetIncomePrintedRow, "parts" | "subtotal"> & { unlabeled: PrintedAmount[] };

// "Health agencies: PCT Luton/L&D Hospital & SEPT	40%	£49,837.00" is followed by "£24,552.00", "£24,552.00", "£98,941.00":
// a breakdown ending in its subtotal (49,837 + 24,552 + 24,552 = 98,941), and only 98,941 makes the printed Total £305,438.00.
function toPrintedRow({ unlabeled, ...row }: PrintedLine): BudgetIncomePrintedRow {
  const own = { amount: row.amount, line: row.line };
  // One amount under a line cannot be read as a breakdown: it stays a part, the line keeps its own amount and the check warns.
  if (unlabeled.length < 2) return { ...row, parts: [own, ...unlabeled], subtotal: null };
  return { ...row, parts: [own, ...unlabeled.slice(0, -1)], subtotal: unlabeled.at(-1)! };
}

/** Returns the share as a number, or null with the report's note for `Nationally set contribution` and `N/A`. */
export function parseShare(cell: string, location: ReportLocation): { share_pct: number | null; share_note: string | null } {
  const note = SHARE_NOTES.find((text) => text.toLowerCase() === cell.trim().toLowerCase());
  if (note !== undefined) return { share_pct: null, share_note: cell.trim() };
  return { share_pct: parsePercent(cell, location), share_note: null };
}

/** budget_income: Table A, one row per partner line at its published amount (a block's subtotal), the Total excluded. */
export const budgetIncome = defineTable<BudgetIncomeRow>({
  name: BUDGET_INCOME_TABLE,
  title: "LSCB income by partner agency, 2012/13",
  description:
    "Contributions to the LSCB budget (Table A), one row per partner; together they make the printed Total £305,438.00. The health agencies' line prints £49,837.00 and, under it without labels, £24,552.00, £24,552.00 and £98,941.00: its other parts and their subtotal (49,837 + 24,552 + 24,552 = 98,941). Its row holds the subtotal £98,941.00; the parts are not rows.",
  sourceSection: "Table A - LSCB Income, 2012/13",
  columns: [
    { name: "partner", type: "VARCHAR", description: "Partner agency or income source, as printed." },
    { name: "share_pct", type: "DOUBLE", description: "Printed % contribution; NULL where the report prints a note instead (see share_note)." },
    { name: "share_note", type: "VARCHAR", description: "Text printed in the % column instead of a percentage ('Nationally set contribution', 'N/A'), else NULL." },
    { name: "amount_gbp", type: "DOUBLE", description: "Partner's contribution in pounds: the amount printed on its line, or, for a line printed with parts under it (the health agencies), the block's subtotal, its last amount." },
    { name: "financial_year", type: "VARCHAR", description: "The financial year Table A's caption ('LSCB Income, 2012/13') names, as printed: 2012/13." },
    { name: "period_start", type: "DATE", description: "First day of financial_year (1 April)." },
    { name: "period_end", type: "DATE", description: "Last day of financial_year (31 March)." },
    { name: "period_kind", type: "VARCHAR", description: "Always financial_year." },
    { name: "source_line", type: "INTEGER", description: "Report line of the partner's label (for the health agencies, the line printing £49,837.00, not the subtotal's line)." }
  ],
  parse: (report) => {
    const { financialYear, rows } = parseBudgetIncomeTable(report);
    return rows.map((row) => ({
      partner: row.partner,
      share_pct: row.share_pct,
      share_note: row.share_note,
      amount_gbp: publishedAmount(row),
      financial_year: financialYear,
      ...financialYearPeriodColumns(financialYear),
      source_line: row.line
    }));
  }
});
