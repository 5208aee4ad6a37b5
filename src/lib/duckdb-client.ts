import * as duckdb from "npm:@duckdb/duckdb-wasm";
import { RecordBatchReader, Table } from "npm:apache-arrow";
import { FileAttachment } from "observablehq:stdlib";
import type { WasmProgress } from "./database-progress.js";

/** A DuckDB-WASM database with one open connection, and the worker it runs in. */
export interface DuckDBSession {
  db: duckdb.AsyncDuckDB;
  connection: duckdb.AsyncDuckDBConnection;
  worker: Worker;
}

/**
 * Settings run as soon as the database opens, whatever host serves the page (a `<meta>` Content-Security-Policy does
 * not govern a worker): no file or web address can be read, no extension installed or loaded, and no setting changed
 * afterwards. Tables still arrive from the page as Arrow (`insertArrowTable`), which reads no file.
 */
export const LOCKED_DOWN_SETTINGS = [
  "SET autoinstall_known_extensions = false",
  "SET autoload_known_extensions = false",
  "SET enable_external_access = false",
  "SET lock_configuration = true"
] as const;

/** What `startDuckDB` reports as it goes: the wasm's bytes so far (DuckDB's own count), and when the wasm is compiled. */
export interface StartOptions {
  onWasmProgress?: (progress: WasmProgress) => void;
  onWasmLoaded?: () => void;
}

/**
 * Starts DuckDB-WASM's `eh` build in a same-origin worker (no CDN, no blob URL) and opens a connection; rejects, rather
 * than waiting forever, when the worker or its wasm cannot load.
 */
export async function startDuckDB({ onWasmProgress, onWasmLoaded }: StartOptions = {}): Promise<DuckDBSession> {
  const duckdbWorker = new URL(import.meta.resolve("npm:@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js"), location.href);
  // duckdb-worker.js runs DuckDB's worker and turns its unanswered failures into replies (see that file).
  // The attachment's address may carry a query string of its own (Framework's preview adds ?sha=), so the parameter is
  // set on a parsed URL rather than appended.
  const wrapper = new URL(FileAttachment("./duckdb-worker.js").href, location.href);
  wrapper.searchParams.set("duckdb", duckdbWorker.href);
  const worker = new Worker(wrapper.href);
  const failed = new Promise<never>((_, reject) => worker.addEventListener("error", (event) => reject(new Error(`its worker failed to load: ${event.message || "no message"}`))));
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  try {
    // DuckDB reports only when a chunk of the wasm comes 20 ms or more after the one before: on a fast link, rarely.
    const progress = onWasmProgress && ((report: WasmProgress) => onWasmProgress({ bytesLoaded: report.bytesLoaded, bytesTotal: report.bytesTotal }));
    await Promise.race([db.instantiate(import.meta.resolve("npm:@duckdb/duckdb-wasm/dist/duckdb-eh.wasm"), null, progress), failed]);
    onWasmLoaded?.();
    const connection = await db.connect();
    for (const setting of LOCKED_DOWN_SETTINGS) await connection.query(setting);
    // npm run bench reads this mark as the time DuckDB-WASM became ready to take queries.
    performance.mark("duckdb-ready");
    return { db, connection, worker };
  } catch (error) {
    worker.terminate();
    throw error;
  }
}

/**
 * Ends a session by terminating its worker at once, whatever it is running; its pending requests never answer, so
 * nothing may use the session afterwards.
 */
export function stopDuckDB(session: DuckDBSession): void {
  session.worker.terminate();
}

/** Creates table `name` in DuckDB from an Arrow table, keeping its column types. */
export async function insertArrowTable(session: DuckDBSession, name: string, table: Table): Promise<void> {
  await session.connection.insertArrowTable(table, { name, create: true });
}

/** Runs SQL, with `?` parameters bound through a prepared statement when any are given. */
export async function runQuery(session: DuckDBSession, sql: string, params: readonly unknown[] = []): Promise<Table> {
  if (params.length === 0) return session.connection.query(sql);
  const statement = await session.connection.prepare(sql);
  try {
    return await statement.query(...params);
  } finally {
    await statement.close();
  }
}

/** A query started with `streamQuery`: its rows so far, whether more were cut by the cap, and how to cancel it. */
export interface StreamedResult {
  table: Table;
  truncated: boolean;
}

/**
 * Runs SQL as a pending query, reading record batches until `maxRows` rows; `cancelSent` on the connection stops it.
 * The batches are asked for as `connection.send` would (a pending query, polled until its header comes), except that
 * the first two are asked for with the query itself. DuckDB's worker answers in order, and its pending query either
 * finishes within its first polling slice (every small query: then these are its batches, and a result of one batch,
 * up to 2,048 rows, takes one round trip rather than three) or answers "not yet" (then there is no result to fetch and
 * both come back empty: they are dropped and asked for again once polling has the header).
 */
export async function streamQuery(session: DuckDBSession, sql: string, maxRows: number): Promise<StreamedResult> {
  const { db, connection } = session;
  const id = connection.useUnsafe((_, connectionId) => connectionId);
  const drop = (requests: Promise<unknown>[]) => requests.splice(0).forEach((request) => request.catch(() => undefined));
  const started = db.startPendingQuery(id, sql);
  const asked = [db.fetchQueryResults(id), db.fetchQueryResults(id)];
  let header: Uint8Array | null;
  try {
    header = await started;
  } catch (error) {
    drop(asked);
    throw error;
  }
  if (header === null || header === undefined) {
    drop(asked);
    while (header === null || header === undefined) header = await db.pollPendingQuery(id);
    asked.push(db.fetchQueryResults(id), db.fetchQueryResults(id));
  }
  async function* messages(): AsyncGenerator<Uint8Array> {
    yield header!;
    for (;;) {
      const message = await asked.shift()!;
      // An empty message ends the result; a request asked for past the end is answered empty too, and dropped.
      if (message.length === 0) return drop(asked);
      if (asked.length === 0) asked.push(db.fetchQueryResults(id));
      yield message;
    }
  }
  const reader = await RecordBatchReader.from(messages());
  const batches = [];
  let rows = 0;
  let truncated = false;
  for await (const batch of reader) {
    batches.push(batch);
    rows += batch.numRows;
    if (rows > maxRows) {
      truncated = true;
      drop(asked);
      await session.connection.cancelSent();
      break;
    }
  }
  const table = batches.length ? new Table(batches) : new Table(reader.schema);
  return { table: truncated ? table.slice(0, maxRows) : table, truncated };
}

/**
 * Asks DuckDB to stop the query started with `streamQuery`; resolves true when one was running. A worker busy inside
 * one long step answers only when the step ends: see `stopDuckDB`.
 */
export function cancelQuery(session: DuckDBSession): Promise<boolean> {
  return session.connection.cancelSent();
}
