import type { ReportText } from "./report/report-text.js";

/** SQL types the published Parquet files use. */
export type ColumnType = "INTEGER" | "BIGINT" | "DOUBLE" | "DATE" | "VARCHAR";

/** One published column: its SQL type, and a sentence an analyst can cite. */
export interface ColumnSpec {
  name: string;
  type: ColumnType;
  description: string;
}

/** A value as stored in a row: numbers, ISO date strings for DATE, text, or null for a blank. */
export type CellValue = number | string | null;

/** A published row: one value per column, by column name. */
export type TableRow = Record<string, CellValue>;

/** Everything needed to publish one contract table: name, catalog text, columns and a parser. */
export interface TableDefinition<Row extends TableRow = TableRow> {
  name: string;
  title: string;
  description: string;
  /** The report section (caption or heading) the rows come from. */
  sourceSection: string;
  columns: readonly ColumnSpec[];
  parse(report: ReportText): Row[];
}

/** Returns a table definition with its row type checked against its columns at compile time. */
export function defineTable<Row extends TableRow>(definition: TableDefinition<Row>): TableDefinition<Row> {
  return definition;
}
