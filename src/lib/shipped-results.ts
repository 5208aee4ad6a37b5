// The results the build ran for the current page (src/data/query-results/[page].json.ts), read once per page: the page
// names its file in its first cell (src/figures/show.ts's usePage), since FileAttachment needs a literal path.
import type { QueryParam, QueryRows } from "../../data-loaders/query-results.js";
import type { QueryRow } from "./database.js";

/**
 * One call's rows as the build ran them (src/lib/queries/page-results.ts) and a page reads them: columns once, rows as
 * arrays, DATE columns as ISO text; with the call's SQL, its values written in (what "Open in explorer" runs), and
 * the tables it reads.
 */
export interface ShippedResult extends QueryRows {
  sql: string;
  tables: readonly string[];
}

/** Returns the key a call's shipped result is found by: the query's name and its parameters, as JSON. */
export function callKey(name: string, params: readonly QueryParam[] | readonly unknown[]): string {
  return JSON.stringify([name, ...params]);
}

let currentResults: Promise<Map<string, ShippedResult>> | undefined;
let resolveCurrent: ((results: Promise<Map<string, ShippedResult>>) => void) | undefined;

/** Sets where the current page's shipped results come from (usePage passes its FileAttachment); should the file not load, none. */
export function useShippedResults(load: () => Promise<unknown>): void {
  const results = load()
    .then((file) => new Map((file as { results: ShippedResult[] }).results.map((result) => [callKey(result.name, result.params), result])))
    .catch(() => new Map<string, ShippedResult>());
  if (resolveCurrent) resolveCurrent(results);
  else currentResults ??= results;
}

/** Returns the current page's shipped results, once the page has named its file. */
export function currentShippedResults(): Promise<Map<string, ShippedResult>> {
  return (currentResults ??= new Promise((resolve) => (resolveCurrent = resolve)));
}

/** Returns the current page's shipped result for a call, or undefined when the build did not run it. */
export async function findShippedResult(name: string, params: readonly unknown[]): Promise<ShippedResult | undefined> {
  return (await currentShippedResults()).get(callKey(name, params));
}

/** Returns a shipped result's rows as plain objects, ISO dates revived as Dates: new objects on every call, as DuckDB gives. */
export function shippedRows({ columns, dates, rows }: ShippedResult): QueryRow[] {
  const isDate = columns.map((column) => dates.includes(column));
  return rows.map((values) => {
    const row: QueryRow = {};
    columns.forEach((column, index) => {
      const value = values[index] ?? null;
      row[column] = isDate[index] && typeof value === "string" ? new Date(value) : value;
    });
    return row;
  });
}
