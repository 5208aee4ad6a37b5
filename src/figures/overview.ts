// The overview's figures: src/index.md places them.
import { headlineTiles } from "../components/headline-tiles.js";
import { themeSummaries } from "../components/theme-summaries.js";
import { formatNumber } from "../lib/format.js";
import { TILE_COLUMNS, indicatorTilesSql, type TileSpec } from "../lib/queries/indicator-tiles.js";
import { OVERVIEW_THEMES, summarizeHeadlines } from "../lib/summaries-overview.js";
import { columns } from "../components/columns.js";
import { CHILD_PROTECTION_MEASURES } from "../lib/child-protection-measures.js";
import { formatCount, formatMonth, formatPercent, formatShortMonth } from "../lib/format.js";
import { summarizePeriodTrends, titlePeriodTrends, type PeriodValueRow } from "../lib/summaries-trends.js";
import { summarizeMonthlyCases } from "../lib/summaries.js";
import { call, defineBlock, defineFigure, defineQuery } from "./define.js";
import { indicatorTileColumns } from "./indicator-columns.js";
import { casesByMonth } from "./domestic-abuse.js";
import { qualityFindings } from "./shared.js";

/** The overview's headline tiles read from the indicators table, in page order (the CAF tile is computed from Table 1). */
const OVERVIEW_TILES: readonly TileSpec[] = [
  { order: 1, id: "referrals", group: "overview", route: "childrens-social-care", label: "Referrals to children's social care", indicator: "referrals", period: "2012/13",
    comparison: { kind: "change", indicator: "referrals_change", period: "2012/13", label: "the previous year" } },
  { order: 2, id: "cp_plans", group: "overview", route: "childrens-social-care", label: "Children on a child protection plan", indicator: "cp_plans", period: "2012/13 Q4",
    comparison: { kind: "detail", indicator: "cp_plans_first_time_pct", period: "2012/13 Q4", label: "on a plan for the first time" } },
  { order: 3, id: "children_in_care", group: "overview", route: "childrens-social-care", label: "Children in care", indicator: "children_in_care", period: "2012/13" },
  { order: 4, id: "children_in_care_rate", group: "overview", route: "childrens-social-care", label: "Children in care per 10,000 under-18s", indicator: "children_in_care_rate", period: "2012/13",
    comparison: { kind: "benchmark", indicator: "children_in_care_rate", series: "Statistical neighbours", period: "2012/13", label: "statistical neighbours" } },
  { order: 5, id: "initial_assessments_in_time", group: "overview", route: "childrens-social-care", label: "Initial assessments done on time", indicator: "initial_assessments_in_time_pct", period: "2012/13",
    comparison: { kind: "target", indicator: "initial_assessments_in_time_pct", series: "Target", period: "2012/13", label: "the target" } },
  { order: 6, id: "lac_health_assessments", group: "overview", route: "childrens-social-care", label: "Children in care who had their yearly health assessment", indicator: "lac_health_assessments_pct", period: "2012/13",
    comparison: { kind: "previous", indicator: "lac_health_assessments_pct", period: "2011/12", label: "2011/12" } },
  { order: 7, id: "marac_cases", group: "overview", route: "domestic-abuse", label: "Domestic abuse cases referred to the MARAC", indicator: "marac_cases", period: "2012/13",
    comparison: { kind: "previous", indicator: "marac_cases", period: "2011/12", label: "2011/12" },
    second: { kind: "benchmark", indicator: "marac_cases", series: "CAADA recommendation", period: "2012/13", label: "the level CAADA recommends" } },
  { order: 9, id: "child_deaths", group: "overview", route: "child-deaths", label: "Child deaths reported to the review panel", indicator: "child_deaths", period: "2012/13",
    comparison: { kind: "detail", indicator: "child_deaths_unexpected", period: "2012/13", label: "unexpected" } },
  { order: 10, id: "first_time_entrants", group: "overview", route: "young-people", label: "Young people entering the youth justice system", indicator: "first_time_entrants", period: "2012/13",
    comparison: { kind: "previous", indicator: "first_time_entrants", period: "2009/10", label: "2009/10" } },
  { order: 11, id: "lado_referrals", group: "overview", route: "allegations-and-prevention", label: "Allegations against adults who work with children (LADO referrals)", indicator: "lado_referrals", period: "2011/12",
    comparison: { kind: "change", indicator: "lado_referrals_change", period: "2011/12", label: "the previous year" } },
  { order: 12, id: "training_applications", group: "overview", route: "workforce-and-budget", label: "Applications for multi-agency safeguarding training", indicator: "training_applications", period: "2012/13",
    comparison: { kind: "detail", indicator: "training_places_allocated", period: "2012/13", label: "given a place" } }
];

/** The headline tiles, each beside the comparison the report gives, with the findings about Table 1's blank cells. */
export const headlineFigures = defineFigure({
  id: "headline-figures",
  title: "2012/13 at a glance: fewer referrals, more domestic abuse cases and more early help assessments",
  subtitle: "Counts, percentages and rates as the report states them, each beside the comparison the report gives (an earlier year, a target or a benchmark). Each tile links to its page and to the report line it was read from.",
  source: { label: "Luton Safeguarding Children Board, Annual Report 2012/13", href: () => "./report" },
  /**
   * One row per headline tile: value, unit, period, polarity, report line and up to two comparisons. The CAF tile sums
   * Table 1 (caf_by_area) per financial year; a blank cell makes its total a lower bound (`qualifier` 'at least',
   * `blank_cells` naming them).
     */
  rows: call(
    defineQuery("headlineFigures", {
      tables: ["indicators", "caf_by_area"],
      sql: `WITH indicator_tiles AS (
${indicatorTilesSql(OVERVIEW_TILES)}
),
caf_year AS (
  SELECT financial_year,
         CAST(SUM(cafs) AS DOUBLE) AS cafs,
         MIN(source_line) AS source_line,
         string_agg(CASE WHEN cafs IS NULL THEN area || ' ' || financial_year || ' Q' || quarter END, ', ' ORDER BY quarter, area) AS blank_cells
  FROM caf_by_area
  GROUP BY financial_year
),
caf_tile AS (
  SELECT 8 AS tile_order, 'cafs' AS tile_id, 'overview' AS tile_group, 'early-help' AS route,
         'Early help assessments (CAFs) completed' AS label, cur.cafs AS value, 'count' AS unit, cur.financial_year AS period,
         CAST(NULL AS VARCHAR) AS polarity, cur.source_line,
         CASE WHEN cur.blank_cells IS NOT NULL THEN 'at least' END AS qualifier, cur.blank_cells,
         'previous' AS comparison_kind, prev.financial_year AS comparison_label, prev.cafs AS comparison_value, 'count' AS comparison_unit,
         CAST(NULL AS VARCHAR) AS second_kind, CAST(NULL AS VARCHAR) AS second_label, CAST(NULL AS DOUBLE) AS second_value, CAST(NULL AS VARCHAR) AS second_unit
  FROM caf_year cur JOIN caf_year prev ON cur.financial_year = '2012/13' AND prev.financial_year = '2011/12'
)
SELECT ${TILE_COLUMNS} FROM indicator_tiles
UNION ALL
SELECT ${TILE_COLUMNS} FROM caf_tile
ORDER BY tile_order`
    })
  ),
  findings: call(qualityFindings, "caf_by_area"),
  columns: indicatorTileColumns({ qualifier: true, secondComparison: true }),
  summarize: summarizeHeadlines,
  chart: (rows) => headlineTiles(rows),
  drawnWith: "html"
});

/** One short section per themed page, its summary written from the figures it quotes. */
export const themes = defineBlock({
  id: "theme-summaries",
  calls: {
    /**
     * The figures each theme's plain-English summary quotes, long format: route, figure (a key the summary looks up),
     * value, unit, period and report line. From indicators, caf_by_area, budget tables, the business plan and the
     * Ofsted action plan.
       */
    figures: call(
      defineQuery("themeFigures", {
        tables: ["indicators", "caf_by_area", "budget_income", "budget_position", "business_plan", "ofsted_actions"],
        sql: `WITH pick(route, figure, indicator_id, series, period) AS (VALUES
  ('early-help', 'caf_team_posts_before', 'caf_team_posts', 'Luton', 'before the increase'),
  ('early-help', 'caf_team_posts', 'caf_team_posts', 'Luton', '2012/13'),
  ('domestic-abuse', 'marac_cases', 'marac_cases', 'Luton', '2012/13'),
  ('domestic-abuse', 'marac_cases_previous', 'marac_cases', 'Luton', '2011/12'),
  ('domestic-abuse', 'marac_cases_caada', 'marac_cases', 'CAADA recommendation', '2012/13'),
  ('domestic-abuse', 'marac_children', 'marac_children', 'Luton', '2012/13'),
  ('childrens-social-care', 'referrals', 'referrals', 'Luton', '2012/13'),
  ('childrens-social-care', 'referrals_change', 'referrals_change', 'Luton', '2012/13'),
  ('childrens-social-care', 'cp_plans', 'cp_plans', 'Luton', '2012/13 Q4'),
  ('childrens-social-care', 'children_in_care', 'children_in_care', 'Luton', '2012/13'),
  ('childrens-social-care', 'initial_assessments_in_time_pct', 'initial_assessments_in_time_pct', 'Luton', '2012/13'),
  ('childrens-social-care', 'initial_assessments_target_pct', 'initial_assessments_in_time_pct', 'Target', '2012/13'),
  ('young-people', 'first_time_entrants', 'first_time_entrants', 'Luton', '2012/13'),
  ('young-people', 'first_time_entrants_earlier', 'first_time_entrants', 'Luton', '2009/10'),
  ('young-people', 'reoffending_pct', 'reoffending_pct', 'Luton', '2011/12'),
  ('young-people', 'reoffending_england_pct', 'reoffending_pct', 'England', '2011/12'),
  ('young-people', 'reoffending_neighbours_pct', 'reoffending_pct', 'Statistical neighbours', '2011/12'),
  ('child-deaths', 'child_deaths', 'child_deaths', 'Luton', '2012/13'),
  ('child-deaths', 'child_deaths_unexpected', 'child_deaths_unexpected', 'Luton', '2012/13'),
  ('child-deaths', 'child_deaths_under_1_pct', 'child_deaths_under_1_pct', 'Luton', '2012/13'),
  ('allegations-and-prevention', 'lado_referrals', 'lado_referrals', 'Luton', '2011/12'),
  ('allegations-and-prevention', 'lado_referrals_change', 'lado_referrals_change', 'Luton', '2011/12'),
  ('allegations-and-prevention', 'channel_referrals', 'channel_referrals', 'Luton', 'Oct 2011 – Mar 2012'),
  ('workforce-and-budget', 'training_applications', 'training_applications', 'Luton', '2012/13'),
  ('workforce-and-budget', 'training_places_allocated', 'training_places_allocated', 'Luton', '2012/13'),
  ('board', 'lscb_meetings_per_year', 'lscb_meetings_per_year', 'Luton', '2012/13')
),
caf_year AS (
  SELECT financial_year, CAST(SUM(cafs) AS DOUBLE) AS cafs, CAST(COUNT(*) - COUNT(cafs) AS DOUBLE) AS blank_cells, MIN(source_line) AS source_line
  FROM caf_by_area GROUP BY financial_year
)
SELECT p.route, p.figure, i.value, i.unit, i.period, i.source_line
FROM pick p JOIN indicators i ON i.indicator_id = p.indicator_id AND i.series = p.series AND i.period = p.period AND i.category IS NULL
UNION ALL
SELECT 'early-help', CASE financial_year WHEN '2012/13' THEN 'cafs' ELSE 'cafs_previous' END, cafs, 'count', financial_year, source_line
FROM caf_year WHERE financial_year IN ('2012/13', '2011/12')
UNION ALL
SELECT 'early-help', 'caf_blank_cells', blank_cells, 'count', financial_year, source_line FROM caf_year WHERE financial_year = '2012/13'
UNION ALL
SELECT 'workforce-and-budget', 'budget_income_gbp', SUM(amount_gbp), 'gbp', '2012/13', MIN(source_line) FROM budget_income
UNION ALL
SELECT 'workforce-and-budget', 'budget_expenditure_gbp', amount_gbp, 'gbp', '2012/13', source_line FROM budget_position WHERE item = 'Total expenditure'
UNION ALL
SELECT 'board', 'plan_objectives', COUNT(*), 'count', '2012/13', MIN(source_line) FROM business_plan
UNION ALL
SELECT 'board', 'plan_completed', COUNT(*) FILTER (WHERE status = 'completed'), 'count', '2012/13', MIN(source_line) FROM business_plan
UNION ALL
SELECT 'board', 'plan_carried_forward', COUNT(*) FILTER (WHERE status = 'carried_forward'), 'count', '2012/13', MIN(source_line) FROM business_plan
UNION ALL
SELECT 'board', 'ofsted_recommendations', COUNT(*), 'count', '2012/13', MIN(source_line) FROM ofsted_actions
UNION ALL
SELECT 'board', 'ofsted_completed', COUNT(*) FILTER (WHERE rag_rating IN ('Completed', 'Actions complete')), 'count', '2012/13', MIN(source_line) FROM ofsted_actions
ORDER BY route, figure`
      })
    )
  },
  render: ({ figures }) => themeSummaries(figures, OVERVIEW_THEMES)
});

/** The MARAC's cases month by month, small, with a link to the domestic-abuse page: the same call as that page's chart. */
export const maracCasesByMonth = defineFigure({
  id: "overview-marac-cases",
  title: (rows) => {
    const busiest = rows.filter((row) => row.cases !== null).sort((a, b) => b.cases - a.cases)[0];
    return busiest ? `Domestic abuse cases at the MARAC peaked in ${formatMonth(busiest.month)}, at ${formatCount(busiest.cases)}` : "Domestic abuse cases at the MARAC, month by month";
  },
  subtitle: "High-risk domestic abuse cases discussed at the MARAC in Luton, by month of the meeting, April 2012 to March 2013. Months with two meetings are combined.",
  source: { label: "Domestic abuse (MARAC): Table 1, with more charts", href: () => "./domestic-abuse#marac-cases-by-month" },
  rows: casesByMonth.rows,
  columns: [
    { key: "month", label: "Month", format: formatMonth },
    { key: "cases", label: "Cases", format: formatCount, numeric: true }
  ],
  summarize: summarizeMonthlyCases,
  chart: (rows, { width, ariaLabel, ariaDescription }) =>
    columns(rows, {
      x: "month",
      y: "cases",
      width,
      height: 200,
      yLabel: "Cases",
      xTickFormat: formatShortMonth,
      tipFormat: (row) => `${formatMonth(row.month)}: ${formatCount(row.cases)} cases`,
      ariaLabel,
      ariaDescription
    })
});

/** The referral measures the report gives for more than one year, with the words the chart names them by. */
const REFERRAL_MEASURES = [
  { id: "re_referrals_pct", label: "Re-referrals within 12 months" },
  { id: "referrals_to_initial_assessment_pct", label: "Referrals that went on to an initial assessment" }
] as const;

// Each measure's values (series Luton, no breakdown) with their period's dates and kind, in the measures' order.
function measureTrendQuery(name: string, measures: readonly { id: string; label: string }[]) {
  const values = measures.map((measure, index) => `  ('${measure.id}', '${measure.label.replaceAll("'", "''")}', ${index + 1})`).join(",\n");
  return defineQuery(name, {
    tables: ["indicators"],
    sql: `WITH measure(indicator_id, measure, measure_order) AS (VALUES
${values}
)
SELECT m.measure, i.period, i.period_start, i.period_end, i.period_kind, i.value AS share_pct, i.polarity, i.source_line
FROM measure m
JOIN indicators i ON i.indicator_id = m.indicator_id AND i.series = 'Luton' AND i.category IS NULL
ORDER BY m.measure_order, i.period_end NULLS LAST, i.period_start, i.period`
  });
}

const TREND_COLUMNS = [
  { key: "measure", label: "Measure" },
  { key: "period", label: "Period as the report gives it" },
  { key: "period_start", label: "From", format: (value: Date | null) => (value === null ? "not stated" : value.toISOString().slice(0, 10)) },
  { key: "period_end", label: "To", format: (value: Date | null) => (value === null ? "not stated" : value.toISOString().slice(0, 10)) },
  { key: "share_pct", label: "Percent", format: formatNumber, numeric: true },
  { key: "source_line", label: "Report line", numeric: true }
];

// A small chart of measures over the report's periods, on a real time axis.
function drawTrend(rows: PeriodValueRow[], { width, ariaLabel, ariaDescription }: { width: number; ariaLabel: string; ariaDescription: string }) {
  return columns(rows, { x: "period_start", y: "share_pct", series: "measure", periods: { end: "period_end", label: "period" }, width, height: 220, yLabel: "Percent", valueFormat: formatPercent, ariaLabel, ariaDescription });
}

/** Referrals to children's social care: the measures the report gives for 2011/12 and 2012/13, placed on a time axis. */
export const referralTrends = defineFigure({
  id: "overview-referral-trends",
  title: (rows: PeriodValueRow[]) => titlePeriodTrends(rows, "Referrals to children's social care over the years the report gives"),
  subtitle: "Percent of referrals to children's social care referred again within 12 months, and percent that went on to an initial assessment, in each period the report gives, drawn across its dates. The report gives the number of referrals (the first tile above) for 2012/13 only, so it is not a trend here.",
  source: { label: "Children's social care: referrals, with more charts", href: () => "./childrens-social-care#referral-headlines" },
  rows: call(measureTrendQuery("referralTrends", REFERRAL_MEASURES)),
  columns: TREND_COLUMNS,
  summarize: summarizePeriodTrends,
  chart: drawTrend
});

/** Child protection plans: the measures the report gives for more than one period (calendar and financial years), on a time axis. */
export const childProtectionTrends = defineFigure({
  id: "overview-child-protection-trends",
  title: (rows: PeriodValueRow[]) => titlePeriodTrends(rows, "Child protection plans over the years the report gives"),
  subtitle: "Percent of child protection plans that were a second or later plan, that ended after two years or more, and of section 47 enquiries that led to a conference, in each period the report gives, drawn across its dates: the report mixes calendar and financial years.",
  source: { label: "Children's social care: child protection, with more charts", href: () => "./childrens-social-care#protection-trend" },
  rows: call(measureTrendQuery("childProtectionTrends", CHILD_PROTECTION_MEASURES)),
  columns: TREND_COLUMNS,
  summarize: summarizePeriodTrends,
  chart: drawTrend
});
