import { DuckDBInstance, type Json } from "@duckdb/node-api";

/** A connection to an in-memory DuckDB that returns query results as plain JSON rows (DATE as 'YYYY-MM-DD', BIGINT as text). */
export interface DuckDBSession {
  query(sql: string): Promise<Record<string, Json>[]>;
  close(): void;
}

/** Returns a session on a fresh in-memory DuckDB; close it when done. */
export async function openDuckDB(): Promise<DuckDBSession> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  return {
    query: async (sql) => (await connection.runAndReadAll(sql)).getRowObjectsJson(),
    close: () => {
      connection.closeSync();
      instance.closeSync();
    }
  };
}

/** Returns `read_parquet('<path>')` with the path quoted as a SQL string literal. */
export function readParquetSql(path: string): string {
  return `read_parquet('${path.replaceAll("'", "''")}')`;
}
