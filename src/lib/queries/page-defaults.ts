import { DEFAULT_REPORT, findAssuranceReport } from "../assurance-reports.js";
import { DEFAULT_CHILD_PROTECTION_MEASURE } from "../child-protection-measures.js";
import { DEFAULT_TOPIC, findTopic } from "../young-people-topics.js";
import { ALL_AREAS } from "./early-help.js";
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

// The same report section's board assessment, or its own paragraphs when the board gave none (childrens-social-care.md).
const sectionPanel = (section: string) => [call("boardAssessment", section), call("sectionParagraphs", section)];

/**
 * Every call each page makes as it loads with no filter in its address, keyed by the page's file name (`index` for
 * `/`). A call missing here still works, through DuckDB-WASM; tests/src/page-defaults.test.ts checks the pages' literal
 * calls are listed, and the browser suite checks every page draws with DuckDB blocked.
 */
export const PAGE_DEFAULT_CALLS = {
  index: [call("headlineFigures"), call("qualityFindings", "caf_by_area"), call("themeFigures")],
  "early-help": [
    call("cafHeadlines"),
    call("cafAreas"),
    call("qualityFindings", "caf_by_area"),
    call("cafByQuarter", ALL_AREAS),
    call("cafByAgency"),
    call("qualityFindings", "caf_by_agency"),
    call("ratShareByQuarter"),
    call("cafTablesCompared"),
    call("qualityFindingsByCheck", "caf_by_agency", "caf_agency_vs_area"),
    call("boardAssessment", "The implementation of the Common Assessment Framework (CAF) arrangements")
  ],
  "childrens-social-care": [
    call("socialCareHeadlines", "referrals"),
    call("socialCareHeadlines", "child-protection"),
    call("socialCareHeadlines", "children-in-care"),
    call("referralReasons"),
    call("indicatorFindings", "referral_reason_share"),
    call("assessmentTimeliness"),
    call("childProtectionTrend", DEFAULT_CHILD_PROTECTION_MEASURE),
    call("lookedAfterHealthChecks"),
    ...sectionPanel("Responding to Children in Need"),
    ...sectionPanel("Child Protection"),
    ...sectionPanel("Health Indicators")
  ],
  "young-people": [
    call("youngPeopleHeadlines"),
    call("firstTimeEntrantsByYear"),
    call("reoffendingByArea"),
    call("lacOffendingByYear"),
    call("alcoholSupportByPeriod"),
    call("treatmentAuditByService"),
    call("conceptionRateByPeriod"),
    call("findingsOnIndicatorLines", "teenage-pregnancy", "under_18_conception_rate"),
    call("teenageTerminationsByPeriod"),
    call("careToLearnByArea"),
    call("homeEducationByGrade"),
    call("qualityFindings", "home_education_grades"),
    call("homeEducationByReason"),
    call("qualityFindings", "home_education_reasons"),
    call("privateFosteringStatements"),
    call("findingsOnIndicatorLines", "private-fostering", "private_fostering_arrangements"),
    call("sarcExaminationsByAge"),
    call("statedFiguresByTheme", DEFAULT_TOPIC),
    call("assessmentOrSectionText", findTopic(DEFAULT_TOPIC).section)
  ],
  "child-deaths": [
    call("childDeathsHeadlines"),
    call("childDeathsByEthnicity"),
    call("findingsOnIndicatorLines", "child-deaths", "child_deaths_by_ethnicity_pct"),
    call("childDeathsReviewedByCategory"),
    call("findingsOnIndicatorLines", "child-deaths", "cdop_reviewed_by_category_pct"),
    call("statedFiguresByTheme", "child-deaths"),
    call("findingsOnIndicatorLines", "child-deaths", ""),
    call("sectionLines", "The Child Death Overview Panel (CDOP)")
  ],
  "allegations-and-prevention": [
    call("allegationsHeadlines"),
    call("ladoReferralsByCategory"),
    call("channelReferralsByGroup"),
    call("statedFiguresBySection", findAssuranceReport(DEFAULT_REPORT).section),
    call("sectionLines", findAssuranceReport(DEFAULT_REPORT).section)
  ],
  report: [call("reportSections"), call("reportLines"), call("reportFigures")],
  quality: [call("qualityAudit")],
  catalog: [call("catalogTables"), call("catalogColumns")],
  explorer: [call("catalogColumns")]
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
