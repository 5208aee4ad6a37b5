import { plainText } from "./board-assessment.js";
import { reportLineHref } from "./figure-frame.js";

/** A paragraph of the report as the sectionParagraphs query returns it. */
export interface ReportParagraph {
  line: number;
  text: string;
}

/** Options of a quoted report section. */
export interface ReportExcerptOptions {
  /** The heading of the panel. */
  title: string;
  /** The report section the paragraphs come from, named under the heading. */
  section: string;
  lineHref?: (line: number) => string;
}

/** Returns an aside quoting a report section's own paragraphs, each linked to its report line, for sections with no "LSCB Assessment". */
export function reportExcerpt(paragraphs: readonly ReportParagraph[], { title, section, lineHref = reportLineHref }: ReportExcerptOptions): HTMLElement {
  const aside = document.createElement("aside");
  aside.className = "se-assessment se-excerpt";
  const heading = document.createElement("h3");
  heading.textContent = title;
  const from = document.createElement("p");
  from.className = "se-excerpt__from";
  from.textContent = paragraphs.length
    ? `The report's section "${section}" in full. The board gives no separate "LSCB Assessment" for it.`
    : `The report's section "${section}" has no text.`;
  aside.append(heading, from);
  const quote = document.createElement("blockquote");
  for (const paragraph of paragraphs) {
    const p = document.createElement("p");
    p.append(plainText(paragraph.text), " ");
    const source = document.createElement("a");
    source.href = lineHref(paragraph.line);
    source.className = "se-line-link";
    source.textContent = `(line ${paragraph.line})`;
    p.append(source);
    quote.append(p);
  }
  if (paragraphs.length) aside.append(quote);
  return aside;
}
