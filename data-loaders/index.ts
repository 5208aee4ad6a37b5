import { REPORT_TABLES } from "./tables/index.js";
import { buildCatalog, DATASET_CATALOG, DATASET_COLUMNS } from "./tables/dataset-catalog.js";
import type { ReportText } from "./report/report-text.js";
import type { ColumnSpec, TableRow } from "./table-definition.js";

/** One extracted table, ready to write: its name, columns and rows. */
export interface ExtractedTable {
  name: string;
  columns: readonly ColumnSpec[];
  rows: TableRow[];
}

/** Returns every published table parsed from the report, catalog tables last; throws ReportFormatError on malformed input. */
export function extractReport(report: ReportText): ExtractedTable[] {
  const parsed = REPORT_TABLES.map((definition) => ({ definition, rows: definition.parse(report) as TableRow[] }));
  const { catalog, columns } = buildCatalog(parsed);
  return [
    ...parsed.map(({ definition, rows }) => ({ name: definition.name, columns: definition.columns, rows })),
    { name: DATASET_COLUMNS.name, columns: DATASET_COLUMNS.columns, rows: columns },
    { name: DATASET_CATALOG.name, columns: DATASET_CATALOG.columns, rows: catalog }
  ];
}

/** Returns one extracted table by name, or throws listing the names that exist. */
export function findExtractedTable(tables: readonly ExtractedTable[], name: string): ExtractedTable {
  const table = tables.find((candidate) => candidate.name === name);
  if (!table) throw new Error(`expected a table named ${JSON.stringify(name)}, found only ${tables.map((t) => t.name).join(", ")}`);
  return table;
}
