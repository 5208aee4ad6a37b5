// The children's social care page's figures: src/childrens-social-care.md places them.
import { bars } from "../components/bars.js";
import { columns } from "../components/columns.js";
import { firstSourceLineHref } from "../components/figure-frame.js";
import { headlineTiles } from "../components/headline-tiles.js";
import { reportWords } from "../components/report-words.js";
import { CHILD_PROTECTION_MEASURE_IDS, DEFAULT_CHILD_PROTECTION_MEASURE } from "../lib/child-protection-measures.js";
import { formatCount, formatNumber, formatPercent } from "../lib/format.js";
import { indicatorTilesSql, type TileSpec } from "../lib/queries/indicator-tiles.js";
import { summarizeAssessmentTimeliness, summarizeHealthChecks, summarizeMeasureTrend, summarizeReferralReasons, titleMeasureTrend } from "../lib/summaries-childrens-social-care.js";
import { describeHeadlines } from "../lib/summaries-overview.js";
import { call, defineBlock, defineFigure, defineParam, defineQuery } from "./define.js";
import { indicatorTileColumns } from "./indicator-columns.js";
import { boardAssessment, sectionParagraphs } from "./shared.js";

/** The children's social care page's tiles, by group: referrals, child protection, children in care. */
const SOCIAL_CARE_TILES: readonly TileSpec[] = [
  { order: 1, id: "referrals", group: "referrals", route: "childrens-social-care", label: "Referrals to children's social care", indicator: "referrals", period: "2012/13",
    comparison: { kind: "change", indicator: "referrals_change", period: "2012/13", label: "the previous year" } },
  { order: 2, id: "re_referrals", group: "referrals", route: "childrens-social-care", label: "Referred again within 12 months", indicator: "re_referrals_pct", period: "2012/13",
    comparison: { kind: "previous", indicator: "re_referrals_pct", period: "2011/12", label: "2011/12" } },
  { order: 3, id: "referrals_to_initial_assessment", group: "referrals", route: "childrens-social-care", label: "Referrals that went on to an initial assessment", indicator: "referrals_to_initial_assessment_pct", period: "2012/13",
    comparison: { kind: "previous", indicator: "referrals_to_initial_assessment_pct", period: "2011/12", label: "2011/12" } },
  { order: 4, id: "cp_plans", group: "child-protection", route: "childrens-social-care", label: "Children on a child protection plan", indicator: "cp_plans", period: "2012/13 Q4" },
  { order: 5, id: "cp_plans_first_time", group: "child-protection", route: "childrens-social-care", label: "On a plan for the first time", indicator: "cp_plans_first_time_pct", period: "2012/13 Q4" },
  { order: 6, id: "cp_plans_under_1", group: "child-protection", route: "childrens-social-care", label: "Babies under 1 on a plan", indicator: "cp_plans_under_1", period: "2012/13 Q4" },
  { order: 7, id: "cp_plans_average_age", group: "child-protection", route: "childrens-social-care", label: "Average age of a child on a plan", indicator: "cp_plans_average_age", period: "2012/13 Q4" },
  { order: 8, id: "children_in_care", group: "children-in-care", route: "childrens-social-care", label: "Children in care at the end of the year", indicator: "children_in_care", period: "2012/13" },
  { order: 9, id: "children_in_care_rate", group: "children-in-care", route: "childrens-social-care", label: "Children in care per 10,000 under-18s", indicator: "children_in_care_rate", period: "2012/13",
    comparison: { kind: "benchmark", indicator: "children_in_care_rate", series: "Statistical neighbours", period: "2012/13", label: "statistical neighbours" } },
  { order: 10, id: "lac_in_care_12_months", group: "children-in-care", route: "childrens-social-care", label: "In care for 12 months or more", indicator: "lac_in_care_12_months", period: "2012/13" }
];

/** The page's headline tiles of one group (`$group`: 'referrals', 'child-protection' or 'children-in-care'), each paired with its comparison. */
export const socialCareHeadlines = defineQuery("socialCareHeadlines", {
  tables: ["indicators"],
  sql: indicatorTilesSql(SOCIAL_CARE_TILES, "WHERE t.tile_group = $group\nORDER BY t.tile_order"),
  params: ["group"]
});

const TRENDS = "Trends in Safeguarding (LSCB Year End Performance data 2012-2013)";
const NEED = "Responding to Children in Need";

// A group of headline tiles from the socialCareHeadlines query, in a frame with a summary, table twin and download.
function tileFigure({ id, group, title, subtitle }: { id: string; group: string; title: string; subtitle: string }) {
  return defineFigure({
    id,
    title,
    subtitle,
    source: { label: TRENDS, href: firstSourceLineHref },
    rows: call(socialCareHeadlines, group),
    columns: indicatorTileColumns(),
    summarize: describeHeadlines,
    chart: (rows) => headlineTiles(rows, { columns: rows.length === 3 ? 3 : 4, routeHref: () => undefined }),
    drawnWith: "html"
  });
}

// The board's "LSCB Assessment" of a report section where it gives one, otherwise the section's own text.
function sectionPanel(id: string, section: string, title: string) {
  return defineBlock({
    id,
    calls: { assessment: call(boardAssessment, section), paragraphs: call(sectionParagraphs, section) },
    render: ({ assessment, paragraphs }) => (assessment.length ? reportWords(assessment, { title }) : reportWords(paragraphs, { title, section, className: "se-excerpt" }))
  });
}

/** Referrals: the count, the share referred again within 12 months, and the share that led to an initial assessment. */
export const referralTiles = tileFigure({
  id: "referral-headlines",
  group: "referrals",
  title: "Referrals fell sharply in 2012/13, and fewer went on to an initial assessment",
  subtitle: "Referrals to children's social care in 2012/13: the count, the share referred again within 12 months, and the share that led to an initial assessment, each against the year before."
});

/**
 * Share of referrals by area of concern, one row per reason and year the report states (2011, 2012), a year the
 * report gives no figure for as NULL. The "four areas combined" total is left out: it is not a reason of its own.
 * Reasons in order of their latest share, largest first.
 */
export const referralReasons = defineFigure({
  id: "referral-reasons",
  title: "General childcare overtook domestic violence as the main reason for referral",
  subtitle: "Percent of all referrals to children's social care, by area of concern, in the calendar years 2011 and 2012 as the report gives them. \"not stated\": the report gives no figure for that year.",
  source: { label: NEED, href: firstSourceLineHref },
  rows: call(defineQuery("referralReasons", {
    tables: ["indicators"],
    sql: `WITH share AS (
  SELECT category AS reason, period AS year, value AS share_pct, source_line
  FROM indicators
  WHERE indicator_id = 'referral_reason_share' AND series = 'Luton' AND category NOT ILIKE '%combined%'
),
reason AS (
  SELECT reason, MAX(share_pct) FILTER (WHERE year = (SELECT MAX(year) FROM share)) AS latest_pct FROM share GROUP BY reason
),
year AS (SELECT DISTINCT year FROM share)
SELECT r.reason, y.year, s.share_pct, COALESCE(s.source_line, (SELECT MIN(source_line) FROM share)) AS source_line
FROM reason r CROSS JOIN year y
LEFT JOIN share s ON s.reason = r.reason AND s.year = y.year
ORDER BY r.latest_pct DESC NULLS LAST, r.reason, y.year`
  })),
  // data_quality findings about the report lines one indicator (`$indicator_id`) was read from, worst first.
  findings: call(defineQuery("indicatorFindings", {
    tables: ["data_quality", "indicators"],
    sql: `SELECT DISTINCT q.check_id, q.severity, q.message, q.expected, q.actual, q.source_line
FROM data_quality q
WHERE q.table_name = 'indicators' AND q.source_line IN (SELECT source_line FROM indicators WHERE indicator_id = $indicator_id)
ORDER BY CASE q.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, q.source_line, q.check_id`,
    params: ["indicator_id"]
  }), "referral_reason_share"),
  columns: [
    { key: "reason", label: "Area of concern" },
    { key: "year", label: "Year" },
    { key: "share_pct", label: "Share of referrals (%)", format: formatNumber, numeric: true }
  ],
  summarize: summarizeReferralReasons,
  chart: (rows, { width, ariaLabel, ariaDescription }) =>
    bars(rows, { group: "reason", label: "year", labelPosition: "axis", missingLabel: "not stated", value: "share_pct", width, valueFormat: formatPercent, xLabel: "Percent of referrals", xDomain: [0, 60], ariaLabel, ariaDescription })
});

/** Initial and core assessments completed to timescale in 2012/13, each with its target and the gap in percentage points. */
export const assessmentTimeliness = defineFigure({
  id: "assessment-timeliness",
  title: "Both kinds of assessment were completed on time less often than their targets",
  subtitle: "Percent of initial and core assessments completed within the required timescale in 2012/13, against the local target.",
  source: { label: NEED, href: firstSourceLineHref },
  rows: call(defineQuery("assessmentTimeliness", {
    tables: ["indicators"],
    sql: `SELECT l.label AS assessment, l.period, l.value AS in_time_pct, t.value AS target_pct,
       ROUND(l.value - t.value, 1) AS gap_points, l.polarity, l.source_line
FROM indicators l
LEFT JOIN indicators t ON t.indicator_id = l.indicator_id AND t.series = 'Target' AND t.period = l.period AND t.category IS NULL
WHERE l.indicator_id IN ('initial_assessments_in_time_pct', 'core_assessments_in_time_pct') AND l.series = 'Luton' AND l.category IS NULL
ORDER BY l.source_line, l.indicator_id DESC`
  })),
  columns: [
    { key: "assessment", label: "Assessment" },
    { key: "period", label: "Year" },
    { key: "in_time_pct", label: "On time (%)", format: formatNumber, numeric: true },
    { key: "target_pct", label: "Target (%)", format: formatNumber, numeric: true },
    { key: "gap_points", label: "Against target (percentage points)", format: formatNumber, numeric: true }
  ],
  summarize: summarizeAssessmentTimeliness,
  chart: (rows, { width, ariaLabel, ariaDescription }) =>
    bars(rows, { label: "assessment", value: "in_time_pct", target: "target_pct", width, valueFormat: formatPercent, xLabel: "Percent completed on time", xDomain: [0, 100], ariaLabel, ariaDescription })
});

/** What the board (or else the report) says about children in need. */
export const needPanel = sectionPanel("children-in-need-words", NEED, "What the report says about children in need");

/** Child protection plans at the end of 2012/13: the count, first-time plans, babies under 1, the average age. */
export const protectionTiles = tileFigure({
  id: "protection-headlines",
  group: "child-protection",
  title: "Most children on a child protection plan were on one for the first time",
  subtitle: "Children subject to a child protection plan at the end of 2012/13 (quarter 4): the count, the share on a plan for the first time, babies under 1, and the average age."
});

/** The child protection measure chosen on the page (its indicator_id). */
export const MEASURE = defineParam({
  name: "measure",
  label: "Measure",
  default: DEFAULT_CHILD_PROTECTION_MEASURE,
  domain: CHILD_PROTECTION_MEASURE_IDS
});

/** The chosen child protection measure in every year the report gives, oldest first. */
export const protectionTrend = defineFigure({
  id: "protection-trend",
  title: titleMeasureTrend,
  subtitle: "The chosen measure, in percent, in 2012/13 and each earlier year the report gives (the report mixes calendar and financial years).",
  source: { label: "Child Protection", href: firstSourceLineHref },
  rows: call(defineQuery("childProtectionTrend", {
    tables: ["indicators"],
    sql: `SELECT label AS measure, period, value AS share_pct, polarity, source_line
FROM indicators
WHERE indicator_id = $measure AND series = 'Luton' AND category IS NULL
ORDER BY period`,
    params: ["measure"]
  }), MEASURE),
  columns: [
    { key: "measure", label: "Measure" },
    { key: "period", label: "Year" },
    { key: "share_pct", label: "Percent", format: formatNumber, numeric: true }
  ],
  summarize: summarizeMeasureTrend,
  chart: (rows, { width, ariaLabel, ariaDescription }) =>
    columns(rows, { x: "period", y: "share_pct", width, height: 280, yLabel: "Percent", tipFormat: (row) => `${row.period}: ${formatPercent(row.share_pct)}`, ariaLabel, ariaDescription })
});

/** What the board (or else the report) says about child protection. */
export const protectionPanel = sectionPanel("child-protection-words", "Child Protection", "What the report says about child protection");

/** Children in care at the end of 2012/13: the count, the rate per 10,000 against statistical neighbours, those in care 12 months or more. */
export const careTiles = tileFigure({
  id: "care-headlines",
  group: "children-in-care",
  title: "Luton had slightly more children in care for its size than similar areas",
  subtitle: "Children in care at the end of 2012/13: the count, the rate per 10,000 children under 18 against Luton's statistical neighbours, and those in care for 12 months or more."
});

/** Looked-after children's health assessments, dental checks and immunisations, 2012/13 against 2011/12, with counts where stated. */
export const healthChecks = defineFigure({
  id: "lac-health-checks",
  title: "More children in care had their health assessment, but fewer had dental checks or up-to-date immunisations",
  subtitle: "Percent of looked-after children (in care for 12 months or more) who had each check, 2011/12 and 2012/13.",
  source: { label: "Health Indicators", href: firstSourceLineHref },
  rows: call(defineQuery("lookedAfterHealthChecks", {
    tables: ["indicators"],
    sql: `WITH health_check(indicator_id, count_id, check_name, check_order) AS (VALUES
  ('lac_health_assessments_pct', 'lac_health_assessments', 'Yearly health assessment', 1),
  ('lac_dental_checks_pct', 'lac_dental_checks', 'Yearly dental check', 2),
  ('lac_immunisations_pct', 'lac_immunisations', 'Immunisations up to date', 3)
)
SELECT c.check_name, i.period AS year, i.value AS share_pct,
       CAST(n.value AS INTEGER) AS children, CAST(cohort.value AS INTEGER) AS cohort, i.polarity, i.source_line
FROM health_check c
JOIN indicators i ON i.indicator_id = c.indicator_id AND i.series = 'Luton' AND i.category IS NULL
LEFT JOIN indicators n ON n.indicator_id = c.count_id AND n.series = 'Luton' AND n.period = i.period AND n.category IS NULL
LEFT JOIN indicators cohort ON cohort.indicator_id = 'lac_in_care_12_months' AND cohort.series = 'Luton' AND cohort.period = i.period AND cohort.category IS NULL
ORDER BY c.check_order, i.period`
  })),
  columns: [
    { key: "check_name", label: "Check" },
    { key: "year", label: "Year" },
    { key: "share_pct", label: "Children who had it (%)", format: formatNumber, numeric: true },
    { key: "children", label: "Children", format: formatCount, numeric: true },
    { key: "cohort", label: "Of children in care 12 months or more", format: formatCount, numeric: true }
  ],
  summarize: summarizeHealthChecks,
  chart: (rows, { width, ariaLabel, ariaDescription }) =>
    bars(rows, { group: "check_name", label: "year", labelPosition: "axis", missingLabel: "not stated", value: "share_pct", width, valueFormat: formatPercent, xLabel: "Percent of children in care", xDomain: [0, 100], ariaLabel, ariaDescription })
});

/** What the board (or else the report) says about looked-after children's health checks. */
export const healthPanel = sectionPanel("health-indicators-words", "Health Indicators", "What the report says about health checks");
