import * as arrow from "npm:apache-arrow";
import { databaseResponds, restartSharedDatabase, rowsFromArrow, sharedDatabase, TABLE_NAMES, type QueryRow } from "./database.js";
import { cancelQuery, streamQuery, type DuckDBSession } from "./duckdb-client.js";
import { assertReadOnlySql, READS_ONLY_PUBLISHED_TABLES, RefusedQueryError } from "./read-only-sql.js";

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

/** How long a cancelled query may take to stop by itself before its worker is terminated and DuckDB restarted. */
export const CANCEL_GRACE_MS = 1000;

/** How long a database that just failed a query has to answer `SELECT 42` before it counts as crashed. */
const HEALTH_CHECK_MS = 3000;

/** A query the reader stopped; its message says whether DuckDB had to be restarted to stop it. */
export class QueryCancelledError extends Error {
  override name = "QueryCancelledError";
}

// The query running now, so that Cancel can reach it.
let running: { session: DuckDBSession; finished: Promise<unknown>; abort: (error: Error) => void } | undefined;

/** Starts the page's DuckDB-WASM session with every published table loaded, as the explorer does on opening. */
export function startExplorerDatabase(): Promise<DuckDBSession> {
  return sharedDatabase(TABLE_NAMES);
}

/**
 * Runs a reader's SQL against every published table in the page's DuckDB-WASM session, reading at most `maxRows`
 * rows. SQL that would do more than read is refused before it reaches DuckDB (`RefusedQueryError`); a query that
 * leaves DuckDB unable to answer has DuckDB restarted, with a message saying so.
 */
export async function runExplorerQuery(sql: string, { maxRows = EXPLORER_ROW_CAP } = {}): Promise<ExplorerResult> {
  assertReadOnlySql(sql);
  const session = await sharedDatabase(TABLE_NAMES);
  const started = performance.now();
  let abort: (error: Error) => void = () => undefined;
  const aborted = new Promise<never>((_, reject) => (abort = reject));
  const streamed = streamQuery(session, sql, maxRows);
  running = { session, finished: streamed, abort };
  try {
    const { table, truncated } = await Promise.race([streamed, aborted]);
    const elapsedMs = performance.now() - started;
    const columns = table.schema.fields.map((field) => ({ name: field.name, type: String(field.type), kind: columnKind(field.type) }));
    return { rows: rowsFromArrow(table), columns, elapsedMs, truncated };
  } catch (error) {
    if (error instanceof QueryCancelledError) throw error;
    throw await explainFailure(session, error);
  } finally {
    running = undefined;
  }
}

/**
 * Stops the running explorer query: asks DuckDB to cancel it and, when it has not stopped within `CANCEL_GRACE_MS`,
 * terminates DuckDB's worker and starts a new one with the tables reloaded. Resolves with what it did.
 */
export async function cancelExplorerQuery(): Promise<"idle" | "cancelled" | "restarted"> {
  const query = running;
  if (!query) return "idle";
  void cancelQuery(query.session).catch(() => undefined);
  const stopped = await Promise.race([query.finished.then(() => true, () => true), delay(CANCEL_GRACE_MS).then(() => false)]);
  if (stopped) {
    query.abort(new QueryCancelledError("The query was cancelled."));
    return "cancelled";
  }
  query.abort(new QueryCancelledError("The query was stopped: DuckDB did not stop it by itself, so it was restarted with the published tables loaded again."));
  await restartSharedDatabase();
  return "restarted";
}

// Says what a failed query means for the reader: a refused reach beyond the published tables, a crashed database (which
// is restarted, so the next query works), or DuckDB's own message about the SQL.
async function explainFailure(session: DuckDBSession, error: unknown): Promise<Error> {
  const message = error instanceof Error ? error.message : String(error);
  if (/external access|Permission Error|lock_configuration|configuration has been locked|extension/i.test(message))
    return new RefusedQueryError(`${READS_ONLY_PUBLISHED_TABLES}: reading files or web addresses, extensions and settings are switched off in this page. DuckDB said: ${message}`);
  if (await databaseResponds(session, HEALTH_CHECK_MS)) return error instanceof Error ? error : new Error(message);
  await restartSharedDatabase();
  return new Error(`DuckDB stopped working while running this query (${message}), so it was restarted with the published tables loaded again: run a query again. A much smaller query may succeed where this one failed.`);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
