import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance, DuckDBTypeId, type DuckDBConnection, type DuckDBType } from "@duckdb/node-api";
import { PAGE_DEFAULT_CALLS, type DefaultCall, type QueryParam, type ShippedPage, type ShippedResult, type ShippedValue } from "../src/lib/queries/page-defaults.js";
import { inlineParams } from "../src/lib/queries/inline-params.js";
import { QUERIES } from "../src/lib/queries/registry.js";
import { committedTableParquet } from "./loader.js";

/** What a page's `query-results/<page>.json` holds: every call it makes while loading, with its rows. */
export interface ShippedResults {
  page: string;
  results: ShippedResult[];
}

/** Returns a page's default calls, or throws naming the pages that have them. */
export function findPageDefaultCalls(page: string): readonly DefaultCall[] {
  const calls = (PAGE_DEFAULT_CALLS as Record<string, readonly DefaultCall[]>)[page];
  if (!calls) throw new Error(`query results: expected one of the pages ${Object.keys(PAGE_DEFAULT_CALLS).join(", ")}, found ${JSON.stringify(page)}`);
  return calls;
}

/**
 * Runs every call a page makes while loading, in DuckDB (Node) over the same Parquet bytes the site ships, and returns
 * the rows as the browser's DuckDB path would give them (BIGINT as numbers, DATE as dates).
 */
export async function runPageQueries(page: ShippedPage | string): Promise<ShippedResults> {
  const calls = findPageDefaultCalls(page);
  return { page, results: await runCalls(calls) };
}

/** Runs named-query calls against the committed report's Parquet tables and returns their shipped form, in call order. */
export async function runCalls(calls: readonly DefaultCall[]): Promise<ShippedResult[]> {
  const folder = mkdtempSync(join(tmpdir(), "query-results-"));
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const tables = new Set(calls.flatMap((call) => QUERIES[call.name].tables));
    for (const table of tables) {
      const file = join(folder, `${table}.parquet`);
      writeFileSync(file, committedTableParquet(table));
      await connection.run(`CREATE TABLE ${table} AS SELECT * FROM read_parquet('${file.replaceAll("'", "''")}')`);
    }
    const results: ShippedResult[] = [];
    for (const call of calls) results.push(await runCall(connection, call));
    return results;
  } finally {
    connection.closeSync();
    instance.closeSync();
    rmSync(folder, { recursive: true, force: true });
  }
}

async function runCall(connection: DuckDBConnection, { name, params }: DefaultCall): Promise<ShippedResult> {
  const statement = await connection.prepare(QUERIES[name].sql);
  params.forEach((value, index) => bindParam(statement, index + 1, value, name));
  const reader = await statement.runAndReadAll();
  const columns = reader.columnNames();
  const types = reader.columnTypes();
  const dates = columns.filter((_, index) => isDateType(types[index]!));
  const rows = reader.getRowsJS().map((row) => row.map((value, index) => shippedValue(value, types[index]!, `${name} column ${columns[index]}`)));
  return { name, params, columns, dates, rows, sql: inlineParams(QUERIES[name].sql, params), tables: QUERIES[name].tables };
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

// Mirrors rowsFromArrow in src/lib/database.ts: integers of any width become numbers, booleans become "true"/"false".
function shippedValue(value: unknown, type: DuckDBType, where: string): ShippedValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return type.typeId === DuckDBTypeId.DATE ? value.toISOString().slice(0, 10) : value.toISOString();
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "boolean") return String(value);
  throw new Error(`query results: ${where}: expected a number, text, date, true/false or null, found ${type.toString()} ${JSON.stringify(value)}`);
}
