import type { ReportText } from "../report/report-text.js";
import { AGENCY_NAMES_TABLE, agencyNames, type AgencyNameRow } from "../tables/agency-names.js";
import type { DataQualityRow } from "./finding.js";
import { guardCheck } from "./guard-check.js";

/** Returns agency_names findings: a printed name mapped to no partner without a reason. */
export function checkAgencyNames(report: ReportText): DataQualityRow[] {
  return guardCheck("agency_unmapped", AGENCY_NAMES_TABLE, () => findUnmappedNames(agencyNames.parse(report)));
}

/** Returns a warning for each name with neither a partner nor a reason: nobody has said what it stands for. */
export function findUnmappedNames(rows: readonly AgencyNameRow[]): DataQualityRow[] {
  return rows
    .filter((row) => row.partner_id === null && row.reason === null)
    .map((row) => ({
      check_id: "agency_unmapped",
      table_name: AGENCY_NAMES_TABLE,
      severity: "warning",
      message: `${row.table_name}.${row.column_name} prints ${JSON.stringify(row.printed_name)}, which is mapped to no partner and given no reason: add it to data-loaders/partners/agency-names.csv with its partner, or with the reason it has none.`,
      expected: null,
      actual: null,
      source_line: row.source_line
    }));
}
