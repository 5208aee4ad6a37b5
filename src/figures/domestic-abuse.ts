// The domestic-abuse (MARAC) page's figures: src/domestic-abuse.md places them.
import { bars } from "../components/bars.js";
import { columns } from "../components/columns.js";
import { firstSourceLineHref } from "../components/figure-frame.js";
import { headlineTiles } from "../components/headline-tiles.js";
import { reportWords } from "../components/report-words.js";
import { formatCount, formatMonth, formatPercent, formatShortMonth } from "../lib/format.js";
import { INK, PRIMARY_FILL, SECONDARY_FILL } from "../lib/palette.js";
import {
  summarizeAgencyMonths,
  summarizeAnnualCases,
  summarizeMaracMonths,
  summarizePoliceShare,
  summarizeReferralsByAgency,
  titleAgencyMonths
} from "../lib/summaries-domestic-abuse.js";
import { call, defineBlock, defineFigure, defineParam, defineQuery } from "./define.js";
import { boardAssessment, qualityFindings } from "./shared.js";

/** The agency filter's value that means every referring agency together (the default, never written to the URL). */
export const ALL_AGENCIES = "All agencies";

const TABLE_1 = "Table 1: MARAC Performance Data April 2012 – March 2013";

/** Referrals per referring agency over the year and each agency's share of all referrals, most referrals first. */
export const maracReferralsByAgency = defineQuery("maracReferralsByAgency", {
  tables: ["marac_referrals"],
  sql: `SELECT agency,
       CAST(SUM(referrals) AS INTEGER) AS referrals,
       ROUND(100.0 * SUM(referrals) / SUM(SUM(referrals)) OVER (), 1) AS share_pct,
       MIN(source_line) AS source_line
FROM marac_referrals
GROUP BY agency
ORDER BY referrals DESC, agency`
});

/** The referring agency chosen on the page: every agency of the MARAC table, or all of them together. */
export const AGENCY = defineParam({
  name: "agency",
  label: "Referring agency",
  default: ALL_AGENCIES,
  domain: { call: call(maracReferralsByAgency), column: "agency" }
});

/** Headline tiles: the year's referrals against 2011/12, children, the non-police share against CAADA's, core attendance. */
export const headlines = defineBlock({
  id: "marac-headlines",
  calls: { tiles: call(defineQuery("maracHeadlines", {
      tables: ["indicators"],
      sql: `WITH luton AS (
  SELECT * FROM indicators
  WHERE series = 'Luton' AND period = '2012/13'
    AND indicator_id IN ('marac_cases', 'marac_children', 'marac_non_police_pct', 'marac_core_attendance_pct')
)
SELECT l.indicator_id, l.label, l.value, l.unit, l.period, l.polarity, l.source_line,
       CASE WHEN c.series = 'Luton' THEN c.period ELSE 'the ' || c.series END AS comparison_label, c.value AS comparison_value
FROM luton l
LEFT JOIN indicators c ON c.indicator_id = l.indicator_id
  AND ((l.indicator_id = 'marac_cases' AND c.series = 'Luton' AND c.period = '2011/12')
    OR (l.indicator_id = 'marac_non_police_pct' AND c.series = 'CAADA recommendation'))
ORDER BY list_position(['marac_cases', 'marac_children', 'marac_non_police_pct', 'marac_core_attendance_pct'], l.indicator_id)`
    })) },
  render: ({ tiles }) => headlineTiles(tiles, { columns: 2, noComparison: null, className: "se-kpi-grid" })
});

/** Cases, repeat cases, children and meetings per month of the MARAC table. */
export const casesByMonth = defineFigure({
  id: "marac-cases-by-month",
  title: "MARAC cases were highest in the months that had two meetings",
  subtitle: "Cases discussed at MARAC meetings, repeat cases among them, and children in the households discussed, by month of the meeting, April 2012 to March 2013. Months with two meetings are combined.",
  source: { label: TABLE_1, href: firstSourceLineHref },
  rows: call(defineQuery("maracCasesByMonth", {
    tables: ["marac_meetings"],
    sql: `SELECT month,
       CAST(SUM(cases) AS INTEGER) AS cases,
       CAST(SUM(repeat_cases) AS INTEGER) AS repeat_cases,
       CAST(SUM(children) AS INTEGER) AS children,
       CAST(SUM(sessions) AS INTEGER) AS sessions,
       MIN(source_line) AS source_line
FROM marac_meetings
GROUP BY month
ORDER BY month`
  })),
  findings: call(qualityFindings, "marac_meetings"),
  columns: [
    { key: "month", label: "Month", format: formatMonth },
    { key: "sessions", label: "Meetings", format: formatCount, numeric: true },
    { key: "cases", label: "Cases", format: formatCount, numeric: true },
    { key: "repeat_cases", label: "Repeat cases", format: formatCount, numeric: true },
    { key: "children", label: "Children in the household", format: formatCount, numeric: true }
  ],
  summarize: summarizeMaracMonths,
  chart: (rows, { width, ariaLabel, ariaDescription }) =>
    columns(rows, {
      x: "month",
      layers: [
        { y: "cases", label: "Cases discussed (wide bar)", color: PRIMARY_FILL, className: "se-mark-cases" },
        { y: "repeat_cases", label: "of which repeat cases (narrow bar)", mark: "narrow", color: SECONDARY_FILL, className: "se-mark-repeat-cases" },
        { y: "children", label: "Children in the household (dashed line)", mark: "line", color: INK, className: "se-mark-children" }
      ],
      width,
      xTickFormat: formatShortMonth,
      tipFormat: (row) => `${formatMonth(row.month)}: ${formatCount(row.cases)} cases, ${formatCount(row.repeat_cases)} repeat cases, ${formatCount(row.children)} children`,
      ariaLabel,
      ariaDescription
    })
});

/** MARAC referrals in 2011/12 and 2012/13 as the report states them, each beside CAADA's recommended number for Luton. */
export const annualCases = defineFigure({
  id: "marac-annual-cases",
  title: "MARAC referrals rose on the year before and passed the number CAADA recommends for Luton",
  subtitle: "Referrals to the MARAC in the year, as the report states them; the thick upright line on each bar is the number of cases a year CAADA recommends for Luton.",
  source: { label: "Multi Agency Risk Assessment Conference (MARAC): Local picture", href: firstSourceLineHref },
  rows: call(defineQuery("maracAnnualCases", {
    tables: ["indicators"],
    sql: `SELECT l.period,
       CAST(l.value AS INTEGER) AS cases,
       CAST(c.value AS INTEGER) AS caada_cases,
       l.source_line
FROM indicators l
CROSS JOIN (SELECT value FROM indicators WHERE indicator_id = 'marac_cases' AND series = 'CAADA recommendation') c
WHERE l.indicator_id = 'marac_cases' AND l.series = 'Luton'
ORDER BY l.period`
  })),
  columns: [
    { key: "period", label: "Year" },
    { key: "cases", label: "Referrals", format: formatCount, numeric: true },
    { key: "caada_cases", label: "CAADA recommendation", format: formatCount, numeric: true }
  ],
  summarize: summarizeAnnualCases,
  chart: (rows, { width, ariaLabel, ariaDescription }) =>
    bars(rows, {
      label: "period",
      labelPosition: "axis",
      value: "cases",
      target: "caada_cases",
      targetLabel: (row) => `CAADA: ${formatCount(row.caada_cases)}`,
      valueFormat: formatCount,
      width,
      ariaLabel,
      ariaDescription
    })
});

/** Police and non-police referrals from the MARAC table, their shares, what the prose states and CAADA's share for each. */
export const policeShare = defineFigure({
  id: "marac-police-share",
  title: "Non-police agencies referred a larger share of cases than CAADA recommends",
  subtitle: "Share of the year's MARAC referrals from the police and from all other agencies, April 2012 to March 2013, from the MARAC table; the thick upright line is CAADA's recommended share.",
  source: { label: TABLE_1, href: firstSourceLineHref },
  rows: call(defineQuery("maracPoliceShare", {
    tables: ["marac_referrals", "indicators"],
    sql: `WITH grouped AS (
  SELECT CASE WHEN agency = 'Police' THEN 'Police' ELSE 'Non-police agencies' END AS referrer,
         CAST(SUM(referrals) AS INTEGER) AS referrals,
         MIN(source_line) AS source_line
  FROM marac_referrals
  GROUP BY referrer
), stated AS (
  SELECT CASE indicator_id WHEN 'marac_police_pct' THEN 'Police' ELSE 'Non-police agencies' END AS referrer,
         MAX(CASE WHEN series = 'Luton' AND unit = 'percent' THEN value END) AS stated_pct,
         MAX(CASE WHEN series = 'Luton' AND unit = 'count' THEN value END) AS stated_referrals,
         MAX(CASE WHEN series = 'CAADA recommendation' THEN value END) AS caada_pct
  FROM indicators
  WHERE indicator_id IN ('marac_police_pct', 'marac_non_police_pct', 'marac_non_police_referrals') AND period = '2012/13'
  GROUP BY ALL
)
SELECT g.referrer,
       g.referrals,
       ROUND(100.0 * g.referrals / SUM(g.referrals) OVER (), 1) AS share_pct,
       s.stated_pct,
       CAST(s.stated_referrals AS INTEGER) AS stated_referrals,
       s.caada_pct,
       g.source_line
FROM grouped g LEFT JOIN stated s USING (referrer)
ORDER BY g.referrer = 'Police' DESC`
  })),
  columns: [
    { key: "referrer", label: "Referred by" },
    { key: "referrals", label: "Referrals (table)", format: formatCount, numeric: true },
    { key: "share_pct", label: "Share (table)", format: formatPercent, numeric: true },
    { key: "stated_pct", label: "Share stated in the text", format: (value) => (value === null ? "not stated" : formatPercent(value)), numeric: true },
    { key: "stated_referrals", label: "Referrals stated in the text", format: (value) => (value === null ? "not stated" : formatCount(value)), numeric: true },
    { key: "caada_pct", label: "CAADA recommendation", format: formatPercent, numeric: true }
  ],
  summarize: summarizePoliceShare,
  chart: (rows, { width, ariaLabel, ariaDescription }) =>
    bars(rows, {
      label: "referrer",
      labelPosition: "axis",
      value: "share_pct",
      target: "caada_pct",
      targetLabel: (row) => `CAADA: ${formatPercent(row.caada_pct)}`,
      valueFormat: formatPercent,
      width,
      ariaLabel,
      ariaDescription
    })
});

/** Referrals per referring agency over the year, most first. */
export const referralsByAgency = defineFigure({
  id: "marac-referrals-by-agency",
  title: "The police made the most MARAC referrals, followed by the Independent Domestic Violence Advisers (IDVAs)",
  subtitle: "Referrals to the MARAC by referring agency, April 2012 to March 2013, most first.",
  source: { label: TABLE_1, href: firstSourceLineHref },
  rows: call(maracReferralsByAgency),
  columns: [
    { key: "agency", label: "Referring agency" },
    { key: "referrals", label: "Referrals", format: formatCount, numeric: true },
    { key: "share_pct", label: "Share of all referrals", format: formatPercent, numeric: true }
  ],
  summarize: summarizeReferralsByAgency,
  chart: (rows, { width, ariaLabel, ariaDescription }) =>
    bars(rows, { label: "agency", labelPosition: "axis", value: "referrals", valueFormat: formatCount, width, ariaLabel, ariaDescription })
});

/** Referrals per meeting month from the chosen agency. */
export const referralsByMonth = defineFigure({
  id: "marac-referrals-by-month",
  // All agencies' rows are monthly totals: the title for them is the takeaway of Table 1's agency columns (see the ranking above).
  title: (rows) => titleAgencyMonths(rows, "Only the police and the IDVAs referred cases to the MARAC in every month"),
  subtitle: "Referrals to the MARAC per month from the agency chosen above, April 2012 to March 2013. Months with two meetings are combined.",
  source: { label: TABLE_1, href: firstSourceLineHref },
  rows: call(defineQuery("maracReferralsByMonth", {
    tables: ["marac_referrals"],
    sql: `SELECT CAST($agency AS VARCHAR) AS agency,
       month,
       CAST(SUM(referrals) AS INTEGER) AS referrals,
       MIN(source_line) AS source_line
FROM marac_referrals
WHERE $agency = '${ALL_AGENCIES}' OR agency = $agency
GROUP BY month
ORDER BY month`,
    params: ["agency"]
  }), AGENCY),
  columns: [
    { key: "month", label: "Month", format: formatMonth },
    { key: "referrals", label: "Referrals", format: formatCount, numeric: true }
  ],
  summarize: summarizeAgencyMonths,
  chart: (rows, { width, ariaLabel, ariaDescription }) =>
    columns(rows, {
      x: "month",
      y: "referrals",
      width,
      height: 260,
      yLabel: "Referrals",
      xTickFormat: formatShortMonth,
      tipFormat: (row) => `${formatMonth(row.month)}: ${formatCount(row.referrals)} referrals`,
      ariaLabel,
      ariaDescription
    })
});

/** The board's own assessment of the MARAC. */
export const assessment = defineBlock({
  id: "marac-assessment",
  calls: { words: call(boardAssessment, "Multi Agency Risk Assessment Conference (MARAC)") },
  render: ({ words }) => reportWords(words)
});
