// Every query the spec modules declare, by name, for code that still runs queries by name (src/lib/queries/registry.ts).
import * as domesticAbuse from "./domestic-abuse.js";
import * as catalog from "./catalog.js";
import * as explorer from "./explorer.js";
import * as overview from "./overview.js";
import * as partners from "./partners.js";
import * as quality from "./quality.js";
import * as report from "./report.js";
import * as shared from "./shared.js";
import { namedQueries } from "./specs.js";

/** The spec modules' queries by name. */
export const PAGE_QUERIES = { ...namedQueries(shared), ...namedQueries(overview), ...namedQueries(domesticAbuse), ...namedQueries(partners), ...namedQueries(report), ...namedQueries(quality), ...namedQueries(catalog), ...namedQueries(explorer) };
