import { defineQuery } from "./define.js";

// Queries every page may use: data_quality findings, the board's own words, the report's lines.

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

/** The paragraphs of one report section (`$section`), without its heading or sub-heading lines, in report order. */
export const sectionLines = defineQuery("sectionLines", {
  tables: ["report_paragraphs"],
  sql: `SELECT line, subsection, text
FROM report_paragraphs
WHERE section = $section AND text <> section AND text <> coalesce(subsection, '')
ORDER BY line`,
  params: ["section"]
});

/** The report's sections with the line each starts on. */
export const reportSections = defineQuery("reportSections", {
  tables: ["report_paragraphs"],
  sql: `SELECT section, MIN(line) AS line FROM report_paragraphs WHERE section IS NOT NULL GROUP BY section ORDER BY line`
});

/** Lines containing a word or phrase ($phrase), case-insensitive, in report order. */
export const reportSearch = defineQuery("reportSearch", {
  tables: ["report_paragraphs"],
  sql: `SELECT line, section, text FROM report_paragraphs WHERE contains(lower(text), lower($phrase)) ORDER BY line`,
  params: ["phrase"]
});

/** Where each extracted figure was read: its line and verbatim quote. */
export const reportFigures = defineQuery("reportFigures", {
  tables: ["indicators"],
  sql: `SELECT source_line, source_quote, indicator_id FROM indicators ORDER BY source_line, indicator_id, source_quote`
});

/** Every non-empty line of the report, in order. */
export const reportLines = defineQuery("reportLines", {
  tables: ["report_paragraphs"],
  sql: `SELECT line, section, subsection, text FROM report_paragraphs ORDER BY line`
});
