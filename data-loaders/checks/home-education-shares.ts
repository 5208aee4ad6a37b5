import type { ReportText } from "../report/report-text.js";
import { HOME_EDUCATION_GRADES_TABLE, parseHomeEducationGradesTable } from "../tables/home-education-grades.js";
import { HOME_EDUCATION_REASONS_TABLE, parseHomeEducationReasonsTable } from "../tables/home-education-reasons.js";
import type { DataQualityRow } from "./finding.js";

/**
 * Returns a finding when the home education grades, or the reasons for home education, do not share out 100%: `info` when the
 * gap is small enough to come from rounding each printed whole percentage, else `warning` (neither list prints a total).
 */
export function checkHomeEducationShares(report: ReportText): DataQualityRow[] {
  const grades = parseHomeEducationGradesTable(report);
  const reasons = parseHomeEducationReasonsTable(report);
  return [
    shareFinding(HOME_EDUCATION_GRADES_TABLE, "home_education_grades_sum", "The percentages of home educators at each grade", grades.rows, grades.headerLine),
    shareFinding(HOME_EDUCATION_REASONS_TABLE, "home_education_reasons_sum", "The percentages given for the reasons for home education", reasons.rows, reasons.introLine)
  ].filter((finding): finding is DataQualityRow => finding !== null);
}

function shareFinding(table_name: string, check_id: string, what: string, rows: readonly { share_pct: number }[], source_line: number): DataQualityRow | null {
  const sum = Math.round(rows.reduce((total, row) => total + row.share_pct, 0) * 1000) / 1000;
  if (sum === 100) return null;
  const rounding = Math.abs(sum - 100) < rows.length * 0.5;
  return {
    check_id,
    table_name,
    severity: rounding ? "info" : "warning",
    message: `${what} add up to ${sum}%, not 100%${rounding ? ", a gap that rounding each percentage could explain" : ""}.`,
    expected: 100,
    actual: sum,
    source_line
  };
}
