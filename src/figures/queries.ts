// Every query the spec modules declare, by name: for the build's and the tests' look-ups (Node only; no page imports it).
import type { QuerySpec } from "./define.js";
import { PAGE_MODULES } from "./pages.js";
import * as shared from "./shared.js";
import { moduleQueries } from "./specs.js";

/** Every query of every page and of src/figures/shared.ts, by name. */
export const QUERIES: Readonly<Record<string, QuerySpec>> = Object.fromEntries(
  [shared, ...Object.values(PAGE_MODULES)].flatMap(moduleQueries).map((query) => [query.name, query])
);

/** Returns a query by name, or throws naming it. */
export function findQuery(name: string): QuerySpec {
  const query = QUERIES[name];
  if (!query) throw new Error(`queries: expected a query declared in src/figures/, found ${JSON.stringify(name)}`);
  return query;
}
