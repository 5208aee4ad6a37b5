import { BOARD_QUERIES } from "./board.js";
import type { NamedQuery } from "./named-query.js";
import { PAGE_QUERIES } from "../../figures/queries.js";
import { SHARED_QUERIES } from "./shared.js";
import { WORKFORCE_AND_BUDGET_QUERIES } from "./workforce-and-budget.js";

// Node imports this module too (the build runs every page's default queries), so it imports query modules only.

/** Every query the site runs, named after its result; each page's queries live in a module of its own. */
export const QUERIES = {
  ...SHARED_QUERIES,
  ...PAGE_QUERIES,
  ...WORKFORCE_AND_BUDGET_QUERIES,
  ...BOARD_QUERIES
} as Record<string, NamedQuery>;

/** The name of a query in QUERIES. */
export type QueryName = string;

/** Returns a query by name, or throws naming it. */
export function findQuery(name: QueryName): NamedQuery {
  const query = QUERIES[name];
  if (!query) throw new Error(`queries: expected a query named in src/figures/ or src/lib/queries/, found ${JSON.stringify(name)}`);
  return query;
}
