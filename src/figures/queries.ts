// Every query the spec modules declare, by name, for code that still runs queries by name (src/lib/queries/registry.ts).
import * as domesticAbuse from "./domestic-abuse.js";
import * as earlyHelp from "./early-help.js";
import * as childrensSocialCare from "./childrens-social-care.js";
import * as allegationsAndPrevention from "./allegations-and-prevention.js";
import { namedQueries } from "./specs.js";

/** The spec modules' queries by name. */
export const PAGE_QUERIES = { ...namedQueries(domesticAbuse), ...namedQueries(earlyHelp), ...namedQueries(childrensSocialCare), ...namedQueries(allegationsAndPrevention) };
