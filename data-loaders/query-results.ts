import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance, DuckDBTypeId, type DuckDBConnection, type DuckDBType } from "@duckdb/node-api";
import { committedTableParquet } from "./loader.js";

/** A parameter value bound to a `$1`, `$2`… placeholder. */
export type QueryParam = string | number | boolean | null;

/** A cell of a result row as it is shipped: a number, text, an ISO date (its column named in `dates`) or null. */
export type ShippedValue = number | string | null;

/** One SQL query to run at build time: a name for messages, its text with `$1`, `$2`… placeholders, and the tables it reads. */
export interface SqlCall {
  name: string;
  sql: string;
  params: readonly QueryParam[];
  tables: readonly string[];
}

/** A query's result as the build ships it: columns once, rows as arrays, DATE columns as ISO text. */
export interface QueryRows {
  name: string;
  params: readonly QueryParam[];
  columns: string[];
  /** Columns whose values are ISO dates, to be revived as Date objects (what the browser's DuckDB path returns). */
  dates: string[];
  rows: ShippedValue[][];
}

/**
 * Runs SQL calls in DuckDB (Node) over the committed report's Parquet tables, the same bytes the site ships, and returns
 * the rows as the browser's DuckDB path would give them (BIGINT as numbers, DATE as dates), in call order.
 */
export async function runSqlCalls(calls: readonly SqlCall[]): Promise<QueryRows[]> {
  const folder = mkdtempSync(join(tmpdir(), "query-results-"));
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const tables = new Set(calls.flatMap((call) => call.tables));
    for (const table of tables) {
      const file = join(folder, `${table}.parquet`);
      writeFileSync(file, committedTableParquet(table));
      await connection.run(`CREATE TABLE ${table} AS SELECT * FROM read_parquet('${file.replaceAll("'", "''")}')`);
    }
    const results: QueryRows[] = [];
    for (const call of calls) results.push(await runCall(connection, call));
    return results;
  } finally {
    connection.closeSync();
    instance.closeSync();
    rmSync(folder, { recursive: true, force: true });
  }
}

async function runCall(connection: DuckDBConnection, { name, sql, params }: SqlCall): Promise<QueryRows> {
  const statement = await connection.prepare(sql);
  params.forEach((value, index) => bindParam(statement, index + 1, value, name));
  const reader = await statement.runAndReadAll();
  const columns = reader.columnNames();
  const types = reader.columnTypes();
  const dates = columns.filter((_, index) => isDateType(types[index]!));
  const rows = reader.getRowsJS().map((row) => row.map((value, index) => shippedValue(value, types[index]!, `${name} column ${columns[index]}`)));
  return { name, params, columns, dates, rows };
}

type PreparedStatement = Awaited<ReturnType<DuckDBConnection["prepare"]>>;

function bindParam(statement: PreparedStatement, index: number, value: QueryParam, name: string): void {
  if (value === null) statement.bindNull(index);
  else if (typeof value === "string") statement.bindVarchar(index, value);
  else if (typeof value === "boolean") statement.bindBoolean(index, value);
  else if (Number.isInteger(value)) statement.bindInteger(index, value);
  else if (Number.isFinite(value)) statement.bindDouble(index, value);
  else throw new Error(`query results: ${name} parameter $${index}: expected text, a finite number, true/false or null, found ${value}`);
}

function isDateType(type: DuckDBType): boolean {
  return type.typeId === DuckDBTypeId.DATE || type.typeId === DuckDBTypeId.TIMESTAMP;
}

// Mirrors rowsFromArrow in the site's src/lib/database.ts: integers of any width become numbers, booleans become "true"/"false".
function shippedValue(value: unknown, type: DuckDBType, where: string): ShippedValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return type.typeId === DuckDBTypeId.DATE ? value.toISOString().slice(0, 10) : value.toISOString();
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "boolean") return String(value);
  throw new Error(`query results: ${where}: expected a number, text, date, true/false or null, found ${type.toString()} ${JSON.stringify(value)}`);
}
