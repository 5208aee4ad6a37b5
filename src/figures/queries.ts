// Every query the spec modules declare, by name, for code that still runs queries by name (src/lib/queries/registry.ts).
import { PAGE_MODULES } from "./pages.js";
import * as shared from "./shared.js";
import { namedQueries } from "./specs.js";

/** The spec modules' queries by name. */
export const PAGE_QUERIES = Object.assign({}, namedQueries(shared), ...Object.values(PAGE_MODULES).map(namedQueries));
