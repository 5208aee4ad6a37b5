import type { ReportText } from "../report/report-text.js";
import { MARAC_MEASURES, MARAC_TABLE, parseMaracTable } from "../tables/marac-table.js";
import type { DataQualityRow } from "./finding.js";
import { joinLabels, sumWithBlanks } from "./sum-with-blanks.js";

const MEASURE_WORDS: Record<(typeof MARAC_MEASURES)[number], string> = {
  cases: "cases discussed",
  repeat_cases: "repeat cases",
  children: "children in the household"
};

/** Returns the MARAC table's findings: each column of the printed TOTAL row against the sum of the meeting rows. */
export function checkMaracTotals(report: ReportText): DataQualityRow[] {
  const { agencies, meetings, total } = parseMaracTable(report);
  const columns = [
    ...MARAC_MEASURES.map((measure) => ({ label: MEASURE_WORDS[measure], table: MARAC_TABLE, printed: total[measure], values: meetings.map((row) => row[measure]) })),
    ...agencies.map((agency, index) => ({
      label: `referrals from ${agency}`,
      table: "marac_referrals",
      printed: total.referrals[index] ?? null,
      values: meetings.map((row) => row.referrals[index] ?? null)
    }))
  ];
  return columns.flatMap(({ label, table, printed, values }): DataQualityRow[] => {
    const parts = values.map((value, index) => ({ label: meetings[index]!.label, value }));
    if (printed === null) {
      const sum = parts.reduce((total, part) => total + (part.value ?? 0), 0);
      return [{ check_id: "marac_total", table_name: table, severity: "warning", message: `The MARAC table's TOTAL row leaves ${label} blank; the meeting rows add up to ${sum}.`, expected: null, actual: sum, source_line: total.line }];
    }
    const { outcome, sum, blanks } = sumWithBlanks(printed, parts);
    if (outcome === "equal") return [];
    const severity = outcome === "contradicted" ? "error" : "warning";
    const blankText = blanks.length ? ` (the ${joinLabels(blanks)} ${blanks.length === 1 ? "row is" : "rows are"} blank)` : "";
    return [
      {
        check_id: "marac_total",
        table_name: table,
        severity,
        message: `The MARAC table's TOTAL row gives ${printed} ${label}, but the meeting rows add up to ${sum}${blankText}.`,
        expected: printed,
        actual: sum,
        source_line: total.line
      }
    ];
  });
}
