import { ReportFormatError } from "../errors.js";
import { splitCells, trimTrailingEmptyCells } from "../report/cells.js";
import { findTable } from "../report/find-table.js";
import { parseCount } from "../report/numbers.js";
import { formatQuarter, parseQuarterLabel, quarterLabelPattern, type FinancialQuarter } from "../report/quarter-label.js";
import { lineAt, type ReportText } from "../report/report-text.js";
import { isDashedRule, isTableCaption, readTableBody, type TableBodyLine } from "../report/table-body.js";

/** The contract name errors use for Table 1, CAFs completed by area. */
export const CAF_BY_AREA_TABLE = "caf_by_area";

/** The contract name errors use for Table 2, CAFs completed by referring agency. */
export const CAF_BY_AGENCY_TABLE = "caf_by_agency";

/** The quarters both CAF tables print, in column order: 2011/12 Q1 to 2012/13 Q4. */
export const CAF_QUARTERS: readonly FinancialQuarter[] = ["2011/12", "2012/13"].flatMap((financialYear) =>
  [1, 2, 3, 4].map((quarter) => ({ financialYear, quarter }))
);

/** One printed row of a CAF table: its label and one count per quarter (null where blank). */
export interface CafPrintedRow {
  label: string;
  cafs: (number | null)[];
  line: number;
}

/** A CAF table as printed: its quarters, header line and rows. */
export interface CafQuarterTable {
  quarters: FinancialQuarter[];
  headerLine: number;
  rows: CafPrintedRow[];
}

/** Table 1 as printed: one row per area and the printed Total row. */
export interface CafByAreaTable extends CafQuarterTable {
  total: CafPrintedRow;
}

/** Table 2 as printed: one row per referring agency, and the dashed rule closing it when printed. */
export interface CafByAgencyTable extends CafQuarterTable {
  ruleLine: number | null;
}

/** Reads "Table 1 – Number of CAFs completed": five area rows, closed by the printed Total row. */
export function parseCafByAreaTable(report: ReportText): CafByAreaTable {
  const table = CAF_BY_AREA_TABLE;
  const { quarters, headerLine } = findCafTable(report, table, /^Table\s*1\s*[–-]\s*Number of CAFs completed\b/i);
  // Table 2's caption follows the Total row with no blank line between them.
  const body = readTableBody(report, { firstLine: headerLine + 1, isClosing: (cells) => /^total$/i.test(cells[0] ?? ""), isAfterTable: isTableCaption });
  const rows = body.lines.map((line) => parseCafRow(line, quarters, table));
  if (!body.closing) {
    throw new ReportFormatError({ table, line: body.nextLine, row: "Total" }, "a Total row closing the table", JSON.stringify(splitCells(lineAt(report, body.nextLine))[0] ?? ""));
  }
  return { quarters, headerLine, rows, total: parseCafRow(body.closing, quarters, table) };
}

/** Reads "Table 2 CAFs completed by referring agency": agency rows, across a blank line, up to the dashed rule. */
export function parseCafByAgencyTable(report: ReportText): CafByAgencyTable {
  const table = CAF_BY_AGENCY_TABLE;
  const { quarters, headerLine } = findCafTable(report, table, /^Table\s*2\b.*\bCAFs completed by referring agency\b/i);
  // The GCP row is detached from the others by a blank line; the table ends at a dashed rule `-----	--	…`.
  const body = readTableBody(report, { firstLine: headerLine + 1, isClosing: isDashedRule });
  return { quarters, headerLine, rows: body.lines.map((line) => parseCafRow(line, quarters, table)), ruleLine: body.closing?.line ?? null };
}

function findCafTable(report: ReportText, table: string, caption: RegExp): { quarters: FinancialQuarter[]; headerLine: number } {
  // Both tables head their first column "Area", although Table 2 lists referring agencies.
  const { headerLine, headerCells } = findTable(report, { table, caption, header: ["Area", ...CAF_QUARTERS.map(quarterLabelPattern)] });
  const labels = trimTrailingEmptyCells(headerCells).slice(1);
  if (labels.length !== CAF_QUARTERS.length) {
    throw new ReportFormatError(
      { table, line: headerLine, column: `header ${CAF_QUARTERS.length + 2}` },
      `${CAF_QUARTERS.length} quarter columns`,
      `${labels.length} (${JSON.stringify(labels.at(-1))})`
    );
  }
  const quarters = labels.map((label, index) => parseQuarterLabel(label, { table, line: headerLine, column: `header ${index + 2}` }));
  return { quarters, headerLine };
}

function parseCafRow({ cells, line }: TableBodyLine, quarters: readonly FinancialQuarter[], table: string): CafPrintedRow {
  const label = cells[0] ?? "";
  if (cells.length !== 1 + quarters.length) {
    throw new ReportFormatError({ table, line, row: label }, `${1 + quarters.length} cells`, String(cells.length));
  }
  if (label === "") throw new ReportFormatError({ table, line, column: "Area" }, "a row label", '""');
  const cafs = quarters.map((quarter, index) => parseCount(cells[index + 1]!, { table, line, row: label, column: formatQuarter(quarter) }));
  if (cafs.every((count) => count === null)) {
    throw new ReportFormatError({ table, line, row: label }, "a count in at least one quarter", "only blank cells");
  }
  return { label, cafs, line };
}
