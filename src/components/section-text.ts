import { plainText } from "./board-assessment.js";
import { reportLineHref } from "./figure-frame.js";

/** A paragraph of a report section, as the sectionLines query returns it. */
export interface SectionParagraph {
  line: number;
  subsection: string | null;
  text: string;
}

/** Returns an aside quoting a report section's paragraphs under their sub-headings, list items as lists, each linked to its report line. */
export function sectionText(paragraphs: readonly SectionParagraph[], { title = "What the report says", lineHref = reportLineHref } = {}): HTMLElement {
  const aside = document.createElement("aside");
  aside.className = "se-assessment se-section-text";
  const heading = document.createElement("h2");
  heading.textContent = title;
  aside.append(heading);
  if (paragraphs.length === 0) {
    aside.append(paragraph("The report has no text for this section."));
    return aside;
  }
  let part: HTMLElement | null = null;
  let list: HTMLUListElement | null = null;
  let partName: string | null = null;
  for (const row of paragraphs) {
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
    const words = readableText(row.text);
    if (/^\s*[-•]\s+/.test(row.text)) {
      if (!list) part.append((list = document.createElement("ul")));
      const item = document.createElement("li");
      item.append(words, " ", line);
      list.append(item);
    } else {
      list = null;
      const p = paragraph(words);
      p.append(" ", line);
      part.append(p);
    }
  }
  return aside;
}

/** Returns report text for reading: emphasis markers, list dashes and link markup removed. */
export function readableText(text: string): string {
  return plainText(text)
    .replace(/(^|[\s(])\*([^*\s][^*]*?)\*(?=[\s).,;:]|$)/g, "$1$2")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/<(https?:\/\/[^>]+)>/g, "$1")
    .replace(/\*\*/g, "")
    .trim();
}

function sentenceCase(text: string): string {
  const lower = text.replace(/:$/, "").toLowerCase().replace(/\blscb\b/g, "LSCB");
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement("p");
  p.textContent = text;
  return p;
}
