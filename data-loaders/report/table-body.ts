import { ReportFormatError } from "../errors.js";
import { isBlankLine, splitCells } from "./cells.js";
import { lineAt, type ReportText } from "./report-text.js";

/** One printed line of a table body: its tab-separated cells and its 1-based report line. */
export interface TableBodyLine {
  cells: string[];
  line: number;
}

/** How a table body ends, besides the end of the report. */
export interface TableBodyOptions {
  /** The first line after the header. */
  firstLine: number;
  /** True for a line that closes the table and is read with it (a Total row, a dashed rule). */
  isClosing?: (cells: readonly string[]) => boolean;
  /** True for a line that already belongs to what follows (the next table's caption): the table ends before it. */
  isAfterTable?: (cells: readonly string[]) => boolean;
  /** When true a blank line ends the table; otherwise blank lines are page breaks, and a blank line followed by prose (a line with no tab) ends it. */
  endsAtBlankLine?: boolean;
}

/** The lines of a table body, the closing line if one was met, and the first line after the table. */
export interface TableBody {
  lines: TableBodyLine[];
  closing: TableBodyLine | null;
  nextLine: number;
}

/** Returns the body lines of a table from `firstLine` up to its closing line, a blank line or the prose that follows it. */
export function readTableBody(report: ReportText, options: TableBodyOptions): TableBody {
  const { firstLine, isClosing = () => false, isAfterTable = () => false, endsAtBlankLine = false } = options;
  const lines: TableBodyLine[] = [];
  let afterBlank = false;
  for (let line = firstLine; line <= report.lines.length; line++) {
    const text = lineAt(report, line);
    if (isBlankLine(text)) {
      if (endsAtBlankLine) return { lines, closing: null, nextLine: line };
      afterBlank = true;
      continue;
    }
    if (afterBlank && !text.includes("\t")) return { lines, closing: null, nextLine: line };
    afterBlank = false;
    const cells = splitCells(text);
    if (isClosing(cells)) return { lines, closing: { cells, line }, nextLine: line + 1 };
    if (isAfterTable(cells)) return { lines, closing: null, nextLine: line };
    lines.push({ cells, line });
  }
  return { lines, closing: null, nextLine: report.lines.length + 1 };
}

/** True for the caption of a following table, such as `Table 2 CAFs completed…` or `Table B - LSCB Expenditure…`. */
export function isTableCaption(cells: readonly string[]): boolean {
  return /^Table\s*[A-Z0-9]+\b/i.test(cells[0] ?? "");
}

/** True for a rule line such as `-----	--	--`: every cell is dashes or empty, and at least one is dashes. */
export function isDashedRule(cells: readonly string[]): boolean {
  return cells.some((cell) => cell !== "") && cells.every((cell) => /^-*$/.test(cell));
}

/** Throws a ReportFormatError naming the table, the column and the report line unless a header repeated at the top of a page prints every label of `header`. */
export function expectRepeatedHeader({ cells, line }: TableBodyLine, table: string, header: readonly string[]): void {
  header.forEach((label, index) => {
    if (cells[index] !== label) {
      throw new ReportFormatError({ table, line, column: `header ${index + 1}` }, `the repeated header label ${JSON.stringify(label)}`, JSON.stringify(cells[index] ?? ""));
    }
  });
}
