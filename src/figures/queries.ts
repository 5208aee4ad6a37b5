// Every query the spec modules declare, by name, for code that still runs queries by name (src/lib/queries/registry.ts).
import * as childDeaths from "./child-deaths.js";
import * as domesticAbuse from "./domestic-abuse.js";
import * as youngPeople from "./young-people.js";
import { namedQueries } from "./specs.js";

/** The spec modules' queries by name. */
export const PAGE_QUERIES = { ...namedQueries(domesticAbuse), ...namedQueries(youngPeople), ...namedQueries(childDeaths) };
