import { describe, expect, it } from "vitest";
import { parseReportText } from "../../../data-loaders/report/report-text.js";
import { readCommittedReport } from "../../../data-loaders/sources/committed-report.js";
import { isHeadingLine, reportParagraphs, type ReportParagraphRow } from "../../../data-loaders/tables/report-paragraphs.js";
import { REPORT_LINES } from "../report-cells.js";

const report = readCommittedReport();
const rows = reportParagraphs.parse(report);
const at = (line: number): ReportParagraphRow | undefined => rows.find((row) => row.line === line);

const CAF = "The implementation of the Common Assessment Framework (CAF) arrangements";
const MARAC = "Multi Agency Risk Assessment Conference (MARAC)";

describe("report_paragraphs", () => {
  it("has one row per non-empty line: 773 of the report's 1,251 lines", () => {
    expect(report.lines.length).toBe(1251);
    expect(rows.length).toBe(773);
  });

  it("lists the lines in report order, each once", () => {
    expect(rows.every((row, index) => index === 0 || row.line > rows[index - 1]!.line)).toBe(true);
  });

  it("keeps each line's text exactly as printed, tabs and markup included", () => {
    expect(rows.every((row) => row.text === REPORT_LINES[row.line - 1])).toBe(true);
    expect(at(455)?.text).toBe("TOTAL\t363\t109\t525\t193\t88\t19\t2\t2\t16\t6\t2\t5\t11\t4\t1\t14");
    expect(at(273)?.text).toContain("**Working Together 2013**");
  });

  it("leaves out blank lines and lines holding only tabs or spaces (58, 357, 358, 886, 901)", () => {
    expect(rows.some((row) => row.text.trim() === "")).toBe(false);
    expect([58, 357, 358, 886, 901, 1, 2, 4].map(at)).toEqual(Array(8).fill(undefined));
  });

  it("puts the line 434 MARAC paragraph under 'Multi Agency Risk Assessment Conference (MARAC)', 'Local picture'", () => {
    const row = at(434)!;
    expect(row).toMatchObject({ line: 434, section: MARAC, subsection: "Local picture" });
    expect(row.text.startsWith("MARAC referrals in Luton continue to increase. There were a total of 363 referrals in 12/13 compared to 244 referrals in 2011/12")).toBe(true);
  });

  it("opens the MARAC section at its heading, then its sub-headings 'Local picture' and 'Action required'", () => {
    expect(at(428)).toEqual({ line: 428, section: MARAC, subsection: null, text: MARAC });
    expect(at(430)).toMatchObject({ section: MARAC, subsection: null });
    expect(at(432)).toEqual({ line: 432, section: MARAC, subsection: "Local picture", text: "Local picture" });
    expect(at(461)).toEqual({ line: 461, section: MARAC, subsection: "Action required", text: "Action required" });
    expect(at(463)).toMatchObject({ section: MARAC, subsection: "Action required" });
  });

  it("keeps the MARAC table, caption to TOTAL, under its section and 'Local picture'", () => {
    const table = rows.filter((row) => row.line >= 438 && row.line <= 455);
    expect(table.map((row) => row.line)).toEqual([438, 440, 441, 442, 443, 444, 445, 446, 447, 448, 449, 451, 452, 453, 454, 455]);
    expect(table.every((row) => row.section === MARAC && row.subsection === "Local picture")).toBe(true);
  });

  it("puts the CAF practitioner feedback (line 302) under the CAF section's 'LSCB Assessment'", () => {
    expect(at(300)).toEqual({ line: 300, section: CAF, subsection: "LSCB Assessment", text: "LSCB Assessment" });
    expect(at(302)).toMatchObject({ section: CAF, subsection: "LSCB Assessment" });
    expect(at(302)!.text.startsWith("Practitioner feedback (LSCB Open Day 2012 & Practitioner Discussion Forums) identified")).toBe(true);
    expect(rows.filter((row) => row.line >= 304 && row.line <= 307).map((row) => [row.section, row.subsection])).toEqual(Array(4).fill([CAF, "LSCB Assessment"]));
  });

  it("keeps Tables 1 and 2 under the CAF section's 'Local picture'", () => {
    expect(at(279)).toEqual({ line: 279, section: CAF, subsection: "Local picture", text: "Table 1 – Number of CAFs completed" });
    expect(at(298)).toMatchObject({ section: CAF, subsection: "Local picture" });
  });

  it("reads one-word labels such as 'School' as sub-headings of the home education section", () => {
    expect(at(139)).toMatchObject({ section: "Working with families who choose to Home Educate", subsection: "School" });
    expect(at(141)).toEqual({ line: 141, section: "Working with families who choose to Home Educate", subsection: "School", text: "- bullying 5%;" });
    expect(at(154)).toMatchObject({ section: "Working with families who choose to Home Educate", subsection: "SEN" });
  });

  it("opens the contents list's sections at their headings: Preface, Welcome, Governance, Spend and Budget, References", () => {
    expect([26, 30, 49, 965, 1234].map((line) => at(line)?.section)).toEqual(["Preface", "Welcome", "Governance and Accountability", "LSCB Spend and Budget", "References"]);
  });

  it("starts at the title on line 3 and ends with the last reference on line 1251", () => {
    expect(rows[0]).toEqual({ line: 3, section: "Luton Safeguarding Children Board", subsection: null, text: "Luton Safeguarding Children Board" });
    expect(rows.at(-1)).toEqual({
      line: 1251,
      section: "References",
      subsection: null,
      text: "15. DCSF (now Dfe) Research Report March 2010: Research into Private Fostering: Catherine Shaw et al."
    });
  });

  it("names only sections and sub-headings that are heading lines of the report", () => {
    const headings = new Set(rows.filter((row) => isHeadingLine(report, row.line)).map((row) => row.text.trim()));
    expect(rows.filter((row) => (row.section !== null && !headings.has(row.section)) || (row.subsection !== null && !headings.has(row.subsection)))).toEqual([]);
  });
});

describe("isHeadingLine", () => {
  const excerpt = parseReportText(["", "Local picture", "", "A sentence ends with a full stop.", "", "Table 1 – Number of CAFs completed", "", "Within 3 months", ""].join("\n"));

  it("takes a short line standing alone between blank lines as a heading", () => {
    expect(isHeadingLine(excerpt, 2)).toBe(true);
  });

  it("does not take a sentence, a table caption or an action plan timescale as a heading", () => {
    expect([4, 6, 8].map((line) => isHeadingLine(excerpt, line))).toEqual([false, false, false]);
  });
});
