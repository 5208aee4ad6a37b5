import { ReportFormatError, type ReportLocation } from "../errors.js";

/** The dates a meeting label such as `07&21/08/12` or `03/04/2012` stands for. */
export interface MeetingDates {
  dates: string[];
  firstDate: string;
  month: string;
}

const MEETING_LABEL = /^(\d{1,2}(?:&\d{1,2})*)\/(\d{1,2})\/(\d{2}|\d{4})$/;

/** Returns the ISO dates of a dd/mm/yy(yy) label whose day part may join several days with `&`. */
export function parseMeetingLabel(label: string, location: ReportLocation): MeetingDates {
  const match = MEETING_LABEL.exec(label.trim());
  if (!match) throw new ReportFormatError(location, "a meeting date such as 03/04/2012 or 07&21/08/12", JSON.stringify(label));
  const [, days, monthText, yearText] = match as unknown as [string, string, string, string];
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  const month = Number(monthText);
  const dates = days.split("&").map((day) => isoDate(year, month, Number(day), label, location));
  return { dates, firstDate: dates[0]!, month: isoDate(year, month, 1, label, location) };
}

/** Returns `YYYY-MM-DD`, or throws when the day does not exist in that month. */
export function isoDate(year: number, month: number, day: number, label: string, location: ReportLocation): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new ReportFormatError(location, "a real calendar date", JSON.stringify(label));
  }
  return date.toISOString().slice(0, 10);
}

