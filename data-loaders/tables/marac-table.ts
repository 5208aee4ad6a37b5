import { ReportFormatError } from "../errors.js";
import { isBlankLine, splitCells } from "../report/cells.js";
import { parseMeetingLabel, type MeetingDates } from "../report/dates.js";
import { findTable } from "../report/find-table.js";
import { parseCount } from "../report/numbers.js";
import { lineAt, type ReportText } from "../report/report-text.js";

/** The contract name errors use for the printed MARAC table. */
export const MARAC_TABLE = "marac_meetings";

/** The measures printed before the referring-agency columns, in order. */
export const MARAC_MEASURES = ["cases", "repeat_cases", "children"] as const;

/** One printed meeting row, with its referrals by agency (in header order). */
export interface MaracPrintedRow {
  label: string;
  dates: MeetingDates;
  cases: number | null;
  repeat_cases: number | null;
  children: number | null;
  referrals: (number | null)[];
  line: number;
}

/** The printed MARAC table: meeting rows, agency labels and the printed TOTAL row. */
export interface MaracTable {
  agencies: string[];
  /** The report line the agency labels are printed on. */
  agencyLine: number;
  meetings: MaracPrintedRow[];
  total: { cases: number | null; repeat_cases: number | null; children: number | null; referrals: (number | null)[]; line: number };
}

/** Reads "Table1: MARAC Performance Data April 2012- March 2013": 12 meeting rows, 13 agencies, then TOTAL. */
export function parseMaracTable(report: ReportText): MaracTable {
  const { headerLine } = findTable(report, {
    table: MARAC_TABLE,
    caption: /^Table\s*\d+:?\s*MARAC Performance Data\b/i,
    header: ["Date Held", "Number of Cases Discussed", "Number of Repeat cases", "Number of children in the household", "Referring Agency"]
  });
  // The agency labels sit on a second header line, under "Referring Agency".
  const agencyLine = headerLine + 1;
  const agencies = splitCells(lineAt(report, agencyLine)).slice(1 + MARAC_MEASURES.length);
  if (agencies.length === 0 || agencies.some((agency) => agency === "")) {
    throw new ReportFormatError({ table: MARAC_TABLE, line: agencyLine, row: "agency header" }, "one referring-agency label per column", JSON.stringify(agencies));
  }
  const width = 1 + MARAC_MEASURES.length + agencies.length;
  const meetings: MaracPrintedRow[] = [];
  for (let line = agencyLine + 1; line <= report.lines.length; line++) {
    const text = lineAt(report, line);
    if (isBlankLine(text)) continue; // a page break inside the table
    const cells = splitCells(text);
    const label = cells[0] ?? "";
    if (cells.length !== width) {
      throw new ReportFormatError({ table: MARAC_TABLE, line, row: label }, `${width} cells`, String(cells.length));
    }
    const counts = (from: number, to: number) =>
      cells.slice(from, to).map((cell, i) => parseCount(cell, { table: MARAC_TABLE, line, row: label, column: columnName(from + i, agencies) }));
    const [cases = null, repeat_cases = null, children = null] = counts(1, 1 + MARAC_MEASURES.length);
    const referrals = counts(1 + MARAC_MEASURES.length, width);
    if (/^total$/i.test(label)) return { agencies, agencyLine, meetings, total: { cases, repeat_cases, children, referrals, line } };
    const dates = parseMeetingLabel(label, { table: MARAC_TABLE, line, row: label, column: "Date Held" });
    meetings.push({ label, dates, cases, repeat_cases, children, referrals, line });
  }
  throw new ReportFormatError({ table: MARAC_TABLE, line: report.lines.length, row: "TOTAL" }, "a TOTAL row closing the table", "the end of the report");
}

function columnName(index: number, agencies: readonly string[]): string {
  return index <= MARAC_MEASURES.length ? MARAC_MEASURES[index - 1]! : agencies[index - 1 - MARAC_MEASURES.length]!;
}
