const UNIT_NAMES: Record<string, string> = {
  count: "number",
  percent: "%",
  percent_change: "% change",
  rate_per_1000: "per 1,000",
  rate_per_10000: "per 10,000",
  years: "years",
  gbp: "£"
};

/** Returns the reader's name of an indicators unit, for a table column beside a bare number: `percent` → `%`. */
export function unitName(unit: string | null): string {
  if (unit === null) return "";
  const name = UNIT_NAMES[unit];
  if (name === undefined) throw new Error(`unitName: expected a unit such as count or percent, found ${JSON.stringify(unit)}`);
  return name;
}

/** Returns a text cell as is, or an empty cell for null (where "no data" would mislead: no qualifier, no second comparison). */
export function textOrBlank(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}
