import type { ColumnSpec, TableDefinition, TableRow } from "../table-definition.js";

/** One published table as the catalog lists it. */
export type DatasetCatalogRow = {
  table_name: string;
  title: string;
  description: string;
  row_count: number;
  source_section: string;
  first_line: number | null;
  last_line: number | null;
};

/** One published column as the catalog lists it. */
export type DatasetColumnRow = {
  table_name: string;
  position: number;
  column_name: string;
  type: string;
  unit: string | null;
  description: string;
};

/** The catalog tables' names and columns (they describe the other tables, so they have no parse of their own). */
export const DATASET_CATALOG = {
  name: "dataset_catalog",
  title: "Data catalog",
  description: "One row per published table, this one included: what it holds, how many rows, and which report lines it comes from.",
  sourceSection: "The whole report",
  columns: [
    { name: "table_name", type: "VARCHAR", description: "Name of the table (and of its Parquet file)." },
    { name: "title", type: "VARCHAR", description: "A readable title." },
    { name: "description", type: "VARCHAR", description: "What one row is and where the numbers come from." },
    { name: "row_count", type: "INTEGER", description: "Number of rows in the table." },
    { name: "source_section", type: "VARCHAR", description: "The report caption or section the rows are read from." },
    { name: "first_line", type: "INTEGER", description: "First report line the rows come from (NULL when none)." },
    { name: "last_line", type: "INTEGER", description: "Last report line the rows come from (NULL when none)." }
  ] satisfies ColumnSpec[]
} as const;

/** The dataset_columns table: every published column with its type and description. */
export const DATASET_COLUMNS = {
  name: "dataset_columns",
  title: "Data dictionary",
  description: "One row per column of every published table: its SQL type and what it means, units included.",
  sourceSection: "The whole report",
  columns: [
    { name: "table_name", type: "VARCHAR", description: "The table the column belongs to." },
    { name: "position", type: "INTEGER", description: "1-based position of the column in its table." },
    { name: "column_name", type: "VARCHAR", description: "The column's name; units are part of it (amount_gbp, share_pct)." },
    { name: "type", type: "VARCHAR", description: "SQL type: INTEGER, BIGINT, DOUBLE, DATE or VARCHAR." },
    { name: "unit", type: "VARCHAR", description: "The unit, read from the column name (_pct: percent, _gbp: pounds) or its role (report line, date); NULL for labels and counts." },
    { name: "description", type: "VARCHAR", description: "What the column holds." }
  ] satisfies ColumnSpec[]
} as const;

/** Returns the report lines a table's rows come from: the smallest and largest source_line (or line). */
export function lineSpan(rows: readonly TableRow[]): { first_line: number | null; last_line: number | null } {
  const lines = rows.map((row) => row.source_line ?? row.line).filter((line): line is number => typeof line === "number");
  return lines.length === 0 ? { first_line: null, last_line: null } : { first_line: Math.min(...lines), last_line: Math.max(...lines) };
}

/** Returns a column's unit from its name or role: `_pct` percent, `_gbp` pounds, line numbers, dates; else null. */
export function columnUnit(column: Pick<ColumnSpec, "name" | "type">): string | null {
  if (/_pct$/.test(column.name)) return "percent";
  if (/_gbp$/.test(column.name)) return "pounds (GBP)";
  if (/^(source_line|line|first_line|last_line)$/.test(column.name)) return "report line number";
  if (column.type === "DATE") return "date";
  return null;
}

type Described = Pick<TableDefinition, "name" | "title" | "description" | "sourceSection" | "columns">;

/** Returns the catalog rows for the given tables plus the two catalog tables themselves. */
export function buildCatalog(tables: readonly { definition: Described; rows: readonly TableRow[] }[]): { catalog: DatasetCatalogRow[]; columns: DatasetColumnRow[] } {
  const described: Described[] = [...tables.map((table) => table.definition), DATASET_COLUMNS, DATASET_CATALOG];
  const columns: DatasetColumnRow[] = described.flatMap((definition) =>
    definition.columns.map((column, index) => ({
      table_name: definition.name,
      position: index + 1,
      column_name: column.name,
      type: column.type,
      unit: columnUnit(column),
      description: column.description
    }))
  );
  const entry = (definition: Described, row_count: number, span: ReturnType<typeof lineSpan>): DatasetCatalogRow => ({
    table_name: definition.name,
    title: definition.title,
    description: definition.description,
    row_count,
    source_section: definition.sourceSection,
    ...span
  });
  const catalog = [
    ...tables.map((table) => entry(table.definition, table.rows.length, lineSpan(table.rows))),
    entry(DATASET_COLUMNS, columns.length, lineSpan([])),
    entry(DATASET_CATALOG, tables.length + 2, lineSpan([]))
  ];
  return { catalog, columns };
}
