import type { NamedQuery } from "./named-query.js";

/** Queries over the figures the report states in its prose and the text around them, by theme or by report section. */
export const REPORT_FIGURE_QUERIES = {
  /** Every figure stated about one theme ($1 = indicators.theme), in report order. */
  statedFiguresByTheme: {
    tables: ["indicators"],
    sql: `SELECT indicator_id, label, category, series, period, value, unit, source_line
FROM indicators
WHERE theme = $1
ORDER BY source_line, indicator_id, CASE series WHEN 'Luton' THEN 0 ELSE 1 END, series, period, category NULLS FIRST`
  },
  /** data_quality findings on the report lines a theme's figures were read from ($1 = theme; $2 = one indicator_id, or '' for all). */
  findingsOnIndicatorLines: {
    tables: ["data_quality", "indicators"],
    sql: `SELECT check_id, severity, message, expected, actual, source_line
FROM data_quality
WHERE table_name = 'indicators'
  AND source_line IN (SELECT source_line FROM indicators WHERE theme = $1 AND ($2 = '' OR indicator_id = $2))
ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, source_line`
  },
  /** The board's "LSCB Assessment" and "Action required" paragraphs of a section ($1), or, where it has none, all its paragraphs. */
  assessmentOrSectionText: {
    tables: ["report_paragraphs"],
    sql: `WITH section_text AS (
  SELECT line, subsection, text
  FROM report_paragraphs
  WHERE section = $1 AND text <> section AND text <> coalesce(subsection, '')
), assessment AS (
  SELECT * FROM section_text WHERE lower(subsection) IN ('lscb assessment', 'action required')
)
SELECT * FROM assessment
UNION ALL
SELECT * FROM section_text WHERE NOT EXISTS (SELECT 1 FROM assessment)
ORDER BY line`
  }
} satisfies Record<string, NamedQuery>;
