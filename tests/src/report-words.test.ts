import { describe, expect, it } from "vitest";
import { isBoardAssessment } from "../../src/components/report-words.js";

describe("isBoardAssessment", () => {
  it("is true when every paragraph is the board's LSCB Assessment or Action required, whatever their case (Private Fostering)", () => {
    expect(isBoardAssessment([{ line: 564, subsection: "LSCB Assessment", text: "Despite the legal duty…" }, { line: 570, subsection: "Action Required", text: "- LBC must continue…" }])).toBe(true);
  });

  it("is false for a section's own text, for paragraphs without a sub-heading, and for no paragraphs", () => {
    expect(isBoardAssessment([{ line: 560, subsection: "Local picture", text: "In Luton, 4 new notifications…" }, { line: 564, subsection: "LSCB Assessment", text: "Despite the legal duty…" }])).toBe(false);
    expect(isBoardAssessment([{ line: 652, text: "In Luton during the period April 2012 - March 2013…" }])).toBe(false);
    expect(isBoardAssessment([])).toBe(false);
  });
});
