import { readFileSync } from "node:fs";
import { COMMITTED_REPORT_PATH } from "../../data-loaders/sources/committed-report.js";
import { parseReportText, type ReportText } from "../../data-loaders/report/report-text.js";

/** The committed report's raw text, for mutation tests. */
export const REPORT_SOURCE = readFileSync(COMMITTED_REPORT_PATH, "utf-8");

/** Returns the report with one line replaced by the result of `edit` (1-based line number). */
export function reportWithLine(line: number, edit: (text: string) => string): ReportText {
  const lines = REPORT_SOURCE.split("\n");
  lines[line - 1] = edit(lines[line - 1] ?? "");
  return parseReportText(lines.join("\n"));
}

/** Returns the 1-based number of the one report line that starts with `prefix`. */
export function lineStarting(prefix: string): number {
  const lines = REPORT_SOURCE.split("\n");
  const found = lines.flatMap((text, index) => (text.startsWith(prefix) ? [index + 1] : []));
  if (found.length !== 1) throw new Error(`expected one line starting ${JSON.stringify(prefix)}, found ${found.length}`);
  return found[0]!;
}
