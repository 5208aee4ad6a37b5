import type { NamedQuery } from "./named-query.js";

/** The area filter's value that means every area together (the default, never written to the URL). */
export const ALL_AREAS = "All areas";

/** The early-help (CAF) page's queries. */
export const EARLY_HELP_QUERIES = {
  /** The areas of Table 1, in alphabetical order (the filter's choices after "All areas"). */
  cafAreas: {
    tables: ["caf_by_area"],
    sql: `SELECT DISTINCT area FROM caf_by_area ORDER BY area`
  },
  /**
   * CAFs completed per quarter in one area ($1; 'All areas' for every area), 2011/12 beside 2012/13. A blank cell
   * stays NULL; a sum over areas keeps the areas whose cell is blank in blank_areas_*, and has no change on the year.
   */
  cafByQuarter: {
    tables: ["caf_by_area"],
    sql: `WITH chosen AS (
  SELECT financial_year, quarter, area, cafs, source_line
  FROM caf_by_area
  WHERE $1 = '${ALL_AREAS}' OR area = $1
), by_quarter AS (
  SELECT quarter,
         CAST(SUM(CASE WHEN financial_year = '2011/12' THEN cafs END) AS INTEGER) AS cafs_2011_12,
         CAST(SUM(CASE WHEN financial_year = '2012/13' THEN cafs END) AS INTEGER) AS cafs_2012_13,
         string_agg(CASE WHEN financial_year = '2011/12' AND cafs IS NULL THEN area END, ', ' ORDER BY area) AS blank_areas_2011_12,
         string_agg(CASE WHEN financial_year = '2012/13' AND cafs IS NULL THEN area END, ', ' ORDER BY area) AS blank_areas_2012_13,
         MIN(source_line) AS source_line
  FROM chosen
  GROUP BY quarter
)
SELECT CAST($1 AS VARCHAR) AS area,
       'Q' || quarter AS quarter_label,
       quarter,
       cafs_2011_12,
       cafs_2012_13,
       CASE WHEN blank_areas_2011_12 IS NULL AND blank_areas_2012_13 IS NULL THEN cafs_2012_13 - cafs_2011_12 END AS change_cafs,
       blank_areas_2011_12,
       blank_areas_2012_13,
       source_line
FROM by_quarter
ORDER BY quarter`
  },
  /** CAFs completed per quarter by referring agency (Table 2), agencies in the report's order; a blank cell is NULL. */
  cafByAgency: {
    tables: ["caf_by_agency"],
    sql: `SELECT financial_year || ' Q' || quarter AS period,
       financial_year,
       quarter,
       agency,
       cafs,
       source_line
FROM caf_by_agency
ORDER BY financial_year, quarter, source_line`
  },
  /** The Referral and Assessment Team's (RAT's) CAFs per quarter as a share of all of Table 2's CAFs that quarter. */
  ratShareByQuarter: {
    tables: ["caf_by_agency"],
    sql: `SELECT financial_year || ' Q' || quarter AS period,
       financial_year,
       quarter,
       CAST(MAX(CASE WHEN agency = 'RAT' THEN cafs END) AS INTEGER) AS rat_cafs,
       CAST(SUM(cafs) AS INTEGER) AS agency_cafs,
       ROUND(100.0 * MAX(CASE WHEN agency = 'RAT' THEN cafs END) / SUM(cafs), 1) AS rat_share_pct,
       MIN(CASE WHEN agency = 'RAT' THEN source_line END) AS source_line
FROM caf_by_agency
GROUP BY financial_year, quarter
ORDER BY financial_year, quarter`
  },
  /** Per quarter, CAFs added up from Table 1 (areas) and from Table 2 (agencies), their blank cells and the difference. */
  cafTablesCompared: {
    tables: ["caf_by_area", "caf_by_agency"],
    sql: `WITH by_area AS (
  SELECT financial_year, quarter, CAST(SUM(cafs) AS INTEGER) AS cafs, CAST(COUNT(*) - COUNT(cafs) AS INTEGER) AS blank_cells, MIN(source_line) AS source_line
  FROM caf_by_area GROUP BY financial_year, quarter
), by_agency AS (
  SELECT financial_year, quarter, CAST(SUM(cafs) AS INTEGER) AS cafs, CAST(COUNT(*) - COUNT(cafs) AS INTEGER) AS blank_cells
  FROM caf_by_agency GROUP BY financial_year, quarter
)
SELECT a.financial_year || ' Q' || a.quarter AS period,
       a.financial_year,
       a.quarter,
       a.cafs AS area_cafs,
       a.blank_cells AS area_blank_cells,
       g.cafs AS agency_cafs,
       g.blank_cells AS agency_blank_cells,
       g.cafs - a.cafs AS difference_cafs,
       a.source_line
FROM by_area a JOIN by_agency g USING (financial_year, quarter)
ORDER BY a.financial_year, a.quarter`
  },
  /** Headline tiles: CAFs completed in 2012/13 against 2011/12 (Table 1), and the CAF team's posts before and after. */
  cafHeadlines: {
    tables: ["caf_by_area", "indicators"],
    sql: `WITH years AS (
  SELECT financial_year,
         CAST(SUM(cafs) AS INTEGER) AS cafs,
         string_agg(CASE WHEN cafs IS NULL THEN area || ' Q' || quarter END, ', ' ORDER BY area, quarter) AS blank_cells,
         MIN(source_line) AS source_line
  FROM caf_by_area GROUP BY financial_year
), posts AS (
  SELECT period, value, unit, polarity, label, source_line FROM indicators WHERE indicator_id = 'caf_team_posts' AND series = 'Luton'
)
SELECT 'cafs' AS tile, 'CAFs completed' AS label, cur.cafs AS value, 'count' AS unit, cur.financial_year AS period,
       cur.blank_cells AS blank_cells, prev.financial_year AS comparison_label, prev.cafs AS comparison_value,
       CAST(NULL AS VARCHAR) AS polarity, cur.source_line, 1 AS sort
FROM years cur, years prev WHERE cur.financial_year = '2012/13' AND prev.financial_year = '2011/12'
UNION ALL
SELECT 'caf_team_posts', now.label, now.value, now.unit, now.period, NULL, 'the team ' || before.period, before.value, now.polarity, now.source_line, 2
FROM posts now, posts before WHERE now.period = '2012/13' AND before.period <> '2012/13'
ORDER BY sort`
  }
} satisfies Record<string, NamedQuery>;
