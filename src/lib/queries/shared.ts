import * as shared from "../../figures/shared.js";
import { namedQueries } from "../../figures/specs.js";

/** Queries every page uses, declared in src/figures/shared.ts, by name (for pages that still call them by name). */
export const SHARED_QUERIES = namedQueries(shared);
