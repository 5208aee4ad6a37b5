import type { NamedQuery } from "./named-query.js";

/** Queries every page uses: data_quality findings and the board's own words. */
export const SHARED_QUERIES = {
  /** Findings about one table ($1 = table_name), worst first. */
  qualityFindings: {
    tables: ["data_quality"],
    sql: `SELECT check_id, severity, message, expected, actual, source_line
FROM data_quality
WHERE table_name = $1
ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, source_line`
  },
  /** Findings about one table ($1) from some checks only ($2 = a check_id prefix, e.g. 'restated'). */
  qualityFindingsByCheck: {
    tables: ["data_quality"],
    sql: `SELECT check_id, severity, message, expected, actual, source_line
FROM data_quality
WHERE table_name = $1 AND starts_with(check_id, $2)
ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, source_line`
  },
  /** The board's "LSCB Assessment" and "Action required" paragraphs for one report section ($1), in report order. */
  boardAssessment: {
    tables: ["report_paragraphs"],
    sql: `SELECT line, subsection, text
FROM report_paragraphs
WHERE section = $1
  AND lower(subsection) IN ('lscb assessment', 'action required')
  AND text <> subsection
ORDER BY line`
  },
  /** A report section's own paragraphs ($1 = its heading), in order: headings and table rows left out. */
  sectionParagraphs: {
    tables: ["report_paragraphs"],
    sql: `SELECT line, COALESCE(subsection, section) AS part, text
FROM report_paragraphs
WHERE section = $1
  AND text <> section
  AND text IS DISTINCT FROM subsection
  AND strpos(text, chr(9)) = 0
ORDER BY line`
  },
  /** The report's sections with the line each starts on. */
  reportSections: {
    tables: ["report_paragraphs"],
    sql: `SELECT section, MIN(line) AS line FROM report_paragraphs WHERE section IS NOT NULL GROUP BY section ORDER BY line`
  },
  /** Lines containing a word or phrase ($1), case-insensitive, in report order. */
  reportSearch: {
    tables: ["report_paragraphs"],
    sql: `SELECT line, section, text FROM report_paragraphs WHERE contains(lower(text), lower($1)) ORDER BY line`
  },
  /** Where each extracted figure was read: its line and verbatim quote. */
  reportFigures: {
    tables: ["indicators"],
    sql: `SELECT source_line, source_quote, indicator_id FROM indicators ORDER BY source_line, indicator_id, source_quote`
  },
  /** Every non-empty line of the report, in order. */
  reportLines: {
    tables: ["report_paragraphs"],
    sql: `SELECT line, section, subsection, text FROM report_paragraphs ORDER BY line`
  }
} satisfies Record<string, NamedQuery>;
