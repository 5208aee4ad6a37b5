import * as arrow from "npm:apache-arrow";
import { FileAttachment } from "observablehq:stdlib";
import { reportDatabaseProgress } from "./database-progress.js";
import { setDatabaseStatus } from "./database-status.js";
import { insertArrowTable, runQuery, startDuckDB, stopDuckDB, type DuckDBSession } from "./duckdb-client.js";
import { readParquetTable } from "./parquet-table.js";

// FileAttachment needs literal paths, and `.arrayBuffer` right after the call so Framework does not add parquet-wasm.
const PARQUET_FILES = {
  caf_by_area: () => FileAttachment("../data/caf_by_area.parquet").arrayBuffer(),
  caf_by_agency: () => FileAttachment("../data/caf_by_agency.parquet").arrayBuffer(),
  marac_meetings: () => FileAttachment("../data/marac_meetings.parquet").arrayBuffer(),
  marac_referrals: () => FileAttachment("../data/marac_referrals.parquet").arrayBuffer(),
  indicators: () => FileAttachment("../data/indicators.parquet").arrayBuffer(),
  home_education_grades: () => FileAttachment("../data/home_education_grades.parquet").arrayBuffer(),
  home_education_reasons: () => FileAttachment("../data/home_education_reasons.parquet").arrayBuffer(),
  budget_income: () => FileAttachment("../data/budget_income.parquet").arrayBuffer(),
  budget_expenditure: () => FileAttachment("../data/budget_expenditure.parquet").arrayBuffer(),
  budget_position: () => FileAttachment("../data/budget_position.parquet").arrayBuffer(),
  board_attendance: () => FileAttachment("../data/board_attendance.parquet").arrayBuffer(),
  ofsted_actions: () => FileAttachment("../data/ofsted_actions.parquet").arrayBuffer(),
  business_plan: () => FileAttachment("../data/business_plan.parquet").arrayBuffer(),
  partners: () => FileAttachment("../data/partners.parquet").arrayBuffer(),
  agency_names: () => FileAttachment("../data/agency_names.parquet").arrayBuffer(),
  data_quality: () => FileAttachment("../data/data_quality.parquet").arrayBuffer(),
  report_paragraphs: () => FileAttachment("../data/report_paragraphs.parquet").arrayBuffer(),
  dataset_catalog: () => FileAttachment("../data/dataset_catalog.parquet").arrayBuffer(),
  dataset_columns: () => FileAttachment("../data/dataset_columns.parquet").arrayBuffer()
};

/** The name of a table the site publishes as Parquet. */
export type TableName = keyof typeof PARQUET_FILES;

/** A plain row returned by a query: numbers (never BigInt), Dates, strings or null. */
export type QueryRow = Record<string, number | string | Date | null>;

// The page's one database and the tables loaded into it; a restart replaces both.
interface SharedDatabase {
  session: Promise<DuckDBSession>;
  loaded: Map<TableName, Promise<void>>;
}
let shared: SharedDatabase | undefined;
// Each table is fetched and decoded once per page: a restarted database is loaded again from these.
const decoded = new Map<TableName, Promise<arrow.Table>>();

/** Returns the page's one DuckDB-WASM session, started on first use, with the named tables loaded once each. */
export async function sharedDatabase(tables: readonly TableName[]): Promise<DuckDBSession> {
  const database = (shared ??= { session: startSharedDatabase(), loaded: new Map() });
  await Promise.all(
    tables.map((name) => {
      if (!database.loaded.has(name)) {
        if (!decoded.has(name)) decoded.set(name, PARQUET_FILES[name]().then(readParquetTable));
        database.loaded.set(name, Promise.all([database.session, decoded.get(name)!]).then(([db, table]) => insertArrowTable(db, name, table)));
      }
      return database.loaded.get(name);
    })
  );
  return database.session;
}

/**
 * Stops the page's database whatever it is doing (a query that would not cancel, an instance that crashed) and starts
 * a new one with the same tables loaded; resolves with the new session.
 */
export function restartSharedDatabase(): Promise<DuckDBSession> {
  const old = shared;
  shared = undefined;
  old?.session.then(stopDuckDB, () => undefined);
  return sharedDatabase(old ? [...old.loaded.keys()] : []);
}

/** Resolves true when the session answers a trivial query within `timeoutMs`, false when it fails or stays silent. */
export function databaseResponds(session: DuckDBSession, timeoutMs: number): Promise<boolean> {
  const answer = runQuery(session, "SELECT 42 AS answer").then((table) => Number(table.getChild("answer")?.get(0)) === 42, () => false);
  return Promise.race([answer, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs))]);
}

// Says in <html data-duckdb> how the start went; a failed start rejects every query with the reason.
function startSharedDatabase(): Promise<DuckDBSession> {
  reportDatabaseProgress("fetching");
  setDatabaseStatus("starting");
  // A database replaced by a restart before it started no longer speaks for the page.
  const isCurrent = () => shared?.session === started;
  const started: Promise<DuckDBSession> = startDuckDB({
    onWasmProgress: (wasm) => isCurrent() && reportDatabaseProgress("fetching", wasm),
    onWasmLoaded: () => isCurrent() && reportDatabaseProgress("starting")
  }).then(
    (session) => {
      if (isCurrent()) {
        reportDatabaseProgress("ready");
        setDatabaseStatus("ready");
      }
      return session;
    },
    (error: unknown) => {
      if (isCurrent()) {
        reportDatabaseProgress("failed");
        setDatabaseStatus("failed");
      }
      throw new Error(`DuckDB could not start: ${error instanceof Error ? error.message : String(error)}`);
    }
  );
  return started;
}

/** The name of every table the site publishes. */
export const TABLE_NAMES = Object.keys(PARQUET_FILES) as TableName[];

/** Runs SQL and returns plain rows: BIGINT/HUGEINT become numbers and DATE columns become Dates. */
export async function queryRows(session: DuckDBSession, sql: string, params: readonly unknown[] = []): Promise<QueryRow[]> {
  return rowsFromArrow(await runQuery(session, sql, params));
}

/** Returns an Arrow table's rows as plain objects: BIGINT/HUGEINT become numbers and DATE columns become Dates. */
export function rowsFromArrow(table: arrow.Table): QueryRow[] {
  const dateColumns = new Set(table.schema.fields.filter((field) => arrow.DataType.isDate(field.type) || arrow.DataType.isTimestamp(field.type)).map((field) => field.name));
  return table.toArray().map((row) => {
    const plain: QueryRow = {};
    for (const [key, value] of Object.entries(row.toJSON() as Record<string, unknown>)) plain[key] = toPlainValue(value, dateColumns.has(key));
    return plain;
  });
}

function toPlainValue(value: unknown, isDate: boolean): number | string | Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") return Number(value);
  if (isDate) return value instanceof Date ? value : new Date(Number(value));
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "object" && "valueOf" in value) return Number(value.valueOf()); // Arrow decimals
  return String(value);
}
