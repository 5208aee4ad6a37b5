/** The report as numbered lines; `lines[i]` is report line `i + 1`. */
export interface ReportText {
  readonly lines: readonly string[];
}

/** Returns the report text split into lines (LF or CRLF), keeping line numbers stable. */
export function parseReportText(text: string): ReportText {
  return { lines: text.replace(/\r\n?/g, "\n").split("\n") };
}

/** Returns the text of 1-based report line `line`, or "" past the end. */
export function lineAt(report: ReportText, line: number): string {
  return report.lines[line - 1] ?? "";
}
