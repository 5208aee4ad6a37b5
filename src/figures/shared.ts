import { defineQuery } from "./define.js";

// Queries every page may use: data_quality findings, the board's own words, the report's lines and the figures it states.

/** Findings about one table (`$table_name`), worst first. */
export const qualityFindings = defineQuery("qualityFindings", {
  tables: ["data_quality"],
  sql: `SELECT check_id, severity, message, expected, actual, source_line
FROM data_quality
WHERE table_name = $table_name
ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, source_line`,
  params: ["table_name"]
});

/** Findings about one table (`$table_name`) from some checks only ($check_prefix: a check_id prefix, e.g. 'restated'). */
export const qualityFindingsByCheck = defineQuery("qualityFindingsByCheck", {
  tables: ["data_quality"],
  sql: `SELECT check_id, severity, message, expected, actual, source_line
FROM data_quality
WHERE table_name = $table_name AND starts_with(check_id, $check_prefix)
ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, source_line`,
  params: ["table_name", "check_prefix"]
});

/** The board's "LSCB Assessment" and "Action required" paragraphs for one report section ($section), in report order. */
export const boardAssessment = defineQuery("boardAssessment", {
  tables: ["report_paragraphs"],
  sql: `SELECT line, subsection, text
FROM report_paragraphs
WHERE section = $section
  AND lower(subsection) IN ('lscb assessment', 'action required')
  AND text <> subsection
ORDER BY line`,
  params: ["section"]
});

/** A report section's own paragraphs ($section: its heading), in order: headings and table rows left out. */
export const sectionParagraphs = defineQuery("sectionParagraphs", {
  tables: ["report_paragraphs"],
  sql: `SELECT line, COALESCE(subsection, section) AS part, text
FROM report_paragraphs
WHERE section = $section
  AND text <> section
  AND text IS DISTINCT FROM subsection
  AND strpos(text, chr(9)) = 0
ORDER BY line`,
  params: ["section"]
});

// The figures the report states in its prose and the text around them, by theme or by report section.

/** Every figure stated about one theme ($theme: indicators.theme), in report order. */
export const statedFiguresByTheme = defineQuery("statedFiguresByTheme", {
  tables: ["indicators"],
  sql: `SELECT indicator_id, label, category, series, period, value, unit, source_line
FROM indicators
WHERE theme = $theme
ORDER BY source_line, indicator_id, CASE series WHEN 'Luton' THEN 0 ELSE 1 END, series, period, category NULLS FIRST`,
  params: ["theme"]
});

/** data_quality findings on the report lines a theme's figures were read from ($theme; $indicator_id: one indicator, or '' for all). */
export const findingsOnIndicatorLines = defineQuery("findingsOnIndicatorLines", {
  tables: ["data_quality", "indicators"],
  sql: `SELECT check_id, severity, message, expected, actual, source_line
FROM data_quality
WHERE table_name = 'indicators'
  AND source_line IN (SELECT source_line FROM indicators WHERE theme = $theme AND ($indicator_id = '' OR indicator_id = $indicator_id))
ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, source_line`,
  params: ["theme", "indicator_id"]
});

/** The paragraphs of one report section ($section), without its heading or sub-heading lines, in report order. */
export const sectionLines = defineQuery("sectionLines", {
  tables: ["report_paragraphs"],
  sql: `SELECT line, subsection, text
FROM report_paragraphs
WHERE section = $section AND text <> section AND text <> coalesce(subsection, '')
ORDER BY line`,
  params: ["section"]
});

/** The board's "LSCB Assessment" and "Action required" paragraphs of a section ($section), or, where it has none, all its paragraphs. */
export const assessmentOrSectionText = defineQuery("assessmentOrSectionText", {
  tables: ["report_paragraphs"],
  sql: `WITH section_text AS (
  SELECT line, subsection, text
  FROM report_paragraphs
  WHERE section = $section AND text <> section AND text <> coalesce(subsection, '')
), assessment AS (
  SELECT * FROM section_text WHERE lower(subsection) IN ('lscb assessment', 'action required')
)
SELECT * FROM assessment
UNION ALL
SELECT * FROM section_text WHERE NOT EXISTS (SELECT 1 FROM assessment)
ORDER BY line`,
  params: ["section"]
});
