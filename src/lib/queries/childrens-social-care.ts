import { indicatorTilesSql, type TileSpec } from "./indicator-tiles.js";
import type { NamedQuery } from "./named-query.js";

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

/** The children's social care page's queries. */
export const CHILDRENS_SOCIAL_CARE_QUERIES = {
  /** The page's headline tiles of one group ($1 = 'referrals', 'child-protection' or 'children-in-care'), each paired with its comparison. */
  socialCareHeadlines: {
    tables: ["indicators"],
    sql: indicatorTilesSql(SOCIAL_CARE_TILES, "WHERE t.tile_group = $1\nORDER BY t.tile_order")
  },
  /**
   * Share of referrals by area of concern, one row per reason and year the report states (2011, 2012), a year the
   * report gives no figure for as NULL. The "four areas combined" total is left out: it is not a reason of its own.
   * Reasons in order of their latest share, largest first.
   */
  referralReasons: {
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
  },
  /** Initial and core assessments completed to timescale in 2012/13, each with its target and the gap in percentage points. */
  assessmentTimeliness: {
    tables: ["indicators"],
    sql: `SELECT l.label AS assessment, l.period, l.value AS in_time_pct, t.value AS target_pct,
       ROUND(l.value - t.value, 1) AS gap_points, l.polarity, l.source_line
FROM indicators l
LEFT JOIN indicators t ON t.indicator_id = l.indicator_id AND t.series = 'Target' AND t.period = l.period AND t.category IS NULL
WHERE l.indicator_id IN ('initial_assessments_in_time_pct', 'core_assessments_in_time_pct') AND l.series = 'Luton' AND l.category IS NULL
ORDER BY l.source_line, l.indicator_id DESC`
  },
  /** One child protection measure ($1 = its indicator_id) in every year the report gives, oldest first. */
  childProtectionTrend: {
    tables: ["indicators"],
    sql: `SELECT label AS measure, period, value AS share_pct, polarity, source_line
FROM indicators
WHERE indicator_id = $1 AND series = 'Luton' AND category IS NULL
ORDER BY period`
  },
  /** Looked-after children's health assessments, dental checks and immunisations, 2012/13 against 2011/12, with counts where stated. */
  lookedAfterHealthChecks: {
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
  },
  /** data_quality findings about the report lines one indicator ($1 = indicator_id) was read from, worst first. */
  indicatorFindings: {
    tables: ["data_quality", "indicators"],
    sql: `SELECT DISTINCT q.check_id, q.severity, q.message, q.expected, q.actual, q.source_line
FROM data_quality q
WHERE q.table_name = 'indicators' AND q.source_line IN (SELECT source_line FROM indicators WHERE indicator_id = $1)
ORDER BY CASE q.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, q.source_line, q.check_id`
  }
} satisfies Record<string, NamedQuery>;
