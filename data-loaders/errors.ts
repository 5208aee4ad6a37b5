/** Where in the report a malformed value was met: the table (or indicator), row, column and 1-based line. */
export interface ReportLocation {
  table: string;
  line: number;
  row?: string;
  column?: string;
}

/** The one error type for malformed report text; its message names table, row/column, expected, found and line. */
export class ReportFormatError extends Error {
  readonly table: string;
  readonly line: number;
  readonly row: string | undefined;
  readonly column: string | undefined;
  readonly expected: string;
  readonly found: string;

  constructor(location: ReportLocation, expected: string, found: string) {
    super(formatReportError(location, expected, found));
    this.name = "ReportFormatError";
    this.table = location.table;
    this.line = location.line;
    this.row = location.row;
    this.column = location.column;
    this.expected = expected;
    this.found = found;
  }
}

/** Returns the message text of a ReportFormatError, e.g. `marac_meetings row "TOTAL": expected 17 cells, found 16 (report line 455)`. */
export function formatReportError(location: ReportLocation, expected: string, found: string): string {
  const where = [
    location.table,
    location.row === undefined ? "" : `row ${JSON.stringify(location.row)}`,
    location.column === undefined ? "" : `column ${JSON.stringify(location.column)}`
  ]
    .filter(Boolean)
    .join(" ");
  return `${where}: expected ${expected}, found ${found} (report line ${location.line})`;
}
