import * as duckdb from "npm:@duckdb/duckdb-wasm";
import type { Table } from "npm:apache-arrow";

/** A DuckDB-WASM database with one open connection. */
export interface DuckDBSession {
  db: duckdb.AsyncDuckDB;
  connection: duckdb.AsyncDuckDBConnection;
}

/** Starts DuckDB-WASM's `eh` build in a same-origin worker (no CDN, no blob URL) and opens a connection. */
export async function startDuckDB(): Promise<DuckDBSession> {
  const worker = new Worker(import.meta.resolve("npm:@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js"));
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(import.meta.resolve("npm:@duckdb/duckdb-wasm/dist/duckdb-eh.wasm"));
  return { db, connection: await db.connect() };
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
