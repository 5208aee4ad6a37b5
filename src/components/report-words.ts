import { readableText } from "../lib/report-text.js";
import { reportLineHref } from "./figure-frame.js";

/** A paragraph of the report as the sectionLines, sectionParagraphs, boardAssessment and assessmentOrSectionText queries return it. */
export interface ReportWordsRow {
  line: number;
  /** The sub-heading it stands under ("LSCB Assessment", "Local picture"…); absent or null for none. */
  subsection?: string | null;
  text: string;
}

/** Options of the report's words beside a chart. */
export interface ReportWordsOptions {
  /** Whether the rows are the board's own "LSCB Assessment" and "Action required": its points are then quoted as paragraphs, not lists. */
  assessed?: boolean;
  /** The heading; by default "What the board said" over the board's assessment, otherwise "What the report says". */
  title?: string;
  headingLevel?: 2 | 3;
  /** When given, a note under the heading says this section is quoted in full because the board gives no "LSCB Assessment" for it. */
  section?: string;
  /** The section's class besides se-assessment, for its look: se-section-text (the default for report text), se-excerpt, or none. */
  className?: string;
  lineHref?: (line: number) => string;
}

/** Returns a section quoting report paragraphs under their sub-headings (list items as lists), each linked to its report line. */
export function reportWords(
  rows: readonly ReportWordsRow[],
  {
    assessed = isBoardAssessment(rows),
    title = assessed ? "What the board said" : "What the report says",
    headingLevel = 2,
    section,
    className = assessed ? "" : "se-section-text",
    lineHref = reportLineHref
  }: ReportWordsOptions = {}
): HTMLElement {
  // An unnamed <section>, not an <aside>: pages place several of these inside their sections and topic regions, where
  // complementary landmarks were neither top-level nor uniquely named (axe landmark-complementary-is-top-level,
  // landmark-unique); the heading inside names what it quotes.
  const aside = document.createElement("section");
  aside.className = className ? `se-assessment ${className}` : "se-assessment";
  const heading = document.createElement(`h${headingLevel}`);
  heading.textContent = title;
  aside.append(heading);
  if (section !== undefined && rows.length) aside.append(paragraph(`The report's section "${section}" in full. The board gives no separate "LSCB Assessment" for it.`, "se-excerpt__from"));
  if (rows.length === 0) {
    aside.append(paragraph("The report has no text for this section."));
    return aside;
  }
  let part: HTMLElement | null = null;
  let partName: string | null = null;
  let list: HTMLUListElement | null = null;
  for (const row of rows) {
    if (part === null || (row.subsection ?? null) !== partName) {
      partName = row.subsection ?? null;
      list = null;
      if (partName) {
        const partHeading = document.createElement("h3");
        partHeading.textContent = sentenceCase(partName);
        aside.append(partHeading);
      }
      part = document.createElement("blockquote");
      aside.append(part);
    }
    const line = document.createElement("a");
    line.href = lineHref(row.line);
    line.className = "se-line-link";
    line.textContent = `(line ${row.line})`;
    if (!assessed && /^\s*[-•]\s+/.test(row.text)) {
      if (!list) part.append((list = document.createElement("ul")));
      const item = document.createElement("li");
      item.append(readableText(row.text), " ", line);
      list.append(item);
    } else {
      list = null;
      const p = paragraph(readableText(row.text));
      p.append(" ", line);
      part.append(p);
    }
  }
  return aside;
}

/** Returns whether every row is one of the board's "LSCB Assessment" or "Action required" paragraphs (none: false). */
export function isBoardAssessment(rows: readonly ReportWordsRow[]): boolean {
  return rows.length > 0 && rows.every((row) => ["lscb assessment", "action required"].includes((row.subsection ?? "").toLowerCase()));
}

function sentenceCase(text: string): string {
  const lower = text.replace(/:$/, "").toLowerCase().replace(/\blscb\b/g, "LSCB");
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

function paragraph(text: string, className?: string): HTMLParagraphElement {
  const p = document.createElement("p");
  if (className) p.className = className;
  p.textContent = text;
  return p;
}
