import type { QueryRow } from "../database.js";
import { warmUpOnIntent } from "../database-warm-up.js";
import { loadPlot } from "../plot.js";
import { currentShippedResults, findShippedResult, shippedRows } from "../shipped-results.js";
import { inlineParams } from "./inline-params.js";
import type { QueryName } from "./registry.js";

export type { NamedQuery } from "./named-query.js";
export type { QueryName } from "./registry.js";

/** A query's rows to come, carrying the query's own SQL with its parameters filled in (for "Open in explorer"). */
export type QueryResult = Promise<QueryRow[]> & { sql: Promise<string> };

// Every page's queries, loaded only when a call was not shipped with the page: a page's first view needs none of them.
const loadQueries = () => import("./registry.js").then((module) => module.findQuery);

/**
 * Returns a named query's rows: from the results the build ran and shipped with this page when the call is one the
 * page makes by default (no DuckDB needed), otherwise from DuckDB-WASM. The promise also carries the standalone SQL.
 */
export function runNamedQuery(name: QueryName, params: readonly unknown[] = []): QueryResult {
  const shipped = findShippedResult(name, params);
  const rows = shipped.then((result) => (result ? shippedRows(result) : runLiveQuery(name, params)));
  const sql = shipped.then(async (result) => result?.sql ?? inlineParams((await loadQueries())(name).sql, params));
  // A figure may never ask for the SQL; its failure is the rows' failure too, reported there.
  sql.catch(() => undefined);
  return Object.assign(rows, { sql });
}

/** Runs a named query in the page's shared DuckDB-WASM session, never from shipped results (tests compare the two). */
export async function runLiveQuery(name: QueryName, params: readonly unknown[] = []): Promise<QueryRow[]> {
  // Loaded on first use, so DuckDB, Arrow and the Parquet decoder are not on the way to the first chart.
  const [findQuery, { queryRows, sharedDatabase }] = await Promise.all([loadQueries(), import("../database.js")]);
  const query = findQuery(name);
  return queryRows(await sharedDatabase(query.tables), query.sql, params);
}

// When the reader reaches for a control whose answers were not shipped, start DuckDB (and load Plot) with the tables
// this page's queries read, so that change is quicker: it redraws with Plot (the first charts were prerendered).
// Nothing is fetched for a reader who touches no control (issue 14: src/lib/database-warm-up.ts).
warmUpOnIntent(async () => {
  const tables = [...new Set([...(await currentShippedResults()).values()].flatMap((result) => result.tables))];
  const { sharedDatabase } = await import("../database.js");
  await Promise.all([sharedDatabase(tables as Parameters<typeof sharedDatabase>[0]), loadPlot()]);
});
