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
  /** Every figure stated in one report section ($1 = report_paragraphs.section), in report order. */
  statedFiguresBySection: {
    tables: ["indicators", "report_paragraphs"],
    sql: `SELECT i.indicator_id, i.label, i.category, i.series, i.period, i.value, i.unit, i.source_line
FROM indicators i
JOIN report_paragraphs p ON p.line = i.source_line
WHERE p.section = $1
ORDER BY i.source_line, i.indicator_id, CASE i.series WHEN 'Luton' THEN 0 ELSE 1 END, i.series, i.period, i.category NULLS FIRST`
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
  /** The paragraphs of one report section ($1), without its heading or sub-heading lines, in report order. */
  sectionLines: {
    tables: ["report_paragraphs"],
    sql: `SELECT line, subsection, text
FROM report_paragraphs
WHERE section = $1 AND text <> section AND text <> coalesce(subsection, '')
ORDER BY line`
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
