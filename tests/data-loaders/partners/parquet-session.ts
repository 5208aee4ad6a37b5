import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance, type Json } from "@duckdb/node-api";
import { committedTableParquet } from "../../../data-loaders/loader.js";

/** A DuckDB session over the published Parquet bytes of some tables, answering SQL with named parameters as JSON rows. */
export interface ParquetSession {
  query(sql: string, params?: Record<string, string>): Promise<Record<string, Json>[]>;
  close(): void;
}

/** Returns a session with each named table created from the bytes its `src/data/<table>.parquet.ts` loader writes. */
export async function openParquetSession(tables: readonly string[]): Promise<ParquetSession> {
  const folder = mkdtempSync(join(tmpdir(), "partners-sql-"));
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  for (const table of tables) {
    const file = join(folder, `${table}.parquet`);
    writeFileSync(file, committedTableParquet(table));
    await connection.run(`CREATE TABLE ${table} AS SELECT * FROM read_parquet('${file.replaceAll("'", "''")}')`);
  }
  return {
    query: async (sql, params) => (await connection.runAndReadAll(sql, params)).getRowObjectsJson(),
    close: () => {
      connection.closeSync();
      instance.closeSync();
      rmSync(folder, { recursive: true, force: true });
    }
  };
}
