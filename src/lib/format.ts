const INTEGER = once(() => new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 }));
const DECIMAL = once(() => new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }));
const PERCENT = once(() => new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }));
const POUNDS = once(() => new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", minimumFractionDigits: 0, maximumFractionDigits: 2 }));
const POUNDS_PENCE = once(() => new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", minimumFractionDigits: 2, maximumFractionDigits: 2 }));
const MONTH_YEAR = once(() => new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }));
const SHORT_MONTH_YEAR = once(() => new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" }));

// Intl formatters are made on first use: making them all when the module loads cost ~40 ms on the way to a page's
// first view (bench trace), and most pages use a few of them.
function once<T>(create: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= create());
}

/** What a missing value reads as, everywhere on the site. */
export const NO_DATA = "no data";

/** Formats a count the en-GB way: `3,003`; null reads "no data". */
export function formatCount(value: number | null): string {
  return value === null ? NO_DATA : INTEGER().format(value);
}

/** Formats a number with up to two decimals: `33.7`, `2.68`. */
export function formatNumber(value: number | null): string {
  return value === null ? NO_DATA : DECIMAL().format(value);
}

/** Formats a value already in percent: `78.9%`, `2.68%`. */
export function formatPercent(value: number | null): string {
  return value === null ? NO_DATA : `${PERCENT().format(value)}%`;
}

/** Formats a signed change in percent with a true minus sign: `−48%`, `+49%`. */
export function formatPercentChange(value: number | null): string {
  if (value === null) return NO_DATA;
  return `${value > 0 ? "+" : value < 0 ? "−" : ""}${PERCENT().format(Math.abs(value))}%`;
}

/** Formats pounds: `£305,438` for whole pounds, `£207,365.53` otherwise. */
export function formatPounds(value: number | null): string {
  if (value === null) return NO_DATA;
  return Number.isInteger(value) ? POUNDS().format(value) : POUNDS_PENCE().format(value);
}

/** Formats a date as its month: `August 2012`. */
export function formatMonth(date: Date): string {
  return MONTH_YEAR().format(date);
}

/** Formats a date as a short month label for axes: `Aug 2012`. */
export function formatShortMonth(date: Date): string {
  return SHORT_MONTH_YEAR().format(date);
}

/** The units the indicators table uses. */
export type IndicatorUnit = "count" | "percent" | "percent_change" | "rate_per_1000" | "rate_per_10000" | "years" | "gbp";

/** Formats an indicator value in its unit: `3,003`, `82%`, `−48%`, `33.7 per 1,000`, `£305,438`. */
export function formatIndicatorValue(value: number | null, unit: string): string {
  if (value === null) return NO_DATA;
  switch (unit as IndicatorUnit) {
    case "count":
      return formatNumber(value);
    case "percent":
      return formatPercent(value);
    case "percent_change":
      return formatPercentChange(value);
    case "rate_per_1000":
      return `${formatNumber(value)} per 1,000`;
    case "rate_per_10000":
      return `${formatNumber(value)} per 10,000`;
    case "years":
      return `${formatNumber(value)} years`;
    case "gbp":
      return formatPounds(value);
    default:
      throw new Error(`formatIndicatorValue: expected a unit such as count or percent, found ${JSON.stringify(unit)}`);
  }
}

/** Formats a signed amount of money with a true minus sign: `−£207,365.53`, `+£72,542.57`. */
export function formatPoundsChange(value: number | null): string {
  if (value === null) return NO_DATA;
  return `${value > 0 ? "+" : value < 0 ? "−" : ""}${formatPounds(Math.abs(value))}`;
}

/** Formats a signed change in a count with a true minus sign: `+57`, `−1`, `0`; null reads "no data". */
export function formatCountChange(value: number | null): string {
  if (value === null) return NO_DATA;
  return `${value > 0 ? "+" : value < 0 ? "−" : ""}${INTEGER().format(Math.abs(value))}`;
}

// The reader's name of each unit, for a table column beside a bare number.
const UNIT_NAMES: Record<IndicatorUnit, string> = {
  count: "number",
  percent: "%",
  percent_change: "% change",
  rate_per_1000: "per 1,000",
  rate_per_10000: "per 10,000",
  years: "years",
  gbp: "£"
};

/** Names an indicator unit for a table column beside a plain number: `number`, `%`, `% change`, `per 1,000`…; a missing unit is an empty name. */
export function formatUnitName(unit: string | null): string {
  if (unit === null) return "";
  if (!Object.hasOwn(UNIT_NAMES, unit)) throw new Error(`formatUnitName: expected a unit such as count or percent, found ${JSON.stringify(unit)}`);
  return UNIT_NAMES[unit as IndicatorUnit];
}
