import { queryRows, sharedDatabase, type QueryRow } from "../database.js";
import { ALLEGATIONS_QUERIES } from "./allegations-and-prevention.js";
import { CHILD_DEATHS_QUERIES } from "./child-deaths.js";
import { DOMESTIC_ABUSE_QUERIES } from "./domestic-abuse.js";
import type { NamedQuery } from "./named-query.js";
import { REPORT_FIGURE_QUERIES } from "./report-figures.js";
import { SHARED_QUERIES } from "./shared.js";
import { YOUNG_PEOPLE_QUERIES } from "./young-people.js";

export type { NamedQuery } from "./named-query.js";

/** Every query the site runs, named after its result; each page's queries live in a module of its own. */
export const QUERIES = {
  ...SHARED_QUERIES,
  ...DOMESTIC_ABUSE_QUERIES,
  ...REPORT_FIGURE_QUERIES,
  ...YOUNG_PEOPLE_QUERIES,
  ...CHILD_DEATHS_QUERIES,
  ...ALLEGATIONS_QUERIES
} satisfies Record<string, NamedQuery>;

/** The name of a query in QUERIES. */
export type QueryName = keyof typeof QUERIES;

/** Runs a named query in the page's shared DuckDB-WASM session and returns its rows. */
export async function runNamedQuery(name: QueryName, params: readonly unknown[] = []): Promise<QueryRow[]> {
  const query: NamedQuery = QUERIES[name];
  return queryRows(await sharedDatabase(query.tables), query.sql, params);
}
