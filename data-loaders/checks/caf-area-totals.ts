import { formatQuarter } from "../report/quarter-label.js";
import type { ReportText } from "../report/report-text.js";
import { CAF_BY_AREA_TABLE, parseCafByAreaTable } from "../tables/caf-table.js";
import type { DataQualityRow } from "./finding.js";
import { joinLabels, sumWithBlanks } from "./sum-with-blanks.js";

/**
 * Returns Table 1's findings: a warning per blank area cell, and per quarter how the printed Total compares with the area rows.
 * Where an area is blank and the other areas add up to the Total exactly, the finding is `info`: the Total counts the blank as
 * no CAFs (or leaves the area out), but the published cell stays NULL because the report does not say which.
 */
export function checkCafAreaTotals(report: ReportText): DataQualityRow[] {
  const { quarters, rows, total } = parseCafByAreaTable(report);
  const findings: DataQualityRow[] = [];
  const finding = (check_id: string, severity: DataQualityRow["severity"], message: string, expected: number | null, actual: number | null, source_line: number) =>
    findings.push({ check_id, table_name: CAF_BY_AREA_TABLE, severity, message, expected, actual, source_line });

  rows.forEach((row) =>
    row.cafs.forEach((cafs, index) => {
      if (cafs !== null) return;
      const quarter = formatQuarter(quarters[index]!);
      finding("caf_by_area_blank_cell", "warning", `Table 1 leaves the number of CAFs completed in ${row.label} in ${quarter} blank; it is published as missing (NULL), not as 0.`, null, null, row.line);
    })
  );

  quarters.forEach((fq, index) => {
    const quarter = formatQuarter(fq);
    const printed = total.cafs[index] ?? null;
    const parts = rows.map((row) => ({ label: row.label, value: row.cafs[index] ?? null }));
    if (printed === null) {
      const sum = parts.reduce((sum, part) => sum + (part.value ?? 0), 0);
      finding("caf_by_area_total", "warning", `Table 1 prints no Total for ${quarter}; its area rows add up to ${sum}.`, null, sum, total.line);
      return;
    }
    const { outcome, sum, blanks } = sumWithBlanks(printed, parts);
    const blank = joinLabels(blanks);
    const withFigure = `the ${parts.length - blanks.length} areas with a figure`;
    if (outcome === "equal_if_blanks_are_none") {
      finding("caf_by_area_total", "info", `Table 1's printed Total for ${quarter} (${printed}) equals the sum of ${withFigure} (${sum}): it counts the blank ${blank} cell as no CAFs, or leaves ${blank} out. The report does not say which, so ${blank} stays missing (NULL), not 0.`, printed, sum, total.line);
    } else if (outcome === "short_with_blanks") {
      finding("caf_by_area_total", "warning", `Table 1's printed Total for ${quarter} is ${printed}, but ${withFigure} add up to ${sum}; the blank ${blank} cell may account for the ${printed - sum} missing, but the report does not say so.`, printed, sum, total.line);
    } else if (outcome === "contradicted") {
      const rowsText = blanks.length === 0 ? `its ${parts.length} area rows add up to ${sum}` : `${withFigure} already add up to ${sum} (${blank} is blank)`;
      finding("caf_by_area_total", "error", `Table 1's printed Total for ${quarter} is ${printed}, but ${rowsText}.`, printed, sum, total.line);
    }
  });
  return findings;
}
