import { quarterPeriodColumns, type PeriodKind } from "../report/periods.js";
import { defineTable } from "../table-definition.js";
import { parseCafByAgencyTable } from "./caf-table.js";

/** CAFs completed on referral from one agency in one quarter. */
export type CafByAgencyRow = {
  financial_year: string;
  quarter: number;
  period_start: string;
  period_end: string;
  period_kind: PeriodKind;
  agency: string;
  cafs: number | null;
  source_line: number;
};

/** caf_by_agency: Table 2, one row per referring agency and quarter, NULL where the report leaves a cell blank. */
export const cafByAgency = defineTable<CafByAgencyRow>({
  name: "caf_by_agency",
  title: "CAFs completed by referring agency, 2011/12 Q1 – 2012/13 Q4",
  description: "Number of Common Assessment Framework (CAF) assessments completed per quarter by the agency that referred them; a blank cell in the report is NULL.",
  sourceSection: "Table 2 CAFs completed by referring agency",
  columns: [
    { name: "financial_year", type: "VARCHAR", description: "Financial year as the report writes it, e.g. 2012/13." },
    { name: "quarter", type: "INTEGER", description: "Quarter of the financial year, 1–4 (Q1 starts in April)." },
    { name: "period_start", type: "DATE", description: "First day of the quarter." },
    { name: "period_end", type: "DATE", description: "Last day of the quarter." },
    { name: "period_kind", type: "VARCHAR", description: "Always quarter: what financial_year and quarter name." },
    { name: "agency", type: "VARCHAR", description: "Referring agency as labelled in the report (Schools, Health, RAT, LBC, YOS, Other, GCP)." },
    { name: "cafs", type: "INTEGER", description: "CAFs completed; NULL where the report leaves the cell blank." },
    { name: "source_line", type: "INTEGER", description: "Report line the row was read from." }
  ],
  parse: (report) => {
    const { quarters, rows } = parseCafByAgencyTable(report);
    return rows.flatMap((row) =>
      quarters.map(({ financialYear, quarter }, index) => ({
        financial_year: financialYear,
        quarter,
        ...quarterPeriodColumns(financialYear, quarter),
        agency: row.label,
        cafs: row.cafs[index] ?? null,
        source_line: row.line
      }))
    );
  }
});

