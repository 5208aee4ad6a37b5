import { reportLineHref } from "./figure-frame.js";

/** A paragraph of the board's own assessment, as the boardAssessment query returns it. */
export interface AssessmentParagraph {
  line: number;
  subsection: string;
  text: string;
}

/** Returns an aside quoting the board's "LSCB Assessment" and "Action required" paragraphs, each linked to its report line. */
export function boardAssessment(paragraphs: readonly AssessmentParagraph[], { title = "What the board said", lineHref = reportLineHref } = {}): HTMLElement {
  const aside = document.createElement("aside");
  aside.className = "se-assessment";
  const heading = document.createElement("h2");
  heading.textContent = title;
  aside.append(heading);
  if (paragraphs.length === 0) {
    const empty = document.createElement("p");
    empty.textContent = "The report gives no assessment for this section.";
    aside.append(empty);
    return aside;
  }
  let part: HTMLElement | null = null;
  let partName = "";
  for (const paragraph of paragraphs) {
    if (paragraph.subsection.toLowerCase() !== partName) {
      partName = paragraph.subsection.toLowerCase();
      const partHeading = document.createElement("h3");
      partHeading.textContent = partName === "lscb assessment" ? "LSCB assessment" : "Action required";
      part = document.createElement("blockquote");
      aside.append(partHeading, part);
    }
    const p = document.createElement("p");
    p.append(plainText(paragraph.text), " ");
    const source = document.createElement("a");
    source.href = lineHref(paragraph.line);
    source.className = "se-line-link";
    source.textContent = `(line ${paragraph.line})`;
    p.append(source);
    part!.append(p);
  }
  return aside;
}

/** Returns report text without its emphasis markers and list dashes, for reading aloud. */
export function plainText(text: string): string {
  return text.replace(/\*\*(.*?)\*\*/g, "$1").replace(/^\s*[-•]\s+/, "").trim();
}
