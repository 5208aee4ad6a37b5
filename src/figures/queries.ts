// Every query the spec modules declare, by name, for code that still runs queries by name (src/lib/queries/registry.ts).
import * as board from "./board.js";
import * as domesticAbuse from "./domestic-abuse.js";
import { namedQueries } from "./specs.js";
import * as workforceAndBudget from "./workforce-and-budget.js";

/** The spec modules' queries by name. */
export const PAGE_QUERIES = { ...namedQueries(domesticAbuse), ...namedQueries(board), ...namedQueries(workforceAndBudget) };
