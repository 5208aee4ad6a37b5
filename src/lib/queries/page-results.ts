// Node only: the build runs each page's default calls (src/data/query-results/[page].json.ts). No page imports this
// module; it joins the site's named queries to data-loaders' DuckDB runner, which knows nothing of pages.
import { runSqlCalls } from "../../../data-loaders/query-results.js";
import { inlineParams } from "./inline-params.js";
import { PAGE_DEFAULT_CALLS, type DefaultCall, type ShippedPage, type ShippedResult } from "./page-defaults.js";
import { QUERIES } from "./registry.js";

/** What a page's `query-results/<page>.json` holds: every call it makes while loading, with its rows. */
export interface ShippedResults {
  page: string;
  results: ShippedResult[];
}

/** Returns a page's default calls, or throws naming the pages that have them. */
export function findPageDefaultCalls(page: string): readonly DefaultCall[] {
  const calls = (PAGE_DEFAULT_CALLS as Record<string, readonly DefaultCall[]>)[page];
  if (!calls) throw new Error(`query results: expected one of the pages ${Object.keys(PAGE_DEFAULT_CALLS).join(", ")}, found ${JSON.stringify(page)}`);
  return calls;
}

/**
 * Runs every call a page makes while loading, in DuckDB (Node) over the same Parquet bytes the site ships, and returns
 * the rows as the browser's DuckDB path would give them (BIGINT as numbers, DATE as dates).
 */
export async function runPageQueries(page: ShippedPage | string): Promise<ShippedResults> {
  return { page, results: await runCalls(findPageDefaultCalls(page)) };
}

/** Runs named-query calls against the committed report's Parquet tables and returns their shipped form, in call order. */
export async function runCalls(calls: readonly DefaultCall[]): Promise<ShippedResult[]> {
  const rows = await runSqlCalls(calls.map(({ name, params }) => ({ name, params, sql: QUERIES[name].sql, tables: QUERIES[name].tables })));
  return rows.map((result, index) => {
    const { name, params } = calls[index]!;
    return { ...result, sql: inlineParams(QUERIES[name].sql, params), tables: QUERIES[name].tables };
  });
}
