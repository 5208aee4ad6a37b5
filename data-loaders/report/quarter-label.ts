import { ReportFormatError, type ReportLocation } from "../errors.js";

/** A financial-year quarter as a column header names it: `2012/13` and 1–4. */
export interface FinancialQuarter {
  financialYear: string;
  quarter: number;
}

// The report writes `2011/12 Q1` but also `2011/12/Q2` (Table 1 and Table 2 of the CAF section).
const QUARTER_LABEL = /^(\d{4})\/(\d{2})(?:\s+|\s*\/\s*)Q([1-4])$/;

/** Returns the financial year and quarter of a header label such as `2011/12 Q1` (or the report's `2011/12/Q2`). */
export function parseQuarterLabel(label: string, location: ReportLocation): FinancialQuarter {
  const match = QUARTER_LABEL.exec(label.trim());
  const [, startYear = "", endYear = "", quarter = ""] = match ?? [];
  if (!match || (Number(startYear) + 1) % 100 !== Number(endYear)) {
    throw new ReportFormatError(location, "a financial-year quarter such as 2012/13 Q1", JSON.stringify(label));
  }
  return { financialYear: `${startYear}/${endYear}`, quarter: Number(quarter) };
}

/** Returns a pattern matching the header label of one quarter in either of the report's spellings. */
export function quarterLabelPattern({ financialYear, quarter }: FinancialQuarter): RegExp {
  return new RegExp(`^${financialYear.replace("/", "\\/")}(?:\\s+|\\s*\\/\\s*)Q${quarter}$`);
}

/** Returns the quarter as the report's own words would name it in a message, e.g. `2012/13 Q4`. */
export function formatQuarter({ financialYear, quarter }: FinancialQuarter): string {
  return `${financialYear} Q${quarter}`;
}
