import type { NamedQuery } from "./named-query.js";

/** Queries of the analyst pages: catalog and quality audit. */
export const WORKBENCH_QUERIES = {
  /** Every published table as the catalog lists it. */
  catalogTables: {
    tables: ["dataset_catalog"],
    sql: `SELECT table_name, title, description, row_count, source_section, first_line, last_line FROM dataset_catalog`
  },
  /** Every published column, in table and column order. */
  catalogColumns: {
    tables: ["dataset_columns"],
    sql: `SELECT table_name, position, column_name, type, unit, description FROM dataset_columns ORDER BY table_name, position`
  },
  /** Every data_quality finding with the report's own words at its line, grouped by table, worst first. */
  qualityAudit: {
    tables: ["data_quality", "report_paragraphs"],
    sql: `SELECT q.table_name, q.severity, q.check_id, q.message, q.expected, q.actual, q.source_line, p.text AS report_text
FROM data_quality q
LEFT JOIN report_paragraphs p ON p.line = q.source_line
ORDER BY q.table_name, CASE q.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, q.source_line, q.check_id, q.message`
  }
} satisfies Record<string, NamedQuery>;
