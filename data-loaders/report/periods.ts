import { ReportFormatError, type ReportLocation } from "../errors.js";
import type { ColumnSpec } from "../table-definition.js";
import { formatQuarter } from "./quarter-label.js";

/** What a period label names: a financial year, a quarter, a month, a calendar year, a range, a single day, or no stated date. */
export type PeriodKind = "financial_year" | "quarter" | "month" | "calendar_year" | "range" | "point" | "unstated";

/** A period label placed on the calendar: ISO first and last day (both null when the report states no date). */
export interface Period {
  start: string | null;
  end: string | null;
  kind: PeriodKind;
  /** Why the dates need a word of caution (a period with a gap in it), else null; a check turns it into a finding. */
  note: string | null;
}

/** The three period columns every table with a period label publishes beside it. */
export type PeriodColumns = {
  period_start: string | null;
  period_end: string | null;
  period_kind: PeriodKind | null;
};

/** Column specs of period_start, period_end and period_kind, for tables whose label column is `labelColumn`. */
export function periodColumnSpecs(labelColumn: string): ColumnSpec[] {
  return [
    { name: "period_start", type: "DATE", description: `First day of the period ${labelColumn} names (UK financial years start on 1 April); NULL where the report states no date.` },
    { name: "period_end", type: "DATE", description: `Last day of the period ${labelColumn} names; NULL where the report states no date.` },
    {
      name: "period_kind",
      type: "VARCHAR",
      description:
        "What the label names: financial_year, quarter, month, calendar_year, range, point (one day) or unstated (no date given); NULL only for a label the parser could not place, which data_quality reports."
    }
  ];
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;
const MONTH = String.raw`(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*`;
const FINANCIAL_YEAR = String.raw`(\d{4})\/(\d{2})`;

/** One bound of a range as printed: a financial year, a calendar year, or a month with or without its year. */
interface Bound {
  start: string;
  end: string;
}

/**
 * Returns the dates a period label as the report (or the indicators' templates) writes it stands for, or null when the
 * label cannot be placed (the caller reports that as a data_quality finding). Pure: text in, dates out; never a guess.
 */
export function parsePeriodLabel(label: string): Period | null {
  const text = label.trim().replace(/\s+/g, " ");
  // "nine months (dates not stated)", "2013 (date not stated)": the label says itself that no date is given.
  if (/\((?:date|dates) not stated\)$/i.test(text)) return unstated();
  // "before Apr 2013", "before the increase": an open bound is not a period.
  if (/^before\b/i.test(text)) return unstated();
  // "most recent published (May 2012)": the date is when the figure was published, not the period it measures.
  if (/^most recent published\b/i.test(text)) return unstated();
  // "Autumn term 2012": school term dates vary by school and are not printed.
  if (/^(?:autumn|spring|summer) term \d{4}$/i.test(text)) return unstated();
  // "2012/13 (predicted)": the qualifier is about the figure; the period is the financial year.
  const predicted = new RegExp(`^(${FINANCIAL_YEAR}) \\(predicted\\)$`).exec(text);
  if (predicted) return parsePeriodLabel(predicted[1]!);
  // "start of 2012/13": a financial year starts on 1 April.
  const startOf = new RegExp(`^start of ${FINANCIAL_YEAR}$`).exec(text);
  if (startOf) {
    const year = financialYear(startOf[1]!, startOf[2]!);
    return year && point(year.start);
  }
  // "Nov 2013 update": the figure as updated in that month.
  const update = new RegExp(`^(${MONTH} \\d{4}) update$`, "i").exec(text);
  if (update) return parsePeriodLabel(update[1]!);

  const quarter = new RegExp(`^${FINANCIAL_YEAR}(?: |\\s*/\\s*)Q([1-4])$`).exec(text);
  if (quarter) {
    const year = financialYear(quarter[1]!, quarter[2]!);
    if (!year) return null;
    const first = addMonths(year.start, (Number(quarter[3]) - 1) * 3);
    return period(first, lastDay(addMonths(first, 2)), "quarter");
  }
  const fy = new RegExp(`^${FINANCIAL_YEAR}$`).exec(text);
  if (fy) {
    const year = financialYear(fy[1]!, fy[2]!);
    return year && period(year.start, year.end, "financial_year");
  }
  if (/^\d{4}$/.test(text)) return period(`${text}-01-01`, `${text}-12-31`, "calendar_year");
  const month = new RegExp(`^${MONTH} (\\d{4})$`, "i").exec(text);
  if (month) {
    const first = monthStart(month[1]!, Number(month[2]));
    return period(first, lastDay(first), "month");
  }
  const day = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)? ${MONTH} (\\d{4})$`, "i").exec(text);
  if (day) {
    const date = calendarDate(Number(day[3]), MONTHS.indexOf(day[2]!.toLowerCase() as (typeof MONTHS)[number]) + 1, Number(day[1]));
    return date ? point(date) : null;
  }
  // "Oct – Dec 2012 and Mar 2013": two stated periods with a gap; the dates are the envelope, and the note says so.
  const parts = text.split(" and ");
  if (parts.length === 2) {
    const [first, second] = parts.map((part) => parsePeriodLabel(part));
    if (!first?.start || !first.end || !second?.start || !second.end || first.end >= second.start) return null;
    return { ...period(first.start, second.end, "range"), note: `"${text}" has a gap: the dates run from the start of "${parts[0]}" to the end of "${parts[1]}", but the months between are not part of it.` };
  }
  // "Oct 2011 – Mar 2012", "Apr – Dec 2011", "2009/10 – 2011/12", "Oct 2011 – 2012/13".
  const range = /^(.+?) [–-] (.+)$/.exec(text);
  if (range) {
    const to = parseBound(range[2]!, null);
    const from = to && parseBound(range[1]!, Number(to.end.slice(0, 4)));
    if (!from || !to || from.start > to.end) return null;
    return period(from.start, to.end, "range");
  }
  return null;
}

/** Returns the period columns for a label; all three NULL when the parser cannot place it. */
export function periodColumns(label: string): PeriodColumns {
  const placed = parsePeriodLabel(label);
  return { period_start: placed?.start ?? null, period_end: placed?.end ?? null, period_kind: placed?.kind ?? null };
}

/** Returns the financial year a caption ends with ("Table A - LSCB Income, 2012/13" → 2012/13), or throws naming the caption. */
export function parseCaptionFinancialYear(caption: string, location: ReportLocation): string {
  const year = new RegExp(`(${FINANCIAL_YEAR})\\s*$`).exec(caption.trim());
  if (!year || !financialYear(year[2]!, year[3]!)) throw new ReportFormatError(location, "a caption ending in a financial year such as 2012/13", JSON.stringify(caption.trim()));
  return year[1]!;
}

/** Returns the period columns of a financial year already read (so it always has its dates), e.g. 2012/13. */
export function financialYearPeriodColumns(label: string): { period_start: string; period_end: string; period_kind: "financial_year" } {
  const placed = parsePeriodLabel(label);
  if (placed?.kind !== "financial_year") throw new Error(`expected a financial year such as 2012/13, found ${JSON.stringify(label)}`);
  return { period_start: placed.start!, period_end: placed.end!, period_kind: "financial_year" };
}

/** Returns the period columns of a financial-year quarter already read from a header (so it always has its dates). */
export function quarterPeriodColumns(financialYear: string, quarter: number): { period_start: string; period_end: string; period_kind: "quarter" } {
  const placed = parsePeriodLabel(formatQuarter({ financialYear, quarter }));
  if (placed?.kind !== "quarter") throw new Error(`expected a financial-year quarter such as 2012/13 Q1, found ${JSON.stringify(formatQuarter({ financialYear, quarter }))}`);
  return { period_start: placed.start!, period_end: placed.end!, period_kind: "quarter" };
}

/** Returns the period columns of the calendar month starting on `monthStart` (an ISO first day, as a meeting's month). */
export function monthPeriodColumns(monthStart: string): { period_start: string; period_end: string; period_kind: "month" } {
  return { period_start: monthStart, period_end: lastDay(monthStart), period_kind: "month" };
}

/** Returns the last day of the month an ISO date falls in. */
export function lastDay(isoDate: string): string {
  const [year, month] = isoDate.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

// A bound of a range: a financial year, a calendar year, or a month; a month without a year takes `fallbackYear`.
function parseBound(text: string, fallbackYear: number | null): Bound | null {
  const fy = new RegExp(`^${FINANCIAL_YEAR}$`).exec(text);
  if (fy) return financialYear(fy[1]!, fy[2]!);
  if (/^\d{4}$/.test(text)) return { start: `${text}-01-01`, end: `${text}-12-31` };
  const month = new RegExp(`^${MONTH}(?: (\\d{4}))?$`, "i").exec(text);
  if (!month) return null;
  const year = month[2] === undefined ? fallbackYear : Number(month[2]);
  if (year === null) return null;
  const first = monthStart(month[1]!, year);
  return { start: first, end: lastDay(first) };
}

function financialYear(startYear: string, endYear: string): Bound | null {
  const start = Number(startYear);
  if ((start + 1) % 100 !== Number(endYear)) return null;
  return { start: `${start}-04-01`, end: `${start + 1}-03-31` };
}

function monthStart(monthName: string, year: number): string {
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]) + 1;
  return `${year}-${String(month).padStart(2, "0")}-01`;
}

function addMonths(isoDate: string, months: number): string {
  const [year, month] = isoDate.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1 + months, 1)).toISOString().slice(0, 10);
}

function calendarDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date.toISOString().slice(0, 10) : null;
}

function period(start: string, end: string, kind: PeriodKind): Period {
  return { start, end, kind, note: null };
}

function point(date: string): Period {
  return period(date, date, "point");
}

function unstated(): Period {
  return { start: null, end: null, kind: "unstated", note: null };
}
