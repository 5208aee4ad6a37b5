// The report reader's blocks: src/report.md places them; its search runs `reportSearch` with the reader's words.
import { reportLineNotice, reportReader } from "../components/report-reader.js";
import { call, defineBlock, defineQuery } from "./define.js";

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

/** The report's sections, each linking to the line it starts on. */
export const sections = defineBlock({
  id: "report-sections",
  calls: { sections: call(reportSections) },
  render: ({ sections }) => {
    const nav = document.createElement("nav");
    nav.setAttribute("aria-label", "Report sections");
    const list = document.createElement("ol");
    list.className = "se-report-sections";
    for (const row of sections) {
      const link = document.createElement("a");
      link.href = `#L${row.line}`;
      link.textContent = row.section;
      const item = document.createElement("li");
      item.append(link);
      list.append(item);
    }
    nav.append(list);
    return nav;
  }
});

/** Every line of the report, the extracted figures marked. */
export const reader = defineBlock({
  id: "report-reader",
  calls: { lines: call(reportLines), figures: call(reportFigures) },
  render: ({ lines, figures }) => reportReader(lines, figures)
});

/** What the address's line (`#L99999`) finds: a notice when the report has no such line. */
export const lineNotice = defineBlock({
  id: "report-line-notice",
  calls: { lines: call(reportLines) },
  render: ({ lines }) => reportLineNotice(lines)
});
