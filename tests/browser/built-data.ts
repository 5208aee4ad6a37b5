import { readdirSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import type { Page } from "playwright-core";
import { DIST } from "../../scripts/site-pages.js";

let connection: Promise<DuckDBConnection> | undefined;

/** Returns a DuckDB (Node) connection with one view per Parquet file of the build, named after its table. */
function builtDataConnection(): Promise<DuckDBConnection> {
  return (connection ??= (async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const db = await instance.connect();
    const folder = join(DIST, "_file", "data");
    for (const file of readdirSync(folder).filter((name) => name.endsWith(".parquet"))) {
      const table = file.split(".")[0]!;
      await db.run(`CREATE VIEW ${table} AS SELECT * FROM read_parquet('${join(folder, file).replaceAll("'", "''")}')`);
    }
    return db;
  })());
}

/** Runs SQL in Node's DuckDB over the built Parquet files: the independent recomputation pages are checked against. */
export async function queryBuiltData(sql: string): Promise<Record<string, unknown>[]> {
  const reader = await (await builtDataConnection()).runAndReadAll(sql);
  return reader.getRowObjectsJS() as Record<string, unknown>[];
}

/** Returns the text of every body cell of a figure's table twin, row by row. */
export function tableTwinCells(page: Page, figureId: string): Promise<string[][]> {
  return page.$$eval(`#${figureId} table tbody tr`, (rows) => rows.map((row) => Array.from(row.children, (cell) => (cell.textContent ?? "").trim())));
}

/** Reads a displayed number such as `3,003`, `78.9%`, `£305,438` or `−48%` back into a number; "no data" is null. */
export function parseDisplayed(text: string): number | null {
  if (text.trim() === "no data") return null;
  const number = Number(text.replace(/[£,%\s]|per 1,000|per 10,000|years/g, "").replace("−", "-").replace(/^\+/, ""));
  if (Number.isNaN(number)) throw new Error(`parseDisplayed: expected a displayed number, found ${JSON.stringify(text)}`);
  return number;
}
