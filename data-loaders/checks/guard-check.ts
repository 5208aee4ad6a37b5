import { ReportFormatError } from "../errors.js";
import type { DataQualityRow } from "./finding.js";

/** Returns the check's findings, or one warning naming the check when the report could not be read for it: checks never throw. */
export function guardCheck(checkId: string, tableName: string, run: () => DataQualityRow[]): DataQualityRow[] {
  try {
    return run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [
      {
        check_id: checkId,
        table_name: tableName,
        severity: "warning",
        message: `This check could not be run because the report could not be read as expected: ${message}`,
        expected: null,
        actual: null,
        source_line: error instanceof ReportFormatError ? error.line : 1
      }
    ];
  }
}
