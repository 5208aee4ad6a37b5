import { isBlankLine } from "../report/cells.js";
import { lineAt, type ReportText } from "../report/report-text.js";
import { defineTable } from "../table-definition.js";

/** A non-empty report line with the section and sub-heading it falls under. */
export type ReportParagraphRow = {
  line: number;
  section: string | null;
  subsection: string | null;
  text: string;
};

// The report's recurring sub-headings inside a topic ("Local picture", "LSCB Assessment", "Action required"…).
const SUBHEADING = /^(local picture|lscb assessment|action required|context|introduction)$/i;
// One-word headings that still open a part of their own.
const ONE_WORD_SECTION = /^(preface|welcome|references)$/i;

/** True when a line reads as a heading: on its own between blank lines, short, not a sentence, caption, list item or table row. */
export function isHeadingLine(report: ReportText, line: number): boolean {
  const text = lineAt(report, line).trim();
  if (text === "" || text.includes("\t") || text.length > 100) return false;
  if (!isBlankLine(lineAt(report, line - 1)) || !isBlankLine(lineAt(report, line + 1))) return false;
  if (/[.:;,?!]$/.test(text) || !/^[A-Z]/.test(text)) return false;
  // Captions, cross-references, and the action plan's timescale cells left on a line of their own by a page break.
  return !/^(figure|table)\s*\d|^see\s|^within \d+ months$/i.test(text);
}

/** Returns every non-empty line of the report with its section (topic heading) and sub-heading, verbatim. */
export function parseReportParagraphs(report: ReportText): ReportParagraphRow[] {
  const rows: ReportParagraphRow[] = [];
  let section: string | null = null;
  let subsection: string | null = null;
  report.lines.forEach((raw, index) => {
    const line = index + 1;
    if (isBlankLine(raw)) return;
    const text = raw.trim();
    if (isHeadingLine(report, line)) {
      // One-word labels ("School", "SEN", "Preface") and the recurring sub-headings do not open a new topic.
      if (SUBHEADING.test(text) || (!text.includes(" ") && !ONE_WORD_SECTION.test(text))) subsection = text;
      else [section, subsection] = [text, null];
    }
    rows.push({ line, section, subsection, text: raw });
  });
  return rows;
}

/** report_paragraphs: every non-empty line of the report, for provenance links and full-text search. */
export const reportParagraphs = defineTable<ReportParagraphRow>({
  name: "report_paragraphs",
  title: "The report, line by line",
  description: "Every non-empty line of the report text, verbatim, with the topic heading and sub-heading (such as 'LSCB Assessment') it falls under.",
  sourceSection: "The whole report",
  columns: [
    { name: "line", type: "INTEGER", description: "1-based line number in the report text." },
    { name: "section", type: "VARCHAR", description: "The topic heading the line falls under, e.g. 'Multi Agency Risk Assessment Conference (MARAC)'; NULL before the first heading." },
    { name: "subsection", type: "VARCHAR", description: "The sub-heading within the topic ('Local picture', 'LSCB Assessment', 'Action required'…), or NULL." },
    { name: "text", type: "VARCHAR", description: "The line exactly as printed, markup included." }
  ],
  parse: parseReportParagraphs
});
