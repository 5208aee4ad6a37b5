import { parsePeriodLabel } from "../report/periods.js";
import type { ReportText } from "../report/report-text.js";
import { INDICATORS_TABLE, readIndicatorSentences } from "../tables/indicators/read-sentences.js";
import type { DataQualityRow } from "./finding.js";
import { guardCheck } from "./guard-check.js";

/** A period label as a table prints it, and the report line of its row. */
export interface PrintedPeriod {
  label: string;
  line: number;
}

/** Returns the indicators table's period findings: labels the parser cannot place, and placed periods with a caveat. */
export function checkPeriodLabels(report: ReportText): DataQualityRow[] {
  return guardCheck("period_unplaced", INDICATORS_TABLE, () =>
    findPeriodIssues(
      INDICATORS_TABLE,
      readIndicatorSentences(report).rows.map((row) => ({ label: row.period, line: row.source_line }))
    )
  );
}

/**
 * Returns one finding per distinct label and line: a warning for a label with no dates the parser can place (its
 * period columns are NULL), an info note for a period whose dates need a caveat (a gap inside it).
 */
export function findPeriodIssues(tableName: string, periods: readonly PrintedPeriod[]): DataQualityRow[] {
  const seen = new Set<string>();
  const findings: DataQualityRow[] = [];
  for (const { label, line } of periods) {
    const key = `${line}\u0000${label}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const placed = parsePeriodLabel(label);
    const base = { table_name: tableName, expected: null, actual: null, source_line: line };
    if (!placed) {
      findings.push({
        ...base,
        check_id: "period_unplaced",
        severity: "warning",
        message: `The period "${label}" cannot be placed on the calendar: expected a financial year (2012/13), a quarter (2012/13 Q4), a month (Oct 2012), a calendar year, a date, a range of these or a label saying no date is stated. Its period_start, period_end and period_kind are NULL.`
      });
    } else if (placed.note) {
      findings.push({ ...base, check_id: "period_with_gap", severity: "info", message: `${placed.note} Its period_start and period_end are the envelope (${placed.start} – ${placed.end}).` });
    }
  }
  return findings;
}
