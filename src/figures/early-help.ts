// The early-help (CAF) page's figures: src/early-help.md places them.
import { bars } from "../components/bars.js";
import { columns } from "../components/columns.js";
import { firstSourceLineHref } from "../components/figure-frame.js";
import { headlineTiles } from "../components/headline-tiles.js";
import { reportWords } from "../components/report-words.js";
import { formatCount, formatCountChange, formatPercent } from "../lib/format.js";
import { PRIMARY_FILL, SECONDARY_FILL } from "../lib/palette.js";
import {
  describeBlankAreas,
  describePeriodWithBlanks,
  summarizeCafByAgency,
  summarizeCafByQuarter,
  summarizeCafTablesCompared,
  summarizeRatShare,
  titleCafByQuarter
} from "../lib/summaries-early-help.js";
import { call, defineBlock, defineFigure, defineParam, defineQuery } from "./define.js";
import { boardAssessment, qualityFindings, qualityFindingsByCheck } from "./shared.js";

/** The area filter's value that means every area together (the default, never written to the URL). */
export const ALL_AREAS = "All areas";

const TABLE_2 = "Table 2 CAFs completed by referring agency";

/** The areas of Table 1, in alphabetical order (the filter's choices after "All areas"). */
export const cafAreas = defineQuery("cafAreas", {
  tables: ["caf_by_area"],
  sql: `SELECT DISTINCT area FROM caf_by_area ORDER BY area`
});

/** The area of Luton chosen on the page: every area of Table 1, or all of them together. */
export const AREA = defineParam({
  name: "area",
  label: "Area of Luton",
  default: ALL_AREAS,
  domain: { call: call(cafAreas), column: "area" }
});

/** Headline tiles: CAFs completed in 2012/13 against 2011/12 (Table 1), and the CAF team's posts before and after. */
export const headlines = defineBlock({
  id: "caf-headlines",
  calls: { tiles: call(defineQuery("cafHeadlines", {
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
  })) },
  // The blank cells go into the period ("2012/13 (no figure for Central Q4)"), not headlineTiles' lower-bound note.
  render: ({ tiles }) =>
    headlineTiles(tiles.map((row) => ({ ...row, period: describePeriodWithBlanks(row.period, row.blank_cells), blank_cells: null })), { columns: 2, noComparison: null, className: "se-kpi-grid" })
});

/**
 * CAFs completed per quarter in the chosen area (or all), 2011/12 beside 2012/13. A blank cell stays NULL; a sum over
 * areas keeps the areas whose cell is blank in blank_areas_*, and has no change on the year.
 */
export const cafByQuarter = defineFigure({
  id: "caf-by-quarter",
  title: titleCafByQuarter,
  subtitle: "Number of CAFs completed per quarter, 2011/12 beside 2012/13 (financial years start in April), in the area chosen above. A blank cell in the report is shown as no data, never as 0.",
  source: { label: "Table 1 – Number of CAFs completed", href: firstSourceLineHref },
  rows: call(defineQuery("cafByQuarter", {
    tables: ["caf_by_area"],
    sql: `WITH chosen AS (
  SELECT financial_year, quarter, area, cafs, source_line
  FROM caf_by_area
  WHERE $area = '${ALL_AREAS}' OR area = $area
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
SELECT CAST($area AS VARCHAR) AS area,
       'Q' || quarter AS quarter_label,
       quarter,
       cafs_2011_12,
       cafs_2012_13,
       CASE WHEN blank_areas_2011_12 IS NULL AND blank_areas_2012_13 IS NULL THEN cafs_2012_13 - cafs_2011_12 END AS change_cafs,
       blank_areas_2011_12,
       blank_areas_2012_13,
       source_line
FROM by_quarter
ORDER BY quarter`,
    params: ["area"]
  }), AREA),
  findings: call(qualityFindings, "caf_by_area"),
  columns: [
    { key: "quarter_label", label: "Quarter" },
    { key: "cafs_2011_12", label: "2011/12", format: formatCount, numeric: true },
    { key: "cafs_2012_13", label: "2012/13", format: formatCount, numeric: true },
    { key: "change_cafs", label: "Change on the year", format: formatCountChange, numeric: true },
    { key: "blank_areas_2012_13", label: "Areas left blank in 2012/13", format: (areas) => areas ?? "none" }
  ],
  summarize: summarizeCafByQuarter,
  chart: (rows, { width, ariaLabel, ariaDescription }) =>
    bars(rows, {
      group: "quarter_label",
      series: [
        { key: "cafs_2011_12", label: "2011/12", fill: SECONDARY_FILL },
        { key: "cafs_2012_13", label: "2012/13", fill: PRIMARY_FILL }
      ],
      valueFormat: formatCount,
      note: (row, series) => describeBlankAreas(series.key === "cafs_2011_12" ? row.blank_areas_2011_12 : row.blank_areas_2012_13),
      width,
      ariaLabel,
      ariaDescription
    })
});

/** CAFs completed per quarter by referring agency (Table 2), agencies in the report's order; a blank cell is NULL. */
export const cafByAgency = defineFigure({
  id: "caf-by-agency",
  title: "Schools completed the most CAFs; the RAT appears only from 2012/13",
  subtitle: "Number of CAFs completed per quarter, stacked by referring agency, 2011/12 Q1 to 2012/13 Q4. RAT is Referral and Assessment, where cases needing social care are escalated.",
  source: { label: TABLE_2, href: firstSourceLineHref },
  rows: call(defineQuery("cafByAgency", {
    tables: ["caf_by_agency"],
    sql: `SELECT financial_year || ' Q' || quarter AS period,
       financial_year,
       quarter,
       agency,
       cafs,
       source_line
FROM caf_by_agency
ORDER BY financial_year, quarter, source_line`
  })),
  findings: call(qualityFindings, "caf_by_agency"),
  columns: [
    { key: "period", label: "Quarter" },
    { key: "agency", label: "Referring agency" },
    { key: "cafs", label: "CAFs", format: formatCount, numeric: true }
  ],
  summarize: summarizeCafByAgency,
  chart: (rows, { width, ariaLabel, ariaDescription }) =>
    columns(rows, { x: "period", y: "cafs", series: "agency", yLabel: "CAFs", valueFormat: formatCount, width, ariaLabel, ariaDescription })
});

/** The Referral and Assessment Team's (RAT's) CAFs per quarter as a share of all of Table 2's CAFs that quarter. */
export const ratShare = defineFigure({
  id: "caf-rat-share",
  title: "The RAT's share of CAFs fell sharply in the second half of 2012/13",
  subtitle: "CAFs from the RAT as a percentage of all CAFs in Table 2, per quarter. The RAT's cells for 2011/12 are blank in the report.",
  source: { label: TABLE_2, href: firstSourceLineHref },
  rows: call(defineQuery("ratShareByQuarter", {
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
  })),
  columns: [
    { key: "period", label: "Quarter" },
    { key: "rat_cafs", label: "CAFs from the RAT", format: formatCount, numeric: true },
    { key: "agency_cafs", label: "All CAFs in Table 2", format: formatCount, numeric: true },
    { key: "rat_share_pct", label: "RAT share", format: formatPercent, numeric: true }
  ],
  summarize: summarizeRatShare,
  chart: (rows, { width, ariaLabel, ariaDescription }) =>
    bars(rows, { group: "period", series: [{ key: "rat_share_pct", label: "RAT", fill: PRIMARY_FILL }], valueFormat: formatPercent, width, ariaLabel, ariaDescription })
});

/** Per quarter, CAFs added up from Table 1 (areas) and from Table 2 (agencies), their blank cells and the difference. */
export const tablesCompared = defineFigure({
  id: "caf-tables-compared",
  title: "The two CAF tables agree for every quarter of 2011/12 but for no quarter of 2012/13",
  subtitle: "Number of CAFs per quarter, added up from Table 1 (by area) and from Table 2 (by referring agency). Blank cells are left out of each sum.",
  source: { label: "Table 1 – Number of CAFs completed, and Table 2 CAFs completed by referring agency", href: firstSourceLineHref },
  rows: call(defineQuery("cafTablesCompared", {
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
  })),
  findings: call(qualityFindingsByCheck, "caf_by_agency", "caf_agency_vs_area"),
  columns: [
    { key: "period", label: "Quarter" },
    { key: "area_cafs", label: "By area (Table 1)", format: formatCount, numeric: true },
    { key: "agency_cafs", label: "By agency (Table 2)", format: formatCount, numeric: true },
    { key: "difference_cafs", label: "Table 2 minus Table 1", format: formatCountChange, numeric: true },
    { key: "area_blank_cells", label: "Blank cells in Table 1", format: formatCount, numeric: true },
    { key: "agency_blank_cells", label: "Blank cells in Table 2", format: formatCount, numeric: true }
  ],
  summarize: summarizeCafTablesCompared,
  chart: (rows, { width, ariaLabel, ariaDescription }) =>
    bars(rows, {
      group: "period",
      series: [
        { key: "area_cafs", label: "By area", fill: SECONDARY_FILL },
        { key: "agency_cafs", label: "By agency", fill: PRIMARY_FILL }
      ],
      valueFormat: formatCount,
      note: (row, series) => (series.key === "area_cafs" && row.area_blank_cells > 0 ? `${formatCount(row.area_blank_cells)} blank ${row.area_blank_cells === 1 ? "cell" : "cells"} in Table 1, left out of the sum` : null),
      width,
      ariaLabel,
      ariaDescription
    })
});

/** The board's own assessment of the CAF arrangements. */
export const assessment = defineBlock({
  id: "caf-assessment",
  calls: { words: call(boardAssessment, "The implementation of the Common Assessment Framework (CAF) arrangements") },
  render: ({ words }) => reportWords(words)
});
