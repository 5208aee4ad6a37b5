// A NotebookDatabase in DuckDB for Node over the committed report's Parquet tables, the bytes the site ships, so the
// engine's tests check real results; every statement it was sent is kept, in order.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance, DuckDBTypeId, type DuckDBConnection } from "@duckdb/node-api";
import { committedTableParquet } from "../../../data-loaders/loader.js";
import type { CellResult, NotebookDatabase } from "../../../src/notebook/engine.js";

/** A test database: the NotebookDatabase, the statements sent to it, and how to close it. */
export interface TestDatabase extends NotebookDatabase {
  statements: string[];
  close(): void;
}

/** Opens DuckDB (Node) with the named published tables loaded. */
export async function openTestDatabase(tables: readonly string[]): Promise<TestDatabase> {
  const folder = mkdtempSync(join(tmpdir(), "notebook-"));
  const instance = await DuckDBInstance.create(":memory:");
  const connection: DuckDBConnection = await instance.connect();
  for (const table of tables) {
    const file = join(folder, `${table}.parquet`);
    writeFileSync(file, committedTableParquet(table));
    await connection.run(`CREATE TABLE ${table} AS SELECT * FROM read_parquet('${file}')`);
  }
  const statements: string[] = [];
  return {
    statements,
    async defineView(name, sql) {
      const statement = `CREATE OR REPLACE TEMP VIEW "${name}" AS ${sql}`;
      statements.push(statement);
      await connection.run(statement);
    },
    async dropView(name) {
      const statement = `DROP VIEW IF EXISTS "${name}"`;
      statements.push(statement);
      await connection.run(statement);
    },
    async readView(name): Promise<CellResult> {
      const reader = await connection.runAndReadAll(`SELECT * FROM "${name}" LIMIT 10001`);
      const names = reader.columnNames();
      const types = reader.columnTypes();
      const columns = names.map((column, index) => {
        const id = types[index]!.typeId;
        const kind = id === DuckDBTypeId.DATE || id === DuckDBTypeId.TIMESTAMP ? "date" : [DuckDBTypeId.VARCHAR, DuckDBTypeId.BOOLEAN].includes(id) ? "text" : "number";
        return { name: column, type: types[index]!.toString(), kind } as const;
      });
      const rows = reader.getRowsJS().slice(0, 10_000).map((row) =>
        Object.fromEntries(row.map((value, index) => [names[index]!, typeof value === "bigint" ? Number(value) : value instanceof Date || typeof value === "number" || typeof value === "string" || value === null ? value : Number(value)]))
      );
      return { rows, columns, truncated: reader.currentRowCount > 10_000 };
    },
    close() {
      connection.closeSync();
      instance.closeSync();
      rmSync(folder, { recursive: true, force: true });
    }
  };
}
