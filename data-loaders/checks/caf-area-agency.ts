import { formatQuarter } from "../report/quarter-label.js";
import type { ReportText } from "../report/report-text.js";
import { CAF_BY_AGENCY_TABLE, parseCafByAgencyTable, parseCafByAreaTable } from "../tables/caf-table.js";
import type { DataQualityRow } from "./finding.js";
import { joinLabels, sumWithBlanks } from "./sum-with-blanks.js";

/**
 * Returns a finding for each quarter where Table 2's referring agencies do not add up to the CAFs Table 1 says were completed
 * (its printed Total): `error` when they add up to more, or differ with no blank cell; `warning` when they fall short and a blank
 * agency cell could account for the gap.
 */
export function checkCafAreaAgency(report: ReportText): DataQualityRow[] {
  const byArea = parseCafByAreaTable(report);
  const byAgency = parseCafByAgencyTable(report);
  const findings: DataQualityRow[] = [];
  byAgency.quarters.forEach((fq, index) => {
    const quarter = formatQuarter(fq);
    const areaIndex = byArea.quarters.findIndex((other) => formatQuarter(other) === quarter);
    const completed = byArea.total.cafs[areaIndex] ?? null;
    if (completed === null) return; // a blank Table 1 Total is reported by checkCafAreaTotals
    const parts = byAgency.rows.map((row) => ({ label: row.label, value: row.cafs[index] ?? null }));
    const { outcome, sum, blanks } = sumWithBlanks(completed, parts);
    if (outcome === "equal" || outcome === "equal_if_blanks_are_none") return;
    const difference = sum > completed ? `${sum - completed} more` : `${completed - sum} fewer`;
    const lead = `In ${quarter} Table 1 counts ${completed} CAFs completed (its Total row), but Table 2's referring agencies add up to ${sum}, ${difference}`;
    const message =
      outcome === "short_with_blanks"
        ? `${lead}; ${joinLabels(blanks)} ${blanks.length === 1 ? "is" : "are"} blank and may account for the difference.`
        : `${lead}${blanks.length > 0 ? `, even leaving ${joinLabels(blanks)} blank` : ""}.`;
    findings.push({
      check_id: "caf_agency_vs_area",
      table_name: CAF_BY_AGENCY_TABLE,
      severity: outcome === "short_with_blanks" ? "warning" : "error",
      message,
      expected: completed,
      actual: sum,
      source_line: byAgency.headerLine
    });
  });
  return findings;
}
