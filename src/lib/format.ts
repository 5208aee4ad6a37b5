const INTEGER = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const MONTH_YEAR = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const SHORT_MONTH_YEAR = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
const DAY_MONTH_YEAR = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** Formats a count the en-GB way: `3,003`; null reads "no data". */
export function formatCount(value: number | null): string {
  return value === null ? "no data" : INTEGER.format(value);
}

/** Formats a date as its month: `August 2012`. */
export function formatMonth(date: Date): string {
  return MONTH_YEAR.format(date);
}

/** Formats a date as a short month label for axes: `Aug 2012`. */
export function formatShortMonth(date: Date): string {
  return SHORT_MONTH_YEAR.format(date);
}

/** Formats a date in full: `12 March 2013`. */
export function formatDate(date: Date): string {
  return DAY_MONTH_YEAR.format(date);
}
