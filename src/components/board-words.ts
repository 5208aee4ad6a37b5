import { boardAssessment, type AssessmentParagraph } from "./board-assessment.js";
import { sectionText, type SectionParagraph } from "./section-text.js";

/** Returns the board's "LSCB Assessment" and "Action required" panel when the rows are those, otherwise the section's text. */
export function boardWords(rows: readonly SectionParagraph[]): HTMLElement {
  const assessed = rows.length > 0 && rows.every((row) => ["lscb assessment", "action required"].includes((row.subsection ?? "").toLowerCase()));
  return assessed ? boardAssessment(rows as AssessmentParagraph[]) : sectionText(rows);
}
