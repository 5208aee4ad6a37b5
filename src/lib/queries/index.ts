import type { QueryRow } from "../database.js";
import { warmUpAfterFirstPaint } from "../database-warm-up.js";
import { currentShippedResults, findShippedRows } from "../shipped-results.js";
import { inlineParams } from "./inline-params.js";
import type { NamedQuery } from "./named-query.js";
import { QUERIES, type QueryName } from "./registry.js";

export type { NamedQuery } from "./named-query.js";
export { QUERIES, type QueryName } from "./registry.js";

/** A query's rows to come, carrying the query's own SQL with its parameters filled in (for "Open in explorer"). */
export type QueryResult = Promise<QueryRow[]> & { sql: string };

/**
 * Returns a named query's rows: from the results the build ran and shipped with this page when the call is one the
 * page makes by default (no DuckDB needed), otherwise from DuckDB-WASM. The promise also carries the standalone SQL.
 */
export function runNamedQuery(name: QueryName, params: readonly unknown[] = []): QueryResult {
  const query: NamedQuery = QUERIES[name];
  const rows = findShippedRows(name, params).then((shipped) => shipped ?? runLiveQuery(name, params));
  return Object.assign(rows, { sql: inlineParams(query.sql, params) });
}

/** Runs a named query in the page's shared DuckDB-WASM session, never from shipped results (tests compare the two). */
export async function runLiveQuery(name: QueryName, params: readonly unknown[] = []): Promise<QueryRow[]> {
  const query: NamedQuery = QUERIES[name];
  // Loaded on first use, so DuckDB, Arrow and the Parquet decoder are not on the way to the first chart.
  const { queryRows, sharedDatabase } = await import("../database.js");
  return queryRows(await sharedDatabase(query.tables), query.sql, params);
}

// Once the page is drawn, start DuckDB with the tables this page's queries read, so the first filter change is quick.
warmUpAfterFirstPaint(async () => {
  const tables = [...new Set([...(await currentShippedResults()).values()].flatMap((result) => QUERIES[result.name as QueryName]?.tables ?? []))];
  const { sharedDatabase } = await import("../database.js");
  await sharedDatabase(tables);
});
