import { quarterPeriodColumns, type PeriodKind } from "../report/periods.js";
import { defineTable } from "../table-definition.js";
import { parseCafByAreaTable } from "./caf-table.js";

/** CAFs completed in one area in one quarter. */
export type CafByAreaRow = {
  financial_year: string;
  quarter: number;
  period_start: string;
  period_end: string;
  period_kind: PeriodKind;
  area: string;
  cafs: number | null;
  source_line: number;
};

/** caf_by_area: Table 1, one row per area and quarter, the printed Total row excluded. */
export const cafByArea = defineTable<CafByAreaRow>({
  name: "caf_by_area",
  title: "CAFs completed by area, 2011/12 Q1 – 2012/13 Q4",
  description: "Number of Common Assessment Framework (CAF) assessments completed in each Luton area per quarter; a blank cell in the report is NULL.",
  sourceSection: "Table 1 – Number of CAFs completed",
  columns: [
    { name: "financial_year", type: "VARCHAR", description: "Financial year as the report writes it, e.g. 2012/13." },
    { name: "quarter", type: "INTEGER", description: "Quarter of the financial year, 1–4 (Q1 starts in April)." },
    { name: "period_start", type: "DATE", description: "First day of the quarter." },
    { name: "period_end", type: "DATE", description: "Last day of the quarter." },
    { name: "period_kind", type: "VARCHAR", description: "Always quarter: what financial_year and quarter name." },
    { name: "area", type: "VARCHAR", description: "Area of Luton, as labelled in the report." },
    { name: "cafs", type: "INTEGER", description: "CAFs completed; NULL where the report leaves the cell blank." },
    { name: "source_line", type: "INTEGER", description: "Report line the row was read from." }
  ],
  parse: (report) => {
    const { quarters, rows } = parseCafByAreaTable(report);
    return rows.flatMap((row) =>
      quarters.map(({ financialYear, quarter }, index) => ({
        financial_year: financialYear,
        quarter,
        ...quarterPeriodColumns(financialYear, quarter),
        area: row.label,
        cafs: row.cafs[index] ?? null,
        source_line: row.line
      }))
    );
  }
});

