import type { QueryParam, QueryRows } from "../../../data-loaders/query-results.js";
import type { QueryName } from "./registry.js";

// Node imports this module too: the build runs each page's calls and ships their rows with the page
// (src/data/query-results/[page].json.ts), so a page draws without waiting for DuckDB-WASM.

/** A parameter value a page passes to a named query. */
export type { QueryParam } from "../../../data-loaders/query-results.js";

/** One named query as a page calls it while loading, with the parameters it passes when the address names no filter. */
export interface DefaultCall {
  name: QueryName;
  params: readonly QueryParam[];
}

const call = (name: QueryName, ...params: QueryParam[]): DefaultCall => ({ name, params });

/**
 * Every call each page makes as it loads with no filter in its address, keyed by the page's file name (`index` for
 * `/`). A call missing here still works, through DuckDB-WASM; tests/src/page-defaults.test.ts checks the pages' literal
 * calls are listed, and the browser suite checks every page draws with DuckDB blocked.
 */
export const PAGE_DEFAULT_CALLS = {
  "workforce-and-budget": [
    call("trainingHeadlines"),
    call("trainingFunnel"),
    call("trainingEvents"),
    call("staffTrainedByOrganisation"),
    call("otherWorkforceFigures"),
    call("sectionParagraphs", "Workforce Learning & Development"),
    call("sectionParagraphs", "Priorities Areas for 13/14"),
    call("budgetTotals"),
    call("budgetBreakdown", "income"), // workforce-and-budget.md: the view shown when the address names none
    call("qualityFindings", "budget_income"),
    call("budgetPositionSteps"),
    call("qualityFindings", "budget_position"),
    call("sectionParagraphs", "LSCB Spend and Budget")
  ],
  board: [
    call("boardAgencies"),
    call("boardAttendanceTotals", "all"), // board.md: "all" agencies and themes when the address names none
    call("boardAttendanceByMember", "all"),
    call("qualityFindings", "board_attendance"),
    call("boardAttendanceByAgency"),
    call("sectionParagraphs", "LSCB Meetings"),
    call("businessPlanStatusByPriority"),
    call("qualityFindings", "business_plan"),
    call("sectionParagraphs", "The LSCB Annual Business Plan 2012-2013"),
    call("ofstedThemes"),
    call("ofstedRatingCounts", "all"),
    call("ofstedActions", "all"),
    call("qualityFindings", "ofsted_actions")
  ]
} satisfies Record<string, readonly DefaultCall[]>;

/** A page whose default results ship with the site: its file name under src/, `index` for `/`. */
export type ShippedPage = keyof typeof PAGE_DEFAULT_CALLS;


/**
 * One named query's rows as the build ran them (src/lib/queries/page-results.ts) and a page reads them
 * (src/lib/shipped-results.ts): columns once, rows as arrays, DATE columns as ISO text.
 */
export interface ShippedResult extends QueryRows {
  /** The query's SQL with these parameters written in (what "Open in explorer" runs), and the tables it reads. */
  sql: string;
  tables: readonly string[];
}
