// The engine's database in the page: the site's one DuckDB-WASM session with every published table (src/lib/database.ts).
// Views are created here, by the engine, around reader SQL that passed the read-only check; results are read through
// the explorer's runner (src/lib/sql-runner.ts), which caps them, can cancel them and restarts a crashed DuckDB.
import type { CellResult, NotebookDatabase } from "./engine.js";
import { quoteName } from "./steps.js";

type QueryModules = [typeof import("../lib/database.js"), typeof import("../lib/duckdb-client.js"), typeof import("../lib/sql-runner.js")];

// The modules a query needs, imported once. An `import()` resolves in a task of its own even when the module is loaded
// (a frame is often drawn first), while a settled promise resolves at once: so a cell's messages reach DuckDB's worker
// in the task that ran the cell, and the worker works while the page draws (issue 12's re-run budget).
let modules: Promise<QueryModules> | undefined;
function queryModules(): Promise<QueryModules> {
  if (!modules) {
    modules = Promise.all([import("../lib/database.js"), import("../lib/duckdb-client.js"), import("../lib/sql-runner.js")]);
    // A failed import (the connection dropped) is tried again next time rather than kept.
    modules.catch(() => (modules = undefined));
  }
  return modules;
}

/** Returns the NotebookDatabase of this page; DuckDB starts on the first call, not before. */
export function browserNotebookDatabase(): NotebookDatabase {
  const execute = async (sql: string) => {
    const [{ sharedDatabase, TABLE_NAMES }, { runQuery }] = await queryModules();
    await runQuery(await sharedDatabase(TABLE_NAMES), sql);
  };
  return {
    defineView: (name, sql) => execute(`CREATE OR REPLACE TEMP VIEW ${quoteName(name)} AS ${sql}`),
    dropView: (name) => execute(`DROP VIEW IF EXISTS ${quoteName(name)}`),
    readView: (name) => readResult(name),
    defineAndReadView: async (name, sql) => {
      const [{ sharedDatabase, TABLE_NAMES }, { runQuery }] = await queryModules();
      const session = await sharedDatabase(TABLE_NAMES);
      // The definition is posted to DuckDB's worker here, before the read starts, and the worker answers in order: the
      // read waits for no reply of the definition's, which saves a round trip per cell (issue 12's re-run budget).
      const defined = runQuery(session, `CREATE OR REPLACE TEMP VIEW ${quoteName(name)} AS ${sql}`);
      const [definition, read] = await Promise.allSettled([defined, readResult(name)]);
      // A definition that failed leaves the view missing (the read fails) or as it was (the read is of the old one):
      // either way its own error is the cell's.
      if (definition.status === "rejected") throw definition.reason;
      if (read.status === "rejected") throw read.reason;
      return read.value;
    }
  };
}

// A Cancel pressed while a cell is still defining its view (DuckDB starting, tables loading) stops the read that follows.
let cancelRequested = false;

/** Returns a named result's rows: at most the explorer's cap of 10,000, or all of them (`all`) for an export. */
export async function readResult(name: string, { all = false } = {}): Promise<CellResult> {
  const [, , { runExplorerQuery, QueryCancelledError }] = await queryModules();
  if (cancelRequested) {
    cancelRequested = false;
    throw new QueryCancelledError("The query was cancelled.");
  }
  const { rows, columns, truncated } = await runExplorerQuery(`SELECT * FROM ${quoteName(name)}`, all ? { maxRows: Number.MAX_SAFE_INTEGER } : {});
  return { rows, columns, truncated };
}

/**
 * Stops the query running now (see cancelExplorerQuery), or, when the cell running has not started reading yet, the
 * read it starts next; resolves with what it did.
 */
export async function cancelNotebookQuery(): Promise<string> {
  const [, , { cancelExplorerQuery }] = await queryModules();
  const outcome = await cancelExplorerQuery();
  if (outcome === "idle") cancelRequested = true;
  return outcome;
}

/** Forgets a Cancel that no read took up (the cells it was meant for have finished). */
export function clearNotebookCancel(): void {
  cancelRequested = false;
}
