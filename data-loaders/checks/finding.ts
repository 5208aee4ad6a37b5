/** How serious a disagreement is: a contradicted total, a doubtful or missing value, or a note. */
export type Severity = "error" | "warning" | "info";

/** One data_quality finding: what the report's own numbers disagree on, where, and by how much. */
export type DataQualityRow = {
  check_id: string;
  table_name: string;
  severity: Severity;
  message: string;
  expected: number | null;
  actual: number | null;
  source_line: number;
};

/** Returns a finding when `expected` and `actual` differ (or either is missing), else null. */
export function compareFigures(finding: Omit<DataQualityRow, "severity"> & { severity?: Severity }): DataQualityRow | null {
  const { expected, actual } = finding;
  if (expected !== null && actual !== null && Math.abs(expected - actual) < 1e-9) return null;
  return { severity: "error", ...finding };
}
