import { ReportFormatError } from "../errors.js";
import { isBlankLine, splitCells } from "./cells.js";
import { lineAt, type ReportText } from "./report-text.js";

/** How to recognise a table: its caption, and the labels its header row must start with. */
export interface TableLocatorOptions {
  /** The contract table name, used in every error message. */
  table: string;
  /** Matches the caption line; it must match exactly one line of the report. */
  caption: RegExp;
  /** The header's leading cells as printed (a RegExp where the report has quirks). */
  header: readonly (string | RegExp)[];
  /** How many non-blank lines may stand between caption and header. */
  maxLinesToHeader?: number;
}

/** Where a table sits in the report. */
export interface TableLocation {
  captionLine: number;
  headerLine: number;
  headerCells: string[];
}

/** Returns the 1-based numbers of every line matching `pattern`. */
export function findLines(report: ReportText, pattern: RegExp): number[] {
  const found: number[] = [];
  report.lines.forEach((text, index) => {
    if (pattern.test(text)) found.push(index + 1);
  });
  return found;
}

/** Returns the one line matching `pattern`, or throws naming the table when there are none or several. */
export function findUniqueLine(report: ReportText, pattern: RegExp, table: string, what = "caption"): number {
  const found = findLines(report, pattern);
  if (found.length === 1) return found[0]!;
  const line = found[0] ?? report.lines.length;
  throw new ReportFormatError(
    { table, line },
    `one ${what} line matching ${pattern}`,
    found.length === 0 ? "none" : `${found.length}, at lines ${found.join(", ")}`
  );
}

/** Finds a table by caption and header labels, checking every expected header cell. */
export function findTable(report: ReportText, options: TableLocatorOptions): TableLocation {
  const { table, caption, header, maxLinesToHeader = 2 } = options;
  const captionLine = findUniqueLine(report, caption, table);
  let headerLine = captionLine + 1;
  for (let seen = 0; headerLine <= report.lines.length; headerLine++) {
    if (isBlankLine(lineAt(report, headerLine))) continue;
    if (++seen > 1 + maxLinesToHeader || matchesLabel(splitCells(lineAt(report, headerLine))[0] ?? "", header[0]!)) break;
  }
  const headerCells = splitCells(lineAt(report, headerLine));
  header.forEach((label, index) => {
    const cell = headerCells[index] ?? "";
    if (!matchesLabel(cell, label)) {
      throw new ReportFormatError(
        { table, line: headerLine, column: `header ${index + 1}` },
        `header label ${typeof label === "string" ? JSON.stringify(label) : String(label)}`,
        JSON.stringify(cell)
      );
    }
  });
  return { captionLine, headerLine, headerCells };
}

/** True when a header cell reads as the expected label. */
export function matchesLabel(cell: string, label: string | RegExp): boolean {
  return typeof label === "string" ? cell === label : label.test(cell);
}
