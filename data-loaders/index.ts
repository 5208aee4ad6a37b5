import { REPORT_TABLES } from "./tables/index.js";
import type { ReportText } from "./report/report-text.js";
import type { TableDefinition, TableRow } from "./table-definition.js";

/** One extracted table: its definition and its rows. */
export interface ExtractedTable {
  definition: TableDefinition<any>;
  rows: TableRow[];
}

/** Returns every published table parsed from the report, keyed by table name; throws on malformed input. */
export function extractReport(report: ReportText): Map<string, ExtractedTable> {
  const tables = new Map<string, ExtractedTable>();
  for (const definition of REPORT_TABLES) tables.set(definition.name, { definition, rows: definition.parse(report) });
  return tables;
}

/** Returns one extracted table by name, or throws listing the names that exist. */
export function findExtractedTable(tables: Map<string, ExtractedTable>, name: string): ExtractedTable {
  const table = tables.get(name);
  if (!table) throw new Error(`expected a table named ${JSON.stringify(name)}, found only ${[...tables.keys()].join(", ")}`);
  return table;
}
