import * as arrow from "npm:apache-arrow";
import { rowsFromArrow, sharedDatabase, TABLE_NAMES, type QueryRow } from "./database.js";
import { cancelQuery, streamQuery } from "./duckdb-client.js";

/** A result column: its name, DuckDB's type name, and whether it holds numbers or dates. */
export interface ResultColumn {
  name: string;
  type: string;
  kind: "number" | "date" | "text";
}

/** What the explorer shows for a query: rows (at most the cap), columns, time taken, and whether rows were cut. */
export interface ExplorerResult {
  rows: QueryRow[];
  columns: ResultColumn[];
  elapsedMs: number;
  truncated: boolean;
}

/** How many rows a query may return before the explorer stops reading (the result says it was cut). */
export const EXPLORER_ROW_CAP = 10_000;

/** Returns the kind of an Arrow column: number (ints, floats, decimals), date (dates, timestamps) or text. */
export function columnKind(type: arrow.DataType): ResultColumn["kind"] {
  if (arrow.DataType.isInt(type) || arrow.DataType.isFloat(type) || arrow.DataType.isDecimal(type)) return "number";
  if (arrow.DataType.isDate(type) || arrow.DataType.isTimestamp(type)) return "date";
  return "text";
}

/** Runs any SQL against every published table in the page's DuckDB-WASM session, reading at most `maxRows` rows. */
export async function runExplorerQuery(sql: string, { maxRows = EXPLORER_ROW_CAP } = {}): Promise<ExplorerResult> {
  const session = await sharedDatabase(TABLE_NAMES);
  const started = performance.now();
  const { table, truncated } = await streamQuery(session, sql, maxRows);
  const elapsedMs = performance.now() - started;
  const columns = table.schema.fields.map((field) => ({ name: field.name, type: String(field.type), kind: columnKind(field.type) }));
  return { rows: rowsFromArrow(table), columns, elapsedMs, truncated };
}

/** Asks DuckDB to stop the running explorer query. */
export async function cancelExplorerQuery(): Promise<boolean> {
  return cancelQuery(await sharedDatabase([]));
}
