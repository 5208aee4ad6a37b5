import type { NamedQuery } from "./named-query.js";

/** The agency filter's value that means every referring agency together (the default, never written to the URL). */
export const ALL_AGENCIES = "All agencies";

/** The domestic-abuse (MARAC) page's queries. */
export const DOMESTIC_ABUSE_QUERIES = {
  /** Cases, repeat cases, children and meetings per month of the MARAC table. */
  maracCasesByMonth: {
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
  },
  /** Headline tiles: the year's referrals against 2011/12, children, the non-police share against CAADA's, core attendance. */
  maracHeadlines: {
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
  },
  /** Referrals per referring agency over the year and each agency's share of all referrals, most referrals first. */
  maracReferralsByAgency: {
    tables: ["marac_referrals"],
    sql: `SELECT agency,
       CAST(SUM(referrals) AS INTEGER) AS referrals,
       ROUND(100.0 * SUM(referrals) / SUM(SUM(referrals)) OVER (), 1) AS share_pct,
       MIN(source_line) AS source_line
FROM marac_referrals
GROUP BY agency
ORDER BY referrals DESC, agency`
  },
  /** Referrals per meeting month from one agency ($1; 'All agencies' for every agency together). */
  maracReferralsByMonth: {
    tables: ["marac_referrals"],
    sql: `SELECT CAST($1 AS VARCHAR) AS agency,
       month,
       CAST(SUM(referrals) AS INTEGER) AS referrals,
       MIN(source_line) AS source_line
FROM marac_referrals
WHERE $1 = '${ALL_AGENCIES}' OR agency = $1
GROUP BY month
ORDER BY month`
  },
  /**
   * Police and non-police referrals from the MARAC table, their shares, what the report's prose states and the
   * CAADA-recommended share for each.
   */
  maracPoliceShare: {
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
  },
  /** MARAC referrals in 2011/12 and 2012/13 as the report states them, each beside CAADA's recommended number for Luton. */
  maracAnnualCases: {
    tables: ["indicators"],
    sql: `SELECT l.period,
       CAST(l.value AS INTEGER) AS cases,
       CAST(c.value AS INTEGER) AS caada_cases,
       l.source_line
FROM indicators l
CROSS JOIN (SELECT value FROM indicators WHERE indicator_id = 'marac_cases' AND series = 'CAADA recommendation') c
WHERE l.indicator_id = 'marac_cases' AND l.series = 'Luton'
ORDER BY l.period`
  }
} satisfies Record<string, NamedQuery>;
