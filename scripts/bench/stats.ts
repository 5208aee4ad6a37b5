// Pure statistics for the benchmark: medians, percentiles and ratios to the floor.

/** Returns the q-quantile (0 ≤ q ≤ 1) of some numbers, interpolating linearly between the two nearest ranks. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new Error("quantile: expected at least one value, found none");
  if (!(q >= 0 && q <= 1)) throw new Error(`quantile: expected q between 0 and 1, found ${q}`);
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

/** Returns the median of some numbers (the mean of the two middle ones when there is an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median: expected at least one value, found none");
  return quantile(values, 0.5);
}

/** Returns the median of one measure over every run, or null when any run did not produce it (timed out, or no chart). */
export function medianOfRuns(values: readonly (number | null)[]): number | null {
  if (values.length === 0 || values.some((value) => value === null)) return null;
  return median(values as number[]);
}

/** Returns `value / floor`, or null when either is missing or the floor is not positive. */
export function ratio(value: number | null, floor: number | null): number | null {
  if (value === null || floor === null || floor <= 0) return null;
  return value / floor;
}
