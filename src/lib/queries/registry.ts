import { ALLEGATIONS_QUERIES } from "./allegations-and-prevention.js";
import { CHILD_DEATHS_QUERIES } from "./child-deaths.js";
import { CHILDRENS_SOCIAL_CARE_QUERIES } from "./childrens-social-care.js";
import { EARLY_HELP_QUERIES } from "./early-help.js";
import type { NamedQuery } from "./named-query.js";
import { PAGE_QUERIES } from "../../figures/queries.js";
import { OVERVIEW_QUERIES } from "./overview.js";
import { REPORT_FIGURE_QUERIES } from "./report-figures.js";
import { SHARED_QUERIES } from "./shared.js";
import { WORKBENCH_QUERIES } from "./workbench.js";
import { YOUNG_PEOPLE_QUERIES } from "./young-people.js";

// Node imports this module too (the build runs every page's default queries), so it imports query modules only.

/** Every query the site runs, named after its result; each page's queries live in a module of its own. */
export const QUERIES = {
  ...SHARED_QUERIES,
  ...PAGE_QUERIES,
  ...WORKBENCH_QUERIES,
  ...OVERVIEW_QUERIES,
  ...CHILDRENS_SOCIAL_CARE_QUERIES,
  ...EARLY_HELP_QUERIES,
  ...REPORT_FIGURE_QUERIES,
  ...YOUNG_PEOPLE_QUERIES,
  ...CHILD_DEATHS_QUERIES,
  ...ALLEGATIONS_QUERIES
} as Record<string, NamedQuery>;

/** The name of a query in QUERIES. */
export type QueryName = string;

/** Returns a query by name, or throws naming it. */
export function findQuery(name: QueryName): NamedQuery {
  const query = QUERIES[name];
  if (!query) throw new Error(`queries: expected a query named in src/figures/ or src/lib/queries/, found ${JSON.stringify(name)}`);
  return query;
}
