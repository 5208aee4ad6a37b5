/** Returns a text cell as is, or an empty cell for null (where "no data" would mislead: no qualifier, no second comparison). */
export function textOrBlank(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}
