import { plainText } from "./board-assessment.js";
import { reportLineHref } from "./figure-frame.js";

/** A paragraph of the report as the sectionParagraphs query returns it. */
export interface ExcerptParagraph {
  line: number;
  text: string;
}

/** Options of a report excerpt: its heading, heading level, the section it quotes (named under the heading), and where a line links to. */
export interface ReportExcerptOptions {
  title: string;
  /** When given, a note under the heading says the whole section is quoted because the board gives no "LSCB Assessment" for it. */
  section?: string;
  headingLevel?: 2 | 3;
  lineHref?: (line: number) => string;
}

/** Returns an aside quoting report paragraphs in order (list items as a list), each linked to its report line. */
export function reportExcerpt(paragraphs: readonly ExcerptParagraph[], { title, section, headingLevel = 2, lineHref = reportLineHref }: ReportExcerptOptions): HTMLElement {
  const aside = document.createElement("aside");
  aside.className = "se-assessment se-excerpt";
  const heading = document.createElement(`h${headingLevel}`);
  heading.textContent = title;
  aside.append(heading);
  if (section !== undefined && paragraphs.length) {
    const from = document.createElement("p");
    from.className = "se-excerpt__from";
    from.textContent = `The report's section "${section}" in full. The board gives no separate "LSCB Assessment" for it.`;
    aside.append(from);
  }
  if (paragraphs.length === 0) {
    const empty = document.createElement("p");
    empty.textContent = "The report has no text for this section.";
    aside.append(empty);
    return aside;
  }
  const quote = document.createElement("blockquote");
  let list: HTMLUListElement | null = null;
  for (const paragraph of paragraphs) {
    const isItem = /^\s*[-•]\s+/.test(paragraph.text);
    const node = document.createElement(isItem ? "li" : "p");
    node.append(plainText(paragraph.text), " ");
    const source = document.createElement("a");
    source.href = lineHref(paragraph.line);
    source.className = "se-line-link";
    source.textContent = `(line ${paragraph.line})`;
    node.append(source);
    if (isItem) {
      if (!list) quote.append((list = document.createElement("ul")));
      list.append(node);
    } else {
      list = null;
      quote.append(node);
    }
  }
  aside.append(quote);
  return aside;
}
